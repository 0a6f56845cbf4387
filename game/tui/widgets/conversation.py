"""The conversation so far: who said what, newest at the bottom, kept in view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from game.tui.safe import clean
from game.tui.wrap import wrap


@dataclass(frozen=True, slots=True)
class Line:
    speaker: str  # empty for a stage direction
    text: str
    player: bool = False


class Conversation(ScrollView, can_focus=False):
    """Draws its lines itself, so a new line never changes the screen's layout (one frame a turn).

    Every new line brings the view back to the newest line."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: tuple[Line, ...] = ()
        self.colon = ": "
        self._rows: list[Content] = []  # the lines wrapped at the current width
        self._strips: dict[int, Strip] = {}  # rows drawn in `_style`; a new theme redraws them
        self._style: object = None
        self._width = 0

    def show(self, lines: Sequence[Line], colon: str = ": ") -> None:
        """The lines, each speaker's name followed by `colon` (": ", or "：" in Chinese)."""
        self.lines = tuple(lines)
        self.colon = colon
        self._reflow()

    def text(self) -> str:
        return "\n".join(f"{n.speaker}: {n.text}" if n.speaker else n.text for n in self.lines)

    def _content(self) -> Content:
        parts: list[Content] = []
        last = max((i for i, n in enumerate(self.lines) if n.speaker and not n.player), default=-1)
        for i, line in enumerate(self.lines):
            if not line.speaker:
                parts.append(Content.styled(clean(line.text), "italic $text-muted"))
                continue
            style = "bold $text-secondary" if line.player else "bold $text-accent"
            said = Content.styled(clean(line.text), "bold" if i == last else "")
            parts.append(Content.styled(clean(line.speaker) + self.colon, style) + said)
        return Content("\n").join(parts)

    def _reflow(self) -> None:
        width = self._width = self.scrollable_content_region.width
        if width <= 0:
            return
        self._rows = wrap(self._content(), width)
        self._strips = {}
        self.virtual_size = Size(width, len(self._rows))
        self._follow()
        self.refresh()

    def _follow(self) -> None:
        # not scroll_end(): that waits for a refresh, which would cost a second frame; force,
        # because with no scrollbar the view counts as scrollable only after the next layout
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._reflow()
        else:
            self._follow()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        style = self.visual_style
        if style != self._style:
            self._strips, self._style = {}, style
        if not 0 <= index < len(self._rows):
            return Strip.blank(width, style.rich_style)
        if index not in self._strips:
            drawn = Visual.to_strips(self, self._rows[index], width, 1, style)
            line = drawn[0] if drawn else Strip.blank(width, style.rich_style)
            self._strips[index] = line.crop_extend(0, width, style.rich_style)
        return self._strips[index]
