"""The pull-style session: beats, shuffled replies, branches on state, endings, determinism."""

from __future__ import annotations

import pytest

from game.engine.session import Session
from game.engine.tuning import MAX_TURNS
from tests.storykit import tiny_story


def play_ids(s: Session, *ids: str) -> None:
    for reply_id in ids:
        s.choose(reply_id)


def test_a_session_runs_from_start_to_an_ending() -> None:
    s = Session(tiny_story(), seed=3)
    view = s.current
    assert view is not None and view.beat_id == "hello" and len(view.replies) == 3
    play_ids(s, "calm", "fix")
    assert s.finished and s.current is None
    result = s.result
    assert result is not None and result.kind == "resolved" and result.ended is None
    assert len(result.moments) == 2 and 0 <= result.score <= 100
    assert [t.beat_id for t in s.turns] == ["hello", "fix"]


def test_replies_are_shuffled_by_the_seed_and_the_same_for_the_same_seed() -> None:
    orders = {
        tuple(r.id for r in Session(tiny_story(), seed=n).current.replies)  # type: ignore[union-attr]
        for n in range(30)
    }
    assert len(orders) > 1
    a = [r.id for r in Session(tiny_story(), seed=5).current.replies]  # type: ignore[union-attr]
    b = [r.id for r in Session(tiny_story(), seed=5).current.replies]  # type: ignore[union-attr]
    assert a == b


def test_same_story_seed_and_choices_give_the_same_session() -> None:
    def run() -> object:
        s = Session(tiny_story(), seed=11)
        play_ids(s, "stall", "calm", "fix")
        return (s.customer, s.turns, s.result)

    assert run() == run()


def test_branch_on_state_sends_a_furious_customer_to_the_manager() -> None:
    furious = next(
        seed for seed in range(500) if Session(tiny_story(anger=(6, 6)), seed).customer.anger == 6
    )
    s = Session(tiny_story(anger=(6, 6)), furious)
    s.choose("deny")
    assert s.finished and s.result is not None and s.result.ending_id == "manager"
    mild = Session(tiny_story(anger=(0, 0)), 1)
    mild.choose("deny")
    assert not mild.finished and mild.current is not None and mild.current.beat_id == "fix"


def test_line_variants_follow_the_buying_style() -> None:
    for seed in range(40):
        s = Session(tiny_story(), seed)
        assert s.current is not None
        expected = "Broken. Again." if s.customer.style == "demanding" else "It's broken again."
        assert s.current.line.en == expected


def test_name_is_substituted_and_nothing_else() -> None:
    s = Session(tiny_story(), 2)
    calm = next(r for r in s.current.replies if r.id == "calm")  # type: ignore[union-attr]
    assert s.say(calm.text, "en") == f"I'm sorry, {s.customer.name.en}."
    assert s.customer.name.zh in s.say(calm.text, "zh")


def test_stalling_forever_ends_with_the_customer_walking_out() -> None:
    s = Session(tiny_story(), 4)
    while not s.finished:
        s.choose("stall")
    assert s.result is not None and s.result.ended == "walked_out"
    assert len(s.turns) < MAX_TURNS
    assert s.result.moments[-1] == min(s.result.moments)


def test_on_the_phone_they_hang_up() -> None:
    s = Session(tiny_story(channel="phone"), 4)
    while not s.finished:
        s.choose("stall")
    assert s.result is not None and s.result.ended == "hung_up"


def test_choosing_a_reply_not_on_offer_is_refused() -> None:
    s = Session(tiny_story(), 1)
    with pytest.raises(ValueError, match="no reply"):
        s.choose("fix")
    play_ids(s, "calm", "fix")
    with pytest.raises(ValueError, match="over"):
        s.choose("calm")
