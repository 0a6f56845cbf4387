"""A highlight move redraws exactly the option left and the option reached (bench_tui's key)."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

from game.tui.widgets.quick_list import QuickList


class One(App[None]):
    def compose(self) -> ComposeResult:
        yield QuickList(Option("one"), Option("two\nlines"), Option("three"))


def test_moving_the_highlight_redraws_the_two_options_it_touches() -> None:
    async def main() -> None:
        app = One()
        async with app.run_test(size=(40, 10)) as pilot:
            listing = app.query_one(QuickList)
            listing.focus()
            await pilot.pause()
            drawn: list[tuple[int, int]] = []

            def spy(y_start: int, line_count: int = 1) -> None:
                drawn.append((y_start, line_count))

            listing.refresh_lines = spy  # type: ignore[method-assign]
            await pilot.press("down")
            assert listing.highlighted == 1 and drawn == [(0, 1), (1, 2)]
            drawn.clear()
            await pilot.press("down")
            assert listing.highlighted == 2 and drawn == [(1, 2), (3, 1)]

    asyncio.run(main())
