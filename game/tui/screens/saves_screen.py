"""Saved sessions, newest first: pick one to replay it turn by turn."""

from __future__ import annotations

import time
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from game.saves.format import Save, SaveError
from game.saves.store import read_save
from game.tui.i18n import tr
from game.tui.safe import one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.quick_list import SafeList
from game.tui.widgets.too_small import TooSmall

SHOWN = 300  # the newest saves listed; older ones stay on disk for `frontdesk report`


class SavesList(SafeList):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "key.replay")]


class SavesScreen(GameScreen):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        self.saves: list[Save] = []
        self.unreadable = 0
        self.when: list[float] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        yield SavesList(id="saves-list")
        yield Static(id="saves-note")
        yield LocalFooter()

    def on_mount(self) -> None:
        store = self.game.store
        for path in store.saves()[:SHOWN] if store else []:
            try:
                self.saves.append(read_save(path))
                self.when.append(path.stat().st_mtime)
            except (SaveError, OSError):
                self.unreadable += 1
        self.watch(self.app, "lang", self.relabel)
        self.query_one(SavesList).focus()

    def relabel(self) -> None:
        lang = self.game.lang
        self.sub_title = tr("saves.title", lang)
        listing = self.query_one(SavesList)
        listing.clear_options()
        for i, (save, when) in enumerate(zip(self.saves, self.when, strict=True)):
            status = (
                tr("saves.score", lang, score=f"{save.outcome.score:.0f}")
                if save.outcome
                else tr("saves.unfinished", lang, n=len(save.turns))
            )
            stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(when))
            listing.add_option(
                Option(
                    Content.assemble(
                        (one_line(save.story.title.get(lang)), "bold"),
                        "  ",
                        one_line(save.player or "—"),
                        " · ",
                        one_line(save.customer.name.get(lang)),
                        " · ",
                        (status, "$text-accent"),
                        " · ",
                        (stamp, "$text-muted"),
                    ),
                    id=str(i),
                )
            )
        notes = [] if self.saves else [tr("saves.empty", lang)]
        if self.unreadable:
            notes.append(tr("saves.unreadable", lang, n=self.unreadable))
        self.query_one("#saves-note", Static).update(Content("  ".join(notes)))
        if self.saves:
            listing.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.game.open_replay(self.saves[int(event.option_id or 0)])
