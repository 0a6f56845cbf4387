"""Helpers for TUI tests: the fixture story, an app on it, and what the screen shows as text."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from textual.pilot import Pilot

from game.engine.session import Session
from game.engine.story import Story
from game.engine.storyfile import load_story
from game.saves.format import Save
from game.saves.store import Store
from game.tui.app import FrontdeskApp, make_app
from game.tui.screens.play_screen import PlayScreen
from tests.paths import FIXTURES

STORY_FILE = FIXTURES / "stories" / "tui-story.toml"
SEED = 7  # a seed whose customer is drawn the same way on every machine

Body = Callable[[Pilot[int], FrontdeskApp], Awaitable[None]]


def fixture_story() -> Story:
    return load_story(STORY_FILE)


def new_app(
    stories: Sequence[Story] | None = None,
    *,
    story: Story | None = None,
    seed: int | None = SEED,
    lang: str = "en",
    name: str | None = None,
    store: Store | None = None,
    replay: Save | None = None,
) -> FrontdeskApp:
    """The real app on the fixture story, without animations (so frames are settled)."""
    pack = list(stories) if stories is not None else [fixture_story()]
    app = make_app(
        lambda: pack, story=story, seed=seed, lang=lang, name=name, store=store, replay=replay
    )
    app.animation_level = "none"
    return app


def run(app: FrontdeskApp, body: Body, size: tuple[int, int] = (80, 24)) -> None:
    """Runs `body` against the app in a headless terminal of `size`."""

    async def main() -> None:
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(pilot)
            await body(pilot, app)

    asyncio.run(main())


async def settle(pilot: Pilot[int]) -> None:
    """Waits until the story pack is loaded and every pending message is handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def press(pilot: Pilot[int], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def screen_text(app: FrontdeskApp) -> str:
    """The characters on the terminal now (the top screen as composited), one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def session_of(app: FrontdeskApp) -> Session:
    screen = app.screen
    assert isinstance(screen, PlayScreen), f"expected the play screen, not {screen!r}"
    return screen.session


def key_for(session: Session, reply_id: str) -> str:
    """The number key that says reply `reply_id` now (the order is shuffled by the seed)."""
    view = session.current
    assert view is not None
    ids = [r.id for r in view.replies]
    return str(ids.index(reply_id) + 1)


def flat(text: str) -> str:
    """Text without borders or any white space, for finding a sentence wherever it wrapped
    (Chinese wraps between any two characters, so no space can be assumed at a line break)."""
    for ch in "│┃╭╮╰╯▏▕":
        text = text.replace(ch, " ")
    return "".join(text.split())


_BARS = "│┃╭╮╰╯▏▕"


def columns(text: str) -> list[str]:
    """The screen read column by column: each run between panel borders joins the runs that
    start at the same x on the other rows, so a sentence wrapped beside another panel reads
    whole."""
    runs: dict[int, list[str]] = {}
    for row in text.splitlines():
        start = 0
        for x, ch in enumerate(row + "│"):
            if ch in _BARS:
                if x > start:
                    runs.setdefault(start, []).append(row[start:x])
                start = x + 1
    return [flat(" ".join(parts)) for _, parts in sorted(runs.items())]


def shows(app: FrontdeskApp, *phrases: str) -> bool:
    """Whether every phrase is on screen (ignoring where lines wrapped, and panels beside)."""
    text = screen_text(app)
    seen = [flat(text), *columns(text)]
    return all(any(flat(p) in s for s in seen) for p in phrases)
