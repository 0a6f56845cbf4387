"""The built-in players rank as they should, and textbook plays from cues alone."""

from __future__ import annotations

import pytest

from game.engine.policies import make_policy, policy_names
from game.engine.session import Session
from game.engine.simulate import simulate
from tests.storykit import tiny_story


def mean(policy: str, runs: int = 150) -> float:
    out, _ = simulate(tiny_story(), policy, runs, seed=1)
    return sum(r.score for r in out) / len(out)


def test_best_beats_textbook_beats_random_beats_worst() -> None:
    best, textbook, rnd, worst = (mean(p) for p in ("best", "textbook", "random", "worst"))
    assert best >= textbook > rnd > worst


def test_first_always_takes_the_reply_as_written_first() -> None:
    runs, _ = simulate(tiny_story(), "first", 20, seed=1)
    assert all(r.choices[0] == "calm" for r in runs)


class Blindfold:
    """Shows a policy only what the player sees: its own past replies. Anything else fails."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def turns(self) -> object:
        return self._session.turns

    @property
    def views(self) -> object:
        return self._session.views  # what the player was shown, turn by turn

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"textbook peeked at session.{name}")


def test_textbook_never_reads_hidden_meters() -> None:
    choose = make_policy("textbook", 1)
    for seed in range(30):
        s = Session(tiny_story(), seed)
        while (view := s.current) is not None:
            s.choose(choose(Blindfold(s), view))  # type: ignore[arg-type]
        assert s.finished


def test_unknown_policy_is_refused() -> None:
    assert "textbook" in policy_names()
    with pytest.raises(ValueError, match="unknown policy"):
        make_policy("cheat", 1)
