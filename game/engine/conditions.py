"""Evaluates a story's declarative conditions against the customer and the meters now."""

from __future__ import annotations

from game.engine.customer import Customer
from game.engine.meters import Meters, mood, patience_band, stars, trust_band
from game.engine.story import Condition


def _in(value: str, allowed: tuple[str, ...] | None) -> bool:
    return allowed is None or value in allowed


def _within(value: int, span: tuple[int, int] | None) -> bool:
    return span is None or span[0] <= value <= span[1]


def _any(acts: tuple[str, ...] | frozenset[str], wanted: tuple[str, ...] | None) -> bool:
    return wanted is None or any(a in acts for a in wanted)


def holds(
    cond: Condition,
    c: Customer,
    m: Meters,
    said: tuple[str, ...] = (),
    promised: frozenset[str] = frozenset(),
    remembered: str | None = None,
) -> bool:
    """`said`: the acts of the reply just given; `promised`: every act of every reply so far.
    A line that refers to what the player said must ask for it, so it is never presumed.
    `remembered`: how the episode is remembered, known only once it has ended."""
    return (
        _any(said, cond.said)
        and _any(promised, cond.promised)
        and (cond.remembered is None or remembered in cond.remembered)
        and _in(c.style, cond.style)
        and (cond.trait is None or any(c.has(tr) for tr in cond.trait))
        and _in(c.state, cond.state)
        and _in(c.cause, cond.cause)
        and _within(c.anger, cond.anger)
        and _within(stars(m.emotion), cond.stars)
        and _in(mood(m.emotion), cond.mood)
        and _in(trust_band(m.trust), cond.trust)
        and _in(patience_band(m.patience), cond.patience)
        and _in(m.dominant, cond.dominant)
    )
