"""Evaluates a story's declarative conditions against the customer and the meters now."""

from __future__ import annotations

from game.engine.customer import Customer
from game.engine.meters import Meters, mood, patience_band, stars, trust_band
from game.engine.story import Condition


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
    # each key written out, and read only when given: a session tests every variant and
    # branch of every beat it passes
    return (
        (cond.said is None or any(a in said for a in cond.said))
        and (cond.promised is None or any(a in promised for a in cond.promised))
        and (cond.remembered is None or remembered in cond.remembered)
        and (cond.style is None or c.style in cond.style)
        and (cond.trait is None or any(c.has(tr) for tr in cond.trait))
        and (cond.state is None or c.state in cond.state)
        and (cond.cause is None or c.cause in cond.cause)
        and (cond.anger is None or cond.anger[0] <= c.anger <= cond.anger[1])
        and (cond.stars is None or cond.stars[0] <= stars(m.emotion) <= cond.stars[1])
        and (cond.mood is None or mood(m.emotion) in cond.mood)
        and (cond.trust is None or trust_band(m.trust) in cond.trust)
        and (cond.patience is None or patience_band(m.patience) in cond.patience)
        and (cond.dominant is None or m.dominant in cond.dominant)
    )
