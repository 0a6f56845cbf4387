"""Language, theme, help, the command palette and terminal sizes, as the player meets them."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot

from game.tui.app import FrontdeskApp
from game.tui.i18n import UI
from game.tui.screens.help_screen import HelpScreen
from game.tui.screens.picker_screen import PickerScreen
from game.tui.screens.play_screen import PlayScreen
from game.tui.screens.title_screen import TitleScreen
from game.tui.widgets.conversation import Conversation
from game.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH
from tests.tui.kit import fixture_story, new_app, press, run, screen_text, session_of, shows


def test_every_ui_string_exists_in_both_languages() -> None:
    for key, text in UI.items():
        assert text.en.strip() and text.zh.strip(), key
        assert text.en.count("{") == text.zh.count("{"), key


def test_the_language_switches_at_runtime_on_every_screen_and_mid_episode() -> None:
    story = fixture_story()

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "l")
        assert shows(app, "新的一局", "退出", "English")
        await press(pilot, "enter")
        assert isinstance(app.screen, PickerScreen)
        assert shows(app, story.title.zh, story.setting.zh, "还没玩过")
        await press(pilot, "enter", "1")
        s = session_of(app)
        assert s.current is not None
        assert shows(app, s.customer.name.zh, s.say(s.current.line, "zh"), "你\uff1a")
        await press(pilot, "l")
        assert shows(app, s.customer.name.en, s.say(s.current.line, "en"), "You:")
        assert shows(app, "A minute or two at the counter.")
        await press(pilot, "l")
        assert shows(app, "在柜台前站了一两分钟。")

    run(new_app(), body)


def test_chinese_labels_line_up_in_the_debrief() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter")
        s = session_of(app)
        while not s.finished:
            await press(pilot, "1")
        await press(pilot, "enter")
        lines = screen_text(app).splitlines()
        remember = next(line for line in lines if "对方记住的" in line)
        average = next(line for line in lines if "简单平均" in line)
        # the numbers start in the same terminal column, counted in cells
        from rich.cells import cell_len

        def column(line: str, number: str) -> int:
            return cell_len(line[: line.rindex(number)])

        assert s.result is not None
        assert column(remember, f"{s.result.score:.0f}") == column(
            average, f"{s.result.average:.0f}"
        )

    run(new_app(lang="zh"), body)


def test_the_theme_switches_between_dark_and_light() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert app.theme == "textual-dark"
        assert shows(app, "Theme: dark → light")
        await press(pilot, "t")
        assert app.theme == "textual-light"
        assert shows(app, "Theme: light → dark")
        await press(pilot, *["down"] * 5, "enter")  # the menu entry does the same
        assert app.theme == "textual-dark"

    run(new_app(), body)


def test_the_conversation_takes_the_new_theme_colours_at_once() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter", "1")
        talk = app.screen.query_one(Conversation)
        dark = talk.render_line(0)
        await press(pilot, "t")
        light = talk.render_line(0)
        assert dark.text == light.text
        assert [s.style for s in dark] != [s.style for s in light]

    run(new_app(), body)


def test_question_mark_shows_help_with_every_key_of_the_screen_below() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert shows(app, "How to play", "Keys on this screen")
        for phrase in ("1-5 Say reply 1-5", "esc Leave this episode", "? Show every key"):
            assert shows(app, phrase), phrase
        assert shows(app, "l Switch the language", "t Switch between the dark")
        assert shows(app, "^q Leave frontdesk")
        await press(pilot, "l")
        assert shows(app, "玩法", "本界面的按键")
        await press(pilot, "escape")
        assert isinstance(app.screen, PlayScreen)

    run(new_app(), body)


def test_every_footer_key_is_in_the_command_palette_by_its_name() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        for screen_keys in ((), ("enter",), ("enter",)):  # title, picker, play
            await press(pilot, *screen_keys)
            screen = app.screen
            commands = {c.title for c in app.get_system_commands(screen)}
            footer = {
                b.description
                for _n, b, enabled, _t in screen.active_bindings.values()
                if b.show and enabled and b.description in UI
            }
            from game.tui.i18n import describe

            for description in footer:
                name = describe(description, "en")
                assert any(c.startswith(name) for c in commands), (screen, name)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"reply 2")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        s = session_of(app)
        assert len(s.turns) == 1

    run(new_app(), body)


def test_the_palette_speaks_chinese_too() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"帮助", "主题", "退出", "English", "新的一局"} <= titles

    run(new_app(lang="zh"), body)


def test_below_the_smallest_size_a_clear_message_replaces_the_screen() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert shows(app, "The terminal is too small", f"at least {MIN_WIDTH}×{MIN_HEIGHT}")
        assert not shows(app, "New episode")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, TitleScreen)
        assert shows(app, "New episode") and not shows(app, "too small")
        await pilot.resize_terminal(80, MIN_HEIGHT - 1)
        await pilot.pause()
        assert shows(app, "The terminal is too small", f"this one is 80×{MIN_HEIGHT - 1}")

    run(new_app(), body, size=(MIN_WIDTH - 1, 24))


def test_a_broken_pack_is_reported_in_the_picker_not_as_a_crash() -> None:
    def broken() -> list[object]:
        raise ValueError("stories/bad.toml:3: unknown act 'shout'")

    app = new_app()
    app.desk.load = broken  # type: ignore[assignment]

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter")
        assert shows(app, "The episodes could not be loaded:", "stories/bad.toml:3")

    run(app, body)


def test_stories_arriving_before_the_picker_is_composed_do_not_crash_it() -> None:
    """Found in a served game on a busy machine: the pack finished loading in the instant
    between pushing the picker and composing it, and the game died with NoMatches."""

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        app.push_screen(PickerScreen())  # not awaited: not composed yet
        app._loaded([fixture_story()], None, {})
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and shows(app, "Press Enter to start.")

    run(new_app(), body)


def test_the_play_screen_reflows_when_the_terminal_changes_size() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter", "1")
        s = session_of(app)
        assert s.current is not None
        line = s.say(s.current.line, "en")
        reply = s.say(s.current.replies[0].text, "en")
        assert "-wide" in app.screen.classes and shows(app, line, "1 " + reply)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "-narrow" in app.screen.classes and shows(app, line, "1 " + reply)

    run(new_app(), body, size=(120, 40))


def test_the_language_follows_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.tui.app import default_lang, make_app

    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert default_lang() == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert default_lang() == "zh"
    assert make_app(list).lang == "zh" and make_app(list, lang="en").lang == "en"
