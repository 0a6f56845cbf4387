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


def test_every_lazy_learner_plays_and_the_same_seed_plays_the_same() -> None:
    from game.engine.lazy import LAZY

    for name in LAZY:
        a, _ = simulate(tiny_story(), name, 8, seed=3)
        b, _ = simulate(tiny_story(), name, 8, seed=3)
        assert [r.choices for r in a] == [r.choices for r in b], name
        assert all(r.choices for r in a), name


def test_the_answer_key_is_learned_from_other_customers_not_this_one() -> None:
    """A key replays what was best for KEY_SEEDS customers whose seeds no balance run plays."""
    from game.engine.lazy import KEY_SEED_BASE, KEY_SEEDS, answer_key

    story = tiny_story()
    key = answer_key(story)
    assert set(key) <= {b.id for b in story.beats} and "hello" in key
    assert KEY_SEED_BASE > 10_000_000 and KEY_SEEDS == 20
    runs, _ = simulate(story, "answer_key", 30, seed=1)
    assert {r.choices[0] for r in runs} == {key["hello"]}


def test_surface_tricks_read_only_the_menu() -> None:
    """`longest` takes the longest text shown; `sorry` the reply with the most sorry words."""
    for seed in range(10):
        s = Session(tiny_story(), seed)
        view = s.current
        assert view is not None
        longest = max(view.replies, key=lambda r: len(r.text.en)).id
        assert make_policy("longest", seed)(Blindfold(s), view) == longest  # type: ignore[arg-type]
        assert make_policy("sorry", seed)(Blindfold(s), view) == "calm"  # type: ignore[arg-type]


def test_the_new_surface_tricks_read_only_what_is_shown() -> None:
    """`echo` takes the reply sharing most words with the customer's line, `same_slot` the third
    reply shown, `asker` the one with most questions: all from the screen, nothing hidden."""
    from game.engine.lazy import _words

    for seed in range(10):
        s = Session(tiny_story(), seed)
        view = s.current
        assert view is not None
        heard = _words(view.line.en, "en")
        most = max(len(heard & _words(r.text.en, "en")) for r in view.replies)
        got = make_policy("echo", seed)(Blindfold(s), view)  # type: ignore[arg-type]
        assert (
            len(heard & _words(next(r for r in view.replies if r.id == got).text.en, "en")) == most
        )
        slot = view.replies[min(2, len(view.replies) - 1)].id
        assert make_policy("same_slot", seed)(Blindfold(s), view) == slot  # type: ignore[arg-type]
    assert _words("您好，您好", "zh") == frozenset({"您好", "好您"})


def test_never_saying_but_reads_whole_words_in_the_reply_shown() -> None:
    """`no_but` takes the longest reply without "but" (但 in Chinese); "about" is no "but"."""
    from game.engine.lazy import _no_but
    from game.engine.session import ReplyView
    from game.engine.text import t

    but = ReplyView(
        "b", t("I hear you, but that is the rule here, always.", "我明白，但规定就是规定。"), ()
    )
    about = ReplyView("a", t("Sorry about that.", "抱歉。"), ())
    assert _no_but(about, "en") > _no_but(but, "en")
    assert _no_but(about, "zh") > _no_but(but, "zh")
    assert _no_but(about, "en") == len("sorry about that.")
