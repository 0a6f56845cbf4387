"""Random keys, pastes and resizes into the whole app never crash it (issue 14, item 6).

A short run is part of every test run; `pytest -m slow` drives 10,000 events. Hypothesis is
derandomized, so a run is the same on every machine, and a failure prints the events."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events

from game.catalog import load_pack
from game.tui.app import FrontdeskApp
from tests.tui.kit import new_app

KEYS = [
    *"12345abnqrtlb",
    "enter", "escape", "up", "down", "left", "right", "home", "end", "pageup", "pagedown",
    "tab", "shift+tab", "question_mark", "space", "backspace", "ctrl+p",
]  # fmt: skip
PASTES = ["Amy", "x" * 300, "\x1b[41mRED\x07", "[bold]x[/]", "名字" * 30, "\u200b\u200b", "a\nb\tc"]

Event = tuple[str, object]
event: st.SearchStrategy[Event] = st.one_of(
    st.tuples(st.just("key"), st.sampled_from(KEYS)),
    st.tuples(st.just("paste"), st.sampled_from(PASTES)),
    st.tuples(st.just("size"), st.tuples(st.integers(1, 200), st.integers(1, 70))),
)


async def drive(app: FrontdeskApp, script: list[Event]) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for kind, value in script:
            if not app.is_running:
                return
            if kind == "key":
                await pilot.press(str(value))
            elif kind == "paste":
                target = app.screen.focused or app.screen
                target.post_message(events.Paste(str(value)))
                await pilot.pause()
            else:
                assert isinstance(value, tuple)
                await pilot.resize_terminal(int(value[0]), int(value[1]))
                await pilot.pause()


def run_script(script: list[Event]) -> None:
    app = new_app(list(load_pack()), seed=7)
    asyncio.run(drive(app, script))
    # a crash inside the app ends run_test with the error re-raised; reaching here is the test
    assert app.return_code in (None, 0), app.return_code


@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(st.lists(event, min_size=30, max_size=40))
def test_random_keys_pastes_and_resizes_never_crash_the_app(script: list[Event]) -> None:
    run_script(script)


@pytest.mark.slow
@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(st.lists(event, min_size=50, max_size=50))
def test_ten_thousand_random_events_never_crash_the_app(script: list[Event]) -> None:
    run_script(script)
