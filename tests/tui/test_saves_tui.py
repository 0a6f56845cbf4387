"""Autosave while playing, Continue from the title screen, and the replay screen, by keys."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot

from game.saves.store import Store, read_save
from game.tui.app import FrontdeskApp
from game.tui.replay_text import bar
from game.tui.screens.play_screen import PlayScreen
from game.tui.screens.replay_screen import ReplayScreen
from game.tui.screens.saves_screen import SavesScreen
from tests.savekit import saved
from tests.tui.kit import fixture_story, key_for, new_app, press, run, session_of, shows


def test_every_turn_is_saved_and_continue_resumes_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    said: list[str] = []

    async def play_two(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter")  # New episode, then the only episode
        session = session_of(app)
        for reply in ("feel", "check"):
            await press(pilot, key_for(session, reply))
            said.append(session.say(session.turns[-1].reply_text, "en"))
            saves = store.saves()
            assert len(saves) == 1 and len(read_save(saves[0]).turns) == len(said)

    run(new_app(store=store, name="Ann"), play_two)

    async def come_back(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert shows(app, "Continue: The wrong size, turn 3")
        await press(pilot, "enter")
        assert isinstance(app.screen, PlayScreen)
        session = session_of(app)
        assert [t.reply_id for t in session.turns] == ["feel", "check"]
        assert shows(app, *said)  # the conversation so far is back on screen
        await press(pilot, key_for(session, "now"))
        assert len(read_save(store.saves()[0]).turns) == 3  # and it goes on saving, same file
        assert len(store.saves()) == 1

    run(new_app(store=store, name="Ann"), come_back)


def test_another_players_unfinished_save_is_not_offered(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.write(saved(("feel",), name=store.reserve("Ann", "tui-story", 7)))

    async def look(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert not shows(app, "Continue")
        assert shows(app, "New episode", "Replay a save")

    run(new_app(store=store, name="Bob"), look)


def test_replay_steps_through_the_turns_with_the_meters_revealed(tmp_path: Path) -> None:
    save = saved()

    async def step(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, ReplayScreen)
        assert shows(app, "Turn 1", "Their side", "emotion")
        first = save.turns[0]
        # meters as bars and bands, never raw numbers
        assert shows(app, bar(first.after.emotion), "What helped")
        assert not shows(app, f"{first.before.emotion:.0f} → {first.after.emotion:.0f}")
        await press(pilot, "right")
        assert shows(app, "Turn 2")
        await press(pilot, "end")
        assert shows(app, "The end", "What they remember")
        await press(pilot, "left", "home")
        assert shows(app, "Turn 1")
        await press(pilot, "escape")
        assert app.return_code == 0 and not app.is_running

    run(new_app(replay=save), step, size=(120, 40))


def test_replay_a_save_from_the_title_screen(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.write(saved(name=store.reserve("Ann", "tui-story", 7)))
    (tmp_path / "broken.json").write_bytes(b"{ not json")

    async def pick(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "down", "enter")  # Replay a save
        assert isinstance(app.screen, SavesScreen)
        assert shows(app, "The wrong size", "Ann", "1 unreadable file skipped")
        await press(pilot, "enter")
        assert isinstance(app.screen, ReplayScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, SavesScreen)

    run(new_app(store=store), pick)


def test_continue_is_refused_with_a_message_when_the_story_changed(tmp_path: Path) -> None:
    from dataclasses import replace

    from game.engine.text import t

    store = Store.open(tmp_path)
    store.write(saved(("feel",), name=store.reserve("Ann", "tui-story", 7)))
    story = fixture_story()
    first = replace(story.beats[0], line=t("Edited.", "改过了。"))
    edited = replace(story, beats=(first, *story.beats[1:]))

    async def go(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter")
        assert not isinstance(app.screen, PlayScreen)
        assert shows(app, "story changed since")

    run(new_app([edited], store=store, name="Ann"), go)


def test_the_picker_shows_the_best_score_from_earlier_saves(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    best = saved()  # a finished session of Ann's
    store.write(replace(best, name=store.reserve("Ann", "tui-story", 7)))
    assert best.outcome is not None
    score = f"{best.outcome.score:.0f}"

    async def look(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter")  # New episode
        assert shows(app, "Your best score", score)

    run(new_app(store=store, name="Ann"), look)
    run(new_app(store=store, name="Bob"), _no_best)


async def _no_best(pilot: Pilot[int], app: FrontdeskApp) -> None:
    await press(pilot, "enter")
    assert shows(app, "not played yet")
