"""The terms a learner meets in the debrief and the replay, each glossed once, in both languages
(the `[glossary]` section of game/words/en.toml and zh.toml).

`used(texts)` gives the entries whose marks appear in what is shown, in the glossary's order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from game.engine.text import Text, word


@dataclass(frozen=True, slots=True)
class Entry:
    term: Text
    gloss: Text
    marks: Text  # "|"-separated strings that show the term is used, per language


# the entries, in the order the glossary shows them: each is `glossary.NAME.term`, `.gloss`
# and `.marks` in the tables
NAMES: tuple[str, ...] = ("documents", "stars", "styles", "need", "yes", "sandwich", "3f", "moment")


@cache
def glossary() -> tuple[Entry, ...]:
    """Every entry, read from the tables on first use."""
    return tuple(
        Entry(word(f"glossary.{n}.term"), word(f"glossary.{n}.gloss"), word(f"glossary.{n}.marks"))
        for n in NAMES
    )


def used(texts: Iterable[str], lang: str) -> tuple[Entry, ...]:
    """The entries any of these shown texts uses, in the glossary's order."""
    shown = "\n".join(texts)
    return tuple(
        e for e in glossary() if any(m and m in shown for m in e.marks.get(lang).split("|"))
    )
