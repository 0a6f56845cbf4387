"""The debrief's chart of moments, redrawn to fit its width."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widget import Widget

from game.tui.chart import timeline


class TimelineChart(Widget):
    """Draws `chart.timeline` at the widget's current width."""

    def __init__(
        self,
        moments: Sequence[float],
        peak: int,
        words: tuple[str, str, str],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.moments = tuple(moments)
        self.peak = peak
        self.words = words

    def render(self) -> Content:
        height = max(5, self.size.height - 3)
        return timeline(self.moments, self.peak, self.size.width, height, self.words)
