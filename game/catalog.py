"""Finds and loads the story pack (stories/ or $FRONTDESK_STORIES), for the command line and
the TUI; a broken pack is a usage error (game.usage)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from game.engine.story import Story
from game.engine.storyfile import StoryError, load_stories, load_story
from game.usage import fail

ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def stories_dir() -> Path:
    env = os.environ.get("FRONTDESK_STORIES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / "stories"


def load_pack() -> list[Story]:
    """Every story of the pack; a broken pack is an error the user must see (exit 2)."""
    folder = stories_dir()
    if not folder.is_dir():
        fail(f"no stories folder at {folder}")
    stories, problems = load_stories([folder])
    if problems:
        fail(f"the story pack has errors; run 'frontdesk validate' ({problems[0]})")
    return stories


def find_story(name: str) -> Story:
    """A story by id from the pack (its file is named after its id), or by path to a .toml."""
    own = stories_dir() / f"{name}.toml"
    if not name.endswith(".toml") and own.is_file() and ID.fullmatch(name):
        name = str(own)  # read just this episode: another file's mistake doesn't block it
    if name.endswith(".toml"):
        path = Path(name)
        if not path.is_file():
            fail(f"no such story file: {name}")
        try:
            return load_story(path)
        except StoryError as err:
            fail(
                f"{err.problems[0]} (and {len(err.problems) - 1} more)"
                if len(err.problems) > 1
                else str(err.problems[0])
            )
    for story in load_pack():
        if story.id == name:
            return story
    ids = ", ".join(s.id for s in load_pack())
    fail(f"no episode {name!r}; episodes: {ids}")


def story_by_id(episode: str) -> Story | None:
    """The pack's episode with this id (read from its own file), or None if there is none."""
    path = stories_dir() / f"{episode}.toml"
    if not ID.fullmatch(episode) or not path.is_file():
        return None
    return find_story(str(path))
