"""A whole episode by keys, title screen to debrief, checking what the player sees at each step."""

from __future__ import annotations

import re

from textual.pilot import Pilot

from game.engine.acts import ACTS
from game.engine.rules import RULES_BY_ID
from game.tui.app import FrontdeskApp
from game.tui.screens.debrief_screen import DebriefScreen
from game.tui.screens.picker_screen import PickerScreen
from game.tui.screens.play_screen import PlayScreen
from game.tui.screens.title_screen import TitleScreen
from game.tui.widgets.customer_card import CustomerCard
from tests.tui.kit import (
    fixture_story,
    key_for,
    new_app,
    press,
    run,
    screen_text,
    session_of,
    shows,
)

PATH = ("feel", "check", "now", "thanks")  # a careful agent's replies, by id


def card_text(app: FrontdeskApp) -> str:
    return app.screen.query_one(CustomerCard).text()


async def play_by_keys(pilot: Pilot[int], app: FrontdeskApp, ids: tuple[str, ...]) -> None:
    """Says each reply with its number key, checking the conversation after each one."""
    s = session_of(app)
    for reply_id in ids:
        view = s.current
        assert view is not None
        said = next(r for r in view.replies if r.id == reply_id)
        await press(pilot, key_for(s, reply_id))
        assert shows(app, s.say(said.text, "en")), f"the reply {reply_id!r} is not in the talk"
        now = s.current.line if s.current else s.result.line if s.result else None
        assert now is not None and shows(app, s.say(now, "en")), "the newest line is out of view"
        assert re.search(r"\d", card_text(app)) is None, "the customer card shows a number"


def test_a_whole_episode_from_the_title_screen_to_the_debrief() -> None:
    story = fixture_story()

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, TitleScreen)
        assert shows(app, "frontdesk", "New episode", "Language", "Theme", "Quit")
        assert not shows(app, "Continue")  # no dead entries for features not built yet

        await press(pilot, "enter")  # "New episode" is highlighted first
        assert isinstance(app.screen, PickerScreen)
        assert shows(app, "The wrong size", "A shoe shop's counter, Saturday afternoon.")
        assert shows(app, "Difficulty", "●●○○○", "not played yet", story.brief.en)

        await press(pilot, "enter")
        assert isinstance(app.screen, PlayScreen)
        s = session_of(app)
        view = s.current
        assert view is not None
        name, look = s.customer.name.en, s.customer.look.en
        assert shows(app, name, look, s.say(view.line, "en"), "They push the open box")
        assert shows(app, *(c.text.en for c in view.cues))
        for i, reply in enumerate(view.replies, 1):
            assert shows(app, f"{i} {s.say(reply.text, 'en')}")
        assert shows(app, "They have just come up to the counter.")

        await play_by_keys(pilot, app, PATH[:2])
        assert shows(app, "A minute or two at the counter.")
        await play_by_keys(pilot, app, PATH[2:])
        assert s.finished and s.result is not None
        assert shows(app, s.say(s.result.line, "en"), "See how it went")

        await press(pilot, "enter")
        assert isinstance(app.screen, DebriefScreen)
        result = s.result
        assert shows(app, f"Score {result.score:.0f} / 100")
        assert re.search("[★☆]{5}", screen_text(app))
        assert shows(app, f"What they remember {result.score:.0f}")
        assert shows(app, f"The plain average {result.average:.0f}")
        assert shows(app, "Moments", "▲")
        assert shows(app, "Play again: same customer", "Play again: new customer")

    run(new_app(), body)


def test_the_debrief_lists_every_turn_with_acts_rules_sources_and_changes() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter")
        s = session_of(app)
        await play_by_keys(pilot, app, ("policy", "lecture", "cant"))
        while not s.finished:  # a branch may end it early or carry on
            view = s.current
            assert view is not None
            await press(pilot, "1")
        await press(pilot, "enter")
        turns = app.screen.query_one("#turns")
        shown = " ".join(str(w.render()) for w in turns.query("Static"))
        for turn in s.turns:
            assert f"Turn {turn.index + 1}" in shown
            assert s.say(turn.reply_text, "en") in shown
            for act in turn.acts:  # by its meaning, never its id
                assert ACTS[act].meaning.en in shown
                assert "_" not in act or act not in shown
            for firing in turn.fired:
                if any(n.text.en for n in firing.notes):
                    assert RULES_BY_ID[firing.rule].title.en in shown
        assert "mistake" in shown and "001" in shown and "Best on offer" in shown
        assert "upset" in shown and "trust" in shown and "patient" in shown
        tips = str(app.screen.query_one("#tips").render())
        assert tips.startswith("1. ") and "2. " in tips

    run(new_app(), body, size=(120, 40))


