"""Evaluates a story's declarative conditions against the customer and the meters now."""

from __future__ import annotations

from game.engine.customer import Customer
from game.engine.meters import Meters, mood, patience_band, stars, trust_band
from game.engine.story import Condition


def _in(value: str, allowed: tuple[str, ...] | None) -> bool:
    return allowed is None or value in allowed


def _within(value: int, span: tuple[int, int] | None) -> bool:
    return span is None or span[0] <= value <= span[1]


def holds(cond: Condition, c: Customer, m: Meters) -> bool:
    return (
        _in(c.style, cond.style)
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
