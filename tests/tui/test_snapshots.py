"""Snapshots of every screen at 80×24 and 120×40, in English and Chinese."""

# Each picture is taken after the story pack has loaded, with animations off; the seed is fixed,
# so the customer and the order of the replies are the same on every run. No screen here has a
# blinking cursor or a pressed button, the two timers that make snapshots flaky.

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from game.engine.policies import greedy
from game.engine.session import Session
from game.saves.format import save_of
from game.saves.store import Store
from game.saves.times import Times
from game.tui.app import FrontdeskApp
from game.tui.screens.play_screen import PlayScreen
from tests.savekit import saved
from tests.tui.kit import SEED, fixture_story, new_app, settle

SnapCompare = Callable[..., bool]
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
CASES = [(size, lang) for size in SIZES for lang in ("en", "zh")]
IDS = [f"{size}-{lang}" for size, lang in CASES]
CAREFUL = ("feel", "check", "now", "thanks")  # reply ids, said in this order


def keys(*pressed: str, replies: Sequence[str] = ()) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Presses keys from the title screen, then says the replies with these ids by number."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False  # a blinking cursor makes a flaky picture
        for reply_id in replies:
            screen = pilot.app.screen
            assert isinstance(screen, PlayScreen)
            view = screen.session.current
            assert view is not None
            ids = [r.id for r in view.replies]
            await pilot.press(str(ids.index(reply_id) + 1))
            await settle(pilot)

    return run_before


def app(lang: str) -> FrontdeskApp:
    return new_app(seed=SEED, lang=lang, name=None)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_title(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Title: banner, tagline, pitch; menu: new, replay, join, language, theme, quit."""
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=keys())


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_picker(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Picker: "The wrong size" listed with two of five dots; its setting, brief, no best yet."""
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=keys("enter"))


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_play_first_turn(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Play, turn 1: the customer's name, look and cues; the box pushed over; five replies."""
    run_before = keys("enter", "enter")
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_play_mid_episode(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Play, turn 3: two exchanges in the talk, cues updated, "a minute or two" has passed."""
    run_before = keys("enter", "enter", replies=CAREFUL[:2])
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_play_finished(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Play, the end: the last words in the talk, how it ended, one entry leading to the debrief."""
    run_before = keys("enter", "enter", replies=CAREFUL)
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_debrief(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Debrief top: score and stars, remembered beside average, the moments chart, peak and end."""
    run_before = keys("enter", "enter", replies=CAREFUL)
    more = keys("enter")

    async def both(pilot: Pilot[Any]) -> None:
        await run_before(pilot)
        await more(pilot)

    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=both)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_debrief_turns(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Debrief bottom: the last turns with acts, rules (id, title, source), changes; the seed."""
    run_before = keys("enter", "enter", replies=CAREFUL)
    more = keys("enter", "end")

    async def both(pilot: Pilot[Any]) -> None:
        await run_before(pilot)
        await more(pilot)

    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=both)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_debrief_lesson(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Debrief after the worst replies, one page down: the tips led by the lesson turn (its
    better reply and why), then the first turn with what helped, what hurt and the best on offer."""

    async def worst(pilot: Pilot[Any]) -> None:
        await keys("enter", "enter")(pilot)
        while isinstance(pilot.app.screen, PlayScreen) and pilot.app.screen.session.current:
            s = pilot.app.screen.session
            view = s.current
            assert view is not None
            ids = [r.id for r in view.replies]
            await pilot.press(str(ids.index(greedy(s, view, -1.0)) + 1))
            await settle(pilot)
        await keys("enter", "pagedown")(pilot)

    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=worst)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_help(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Help over the play screen: how to play, then every key of play with what it does."""
    run_before = keys("enter", "enter", "question_mark")
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_too_small(snap_compare: SnapCompare, lang: str) -> None:
    """At 50×15, only a centred message: the terminal is too small, it needs 60×18."""
    assert snap_compare(app(lang), terminal_size=(50, 15), run_before=keys())


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_light_theme_play(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Play, turn 1, in the light theme: dark text on a light background, same layout."""
    run_before = keys("t", "enter", "enter")
    assert snap_compare(app(lang), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_replay(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Replay, turn 2 of 4: who they were; their side; the hidden meters before → after."""
    replay = new_app(lang=lang, replay=saved())
    assert snap_compare(replay, terminal_size=SIZES[size], run_before=keys("right"))


@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_join(snap_compare: SnapCompare, size: str, lang: str) -> None:
    """Join: what a workshop is; code (with a hint) and name fields, empty; the code focused."""
    assert snap_compare(
        app(lang), terminal_size=SIZES[size], run_before=keys("down", "down", "enter")
    )


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times shown in UTC, whatever the machine's zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("utc")
@pytest.mark.parametrize(("size", "lang"), CASES, ids=IDS)
def test_saves(snap_compare: SnapCompare, size: str, lang: str, tmp_path: Path) -> None:
    """Replay a save: two of Ann's saves, newest first: unfinished at turn 3, then scored."""
    store = Store.open(tmp_path)
    older = store.write(saved())
    newer = store.write(saved(CAREFUL[:2], name="Ann_tui-story_7_2"))
    os.utime(older, (1_700_000_000, 1_700_000_000))
    os.utime(newer, (1_700_003_600, 1_700_003_600))
    listing = new_app(seed=SEED, lang=lang, name=None, store=store)
    assert snap_compare(listing, terminal_size=SIZES[size], run_before=keys("down", "enter"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_progress(snap_compare: SnapCompare, lang: str, tmp_path: Path) -> None:
    """My progress, Ann after three sessions of "The wrong size" (worst, best, worst): practise
    next (the episode, who the customer is, which skill it trains), the attempts as columns
    with first, best and latest (worse than the time before), then each skill lately."""
    store = Store.open(tmp_path)
    for day, (seed, sign) in enumerate([(7, -1.0), (7, 1.0), (8, -1.0)], start=2):
        s = Session(fixture_story(), seed)
        while (view := s.current) is not None:
            s.choose(greedy(s, view, sign))
        stamp = f"2026-11-0{day}T09:00:00Z"
        name = store.reserve("Ann", s.story.id, seed)
        times = Times(stamp, stamp, ())
        store.write(save_of(s, name=name, lang="en", player="Ann", times=times))
    progress = new_app(seed=SEED, lang=lang, name="Ann", store=store)
    assert snap_compare(progress, terminal_size=(100, 30), run_before=keys("p"))
