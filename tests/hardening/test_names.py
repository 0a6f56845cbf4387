"""Names as people type, paste and pass them (issue 14, items 5 and 12)."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from game.textsafe import MAX_NAME, player_name
from game.tui.app import FrontdeskApp
from game.tui.screens.join_screen import JoinScreen
from tests.tui.kit import fixture_story, new_app, press, run, session_of, settle, shows


def test_player_names_are_one_visible_line_of_at_most_forty_characters() -> None:
    assert player_name("  Amy\nLee\t ") == "Amy Lee"
    assert player_name("\u200b\u200b\ufeff") == ""  # nothing visible: no name
    assert player_name("x" * 100) == "x" * MAX_NAME
    assert player_name(b"Ann\xff".decode("utf-8", "surrogateescape")) == "Ann"
    assert player_name("\x1b[41mRed\x1b[0m") == "Red"


def test_a_long_paste_into_the_name_field_is_cut_visibly_not_dropped() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await app.push_screen(JoinScreen(name_only=True))
        await settle(pilot)
        field = app.screen.query_one("#join-name", Input)
        field.focus()
        field.post_message(events.Paste("Ann" + "a" * 60))
        await settle(pilot)
        assert field.value == ("Ann" + "a" * 60)[:MAX_NAME]
        assert shows(app, "A name is at most 40 characters")

    run(new_app(name=None), body, size=(100, 30))


def test_a_name_of_zero_width_spaces_is_refused_like_an_empty_one() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await app.push_screen(JoinScreen(name_only=True))
        await settle(pilot)
        field = app.screen.query_one("#join-name", Input)
        field.value = "\u200b\u200b"
        field.focus()
        await press(pilot, "enter")
        assert isinstance(app.screen, JoinScreen) and shows(app, "Please type your name too.")
        assert app.player is None

    run(new_app(name=None), body, size=(100, 30))


def test_a_name_that_is_not_utf8_plays_and_saves(tmp_path: object) -> None:
    from pathlib import Path

    from game.saves.store import Store, read_save

    store = Store.open(Path(str(tmp_path)))
    name = b"Z\xc3\xa9\xff".decode("utf-8", "surrogateescape")  # what argv gives for bad bytes

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        s = session_of(app)
        await press(pilot, "1")
        assert len(s.turns) == 1
        saves = store.saves()
        assert len(saves) == 1 and saves[0].stat().st_size > 0  # not a 0-byte file
        assert read_save(saves[0]).player == "Zé"

    run(new_app(story=fixture_story(), name=name, store=store), body, size=(100, 30))


def test_a_failed_save_whose_message_holds_markup_is_shown_literally(
    tmp_path: object, monkeypatch: object
) -> None:
    from pathlib import Path

    import pytest as _pytest

    from game.saves.store import Store

    assert isinstance(monkeypatch, _pytest.MonkeyPatch)
    store = Store.open(Path(str(tmp_path)) / "saves[/]here")

    def broken(self: Store, save: object) -> Path:
        raise OSError(28, "No space left on device: saves[/]here[@click=app.quit]")

    monkeypatch.setattr(Store, "write", broken)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "1")  # the autosave fails; its toast quotes the path
        assert app.is_running and len(session_of(app).turns) == 1
        assert shows(app, "saves[/]here")

    run(new_app(story=fixture_story(), name="Ann", store=store), body, size=(120, 40))
