"""GameScreen: a Screen that knows its app is the frontdesk app (typed `self.game`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from game.tui.app import FrontdeskApp


class GameScreen(Screen[None]):
    @property
    def game(self) -> FrontdeskApp:
        """The app, typed: its language, stories, best scores and screen changes."""
        return cast("FrontdeskApp", self.app)
