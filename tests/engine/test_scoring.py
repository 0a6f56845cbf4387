"""The peak-end laws (model.md §5) as properties: duration neglect and a better end helps."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from game.engine.scoring import peak_end, peak_index, plain_average

moment = st.floats(min_value=-100, max_value=100, allow_nan=False)
moments = st.lists(moment, min_size=1, max_size=30)
bad = st.floats(min_value=-100, max_value=-0.5, allow_nan=False)


@given(st.lists(bad, min_size=1, max_size=30), st.floats(min_value=0.01, max_value=0.99))
@example([-0.5], 0.96875)  # a tiny improvement once vanished in rounding
def test_a_milder_bad_ending_raises_the_score(episode: list[float], mildness: float) -> None:
    """Adding a milder-but-still-bad moment at the end of a bad episode raises the score,
    although the total pain is larger (Redelmeier & Kahneman 1996)."""
    extra = episode[-1] * mildness  # still bad, but milder than the last moment
    longer = [*episode, extra]
    assert peak_end(longer) > peak_end(episode)
    assert sum(longer) < sum(episode)


@given(moments, st.data())
def test_repeating_a_moment_does_not_change_the_score(
    episode: list[float], data: st.DataObject
) -> None:
    """Duration neglect: how long a moment lasted does not count."""
    i = data.draw(st.integers(min_value=0, max_value=len(episode) - 1))
    times = data.draw(st.integers(min_value=1, max_value=5))
    stretched = episode[: i + 1] + [episode[i]] * times + episode[i + 1 :]
    assert peak_end(stretched) == peak_end(episode)


@given(moments, st.floats(min_value=0, max_value=200))
def test_raising_the_last_moment_never_lowers_the_score(episode: list[float], lift: float) -> None:
    raised = [*episode[:-1], min(100.0, episode[-1] + lift)]
    assert peak_end(raised) >= peak_end(episode)


@given(moments)
def test_score_is_within_0_and_100(episode: list[float]) -> None:
    assert 0 <= peak_end(episode) <= 100
    assert 0 <= plain_average(episode) <= 100


def test_peak_is_the_most_intense_moment_and_the_worse_on_a_tie() -> None:
    assert peak_index([10, -60, 40]) == 1
    assert peak_index([50, -50]) == 1
    assert peak_index([-20, 70, -30]) == 1


def test_what_they_remember_differs_from_the_plain_average() -> None:
    """A long mostly-bad visit that ends well is remembered better than it was."""
    episode = [-40, -40, -40, -40, -40, 60]
    assert peak_end(episode) > plain_average(episode)


def test_empty_episode_is_neutral() -> None:
    assert peak_end([]) == 50.0
