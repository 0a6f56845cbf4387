"""The save file: one played session as JSON, with its whole transcript (README "Saves").

A save holds what happened (every turn's line, reply, acts, meters, the rules that fired), not
only the choices, so it can be shown even when its story has changed or is gone; and it holds
the story's content hash per beat, so `replay --check` can say which beats were edited.

Nothing here trusts the file: `parse_save` checks every field of the field table (`fields.py`)
as its kind says and turns any problem into one `SaveError` line naming the field's path. Only
the standard library (the engine's rule holds here too).
"""

from __future__ import annotations

from typing import Any

from game.engine.cues import Cue
from game.engine.customer import Customer
from game.engine.meters import Meters
from game.engine.notes import Note
from game.engine.session import Result, Turn
from game.engine.text import Text
from game.engine.turn import Firing
from game.engine.worth import worth
from game.saves.decode import Build, decoder
from game.saves.fields import (
    CUE,
    CUSTOMER,
    FIRING,
    METERS,
    NOTE,
    OUTCOME,
    SAVE,
    STORY,
    TEXT,
    TIME,
    TURN,
    Shape,
)
from game.saves.save import FORMAT, NAME, Save, StoryRef, save_of, story_ref
from game.saves.strict import MAX_BYTES, SaveError, loads
from game.saves.times import Times
from game.saves.to_json import customer_json, dump, outcome_json, to_json, turn_json

# the save's whole interface, from the modules that hold it: callers import them from here
__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "NAME",
    "Save",
    "SaveError",
    "StoryRef",
    "customer_json",
    "dump",
    "format_of",
    "outcome_json",
    "parse_save",
    "save_of",
    "story_ref",
    "to_json",
    "turn_json",
]

# --- from JSON: every field checked ------------------------------------------------------


def _firing(v: dict[str, Any], _: int) -> Firing:
    if "note" in v:  # format 1: one note, its sign the firing's
        text: Text = v.pop("note")
        v["notes"] = (Note(v["rule"], worth(v["deltas"]) >= 0, text),) if text.en or text.zh else ()
    return Firing(**v)


# the value each shape is read into
BUILDS: dict[str, Build] = {
    TEXT.name: lambda v, _: Text(**v),
    METERS.name: lambda v, _: Meters(**v),
    CUE.name: lambda v, _: Cue(**v),
    NOTE.name: lambda v, _: Note(**v),
    FIRING.name: _firing,
    TURN.name: lambda v, i: Turn(index=i, **v),
    CUSTOMER.name: lambda v, _: Customer(**v),
    OUTCOME.name: lambda v, _: Result(**v),
    STORY.name: lambda v, _: StoryRef(**v),
    TIME.name: lambda v, _: Times(**v),
}
_HEADER = decoder(Shape("header", SAVE.fields[:2], ("format",)), {}, {"format": None})
_NEWER = decoder(Shape("header", SAVE.fields[:2]), {}, {"oldest_readable": None})
_BODY = decoder(Shape(SAVE.name, SAVE.fields[2:], SAVE.first[2:]), BUILDS)  # after the format


def format_of(obj: object) -> int:
    """The save format of a save's JSON; `SaveError` if it is not one this program reads."""
    fmt: int = _HEADER(obj, "", [0])["needs_format"]
    if fmt > FORMAT and _NEWER(obj, "", [0])["needs_format"] > FORMAT:
        raise SaveError(
            f"written by a newer frontdesk (save format {fmt}; this one reads up to "
            f"{FORMAT}): update frontdesk to open it"
        )
    return fmt


def parse_save(data: bytes) -> Save:
    """A save from its bytes, or `SaveError` with one line saying what is wrong."""
    obj = loads(data)
    fmt = format_of(obj)
    values = _BODY(obj, "", [0])
    values.pop("program")
    return Save(format=min(fmt, FORMAT), **values)
