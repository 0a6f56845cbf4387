"""An OptionList that redraws only the options a highlight move touches.

Textual's OptionList repaints itself whole when `highlighted` changes; in a list of long,
wrapped replies that is most of the screen's text for a one-line move. Here the option left and
the option reached are redrawn, nothing else (bench/bench_tui.py measures the key to frame).
"""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList


class SafeList(OptionList):
    """An OptionList whose keys never raise: Page Up/Down before the list has been laid out
    (hidden, or the window too small to show a line) do nothing, where Textual's would look up
    a line that is not there yet."""

    def _laid_out(self) -> bool:
        at = self.highlighted or 0
        return self.scrollable_content_region.height > 0 and at in self._index_to_line

    def action_page_up(self) -> None:
        if self._laid_out():
            super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        if self._laid_out():
            super().action_page_down()  # type: ignore[no-untyped-call]


class QuickList(SafeList):
    highlighted: reactive[int | None] = reactive(None, repaint=False)
    _drawn: int | None = None  # the option last drawn highlighted

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        left, self._drawn = self._drawn, highlighted
        for index in (left, highlighted):
            if index is None:
                continue
            try:
                y, height = self._index_to_line[index], self._heights[index]
            except (AttributeError, KeyError):  # Textual's line cache changed: draw it all
                self.refresh()
                return
            self.refresh_lines(y, height)
