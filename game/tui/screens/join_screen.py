"""Join a workshop: the code on the board and the student's name; then the class's episodes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import Header, Input, Label, Static

from game.textsafe import MAX_NAME, player_name
from game.tui.i18n import tr
from game.tui.safe import clean
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall
from game.workshop import CodeError, read_code


class JoinScreen(GameScreen):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self, code: str = "", name_only: bool = False, solo: bool = False) -> None:
        super().__init__()
        self.code = code
        self.name_only = name_only or solo  # a served game without a workshop: only the name
        self.solo = solo  # a learner on their own, asked once: the profile keeps the name

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        with Center(), Vertical(id="join-box"):
            yield Static(id="join-intro")
            yield Label(id="join-code-label")
            yield Input(self.code, id="join-code", max_length=60)
            yield Label(id="join-name-label")
            # no max_length: Textual drops a longer paste whole; it is cut below, visibly
            yield Input(self.game.player or "", id="join-name")
            yield Static(id="join-error")
        yield LocalFooter()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = False  # a steady cursor: calmer, and stable in snapshots
        if self.name_only:
            self.query_one("#join-code-label").display = False
            self.query_one("#join-code").display = False
        self.watch(self.app, "lang", self.relabel)
        self.query_one("#join-name" if self.code or self.name_only else "#join-code", Input).focus()

    def relabel(self) -> None:
        lang = self.game.lang
        self.sub_title = tr("join.name" if self.name_only else "join.title", lang)
        intro = tr("join.intro.solo" if self.solo else "join.intro.name", lang)
        intro = intro if self.name_only else tr("join.intro", lang)
        self.query_one("#join-intro", Static).update(Content(intro))
        self.query_one("#join-code-label", Label).update(Content(tr("join.code", lang)))
        self.query_one("#join-name-label", Label).update(Content(tr("join.name", lang)))
        self.query_one("#join-code", Input).placeholder = tr("join.code.hint", lang)
        hint = "join.name.hint.solo" if self.solo else "join.name.hint"
        self.query_one("#join-name", Input).placeholder = tr(hint, lang)

    def _error(self, message: str) -> None:
        self.query_one("#join-error", Static).update(Content.styled(message, "bold $text-error"))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "join-name" and len(event.value) > MAX_NAME:
            event.input.value = event.value[:MAX_NAME]
            self._error(tr("join.name_cut", self.game.lang, n=MAX_NAME))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        lang = self.game.lang
        code = self.query_one("#join-code", Input).value
        name = player_name(self.query_one("#join-name", Input).value)
        if event.input.id == "join-code" and not name:
            self.query_one("#join-name", Input).focus()
            return
        if self.name_only:
            if not name:
                self._error(tr("join.no_name", lang))
                return
            self.game.named(name)
            self.dismiss()
            self.app.screen.refresh_bindings()
            return
        try:
            stories = self.game.desk.all_stories()
            workshop = read_code(code, [s.id for s in stories])
        except CodeError as err:
            self._error(tr("join.bad_code", lang, why=str(err)))
            self.query_one("#join-code", Input).focus()
            return
        except Exception as err:  # a broken story pack: say so, stay here
            self._error(clean(str(err)))
            return
        if not name:
            self._error(tr("join.no_name", lang))
            self.query_one("#join-name", Input).focus()
            return
        self.app.pop_screen()
        self.game.join(workshop, name)
