"""The replies on offer, numbered; picked with a number key, Enter or a click."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from game.tui.safe import clean
from game.tui.widgets.quick_list import QuickList
from game.tui.wrap import wrap

INDENT = 3  # "1  " before each reply


class ReplyList(QuickList):
    """Shows replies as `1  text`; posts `ReplyList.Chosen` with the index picked.

    Like the customer's cues, it keeps its tallest height: the talk above it stays put when a
    beat offers fewer replies, and the screen needs one layout pass a turn, not two. Once the
    conversation is over (`settle`), it takes only the room of what it shows, and Enter is left
    to the screen (which names it for what it does then)."""

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "key.say"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.replies: tuple[str, ...] = ()
        self.extra: str | None = None  # an unnumbered last entry (say it in your own words)
        self._width = 0
        self._tallest: dict[int, int] = {}
        self.settled = False

    def settle(self) -> None:
        """Forget the tallest height: what is shown now stays, and the talk gets the room."""
        if not self.settled:
            self.settled = True
            self._tallest.clear()
            self.refresh(layout=True)
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (self.settled and action == "select")

    def show(self, replies: Sequence[str], extra: str | None = None) -> None:
        """Replace the replies (and the unnumbered entry after them); the first is highlighted.
        Choosing the extra entry posts `Chosen(len(replies))`."""
        self.replies = tuple(clean(r) for r in replies)
        self.extra = clean(extra) if extra else None
        self._fill()

    def _fill(self) -> None:
        width = self._width = self.scrollable_content_region.width
        self.clear_options()
        rows = [self._row(f"{i}", text, width) for i, text in enumerate(self.replies, 1)]
        if self.extra:
            rows.append(self._row("✎", self.extra, width))
        self.add_options([Option(row, id=f"r{i}") for i, row in enumerate(rows, 1)])
        self.highlighted = 0 if rows else None

    @staticmethod
    def _row(mark: str, text: str, width: int) -> Content:
        """The number, then the reply; a long reply wraps under its own first word."""
        head = Content.styled(f"{mark:<{INDENT}}", "bold")
        if width <= INDENT:
            return head + Content(text)
        rows = wrap(Content(text), width - INDENT)
        return Content("\n").join([head + rows[0], *(Content(" " * INDENT) + r for r in rows[1:])])

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if width <= 0:  # a window too narrow to show any of it
            return self._tallest.get(width, 0)
        height = max(
            super().get_content_height(container, viewport, width), self._tallest.get(width, 0)
        )
        if not self.settled:
            self._tallest[width] = height
        return height

    def on_resize(self, event: events.Resize) -> None:
        if self.option_count and self.scrollable_content_region.width != self._width:
            at = self.highlighted
            self._fill()
            self.highlighted = at

    def choose(self, index: int) -> None:
        if 0 <= index < self.option_count:
            self.highlighted = index
            self.post_message(self.Chosen(index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