def test_play_again_keeps_or_changes_the_customer_and_the_picker_shows_the_best_score() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter")
        first = session_of(app)
        await play_by_keys(pilot, app, PATH)
        await press(pilot, "enter")
        assert first.result is not None
        score = first.result.score

        await press(pilot, "r")
        again = session_of(app)
        assert again.seed == first.seed and again.customer == first.customer
        assert again.turns == ()

        await press(pilot, "escape", "escape")  # Esc twice leaves an episode
        assert isinstance(app.screen, PickerScreen)
        assert shows(app, f"Your best score {score:.0f}")

        await press(pilot, "enter")
        fresh = session_of(app)
        assert fresh.seed != first.seed

    run(new_app(), body)


def test_one_escape_in_play_only_warns() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter", "escape")
        await pilot.pause(0.2)  # the toast slides in
        assert isinstance(app.screen, PlayScreen)
        assert shows(app, "Press Esc again to leave.")

    run(new_app(), body)


def test_enter_and_a_mouse_click_choose_replies_too() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "enter", "enter")
        s = session_of(app)
        view = s.current
        assert view is not None
        await press(pilot, "down", "enter")  # the second reply
        assert s.turns[0].reply_id == view.replies[1].id
        await pilot.click("#replies", offset=(4, 1))  # the first reply's row, inside the border
        await pilot.pause()
        assert len(s.turns) == 2

    run(new_app(), body)


def test_frontdesk_play_opens_the_episode_directly_with_the_players_name() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, PlayScreen)
        s = session_of(app)
        assert s.seed == 42
        await press(pilot, "1")
        assert shows(app, "Alex: ")
        await press(pilot, "escape", "escape")
        assert isinstance(app.screen, TitleScreen)
        assert shows(app, "Welcome, Alex.")

    run(new_app(story=fixture_story(), seed=42, name="Alex"), body)


def test_a_whole_episode_in_chinese() -> None:
    story = fixture_story()

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert shows(app, "新的一局", "语言", "主题", "退出")
        await press(pilot, "enter")
        assert shows(app, story.title.zh, story.setting.zh, "难度", "还没玩过", story.brief.zh)
        await press(pilot, "enter")
        s = session_of(app)
        view = s.current
        assert view is not None
        assert shows(app, s.customer.name.zh, s.customer.look.zh, s.say(view.line, "zh"))
        assert shows(app, "对方刚走到柜台前。", "你怎么回答\uff1f")
        for reply_id in PATH:
            view = s.current
            assert view is not None
            said = next(r for r in view.replies if r.id == reply_id)
            await press(pilot, key_for(s, reply_id))
            assert shows(app, "你\uff1a" + s.say(said.text, "zh"))
        assert s.result is not None
        assert shows(app, s.say(s.result.line, "zh"), "查看复盘")
        await press(pilot, "enter")
        assert shows(app, f"得分 {s.result.score:.0f} / 100", "对方记住的", "简单平均", "峰值")
        assert shows(app, "再玩一次\uff1a同一位客户")

    run(new_app(lang="zh"), body)


def footer_text(app: FrontdeskApp) -> str:
    return " ".join(str(k.render()) for k in app.screen.query("FooterKey"))


def test_once_over_the_talk_gets_the_room_and_the_keys_say_debrief() -> None:
    """The reply box keeps its tallest height during play (the talk stays put), but once the
    conversation is over it shrinks to its one entry; the footer offers the debrief, not
    replies 1-5, and both Enter and 1 open it."""
    for key in ("enter", "1"):

        async def body(pilot: Pilot[int], app: FrontdeskApp, key: str = key) -> None:
            await press(pilot, "enter", "enter")
            replies = app.screen.query_one("#replies")
            during = replies.outer_size.height
            assert "Reply" in footer_text(app) and "Debrief" not in footer_text(app)
            await play_by_keys(pilot, app, PATH)
            over = replies.outer_size.height
            assert over <= 4 < during, f"{over} rows for one entry (during play {during})"
            shown = footer_text(app)
            assert "Debrief" in shown and "Reply" not in shown and "Own words" not in shown
            await press(pilot, key)
            assert isinstance(app.screen, DebriefScreen)

        run(new_app(), body, size=(120, 40))
