"""The skills a learner practises, one per rule of the model, each in plain words in English
and Chinese (the `[lessons]` section of game/words; `skills.py` says how a learner is doing on
them)."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.rules import RULE_IDS
from game.engine.text import Text, word


@dataclass(frozen=True, slots=True)
class Skill:
    id: str  # the rule's id: for code, never shown
    name: Text
    what: Text  # one line: what doing it well looks like
    do: Text  # what to do about it when it goes badly
    avoid: bool = False  # the rule only ever hurts: the skill is not doing it


def _skill(rule: str, avoid: bool = False) -> Skill:
    """The skill of `rule`, its words `lessons.skill.RULE.name`, `.what` and `.do` in the tables."""
    assert rule in RULE_IDS, rule
    name, what, do = (word(f"lessons.skill.{rule}.{part}") for part in ("name", "what", "do"))
    return Skill(rule, name, what, do, avoid)


SKILLS: tuple[Skill, ...] = (
    _skill("emotion-first"),
    _skill("anger-ladder"),
    _skill("wrong-attitudes", avoid=True),
    _skill("dominant-need"),
    _skill("emotional-carry"),
    _skill("style-matching"),
    _skill("expressing"),
    _skill("no-in-yes"),
    _skill("complaint-path"),
    _skill("traits"),
    _skill("patience-runs-out"),
    _skill("scripted", avoid=True),
)
SKILLS_BY_ID: dict[str, Skill] = {s.id: s for s in SKILLS}
