"""Autosave in the background (issue 16): the next turn is drawn without waiting for the disk,
and the save is still atomic, in order and never lost, and its failures still reach the player.

A "slow disk" here is `write_atomic` held at a gate the test opens: while it is shut, a write
has begun and cannot finish, as on a disk that takes its time to fsync.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot

import game.saves.store as store_module
from game.saves.format import SaveError, save_of
from game.saves.store import Store, Writer, flush, read_save
from game.tui.app import FrontdeskApp
from game.tui.screens.play_screen import PlayScreen
from tests.paths import ROOT
from tests.savekit import played, saved
from tests.tui.kit import STORY_FILE, fixture_story, key_for, new_app, press, run, session_of
from tests.tui.kit import settle as settle_app


class Gate:
    """Holds every `write_atomic` until opened; records what each write put on disk."""

    def __init__(self, real: Callable[[Path, bytes], None]) -> None:
        self.real = real
        self.open = threading.Event()
        self.begun = threading.Event()
        self.landed: list[int] = []  # the number of turns of each save written, in order

    def __call__(self, path: Path, data: bytes) -> None:
        self.begun.set()
        assert self.open.wait(10), "the test never opened the gate"
        self.real(path, data)
        self.landed.append(len(json.loads(data)["turns"]))


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    g = Gate(store_module.write_atomic)
    monkeypatch.setattr(store_module, "write_atomic", g)
    yield g
    g.open.set()  # never leave the writer thread waiting
    flush(10)


def turns_on_disk(path: Path) -> int:
    return len(json.loads(path.read_bytes())["turns"]) if path.stat().st_size else 0


def test_the_next_turn_is_drawn_while_the_save_is_still_being_written(
    tmp_path: Path, gate: Gate
) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        session = session_of(app)
        await pilot.press(key_for(session, "feel"))
        await pilot.pause()
        assert len(session.turns) == 1 and session.current is not None  # the next turn is on
        app.take_saves()  # as its timer does, just after that frame (not waited for here)
        assert gate.begun.wait(5), "the save was never started"
        [path] = tmp_path.glob("*.json")
        assert turns_on_disk(path) == 0  # the disk has not answered yet: nothing waited for it
        gate.open.set()
        assert flush(10)
        assert turns_on_disk(path) == 1

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)


def test_quitting_right_after_a_reply_finishes_its_save_first(tmp_path: Path, gate: Gate) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        session = session_of(app)
        await pilot.press(key_for(session, "feel"))
        await pilot.pause()
        await pilot.press(key_for(session, "check"))
        app.take_saves()
        assert gate.begun.wait(5) and gate.landed == []  # the first save is held at the disk
        threading.Timer(0.3, gate.open.set).start()  # the disk answers once the game is quitting
        await pilot.press("ctrl+q")  # at once: the second turn's save is waiting behind it

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)
    # the app has stopped: no flush here, whatever it needed it waited for itself
    [path] = tmp_path.glob("*.json")
    assert turns_on_disk(path) == 2
    assert gate.landed[-1] == 2


def test_the_game_as_a_player_runs_it_quits_right_after_a_reply_with_the_turn_saved(
    tmp_path: Path,
) -> None:
    """The real program on a real terminal: a reply, ctrl+q at once, and the save has it."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(FRONTDESK_SAVES=str(tmp_path), TERM="xterm-256color", TEXTUAL_ANIMATIONS="none")
    argv = [sys.executable, "-m", "game", "play", str(STORY_FILE), "--seed", "7", "--lang", "en"]
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes the game
        os.chdir(ROOT)
        os.execve(sys.executable, argv, env)
    seen = b""
    try:
        deadline = time.monotonic() + 30
        while b"What do you say" not in seen:
            assert time.monotonic() < deadline, "the play screen never showed"
            if select.select([fd], [], [], 0.1)[0]:
                seen += os.read(fd, 65536)
        time.sleep(0.3)  # let the first frames settle
        os.write(fd, b"1")
        time.sleep(0.05)  # the turn is taken, its save given to the writer (two fsyncs to go)
        os.write(fd, b"\x11")  # ctrl+q
        deadline = time.monotonic() + 30
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            assert time.monotonic() < deadline, "the game did not quit"
            if select.select([fd], [], [], 0.1)[0]:
                with contextlib.suppress(OSError):
                    os.read(fd, 65536)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        os.close(fd)
    [path] = tmp_path.glob("*.json")
    assert turns_on_disk(path) == 1


