"""Text from story files and players is shown literally: no markup, links, escapes or bidi."""

from __future__ import annotations

from dataclasses import replace

from textual.pilot import Pilot

from game.engine.story import Story
from game.engine.text import Text
from game.tui.app import FrontdeskApp
from game.tui.safe import clean, one_line, plain
from game.tui.screens.debrief_screen import DebriefScreen
from game.tui.screens.play_screen import PlayScreen
from tests.tui.kit import fixture_story, new_app, press, run, session_of, shows

# each a way Textual 8.2.8 was measured to break: a stray close tag crashes a widget, a click
# tag becomes a live link, ESC/OSC/CSI sequences reach the terminal, bidi overrides reorder text
STRAY = "[/]"
LINK = "[@click=app.quit]press here[/]"
MARKUP = "[bold red]loud[/bold red] \\[escaped]"
ESC = "\x1b[31mred\x1b[0m \x1b[2J\x1bc"
OSC = "\x1b]0;pwned\x07 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"
C1 = "\x9b2J \x9d0;title\x9c \x85"
BIDI = "\u202eevil\u202c \u2066iso\u2069 \u202a\u202b\u202d"
HOSTILE = " ".join((STRAY, LINK, MARKUP, ESC, OSC, C1, BIDI, "\x00\x07\x08\x7f end"))
FORBIDDEN = [chr(c) for c in (*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
FORBIDDEN += ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
FORBIDDEN += ["\u2069"]


def poison(text: Text) -> Text:
    return Text(text.en + " " + HOSTILE, text.zh + " " + HOSTILE)


def poisoned(story: Story) -> Story:
    """The fixture story with hostile text in every string a player can see."""
    beats = tuple(
        replace(
            b,
            line=poison(b.line),
            cue=poison(b.cue) if b.cue else Text(HOSTILE, HOSTILE),
            replies=tuple(replace(r, text=poison(r.text)) for r in b.replies),
        )
        for b in story.beats
    )
    endings = tuple(replace(e, line=poison(e.line), variants=()) for e in story.endings)
    return replace(
        story,
        id=story.id,
        title=poison(story.title),
        setting=poison(story.setting),
        brief=poison(story.brief),
        source=story.source + " " + HOSTILE,
        beats=beats,
        endings=endings,
    )


def test_clean_drops_escape_sequences_with_their_bodies() -> None:
    assert clean("a\x1b[31mred\x1b[0mb") == "aredb"
    assert clean("a\x1b]0;title\x07b") == "ab"
    assert clean("a\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\b") == "alinkb"
    assert clean("a\x9b2Jb\x9d0;t\x9cc") == "abc"
    assert clean("a\x1bPq#0;2;0;0;0\x1b\\b") == "ab"  # a DCS (sixel) body


def test_clean_drops_controls_and_bidi_overrides_but_keeps_newlines_and_text() -> None:
    assert clean("x\x00\x07\x08\x7f\x85y") == "xy"
    assert clean("\u202eevil\u202c \u2066a\u2069") == "evil a"
    assert clean("one\r\ntwo\tthree") == "one\ntwo    three"
    assert clean("李女士 [/] [@click=app.quit]") == "李女士 [/] [@click=app.quit]"
    assert one_line("  a\n b  ") == "a b"


def test_plain_is_literal_content_never_markup() -> None:
    content = plain(LINK + STRAY)
    assert content.plain == LINK + STRAY
    assert not content.spans


def test_hostile_story_and_player_text_is_shown_literally_from_title_to_debrief() -> None:
    story = poisoned(fixture_story())

    def check(app: FrontdeskApp, shown: tuple[str, ...] = (STRAY, LINK, MARKUP[:26])) -> None:
        strips = app.screen._compositor.render_strips()
        for strip in strips:
            for segment in strip:
                for ch in FORBIDDEN:
                    assert ch not in segment.text, f"{ch!r} reached the terminal"
                style = segment.style
                if style is not None:
                    assert not style.link, "a link reached the terminal"
                    assert "@click" not in style.meta, "a click action reached the terminal"
        assert shows(app, *shown)

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        check(app, (LINK,))  # the player's name on the title screen (cut at 40 characters)
        await press(pilot, "enter")
        check(app)  # the picker: title, setting, brief, source
        await press(pilot, "enter")
        assert isinstance(app.screen, PlayScreen)
        s = session_of(app)
        while not s.finished:
            check(app)
            await press(pilot, "1")
        check(app)
        await pilot.click("#conversation", offset=(2, 1))  # clicking the text does nothing
        await press(pilot, "enter")
        assert isinstance(app.screen, DebriefScreen)
        check(app)
        await press(pilot, "l")
        check(app)
        await press(pilot, "escape")
        check(app)

    run(new_app([story], name="Eve " + LINK + ESC), body, size=(120, 40))
