"""Time in saves (issue #15): when a session started, ended and each reply was given, kept out
of what `replay --check` compares, and old saves without times still load."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

import game.saves.times as times_module
from game.saves.check import check
from game.saves.format import SaveError, dump, parse_save
from game.saves.store import Store, flush, read_save
from game.saves.times import NO_TIMES, Stopwatch, Times, parse
from game.tui.app import FrontdeskApp
from tests.savekit import saved
from tests.tui.kit import fixture_story, key_for, new_app, run, session_of

PLAYED = Times("2026-11-02T09:00:00Z", "2026-11-02T09:04:30Z", ("2026-11-02T09:01:00Z",) * 3)


def test_times_round_trip_and_say_how_long_it_took() -> None:
    s = replace(saved(), times=PLAYED)
    back = parse_save(dump(s))
    assert back.times == PLAYED
    assert back.times.seconds == 270


def test_times_are_not_compared_by_replay_check() -> None:
    story = fixture_story()
    plain = saved()
    assert check(replace(plain, times=PLAYED), story) == check(plain, story)
    assert check(parse_save(dump(replace(plain, times=PLAYED))), story) is None


def test_a_save_without_times_loads_and_is_written_as_before() -> None:
    s = saved()
    data = dump(s)
    assert "time" not in json.loads(data)
    assert parse_save(data).times == NO_TIMES


@pytest.mark.parametrize(
    "time",
    [
        {"started": "yesterday", "ended": None, "turns": []},
        {"started": None, "ended": None, "turns": ["2026-11-02 09:00"]},
        {"started": None, "ended": None, "turns": ["2026-11-02T09:00:00Z"] * 99},
        "noon",
    ],
)
def test_wrong_times_are_refused_in_one_line(time: Any) -> None:
    obj = json.loads(dump(saved()))
    obj["time"] = time
    with pytest.raises(SaveError) as err:
        parse_save(json.dumps(obj).encode())
    assert "\n" not in str(err.value) and "time" in str(err.value)


def test_the_stopwatch_stamps_each_reply_once_and_the_end_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter(f"2026-11-02T09:0{i}:00Z" for i in range(10))
    monkeypatch.setattr(times_module, "now", lambda: next(clock))
    w = Stopwatch()
    assert w.mark(1, False) == Times("2026-11-02T09:00:00Z", None, ("2026-11-02T09:01:00Z",))
    t = w.mark(2, True)
    assert t.turns == ("2026-11-02T09:01:00Z", "2026-11-02T09:02:00Z")
    assert t.ended == "2026-11-02T09:02:00Z"
    assert w.mark(2, True).ended == "2026-11-02T09:02:00Z"  # a rewrite (marks) keeps the end
    resumed = Stopwatch.resumed(t)
    assert resumed.started == "2026-11-02T09:00:00Z" and resumed.turns == list(t.turns)


def test_a_played_session_is_saved_with_its_times(tmp_path: Path) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        session = session_of(app)
        await pilot.press(key_for(session, "feel"))
        await pilot.pause()
        await pilot.press(key_for(session, "check"))
        await pilot.pause()

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)
    flush(10)
    [path] = tmp_path.glob("*.json")
    t = read_save(path).times
    assert t.started is not None and len(t.turns) == 2 and t.ended is None
    assert parse(t.started) <= parse(t.turns[0]) <= parse(t.turns[1])