def test_writes_of_one_save_land_in_order_and_a_later_turn_is_never_overwritten(
    tmp_path: Path, gate: Gate
) -> None:
    store = Store.open(tmp_path)
    writer = Writer()
    failed: list[Exception] = []
    name = store.reserve("Ann", "tui-story", 7)
    session_turns = [("feel",), ("feel", "check"), ("feel", "check", "now")]
    writer.submit(store, saved(session_turns[0], name=name), failed.append)
    assert gate.begun.wait(5)  # turn 1 is being written, and held there
    for replies in session_turns[1:]:  # turn 2 waits; turn 3 takes its place in the queue
        writer.submit(store, saved(replies, name=name), failed.append)
    gate.open.set()
    assert writer.flush(10)
    assert gate.landed == [1, 3]  # in order; turn 2 was never written after turn 3
    assert len(read_save(store.path(name)).turns) == 3
    assert failed == []


def test_reading_a_save_in_this_process_sees_the_write_given_before(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    name = store.reserve("Ann", "tui-story", 7)
    store.write_later(saved(("feel", "check"), name=name), lambda err: None)
    assert len(read_save(store.path(name)).turns) == 2  # read_save waits for the writer
    store.write_later(saved(("feel",), name=name), lambda err: None)
    assert [len(read_save(p).turns) for p in store.saves()] == [1]


def test_a_claim_released_while_its_save_is_written_is_held_until_the_write_lands(
    tmp_path: Path, gate: Gate
) -> None:
    store = Store.open(tmp_path)
    name = store.reserve("Ann", "tui-story", 7)
    claim = store.claim(name)
    store.write_later(saved(name=name), lambda err: None)
    assert gate.begun.wait(5)
    claim.release()  # the game left the episode; its last save is still on the way
    with pytest.raises(SaveError):
        store.claim(name)  # no other game may write it meanwhile
    gate.open.set()
    assert flush(10)
    store.claim(name).release()  # and once it has landed, another game may


def test_a_save_that_fails_in_the_background_is_shown_to_the_player(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_atomic", full)
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        session = session_of(app)
        await press(pilot, key_for(session, "feel"))
        assert flush(10)
        await settle_app(pilot)
        await pilot.pause(0.1)
        shown = [n.message for n in app._notifications]
        assert any("No space left on device" in m for m in shown), shown
        assert session.current is not None  # never fatal: the game goes on

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)


def test_a_save_that_fails_while_the_game_quits_is_kept_to_be_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path, data: bytes) -> None:
        raise OSError(5, "Input/output error")

    gate = Gate(broken)
    monkeypatch.setattr(store_module, "write_atomic", gate)
    store = Store.open(tmp_path)
    apps: list[FrontdeskApp] = []

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        apps.append(app)
        await pilot.press(key_for(session_of(app), "feel"))
        app.take_saves()
        assert gate.begun.wait(5)
        threading.Timer(0.3, gate.open.set).start()  # it fails once the game is quitting
        await pilot.press("ctrl+q")

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)
    [app] = apps
    assert any("Input/output error" in line for line in app.late_save_errors)  # launch prints


def test_a_finished_sessions_marks_are_written_after_its_last_turn(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    writer = Writer()
    name = store.reserve("Ann", "tui-story", 7)
    plain = save_of(played(), name=name, lang="en", player="Ann")
    writer.submit(store, plain, lambda err: None)
    writer.submit(store, replace(plain, misread=(1,)), lambda err: None)
    assert writer.flush(10)
    assert read_save(store.path(name)).misread == (1,)


def test_a_save_not_yet_taken_when_the_game_stops_is_taken_and_written(tmp_path: Path) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        play = app.screen
        assert isinstance(play, PlayScreen)
        play.session.choose("feel")
        app.autosave(play)  # taken after the next frame, which never comes:
        app.exit()  # the app stops in the same moment

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)
    [path] = tmp_path.glob("*.json")
    assert turns_on_disk(path) == 1


def test_leaving_an_episode_right_after_a_reply_keeps_its_claim_until_the_save_lands(
    tmp_path: Path, gate: Gate
) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        play = app.screen
        assert isinstance(play, PlayScreen)
        play.session.choose("feel")
        app.autosave(play)
        name = play.save_name
        assert name is not None
        await app.pop_screen()  # back to the title at once: the play screen lets its claim go
        await pilot.pause()
        assert not isinstance(app.screen, PlayScreen)
        with pytest.raises(SaveError):
            store.claim(name)  # still held: its save has not landed
        gate.open.set()
        assert flush(10)
        store.claim(name).release()
        assert len(read_save(store.path(name)).turns) == 1

    story = fixture_story()
    app = new_app([story], store=store, name="Ann")

    async def start_then_body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        app.start(story)
        await pilot.pause()
        await body(pilot, app)

    run(app, start_then_body)


def test_a_turn_just_played_is_read_back_at_once_on_the_games_thread(tmp_path: Path) -> None:
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        play = app.screen
        assert isinstance(play, PlayScreen)
        play.session.choose("feel")
        app.autosave(play)  # its save is taken only after the next frame...
        [path] = store.saves()  # ...but a read here has it taken and written first
        assert len(read_save(path).turns) == 1

    story = fixture_story()
    run(new_app([story], story=story, store=store, name="Ann"), body)
