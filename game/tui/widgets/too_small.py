"""The message shown instead of a screen when the terminal is below the smallest usable size."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from game.tui.i18n import tr

MIN_WIDTH = 60
MIN_HEIGHT = 18


class TooSmall(Static):
    """Hidden unless the screen carries a too-small breakpoint class (see frontdesk.tcss)."""

    def render(self) -> Content:
        lang = str(getattr(self.app, "lang", "en"))
        w, h = self.app.size
        body = tr("small.body", lang, w=MIN_WIDTH, h=MIN_HEIGHT, cw=w, ch=h)
        return Content.assemble((tr("small.title", lang), "bold $text-error"), "\n\n", body)
