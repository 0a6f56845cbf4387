"""The customer's facets (model.md §1): their names and sources; their labels in both languages
are in the tables (`[facet]` of game/words/*.toml), looked up by name at first use."""

from __future__ import annotations

from game.engine.text import Words

# buying styles, a DISC model (000 §三)
STYLES = Words("facet.style", ("demanding", "influential", "steady", "compliant"))
# a buying style inside a sentence ("a demanding"; in English with its article)
A_STYLE = Words("facet.a_style", STYLES)

# typical customers (000 §四)
TRAITS = Words(
    "facet.trait",
    (
        "silent",
        "talkative",
        "shy",
        "proud",
        "opinion_minded",
        "eccentric",
        "sarcastic",
        "hesitant",
        "iceberg",
    ),
)

# difficult customers (000 §二, 002)
STATES = Words("facet.state", ("none", "angry", "dissatisfied", "domineering", "rude"))

# what lies behind a difficult state (002 难缠客户心理分析)
CAUSES = Words(
    "facet.cause",
    (
        "tired",
        "frustrated",
        "confused",
        "hurt",
        "protecting_self_esteem",
        "neglected",
        "poor_speaker",
        "poor_comprehension",
        "bad_mood",
        "venting",
    ),
)

# complaint needs (001 投诉需求分类)
MATERIAL_NEEDS: tuple[str, ...] = ("understand", "solve", "compensation", "prevention")
EMOTIONAL_NEEDS: tuple[str, ...] = ("respect", "heard", "pleasure")
NEEDS: tuple[str, ...] = MATERIAL_NEEDS + EMOTIONAL_NEEDS
NEED_LABELS = Words("facet.need", NEEDS)

# diversity factors (000 §一): each a name and its possible values
FACTORS: dict[str, tuple[str, ...]] = {
    "modesty": ("modest", "open"),
    "privacy": ("private", "open"),
    "respect_for_elders": ("expects", "indifferent"),
    "relationships": ("relationship_first", "task_first"),
    "gender_roles": ("traditional", "egalitarian"),
    "conflict": ("avoids", "confronts"),
    "time": ("punctual", "relaxed"),
}
FACTOR_LABELS = Words("facet.factor", FACTORS)

# comprehension and trust in self-praise decide the way of expressing (004)
COMPREHENSION: tuple[str, ...] = ("low", "normal", "high")
AGE_BANDS = Words("facet.age", ("young", "middle", "elder"))
CHANNELS: tuple[str, ...] = ("counter", "phone")
