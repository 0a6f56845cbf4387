"""Help (`?`): how to play, and every key of the screen below it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from game.tui.i18n import describe_long, tr
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from game.tui.app import FrontdeskApp


# keys the Footer shows its own way (1-5, ^p on the right) or leaves to this screen (paging)
ALSO = ("choose", "command_palette", "scroll_talk")


class HelpScreen(ModalScreen[None]):
    """A box over the current screen; Esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "key.close"),
        Binding("question_mark", "app.pop_screen", "key.close", show=False),
        Binding("q", "app.pop_screen", "key.close", show=False),
        Binding("l", "app.toggle_lang", "key.lang"),  # a modal screen hides the app's keys
        Binding("t", "app.toggle_theme", "key.theme"),
    ]

    @property
    def game(self) -> FrontdeskApp:
        """The app, typed: its language, stories, best scores and screen changes."""
        return cast("FrontdeskApp", self.app)

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        yield TooSmall()
        with VerticalScroll(id="help-box"):
            yield Static(id="help-text")
        yield LocalFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)
        self.query_one("#help-box").focus()

    def keys(self) -> list[tuple[str, str]]:
        """(key, what it does) for each action of the screen below, once per action."""
        lang = self.game.lang
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for _node, binding, enabled, _tip in self.under.active_bindings.values():
            name = binding.action.split("(")[0]
            one_row = name if name == "choose" else binding.action  # 1-5 share a row
            if not enabled or one_row in seen or not (binding.show or name in ALSO):
                continue
            seen.add(one_row)
            key = self.game.get_key_display(binding)
            rows.append((key, describe_long(binding.description, lang, n="1-5")))
        return rows

    def relabel(self) -> None:
        lang = self.game.lang
        self.query_one("#help-box").border_title = tr("help.title", lang)
        rows = self.keys()
        width = max((cell_len(k) for k, _ in rows), default=0) + 2
        parts: list[Content] = [Content.styled(tr("help.keys", lang), "bold $text-accent")]
        for key, text in rows:
            parts.append(Content.assemble((key + " " * (width - cell_len(key)), "bold"), text))
        parts += [
            Content(""),
            Content.styled(tr("help.how", lang), "bold $text-accent"),
            Content(tr("help.text", lang)),
            Content.styled(tr("help.mouse", lang), "$text-muted"),
        ]
        self.query_one("#help-text", Static).update(Content("\n").join(parts))
