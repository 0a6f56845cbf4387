"""Typed replies in the engine and in saves: the customer reacts to the acts heard, the story
goes on along the nearest offered reply, and a save replays exactly from the acts it kept."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from game.engine.said import Typed
from game.engine.session import Session
from game.saves.check import check
from game.saves.format import FORMAT, SaveError, dump, parse_save, save_of
from tests.savekit import played
from tests.tui.kit import SEED, fixture_story

WARM = Typed("I can see how upset you are, and I'm sorry", ("acknowledge_feeling", "apologize"),
             along="sorry", reader="test:1")  # fmt: skip
RUDE = Typed("calm down, it's not a big deal", ("deny", "suppress"), along="feel", reader="test:1")


def typed_session(*said: Typed | str) -> Session:
    s = Session(fixture_story(), SEED)
    for x in said:
        s.say_again(x)
    return s


def test_the_customer_reacts_to_the_acts_heard_not_to_the_reply_followed() -> None:
    s = Session(fixture_story(), SEED)
    expected = s.preview_acts(RUDE.acts)
    turn = s.type_reply(RUDE)
    assert turn.acts == RUDE.acts and turn.reply_id == "feel"
    assert turn.moment == expected.moment
    assert turn.moment < Session(fixture_story(), SEED).preview("feel").moment
    assert turn.reply_text.en == turn.reply_text.zh == RUDE.text


def test_the_story_moves_on_along_the_offered_reply() -> None:
    chosen, typed = played(["sorry"]), typed_session(WARM)
    assert typed.current is not None and chosen.current is not None
    assert typed.current.beat_id == chosen.current.beat_id == "size"


def test_a_turn_says_again_what_was_said() -> None:
    s = typed_session(WARM, "check")
    assert s.turns[0].said == WARM
    assert s.turns[1].said == "check"
    again = Session.replayed(s.story, s.seed, [tn.said for tn in s.turns])
    assert again.turns == s.turns


def test_unknown_acts_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown acts: shout"):
        Typed("!!", ("shout",), along="feel", reader="x")


def test_a_save_with_typed_replies_round_trips_and_replays_exactly() -> None:
    s = typed_session(WARM, "check", "now", "thanks")
    save = save_of(s, name="Ann_tui-story_7", lang="en", player="Ann")
    data = dump(save)
    obj = json.loads(data)
    assert obj["format"] == obj["oldest_readable"] == FORMAT == 3
    assert obj["turns"][0]["reader"] == "test:1" and "reader" not in obj["turns"][1]
    back = parse_save(data)
    assert back.turns == save.turns and dump(back) == data
    assert check(back, fixture_story()) is None


def test_a_typed_save_whose_acts_were_edited_fails_the_check() -> None:
    s = typed_session(WARM, "check")
    obj = json.loads(dump(save_of(s, name="Ann_tui-story_7", lang="en", player="Ann")))
    obj["turns"][0]["acts"] = ["acknowledge_feeling"]
    problem = check(parse_save(json.dumps(obj).encode()), fixture_story())
    assert problem is not None and problem.startswith("turn 1 differs")


def test_misreading_marks_are_kept_and_not_part_of_the_check() -> None:
    s = typed_session(WARM, "check")
    save = replace(save_of(s, name="Ann_tui-story_7", lang="en", player="Ann"), misread=(0,))
    back = parse_save(dump(save))
    assert back.misread == (0,)
    assert check(back, fixture_story()) is None


@pytest.mark.parametrize("marks", [[5], [-1], ["0"], [True], "0"])
def test_misreading_marks_must_name_turns_of_the_save(marks: object) -> None:
    s = typed_session(WARM, "check")
    obj = json.loads(dump(save_of(s, name="Ann_tui-story_7", lang="en", player="Ann")))
    obj["misread"] = marks
    with pytest.raises(SaveError, match="misread"):
        parse_save(json.dumps(obj).encode())


def test_a_save_without_typed_replies_stays_readable_by_format_2_programs() -> None:
    obj = json.loads(dump(save_of(played(), name="Ann_tui-story_7", lang="en", player="Ann")))
    assert obj["format"] == obj["oldest_readable"] == 2
    assert "misread" not in obj and all("reader" not in tn for tn in obj["turns"])
