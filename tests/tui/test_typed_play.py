"""Typed play (issue #13): whole episodes typed in each language, to the debrief; a save of typed
replies that replays exactly; a workshop that asks for typing and offers no menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from game.catalog import story_by_id
from game.engine.story import Story
from game.reader import model as model_module
from game.reader import reading
from game.reader.model import load as real_load
from game.reader.model import model_path
from game.saves.check import check
from game.saves.store import Store, read_save
from game.tui.app import FrontdeskApp
from game.tui.screens import play_screen
from game.tui.screens.debrief_screen import DebriefScreen
from game.tui.screens.play_screen import PlayScreen
from game.tui.widgets.fact_table import FactTable
from game.tui.widgets.reply_list import ReplyList
from game.tui.widgets.typed_input import TypedInput
from game.workshop import new_code
from tests.tui.kit import new_app, press, run, session_of, shows

EPISODE = "dropped-calls"
# what a trainee might type, turn after turn, whatever the customer says
TYPED = {
    "en": [
        "im so sorry, that sounds really frustrating",
        "can you tell me what happened when the calls dropped?",
        "I'll fix this right now and call you back within 15 minutes",
        "I'll follow this up myself, here is my number",
        "thank you for telling us about it",
    ],
    "zh": [
        "真的很抱歉，换谁都会着急的",
        "您能跟我说说通话是怎么断的吗",
        "我现在马上帮您处理，15分钟内给您回电话",
        "这件事我亲自跟进，这是我的工号",
        "谢谢您告诉我们这个问题",
    ],
}


def episode() -> Story:
    story = story_by_id(EPISODE)
    assert story is not None
    return story


async def type_reply(pilot: Pilot[int], text: str) -> None:
    screen = pilot.app.screen
    field = screen.query_one(TypedInput)
    if not field.has_focus:
        await press(pilot, "w")
    assert field.has_focus
    field.value = text
    await press(pilot, "enter")


def _typed_episode(lang: str, tmp_path: Path) -> None:
    story = episode()
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        s = session_of(app)
        k = 0
        while s.current is not None:
            said = TYPED[lang][k % len(TYPED[lang])]
            await type_reply(pilot, said)
            assert s.turns[-1].reader is not None, f"turn {k + 1} was not typed"
            assert s.turns[-1].reply_text.get(lang) == said
            if s.current is not None:
                assert shows(app, said), "the typed reply is not in the conversation"
            k += 1
        assert k >= 3
        await press(pilot, "enter")  # See how it went
        assert isinstance(app.screen, DebriefScreen)
        heard = "Heard as" if lang == "en" else "听成了"
        turns = [t.plain_text() for t in app.screen.query(FactTable).filter(".turn")]
        assert turns and all(heard in t for t in turns), (
            "a typed turn does not say how it was heard"
        )
        assert app.screen.query(".misread"), "no way to mark a misreading"

    run(new_app([story], story=story, seed=11, lang=lang, name="Ann", store=store), body, (100, 40))
    saves = store.saves()
    assert len(saves) == 1
    save = read_save(saves[0])
    assert all(tn.reader is not None for tn in save.turns)
    assert check(save, story) is None, "a save of typed replies does not replay exactly"


def test_a_whole_episode_typed_in_english(tmp_path: Path) -> None:
    _typed_episode("en", tmp_path)


def test_a_whole_episode_typed_in_chinese(tmp_path: Path) -> None:
    _typed_episode("zh", tmp_path)


def test_what_cannot_be_heard_is_not_said_and_stays_to_edit() -> None:
    story = episode()

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        s = session_of(app)
        for text, message in (
            ("   ", "Type what you would say first"),
            ("x" * 1001, "too long for one reply"),
        ):
            await type_reply(pilot, text)
            assert not s.turns, f"{text[:10]!r} was said"
            assert shows(app, message)
            assert app.screen.query_one(TypedInput).value == text  # nothing lost

    run(new_app([story], story=story, seed=11), body, (100, 40))


def test_typed_words_are_shown_literally() -> None:
    story = episode()
    said = "[bold]sorry[/bold] {name}, I'm so sorry this happened"

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        s = session_of(app)
        await type_reply(pilot, said + "\x1b[2J")
        assert s.turns and s.turns[0].reply_text.en == said
        assert shows(app, "[bold]sorry[/bold]", "{name},")

    run(new_app([story], story=story, seed=11), body, (100, 40))


def test_esc_goes_back_to_the_menu_and_the_menu_offers_typing() -> None:
    story = episode()

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        assert shows(app, "Say it in your own words")
        await press(pilot, "w")
        assert screen.query_one(TypedInput).has_focus
        await press(pilot, "escape")
        assert screen.query_one(ReplyList).has_focus
        assert not screen.query_one(TypedInput).display
        menu = screen.query_one(ReplyList)
        await press(pilot, *["down"] * (menu.option_count - 1), "enter")  # the ✎ entry
        assert screen.query_one(TypedInput).has_focus
        assert isinstance(app.screen, PlayScreen) and not session_of(app).turns

    run(new_app([story], story=story, seed=11), body, (100, 40))


def test_opening_the_typed_line_loads_the_reader_while_the_player_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = episode()
    monkeypatch.setattr(reading, "_MODELS", {})  # as in a fresh process

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert "zh" not in reading._MODELS
        await press(pilot, "w")
        await app.workers.wait_for_complete()
        assert "zh" in reading._MODELS  # loaded before anything was typed

    run(new_app([story], story=story, seed=11, lang="zh"), body, (100, 40))


def test_a_reader_that_fails_to_load_early_does_not_end_the_game(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = episode()

    def broken(lang: str) -> None:
        raise OSError(f"no model for {lang}")

    monkeypatch.setattr(play_screen, "warm", broken)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.screen.query_one(TypedInput).has_focus  # still there, still typing

    run(new_app([story], story=story, seed=11), body, (100, 40))


def test_a_reply_typed_to_a_broken_reader_is_refused_in_words_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = episode()
    monkeypatch.setattr(reading, "_MODELS", {})
    model_path("en", tmp_path).write_text("{damaged", "utf-8")
    monkeypatch.setattr(model_module, "load", lambda lang: real_load(lang, tmp_path))
    said = "I'm so sorry, that sounds really frustrating"

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await type_reply(pilot, said)
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and not session_of(app).turns
        assert shows(app, "reader did not load")
        assert app.screen.query_one(TypedInput).value == said  # kept to send later
        await press(pilot, "escape", "1")  # the menu still works
        assert len(session_of(app).turns) == 1

    run(new_app([story], story=story, seed=11), body, (100, 40))


def test_a_workshop_that_asks_for_typing_offers_no_menu(tmp_path: Path) -> None:
    story = episode()
    workshop = new_code([EPISODE], 5, "en", [EPISODE], typed=True)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        app.join(workshop, "Ann")
        await press(pilot, "enter")  # the workshop's first episode
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        assert not screen.query_one(ReplyList).display
        assert screen.query_one(TypedInput).has_focus
        assert not shows(app, "Say it in your own words")
        s = session_of(app)
        await press(pilot, "1")  # a number key types "1"; it says no menu reply
        assert not s.turns
        await type_reply(pilot, "I'm so sorry, that must be really frustrating")
        assert s.turns and s.turns[0].reader is not None

    run(new_app([story], store=Store.open(tmp_path)), body, (100, 40))


def test_a_misreading_mark_is_kept_in_the_save(tmp_path: Path) -> None:
    story = episode()
    store = Store.open(tmp_path)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        s = session_of(app)
        while s.current is not None:
            await type_reply(pilot, TYPED["en"][len(s.turns) % 5])
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        button = screen.query_one("#misread-0", Button)
        assert "not what I meant" in str(button.label)
        button.press()
        await pilot.pause()
        assert "Marked as misread" in str(button.label)

    run(new_app([story], story=story, seed=11, store=store), body, (100, 40))
    save = read_save(store.saves()[0])
    assert save.misread == (0,)
    assert check(save, story) is None
