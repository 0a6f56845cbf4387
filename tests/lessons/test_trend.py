"""One rule for which way scores go, asked of three different comparisons (game.lessons.trend)."""

from __future__ import annotations

import pytest

from game.lessons.trend import DOWN, NEW, STEADY, UP, direction, halves, since_first, since_last
from game.tui.desk import Attempt, marks_of
from game.tui.screens.picker_screen import marks_line


@pytest.mark.parametrize(
    ("change", "want"), [(5.0, UP), (4.9, STEADY), (0.0, STEADY), (-4.9, STEADY), (-5.0, DOWN)]
)
def test_a_change_is_a_trend_once_it_reaches_the_step_either_way(change: float, want: str) -> None:
    assert direction(change, 5.0) == want


def test_each_comparison_reads_its_own_numbers() -> None:
    scores = [40.0, 80.0, 79.5]
    assert since_last(scores, 1.0) == STEADY  # the latest against the one before
    assert since_first(scores[0], scores[-1], len(scores), 5.0) == UP  # against the first
    assert halves([0.2, 0.2, 0.6, 0.7], 0.15) == UP  # the newer half against the older
    assert halves([0.7, 0.6, 0.2, 0.2], 0.15) == DOWN


def test_too_few_to_compare_is_new() -> None:
    assert since_last([50.0], 1.0) == NEW
    assert since_first(50.0, 50.0, 1, 5.0) == NEW
    assert since_first(None, 50.0, 3, 5.0) == NEW
    assert halves([0.5], 0.15) == NEW


def test_the_episode_list_shows_an_arrow_only_once_there_is_a_time_before() -> None:
    def attempt(score: float) -> Attempt:
        return Attempt("dropped-calls", score, "2026-01-01T00:00:00Z", 1, None, ())

    one, two = marks_of([attempt(60.0)]), marks_of([attempt(60.0), attempt(70.0)])
    assert one is not None and two is not None
    assert marks_line(one, "en").endswith("latest 60 ")  # no sign after it
    assert marks_line(two, "en").endswith("latest 70 ↑")
