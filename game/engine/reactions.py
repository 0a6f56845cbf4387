"""How kinds of people react their own way to certain acts (rule 10, traits; 000 §一, §四).

Each reaction is named data: who reacts (a trait or a diversity factor), to which acts, and the
note the debrief shows; its numbers live in tuning.py under "traits", keyed by the name."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Who:
    """Which customers react: all of what is given must hold (a trait, a factor's value, an
    age band), and `but_not` (a factor's value) must not."""

    trait: str = ""
    factor: tuple[str, str] | None = None  # (factor, value)
    age: str = ""
    but_not: tuple[str, str] | None = None  # (factor, value)

    def __call__(self, cu: Customer) -> bool:
        return (
            (not self.trait or self.trait in cu.traits)
            and (self.factor is None or cu.factor(self.factor[0]) == self.factor[1])
            and (not self.age or cu.age == self.age)
            and (self.but_not is None or cu.factor(self.but_not[0]) != self.but_not[1])
        )


@dataclass(frozen=True, slots=True)
class Reaction:
    """A kind of person reacting their own way to certain acts; `key` names its numbers."""

    key: str
    acts: tuple[str, ...]  # fires when the reply has any of these
    who: Who
    note: Text
    unless: str = ""  # ...and not this act
    along: str = ""  # ...and this act too


def _trait(name: str) -> Who:
    return Who(trait=name)


def _factor(name: str, value: str) -> Who:
    return Who(factor=(name, value))


_ELDER = Who(age="elder", factor=("respect_for_elders", "expects"))


REACTIONS: tuple[Reaction, ...] = (
    Reaction(
        "talkative_interrupted",
        ("interrupt",),
        _trait("talkative"),
        t("a talkative customer cut off", "健谈的客户被打断"),
    ),
    Reaction(
        "proud_lectured",
        ("lecture", "criticize", "doubt"),
        _trait("proud"),
        t("a proud customer lectured", "自尊心强的客户被教育"),
    ),
    Reaction(
        "proud_praised",
        ("praise_sincerely",),
        Who(trait="proud", but_not=("modesty", "modest")),
        t("a proud customer praised", "自尊心强的客户得到赞美"),
    ),
    Reaction(
        "modest_praised",
        ("praise_sincerely",),
        _factor("modesty", "modest"),
        t("a modest customer embarrassed by praise", "谦虚的客户被夸得不自在"),
    ),
    Reaction(
        "opinion_minded_similar",
        ("share_similar",),
        _trait("opinion_minded"),
        t("others felt the same: it matters to them", "“别人也这样”对重视舆论的客户很有用"),
    ),
    Reaction(
        "hesitant_recommended",
        ("offer_options",),
        _trait("hesitant"),
        t("options with a recommendation helped them decide", "给出选择并推荐，帮犹豫的客户做决定"),
        along="propose_solution",
    ),
    Reaction(
        "hesitant_unguided",
        ("offer_options",),
        _trait("hesitant"),
        t("options with no recommendation left them dithering", "只给选择不给建议，客户更犹豫"),
        unless="propose_solution",
    ),
    Reaction(
        "shy_pressed",
        ("authoritative_tone", "rush"),
        _trait("shy"),
        t("a shy customer pressed", "腼腆的客户被催逼"),
    ),
    Reaction(
        "shy_warmed",
        ("be_warm",),
        _trait("shy"),
        t("warmth put a shy customer at ease", "热情让腼腆的客户放松"),
    ),
    Reaction(
        "sarcastic_mirrored",
        ("sarcasm",),
        _trait("sarcastic"),
        t("sarcasm met with sarcasm", "以挖苦对挖苦"),
    ),
    Reaction(
        "eccentric_argued",
        ("argue",),
        _trait("eccentric"),
        t("argued with an eccentric customer", "与古怪的客户争辩"),
    ),
    Reaction(
        "silent_opened",
        ("open_question",),
        _trait("silent"),
        t("an open question let a silent customer speak", "开放式问题让沉默的客户开了口"),
    ),
    Reaction(
        "private_asked",
        ("personal_question",),
        _factor("privacy", "private"),
        t("a private person asked about private matters", "注重隐私的客户被打听私事"),
    ),
    Reaction(
        "open_asked",
        ("personal_question",),
        _factor("privacy", "open"),
        t("a personal question", "打听私事"),
    ),
    Reaction(
        "elder_respected",
        ("use_name", "be_calm"),
        _ELDER,
        t("an elder shown due respect", "对长辈礼数周到"),
    ),
    Reaction(
        "elder_too_familiar",
        ("too_familiar",),
        _ELDER,
        t("too familiar with an elder", "对长辈过于随便"),
    ),
    Reaction(
        "relationship_ground",
        ("find_common_ground",),
        _factor("relationships", "relationship_first"),
        t("common ground with someone who values relationships", "与重视关系的客户找到共同点"),
    ),
    Reaction(
        "avoider_argued",
        ("argue",),
        _factor("conflict", "avoids"),
        t("someone who avoids conflict withdrew", "回避冲突的客户退缩了"),
    ),
    Reaction(
        "confronter_suppressed",
        ("suppress",),
        _factor("conflict", "confronts"),
        t("someone who confronts pushed back", "敢于对抗的客户更不服"),
    ),
    Reaction(
        "punctual_stalled",
        ("stall",),
        _factor("time", "punctual"),
        t("someone who values punctuality kept waiting", "守时的客户被拖延"),
    ),
    Reaction(
        "traditional_familiar",
        ("too_familiar",),
        _factor("gender_roles", "traditional"),
        t("familiarity crossed their sense of propriety", "过分亲昵越过了客户的分寸感"),
    ),
)
# indexed by act, so a turn looks only at the reactions its acts could set off
REACTIONS_BY_ACT: dict[str, tuple[Reaction, ...]] = {}
for _reaction in REACTIONS:
    for _name in _reaction.acts:
        REACTIONS_BY_ACT[_name] = (*REACTIONS_BY_ACT.get(_name, ()), _reaction)
