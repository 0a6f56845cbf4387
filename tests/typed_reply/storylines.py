"""The shipped stories as the typed-line tests read them: loaded once, beats by id, and the
seeds the tests look through for a customer who walks a given path."""

from __future__ import annotations

from functools import cache

from game.engine.story import Beat, Story
from game.engine.storyfile import load_story
from tests.paths import STORIES

SEEDS = range(1, 400)


@cache
def story(sid: str) -> Story:
    return load_story(STORIES / f"{sid}.toml")


def beat_of(s: Story, bid: str) -> Beat:
    return next(b for b in s.beats if b.id == bid)
