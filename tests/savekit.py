"""Saves for tests: a session of the TUI fixture story played with given replies, then saved."""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.session import Session
from game.engine.story import Story
from game.saves.format import Save, save_of
from tests.tui.kit import SEED, fixture_story

CAREFUL = ("feel", "check", "now", "thanks")  # the fixture story's good path, by reply id


def played(
    replies: Sequence[str] = CAREFUL, seed: int = SEED, story: Story | None = None
) -> Session:
    session = Session(story or fixture_story(), seed)
    for reply in replies:
        session.choose(reply)
    return session


def saved(
    replies: Sequence[str] = CAREFUL, seed: int = SEED, name: str = "Ann_tui-story_7"
) -> Save:
    return save_of(played(replies, seed), name=name, lang="en", player="Ann")
