"""How kinds of people react their own way to certain acts (rule 10, traits; 000 §一, §四).

Each reaction is named data: who reacts (a trait or a diversity factor), to which acts, and the
note the debrief shows (its words: `reaction.NAME` of the tables, game/words); its numbers live
in tuning.py under "traits", keyed by the name."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.text import Text, fixed


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
    unless: str = ""  # ...and not this act
    along: str = ""  # ...and this act too

    @property
    def note(self) -> Text:
        """What the debrief notes (the tables' `reaction.KEY`)."""
        return fixed(f"reaction.{self.key}")


def _trait(name: str) -> Who:
    return Who(trait=name)


def _factor(name: str, value: str) -> Who:
    return Who(factor=(name, value))


_ELDER = Who(age="elder", factor=("respect_for_elders", "expects"))


REACTIONS: tuple[Reaction, ...] = (
    Reaction("talkative_interrupted", ("interrupt",), _trait("talkative")),
    Reaction("proud_lectured", ("lecture", "criticize", "doubt"), _trait("proud")),
    Reaction(
        "proud_praised", ("praise_sincerely",), Who(trait="proud", but_not=("modesty", "modest"))
    ),
    Reaction("modest_praised", ("praise_sincerely",), _factor("modesty", "modest")),
    Reaction("opinion_minded_similar", ("share_similar",), _trait("opinion_minded")),
    Reaction(
        "hesitant_recommended", ("offer_options",), _trait("hesitant"), along="propose_solution"
    ),
    Reaction(
        "hesitant_unguided", ("offer_options",), _trait("hesitant"), unless="propose_solution"
    ),
    Reaction("shy_pressed", ("authoritative_tone", "rush"), _trait("shy")),
    Reaction("shy_warmed", ("be_warm",), _trait("shy")),
    Reaction("sarcastic_mirrored", ("sarcasm",), _trait("sarcastic")),
    Reaction("eccentric_argued", ("argue",), _trait("eccentric")),
    Reaction("silent_opened", ("open_question",), _trait("silent")),
    Reaction("private_asked", ("personal_question",), _factor("privacy", "private")),
    Reaction("open_asked", ("personal_question",), _factor("privacy", "open")),
    Reaction("elder_respected", ("use_name", "be_calm"), _ELDER),
    Reaction("elder_too_familiar", ("too_familiar",), _ELDER),
    Reaction(
        "relationship_ground",
        ("find_common_ground",),
        _factor("relationships", "relationship_first"),
    ),
    Reaction("avoider_argued", ("argue",), _factor("conflict", "avoids")),
    Reaction("confronter_suppressed", ("suppress",), _factor("conflict", "confronts")),
    Reaction("punctual_stalled", ("stall",), _factor("time", "punctual")),
    Reaction("traditional_familiar", ("too_familiar",), _factor("gender_roles", "traditional")),
)
# indexed by act, so a turn looks only at the reactions its acts could set off
REACTIONS_BY_ACT: dict[str, tuple[Reaction, ...]] = {}
for _reaction in REACTIONS:
    for _name in _reaction.acts:
        REACTIONS_BY_ACT[_name] = (*REACTIONS_BY_ACT.get(_name, ()), _reaction)
