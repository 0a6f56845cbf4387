"""The title screen's menu; Enter picks the highlighted entry and says so in the Footer."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from game.tui.widgets.quick_list import QuickList


class MenuList(QuickList):
    """An OptionList whose Enter is shown in the Footer as "Choose"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "key.choose"),
    ]
