"""Where the player types a reply in their own words: Enter says it, Esc goes back."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class TypedInput(Input):
    """An input line for a typed reply; Esc posts `TypedInput.Closed` (the screen decides
    what it means: back to the menu, or leaving when a workshop allows only typing)."""

    class Closed(Message):
        pass

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "key.menu")]

    def action_close(self) -> None:
        self.post_message(self.Closed())
