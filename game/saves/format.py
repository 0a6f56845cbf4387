"""The save file: one played session as JSON, with its whole transcript (README "Saves").

A save holds what happened (every turn's line, reply, acts, meters, the rules that fired), not
only the choices, so it can be shown even when its story has changed or is gone; and it holds
the story's content hash per beat, so `replay --check` can say which beats were edited.

Nothing here trusts the file: `parse_save` checks every field it reads and turns any problem
into one `SaveError` line. Only the standard library (the engine's rule holds here too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from game.engine.acts import ACTS
from game.engine.cues import Cue
from game.engine.customer import Customer
from game.engine.facets import (
    AGE_BANDS,
    CAUSES,
    COMPREHENSION,
    FACTORS,
    NEEDS,
    STATES,
    STYLES,
    TRAITS,
)
from game.engine.meters import Meters
from game.engine.notes import Note
from game.engine.rules import RULES_BY_ID
from game.engine.session import Result, Turn
from game.engine.story import ENDING_KINDS
from game.engine.text import Text
from game.engine.turn import Firing
from game.engine.worth import worth
from game.saves.launch import read_launch
from game.saves.save import FORMAT, LEFT, NAME, Save, StoryRef, save_of, story_ref
from game.saves.strict import MAX_BYTES, SaveError, loads
from game.saves.times import NO_TIMES, STAMP, Times
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
    "outcome_json",
    "parse_save",
    "save_of",
    "story_ref",
    "to_json",
    "turn_json",
]

# --- from JSON: every field checked ------------------------------------------------------


class _Reader:
    """Reads one JSON object, naming the path of any field that is wrong."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, dict):
            raise SaveError(f"{where or 'the save'} is not an object")
        self.obj: dict[str, object] = obj
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str) -> object:
        if key not in self.obj:
            raise SaveError(f"missing field {self._at(key)!r}")
        return self.obj[key]

    def string(self, key: str, pattern: re.Pattern[str] | None = None) -> str:
        v = self.get(key)
        if not isinstance(v, str) or (pattern is not None and not pattern.fullmatch(v)):
            raise SaveError(f"field {self._at(key)!r} is not a valid string")
        return v

    def one_of(self, key: str, allowed: Iterable[str]) -> str:
        v = self.string(key)
        if v not in allowed:
            raise SaveError(f"field {self._at(key)!r} has an unknown value {v!r}")
        return v

    def opt_str(self, key: str) -> str | None:
        return None if self.obj.get(key) is None else self.string(key)

    def whole(self, key: str, lo: int = 0, hi: int = 2**63 - 1) -> int:
        v = self.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise SaveError(f"field {self._at(key)!r} is not a whole number in {lo}..{hi}")
        return v

    def num(self, key: str) -> float:
        v = self.get(key)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v != v:
            raise SaveError(f"field {self._at(key)!r} is not a number")
        return float(v)

    def flag(self, key: str) -> bool:
        v = self.get(key)
        if not isinstance(v, bool):
            raise SaveError(f"field {self._at(key)!r} is not true or false")
        return v

    def sub(self, key: str) -> _Reader:
        return _Reader(self.get(key), self._at(key))

    def items(self, key: str) -> list[object]:
        v = self.get(key)
        if not isinstance(v, list):
            raise SaveError(f"field {self._at(key)!r} is not a list")
        return v

    def strs(self, key: str, allowed: Iterable[str] | None = None) -> tuple[str, ...]:
        items = self.items(key)
        if not all(isinstance(x, str) for x in items):
            raise SaveError(f"field {self._at(key)!r} is not a list of strings")
        known = set(allowed) if allowed is not None else None
        if known is not None and not all(x in known for x in items):
            raise SaveError(f"field {self._at(key)!r} holds an unknown value")
        return tuple(str(x) for x in items)

    def text(self, key: str) -> Text:
        r = self.sub(key)
        return Text(r.string("en"), r.string("zh"))

    def pairs(
        self, key: str, kind: type, keys: Iterable[str] | None = None
    ) -> tuple[tuple[str, Any], ...]:
        r = self.sub(key)
        known = set(keys) if keys is not None else None
        out = []
        for k in r.obj:
            if known is not None and k not in known:
                raise SaveError(f"field {r._at(k)!r} is unknown")
            v = r.num(k) if kind is float else r.string(k)
            out.append((k, v))
        return tuple(out)


def _read_meters(r: _Reader) -> Meters:
    return Meters(
        emotion=r.num("emotion"),
        trust=r.num("trust"),
        patience=r.num("patience"),
        needs=r.pairs("needs", float, NEEDS),
        priority=r.pairs("priority", float, NEEDS),
    )


def _read_notes(r: _Reader, rule: str, deltas: tuple[tuple[str, float], ...]) -> tuple[Note, ...]:
    if "notes" not in r.obj:  # format 1: one note, its sign the firing's
        text = r.text("note")
        return (Note(rule, worth(deltas) >= 0, text),) if text.en or text.zh else ()
    notes = []
    for i, n in enumerate(r.items("notes")):
        nr = _Reader(n, f"{r.where}.notes[{i}]")
        notes.append(Note(nr.string("topic"), nr.flag("good"), nr.text("text")))
    return tuple(notes)


