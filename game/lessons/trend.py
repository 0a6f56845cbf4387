"""Which way a learner's scores are going: `up`, `down`, `steady`, or `new` (too few to tell).

Three screens ask it of different numbers, and each says in its words which: the episode list
compares the latest attempt with the one before (`since_last`), the class report the latest
with the first (`since_first`), a skill the newer half of its sessions with the older
(`halves`). One vocabulary and one rule (`direction`) for all three."""

from __future__ import annotations

from collections.abc import Sequence

UP, DOWN, STEADY, NEW = "up", "down", "steady", "new"
ARROWS: dict[str, str] = {UP: "↑", DOWN: "↓", STEADY: "→", NEW: "·"}  # a sign for each


def direction(change: float, by: float) -> str:
    """`up` or `down` when `change` reaches `by` either way, else `steady`."""
    return UP if change >= by else DOWN if change <= -by else STEADY


def since_last(scores: Sequence[float], by: float) -> str:
    """The latest score against the one before it."""
    return NEW if len(scores) < 2 else direction(scores[-1] - scores[-2], by)


def since_first(first: float | None, latest: float | None, attempts: int, by: float) -> str:
    """The latest score against the first."""
    if first is None or latest is None or attempts < 2:
        return NEW
    return direction(latest - first, by)


def halves(values: Sequence[float], by: float) -> str:
    """The newer half's mean against the older half's (oldest first)."""
    if len(values) < 2:
        return NEW
    half = len(values) // 2
    old = sum(values[:half]) / half
    new = sum(values[half:]) / (len(values) - half)
    return direction(new - old, by)
