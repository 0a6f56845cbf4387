"""A list of marked items whose long lines wrap under their own text, not under the mark."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from game.tui.safe import clean
from game.tui.wrap import wrap


class HangingList(Widget):
    """One widget for all the items (a widget per item costs a layout pass each turn).

    It never shrinks at a given width: what sits below it stays put from turn to turn, and a
    steady size spares the screen a second layout pass."""

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.items: tuple[Content, ...] = ()
        self.marks: tuple[str, ...] = ()
        self._wrapped: dict[int, list[Content]] = {}
        self._tallest: dict[int, int] = {}

    def show(self, items: Sequence[str | Content], marks: Sequence[str] | None = None) -> None:
        """Text (cleaned here) or Content built from cleaned text; a bullet unless marks given."""
        new = tuple(Content(clean(i)) if isinstance(i, str) else i for i in items)
        new_marks = tuple(marks) if marks is not None else ("•",) * len(new)
        if new != self.items or new_marks != self.marks:
            self.items, self.marks = new, new_marks
            self._wrapped = {}
            self.refresh(layout=True)

    def plain(self) -> str:
        return "\n".join(f"{m} {i.plain}" for m, i in zip(self.marks, self.items, strict=True))

    def lines(self, width: int) -> list[Content]:
        if width not in self._wrapped:
            indent = max((cell_len(m) for m in self.marks), default=0) + 1
            out: list[Content] = []
            for mark, item in zip(self.marks, self.items, strict=True):
                rows = wrap(item, max(1, width - indent))
                head = Content.styled(mark + " " * (indent - cell_len(mark)), "$text-accent")
                out.append(head + rows[0])
                out.extend(Content(" " * indent) + row for row in rows[1:])
            self._wrapped[width] = out
        return self._wrapped[width]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = max(len(self.lines(width)), self._tallest.get(width, 0))
        self._tallest[width] = height
        return height

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.size.width))
