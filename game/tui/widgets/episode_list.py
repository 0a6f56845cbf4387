"""The list of episodes in the picker; Enter starts the highlighted one."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from game.tui.widgets.quick_list import QuickList


class EpisodeList(QuickList):
    """An OptionList whose Enter is shown in the Footer as "Start"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "key.start"),
    ]
