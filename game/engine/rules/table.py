"""The rules as a table: each rule's description, in the order they run (`RULES`), and its
function (`RULE_FNS`); their titles and summaries in words are in the tables (`[rule]`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.rules.base import Rule
from game.engine.rules.feeling import anger_ladder, emotion_first, wrong_attitudes
from game.engine.rules.manner import expressing, no_in_yes, style_matching
from game.engine.rules.needs import dominant_need, emotional_carry
from game.engine.rules.path import complaint_path, patience_runs_out, scripted, traits

if TYPE_CHECKING:
    from game.engine.rules.facts import RuleFn

# id, number, source; each rule's title and summary are `rule.ID.title` and `rule.ID.summary`
# of the tables (game/words)
RULES: tuple[Rule, ...] = (
    Rule("emotion-first", 1, "001, 002"),
    Rule("anger-ladder", 2, "001"),
    Rule("wrong-attitudes", 3, "001"),
    Rule("dominant-need", 4, "001"),
    Rule("emotional-carry", 5, "001"),
    Rule("style-matching", 6, "000"),
    Rule("expressing", 7, "004"),
    Rule("no-in-yes", 8, "001"),
    Rule("complaint-path", 9, "002"),
    Rule("traits", 10, "000"),
    Rule("patience-runs-out", 11, "000, 002"),
    Rule("scripted", 12, "000, 001"),
)

RULE_FNS: dict[str, RuleFn] = {
    "emotion-first": emotion_first,
    "anger-ladder": anger_ladder,
    "wrong-attitudes": wrong_attitudes,
    "dominant-need": dominant_need,
    "emotional-carry": emotional_carry,
    "style-matching": style_matching,
    "expressing": expressing,
    "no-in-yes": no_in_yes,
    "complaint-path": complaint_path,
    "traits": traits,
    "patience-runs-out": patience_runs_out,
    "scripted": scripted,
}
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RULES)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
