"""What the player said at a turn: a reply chosen from the menu, or one typed in their own words.

A typed reply carries the acts the reader heard in it; the engine reacts to those acts (what was
actually said), while the story moves on along the offered reply nearest in meaning (`along`).
The reader's version is kept so a replay says the same acts again, exactly, even after the
reader has learnt more: a save never depends on re-reading its text."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.acts import ACTS


@dataclass(frozen=True, slots=True)
class Typed:
    text: str  # as the player typed it (cleaned of control characters by the caller)
    acts: tuple[str, ...]  # what the reader heard, in ACTS order
    along: str  # the id of the offered reply whose path the story follows
    reader: str  # the reader's version

    def __post_init__(self) -> None:
        unknown = [a for a in self.acts if a not in ACTS]
        if unknown:
            raise ValueError(f"unknown acts: {', '.join(unknown)}")


Said = str | Typed  # a reply id, or a typed reply
