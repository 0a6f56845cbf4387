"""Labelled facts in two aligned columns (aligned by cells, so Chinese labels line up too)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Grid
from textual.content import Content
from textual.widgets import Static

from game.tui.safe import clean


class FactTable(Grid):
    """A grid of `label  value` rows; values wrap under themselves, never under the label."""

    def __init__(
        self, rows: Sequence[tuple[str, Content]], *, id: str | None = None, classes: str = ""
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.rows = list(rows)

    def compose(self) -> ComposeResult:
        for label, value in self.rows:
            yield Static(Content.styled(clean(label), "$text-muted"), classes="fact-label")
            yield Static(value, classes="fact-value")

    def plain_text(self) -> str:
        """The rows as plain text, one per line: what a reader sees, without styles."""
        return "\n".join(f"{label}  {value.plain}" for label, value in self.rows)
