"""A rule's note: why a turn went as it did, in words, with what it is about and which way it cut.
Its words are the `[note]` section of the tables (game/words), by key with parameters.

Each note has a `topic`; two notes of one turn on the same topic always agree in `good`, so the
debrief never says, of one reply, that it both fit and grated (a test walks many turns for it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from game.engine.frozen import quick
from game.engine.text import Text


@quick
@dataclass(frozen=True, slots=True)
class Note:
    topic: str  # what the note is about: "feeling", "manner", "top-need", ...
    good: bool  # whether this helped the customer
    text: Text  # the words, rendered from the tables' `note.KEY` with `params`
    # the key in the tables' [note] section and the values of its {fields}; "" and () for a
    # note read from a save or made without the tables. Not compared: a save holds the text.
    key: str = field(default="", compare=False)
    params: tuple[tuple[str, object], ...] = field(default=(), compare=False)


def joined(notes: Sequence[Note]) -> Text:
    """The notes as one text, `;`-separated (how saves of format 1 held them)."""
    if len(notes) == 1:
        return notes[0].text
    return Text("; ".join(n.text.en for n in notes), "；".join(n.text.zh for n in notes))
