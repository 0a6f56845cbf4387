"""The peak-end satisfaction score (model.md §5; 001 峰终定律; Kahneman et al. 1993)."""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.tuning import PEAK_END

# The customer remembers the most intense moment and the last one; the first contact
# weighs in a little (001: "because of trust, it becomes simple"). Length counts for nothing.
# The weights: tuning.PEAK_END.
PEAK_WEIGHT, END_WEIGHT, START_WEIGHT = PEAK_END.peak, PEAK_END.end, PEAK_END.start


def peak_index(moments: Sequence[float]) -> int:
    """The most intense moment; on a tie in intensity, the worse one, then the earlier one."""
    best = 0
    for i, m in enumerate(moments):
        b = moments[best]
        if abs(m) > abs(b) or (abs(m) == abs(b) and m < b):
            best = i
    return best


def peak_end(moments: Sequence[float]) -> float:
    """Score 0..100 from moments -100..100, oldest first. An empty episode scores 50."""
    if not moments:
        return 50.0
    peak = moments[peak_index(moments)]
    remembered = PEAK_WEIGHT * peak + END_WEIGHT * moments[-1] + START_WEIGHT * moments[0]
    return 50.0 + remembered / 2.0  # unrounded: a tiny milder end still counts


def plain_average(moments: Sequence[float]) -> float:
    """What happened, as opposed to what they remember, on the same 0..100 scale."""
    if not moments:
        return 50.0
    return 50.0 + sum(moments) / len(moments) / 2.0
