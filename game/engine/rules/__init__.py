"""The twelve rules of the customer model (model.md §4), each a named function with its source.

A rule reads the turn (who the customer is, how they feel, the acts of the reply) and bends the
turn's effects in a scratch `Work`; turn.py records what each rule changed. All numbers live in
tuning.py under the rule's id. One module per role:

- `base`: `Rule` (a rule's description), `note` (a note made once per wording), `Work`;
- `facts`: what the rules read worked out once (issue #16): `Facts` per distinct acts tuple,
  `Profile` per customer, and `Ctx`, the turn as a rule reads it;
- `feeling` (rules 1-3), `needs` (4-5), `manner` (6-8), `path` (9-12): the rules by family;
- `table`: `RULES` in the order they run, `RULE_FNS`, and `ACTS_ON` (when a rule can act at all).

Every change goes through `Work.bump`, which appends (rule, key, amount) to the turn's record,
and every note through `Work.note`; turn.py sums the record into each rule's deltas only when
someone reads `Outcome.fired`."""

from __future__ import annotations

from game.engine.rules.base import Rule, Work, note
from game.engine.rules.facts import ACTS_ON, Ctx, Facts, Profile, RuleFn, facts, profile
from game.engine.rules.feeling import RUNGS, band
from game.engine.rules.manner import MANNERS, OPPOSITE
from game.engine.rules.table import RULE_FNS, RULE_IDS, RULES, RULES_BY_ID

__all__ = [
    "ACTS_ON",
    "MANNERS",
    "OPPOSITE",
    "RULES",
    "RULES_BY_ID",
    "RULE_FNS",
    "RULE_IDS",
    "RUNGS",
    "Ctx",
    "Facts",
    "Profile",
    "Rule",
    "RuleFn",
    "Work",
    "band",
    "facts",
    "note",
    "profile",
]
