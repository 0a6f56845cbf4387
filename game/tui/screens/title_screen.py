"""The title screen: the game's name, a short pitch and the main menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, ComposeResult
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
    from game.saves.format import Save  # the save format loads the engine: not before the title

BANNER = "┏━╸┏━┓┏━┓┏┓╻╺┳╸╺┳┓┏━╸┏━┓╻┏╸\n┣╸ ┣┳┛┃ ┃┃┗┫ ┃  ┃┃┣╸ ┗━┓┣┻┓\n╹  ╹┗╸┗━┛╹ ╹ ╹ ╺┻┛┗━╸┗━┛╹ ╹"


def breakpoint_classes(app: App[object]) -> str:
    """The breakpoint classes Textual gives a screen of the app's size on its first resize
    (`Screen._on_resize`, the app's breakpoints). Given at once, the first frame is styled
    with them, and that resize changes no class: no second styling of every widget before the
    title settles (about 12 ms of CPU here, bench/bench_tui.py)."""
    width, height = app.size
    found = []
    for size, points in (
        (width, app.HORIZONTAL_BREAKPOINTS or []),
        (height, app.VERTICAL_BREAKPOINTS or []),
    ):
        for at, name in sorted(points, reverse=True):
            if size >= at:
                found.append(name)
                break
    return " ".join(found)


class TitleScreen(GameScreen):
    """Continue (when a session was left unfinished), new episode, replay a save, language,
    theme, quit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "app.new_episode", "key.new"),
        Binding("p", "app.progress", "key.progress"),
    ]

    def __init__(self) -> None:
        super().__init__(classes=breakpoint_classes(self.app))
        self.unfinished: Save | None = None
        self._labelled = False

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
        # not at once (init=False): on_screen_resume labels the screen before its first frame
        self.watch(self.app, "lang", self.relabel, init=False)
        self.watch(self.app, "theme", self.relabel, init=False)
        self.query_one("#menu", OptionList).focus()
        if not self._labelled:  # resumed before its widgets were there (a screen came and went)
            self.relabel()

    def on_screen_resume(self) -> None:
        self.relabel()  # a name or a workshop may have been given meanwhile
        # after the frame: reading saves (and loading the save format) never delays the title
        self.call_after_refresh(self._look_for_unfinished)

    @work(thread=True, exclusive=True, group="unfinished")
    def _look_for_unfinished(self) -> None:
        """After the first frame: the player's newest unfinished save, if any, to continue."""
        store = self.game.store
        found = store.latest_unfinished(self.game.player or "") if store else None
        self.app.call_from_thread(self._found, found)

    def _found(self, save: Save | None) -> None:
        if save != self.unfinished:
            self.unfinished = save
            self.relabel()

    def relabel(self) -> None:
        if not self.query("#tagline"):
            return  # not composed yet: on_mount labels it
        self._labelled = True
        lang = self.game.lang
        tagline = tr("title.tagline", lang)
        if self.game.player:
            tagline += "\n" + tr("title.welcome", lang, name=one_line(self.game.player))
        w = self.game.workshop
        if w is not None:
            tagline += "\n" + tr("title.workshop", lang, code=w.code, n=len(w.episodes))
        self.query_one("#tagline", Static).update(Content(tagline))
        self.query_one("#pitch", Static).update(Content(tr("title.pitch", lang)))
        self.query_one("#title-hint", Static).update(Content(tr("title.hint", lang)))
        menu = self.query_one("#menu", OptionList)
        at = menu.highlighted or 0
        dark = "light" not in self.app.theme
        menu.clear_options()
        if self.unfinished is not None:
            title = one_line(self.unfinished.story.title.get(lang))
            n = len(self.unfinished.turns) + 1
            menu.add_option(Option(Content(tr("title.continue", lang, title=title, n=n)), id="go"))
        menu.add_options(
            [
                Option(Content(tr("title.new", lang)), id="new"),
                Option(Content(tr("title.replay", lang)), id="replay"),
                Option(Content(tr("title.join", lang)), id="join"),
                Option(Content(tr("title.progress", lang)), id="progress"),
                Option(Content(tr("title.lang", lang)), id="lang"),
                Option(Content(tr(f"title.theme.{'dark' if dark else 'light'}", lang)), id="theme"),
                Option(Content(tr("title.quit", lang)), id="quit"),
            ]
        )
        menu.highlighted = at

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_id == "go" and self.unfinished is not None:
            self.game.resume(self.unfinished)
            return
        action = {
            "replay": "app.saves",
            "join": "app.join",
            "new": "app.new_episode",
            "progress": "app.progress",
            "lang": "app.toggle_lang",
            "theme": "app.toggle_theme",
            "quit": "app.quit",
        }[event.option_id or "new"]
        await self.run_action(action)
