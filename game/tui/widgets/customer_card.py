"""The customer as the player sees them: name, look, cues, and how long this has taken."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from game.tui.safe import clean, one_line
from game.tui.widgets.hanging_list import HangingList


class CustomerCard(Vertical):
    """A panel redrawn every turn; it shows behaviour only, never a number."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="customer-head"):  # side by side only where rows are scarce
            yield Static(id="customer-name")
            yield Static(id="customer-look")
        yield HangingList(id="cues")
        yield Static(id="customer-time")
        yield Static(id="customer-outcome")

    def _set(self, widget: Static, text: str) -> None:
        if str(widget.content) != text:  # an update costs a layout pass; skip it when unchanged
            widget.update(Content(text))
            widget.display = bool(text)

    def show(
        self,
        name: str,
        look: str,
        cues: Sequence[str],
        time: str,
        outcome: str = "",
        fresh: Sequence[bool] = (),
    ) -> None:
        """`fresh[i]` marks a cue that was not there last turn: it is shown in bold."""
        self._set(self.query_one("#customer-name", Static), one_line(name))
        self._set(self.query_one("#customer-look", Static), clean(look))
        self.query_one(HangingList).show(
            [
                Content.styled(clean(c), "bold")
                if i < len(fresh) and fresh[i]
                else Content(clean(c))
                for i, c in enumerate(cues)
            ]
        )
        self._set(self.query_one("#customer-time", Static), "◷\u00a0" + clean(time))
        self._set(self.query_one("#customer-outcome", Static), clean(outcome))

    def text(self) -> str:
        """What the card says, top to bottom, as plain text."""
        statics = [str(w.content) for w in self.query(Static) if w.display]
        cues = [item.plain for item in self.query_one(HangingList).items]
        return "\n".join([*statics[:2], *cues, *statics[2:]])
