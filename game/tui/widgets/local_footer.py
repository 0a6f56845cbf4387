"""The Footer in the player's language: binding descriptions are keys into i18n.UI."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from game.tui.i18n import describe


class LocalFooter(Footer):
    """Every key of the screen, described in the app's current language; compact to fit 80."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: tuple[object, ...] = ()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Recomposes only when what the footer shows has changed (a recompose costs a frame)."""
        lang = str(getattr(self.app, "lang", "en"))
        keys = screen.active_bindings.items()
        shown = (lang, *((k, b.description, on) for k, (_n, b, on, _t) in keys if b.show))
        if shown != self._shown or not self._bindings_ready:
            self._shown = shown
            super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        lang = str(getattr(self.app, "lang", "en"))
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = describe(widget.description, lang)
            yield widget
