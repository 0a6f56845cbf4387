"""Debrief tips: two or three concrete lessons picked from what went wrong in a finished episode.

Pure: reads the engine's turns and result, and the lesson turn from better.py; it adds no rule
of its own. A rule's cost is what its firings did to the customer, by engine/worth.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.engine.acts import MISTAKES
from game.engine.rules import RULE_IDS
from game.engine.session import Result, Turn
from game.engine.worth import worth

MAX_TIPS = 3


@dataclass(frozen=True, slots=True)
class Tip:
    kind: str  # lesson, rule, mistake, left, end, peak, clean, clean_end
    turn: int = -1  # index into the turns, where the tip points at one
    rule: str = ""
    acts: tuple[str, ...] = ()


def rule_costs(turns: Sequence[Turn]) -> dict[str, float]:
    """Per rule, how much it hurt over the episode (what it did, by engine/worth.py, negated)."""
    costs: dict[str, float] = {}
    for turn in turns:
        for firing in turn.fired:
            costs[firing.rule] = costs.get(firing.rule, 0.0) - worth(firing.deltas)
    return costs


def mistakes(acts: Sequence[str]) -> tuple[str, ...]:
    return tuple(a for a in acts if a in MISTAKES)


def tips(turns: Sequence[Turn], result: Result, lesson: int | None = None) -> tuple[Tip, ...]:
    """The lessons, most useful first: the turn with the most to learn (better.lesson), the
    costliest rule, the worst named mistake, the end."""
    found: list[Tip] = []
    if lesson is not None:
        found.append(Tip("lesson", turn=lesson))
    costs = rule_costs(turns)
    hurting = [(c, RULE_IDS.index(r), r) for r, c in costs.items() if c > 0 and r in RULE_IDS]
    if hurting:
        _, _, rule = max(hurting, key=lambda x: (x[0], -x[1]))
        found.append(Tip("rule", rule=rule))
    with_mistakes = [tn for tn in turns if mistakes(tn.acts)]
    if with_mistakes:
        worst = min(with_mistakes, key=lambda tn: (tn.moment, tn.index))
        found.append(Tip("mistake", turn=worst.index, acts=mistakes(worst.acts)))
    moments = result.moments
    if result.ended:
        found.append(Tip("left"))
    elif moments and moments[-1] < 0:
        found.append(Tip("end", turn=len(moments) - 1))
    peak_told = any(tip.turn == result.peak for tip in found)
    if len(found) < 2 and moments and moments[result.peak] < 0 and not peak_told:
        found.append(Tip("peak", turn=result.peak))
    if len(found) < 2 and (not moments or min(moments) >= 0):
        # the chart marks "peak = end" when the best moment came last: say that, not "make
        # the last moment the best one"
        last = len(moments) - 1
        found.append(Tip("clean_end" if moments and result.peak == last else "clean"))
    return tuple(found[:MAX_TIPS])