def _read_turn(r: _Reader, index: int) -> Turn:
    cues = []
    for i, c in enumerate(r.items("cues")):
        cr = _Reader(c, f"{r.where}.cues[{i}]")
        cues.append(Cue(cr.string("key"), cr.text("text")))
    fired = []
    for i, f in enumerate(r.items("rules")):
        fr = _Reader(f, f"{r.where}.rules[{i}]")
        rule = fr.one_of("rule", RULES_BY_ID)
        deltas = fr.pairs("deltas", float)
        fired.append(Firing(rule, deltas, _read_notes(fr, rule, deltas)))
    return Turn(
        index=index,
        beat_id=r.string("beat"),
        line=r.text("line"),
        cues=tuple(cues),
        reply_id=r.string("reply"),
        reply_text=r.text("reply_text"),
        acts=r.strs("acts", ACTS),
        before=_read_meters(r.sub("before")),
        after=_read_meters(r.sub("after")),
        moment=r.num("moment"),
        served=r.pairs("served", float, NEEDS),
        fired=tuple(fired),
        next=r.string("next"),
        reader=r.opt_str("reader"),
    )


def _read_customer(r: _Reader) -> Customer:
    return Customer(
        name=r.text("name"),
        age=r.one_of("age", AGE_BANDS),
        look=r.text("look"),
        style=r.one_of("style", STYLES),
        traits=r.strs("traits", TRAITS),
        state=r.one_of("state", STATES),
        cause=r.one_of("cause", CAUSES),
        anger=r.whole("anger", 0, 6),
        needs=r.pairs("needs", float, NEEDS),
        factors=_factors(r),
        comprehension=r.one_of("comprehension", COMPREHENSION),
        trusts_self_praise=r.flag("trusts_self_praise"),
    )


def _factors(r: _Reader) -> tuple[tuple[str, str], ...]:
    pairs = r.pairs("factors", str, FACTORS)
    for k, v in pairs:
        if v not in FACTORS[k]:
            raise SaveError(f"field 'customer.factors.{k}' has an unknown value {v!r}")
    return pairs


def _read_outcome(r: _Reader, turns: int) -> Result:
    moments = r.items("moments")
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in moments):
        raise SaveError(f"field {r.where}.moments is not a list of numbers")
    return Result(
        score=r.num("score"),
        average=r.num("average"),
        moments=tuple(float(x) for x in moments),  # type: ignore[arg-type]
        peak=r.whole("peak", 0, max(turns - 1, 0)),
        ending_id=r.string("ending"),
        kind=r.one_of("kind", ENDING_KINDS),
        line=r.text("line"),
        ended=_ended(r),
    )


def _ended(r: _Reader) -> str | None:
    ended = r.opt_str("ended")
    if ended is not None and ended not in LEFT:
        raise SaveError(f"field {r.where}.ended has an unknown value {ended!r}")
    return ended


def parse_save(data: bytes) -> Save:
    """A save from its bytes, or `SaveError` with one line saying what is wrong."""
    r = _Reader(loads(data), "")
    fmt = r.whole("format", 1)
    if fmt > FORMAT and r.whole("oldest_readable", 1) > FORMAT:
        raise SaveError(
            f"written by a newer frontdesk (save format {fmt}; this one reads up to "
            f"{FORMAT}): update frontdesk to open it"
        )
    if r.get("program") != "frontdesk":
        raise SaveError("not a frontdesk save")
    name = r.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise SaveError("the save names a file outside the saves folder; refused")
    sr = r.sub("story")
    beats = sr.pairs("beats", str)
    story = StoryRef(sr.string("id"), sr.text("title"), sr.string("hash"), beats)
    turns = tuple(_read_turn(_Reader(x, f"turns[{i}]"), i) for i, x in enumerate(r.items("turns")))
    outcome = None if r.obj.get("outcome") is None else _read_outcome(r.sub("outcome"), len(turns))
    lang = r.string("lang")
    if lang not in ("en", "zh"):
        raise SaveError("field 'lang' must be en or zh")
    return Save(
        name=name,
        story=story,
        seed=r.whole("seed"),
        lang=lang,
        player=r.string("player"),
        workshop=r.opt_str("workshop"),
        rules=r.strs("rules", RULES_BY_ID),
        customer=_read_customer(r.sub("customer")),
        turns=turns,
        outcome=outcome,
        format=min(fmt, FORMAT),
        misread=_misread(r, len(turns)),
        times=_times(r, len(turns)),
        launch=None if r.obj.get("launch") is None else read_launch(r.obj["launch"]),
    )


def _times(r: _Reader, turns: int) -> Times:
    if r.obj.get("time") is None:
        return NO_TIMES
    t = r.sub("time")
    started, ended = t.opt_str("started"), t.opt_str("ended")
    stamps = t.strs("turns")
    for where, stamp in [("started", started), ("ended", ended)] + [
        (f"turns[{i}]", x) for i, x in enumerate(stamps)
    ]:
        if stamp is not None and not STAMP.fullmatch(stamp):
            raise SaveError(f"field time.{where} is not a UTC time like 2026-12-01T09:30:00Z")
    if len(stamps) > turns:
        raise SaveError("field time.turns has more times than the save has turns")
    return Times(started, ended, stamps)


def _misread(r: _Reader, turns: int) -> tuple[int, ...]:
    if r.obj.get("misread") is None:
        return ()
    marks = r.items("misread")
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x < turns for x in marks):
        raise SaveError("field 'misread' is not a list of turn numbers of this save")
    return tuple(sorted(set(marks)))  # type: ignore[arg-type]
