"""The title screen: the game's name, a short pitch and the main menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from game.tui.i18n import tr
from game.tui.safe import one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.menu_list import MenuList
from game.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    pass

BANNER = "┏━╸┏━┓┏━┓┏┓╻╺┳╸╺┳┓┏━╸┏━┓╻┏╸\n┣╸ ┣┳┛┃ ┃┃┗┫ ┃  ┃┃┣╸ ┗━┓┣┻┓\n╹  ╹┗╸┗━┛╹ ╹ ╹ ╺┻┛┗━╸┗━┛╹ ╹"


class TitleScreen(GameScreen):
    """New episode, language, theme, quit (continue, replay and workshops come later)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("n", "app.new_episode", "key.new")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        with Vertical(id="title-box"):
            yield Static(Content.styled(BANNER, "bold $text-accent"), id="banner")
            yield Static(id="tagline")
            with Center():
                yield Static(id="pitch")
            with Center():
                yield MenuList(id="menu")
            yield Static(id="title-hint")
        yield LocalFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)
        self.watch(self.app, "theme", self.relabel, init=False)
        self.query_one("#menu", OptionList).focus()

    def relabel(self) -> None:
        lang = self.game.lang
        tagline = tr("title.tagline", lang)
        if self.game.player:
            tagline += "\n" + tr("title.welcome", lang, name=one_line(self.game.player))
        self.query_one("#tagline", Static).update(Content(tagline))
        self.query_one("#pitch", Static).update(Content(tr("title.pitch", lang)))
        self.query_one("#title-hint", Static).update(Content(tr("title.hint", lang)))
        menu = self.query_one("#menu", OptionList)
        at = menu.highlighted or 0
        dark = "light" not in self.app.theme
        menu.clear_options()
        menu.add_options(
            [
                Option(Content(tr("title.new", lang)), id="new"),
                Option(Content(tr("title.lang", lang)), id="lang"),
                Option(Content(tr(f"title.theme.{'dark' if dark else 'light'}", lang)), id="theme"),
                Option(Content(tr("title.quit", lang)), id="quit"),
            ]
        )
        menu.highlighted = at

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        action = {
            "new": "app.new_episode",
            "lang": "app.toggle_lang",
            "theme": "app.toggle_theme",
            "quit": "app.quit",
        }[event.option_id or "new"]
        await self.run_action(action)
