"""How good a change is for the customer: the one measure the debrief, tips and report share.

Calmer, more trusting, more patient and better served are good; a point of emotion, trust or
patience counts one, a need's satisfaction (0..1) counts a hundred."""

from __future__ import annotations

from collections.abc import Iterable

NEED_WEIGHT = 100.0


def worth_of(key: str, value: float) -> float:
    """One change: "emotion", "trust", "patience", or a need as "need:solve" or "solve"."""
    if key == "emotion":
        return -value
    if key in ("trust", "patience"):
        return value
    return NEED_WEIGHT * value


def worth(changes: Iterable[tuple[str, float]]) -> float:
    """A set of changes, summed; positive when they helped."""
    return sum(worth_of(key, value) for key, value in changes)
