"""Every field of a save file, in one table (issue #17): the one place a field is added.

A save is JSON objects inside objects. Each `Shape` lists its fields in the order they are
written; each `Field` gives its JSON name, its `Kind` (what it holds, with the check the strict
reader makes), the attribute of the value it is written from and read into, the save formats it
exists in, and whether it may be left out. Three readers of this table:

- the writer, `to_json.py`: every field of a shape, from the attribute, in this order;
- the strict reader, `format.py` `parse_save`: every field, checked as its kind says, each
  problem one `SaveError` line naming the field's path;
- the class report's partial reader, `game/report/collect.py`: only the fields it needs, with
  the same kinds and checks, compiled once into plain functions (it reads thousands of saves).

Adding a field: one `Field(...)` row in its shape (and the attribute on the value it comes
from). Only the standard library and the engine's vocabularies.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

from game.engine.acts import ACTS
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
from game.engine.rules import RULES_BY_ID
from game.engine.story import ENDING_KINDS
from game.saves.save import FORMAT, LEFT, NAME
from game.saves.times import STAMP

EVERY = tuple(range(1, FORMAT + 1))  # the save formats so far
# bounds that depend on the save's number of turns
TURNS = "turns"  # `Kind.most`: at most one item per turn
A_TURN = "turn"  # `Kind.hi`: a turn's number (0 .. turns - 1; none if no turn)
LAST = "last"  # `Kind.hi`: up to the last turn's number (0 if no turn)
BIGGEST = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Kind:
    """What a field holds. `base` is one of: str, int, real, bool, list, pairs (an object of
    name -> value), object (a `Shape`), const (exactly `enum`'s one value), launch (read by
    `launch.py`, which checks its own fields)."""

    base: str
    of: Kind | None = None  # list and pairs: the kind of each value
    shape: Shape | None = None  # object
    # str: the values allowed; list of str: each item's; pairs: the names allowed (a mapping
    # from name to allowed values checks the values too)
    enum: Collection[str] | None = None
    pattern: re.Pattern[str] | None = None  # str: the whole value matches
    lo: int = 0  # int: the range, `hi` a number, A_TURN or LAST
    hi: int | str = BIGGEST
    most: str | None = None  # list: at most this many items (TURNS)
    unique: bool = False  # list: read back sorted, each value once

    @property
    def label(self) -> str:
        """The kind in words, for the table's readers: 'list of str', 'object turn'."""
        if self.base == "list" and self.of is not None:
            return f"list of {self.of.label}"
        if self.base == "pairs" and self.of is not None:
            return f"pairs of {self.of.label}"
        if self.base == "object" and self.shape is not None:
            return "Text" if self.shape is TEXT else f"object {self.shape.name}"
        return self.base

    @property
    def check(self) -> str:
        """The strict reader's check beyond the kind, in words: its values, pattern or range."""
        if self.of is not None and self.base == "list":
            inner = self.of.check
            return f"each {inner}" if inner else ""
        if self.enum is not None:
            names = list(self.enum)
            shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
            return f"{'names ' if self.base == 'pairs' else ''}one of {len(names)}: {shown}"
        if self.pattern is not None:
            return f"matches {self.pattern.pattern}"
        if self.base == "int":
            hi = "a turn" if self.hi == A_TURN else "the last turn" if self.hi == LAST else self.hi
            return f"{self.lo}..{hi}"
        return ""


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # in the file
    kind: Kind
    attr: str = ""  # the value's attribute it is written from and read into ("": `name`)
    formats: tuple[int, ...] = EVERY  # the save formats it exists in
    # "required"; "null": written as null when the value is None; "omitted": left out of the
    # file when the value is empty (None, () or the default); missing or null reads as empty
    absent: str = "required"
    message: str = ""  # the strict reader's own words for a bad value ("": the kind's)
    typed_too: bool = False  # `message` also for a value of the wrong type
    instead_of: str = ""  # read only when the field it was replaced by is missing

    @property
    def key(self) -> str:
        return self.attr or self.name


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    fields: tuple[Field, ...]
    # the strict reader checks these fields before the others (which follow in the table's
    # order): the order its messages have always named the first of several problems in
    first: tuple[str, ...] = ()
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)
    replaced: frozenset[str] = field(init=False, repr=False, compare=False)  # see `instead_of`
    checked: tuple[Field, ...] = field(init=False, repr=False, compare=False)  # `first` first

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        ahead = tuple(self.by_name[name] for name in self.first)
        rest = tuple(f for f in self.fields if f.name not in self.first)
        object.__setattr__(self, "checked", ahead + rest)
        object.__setattr__(self, "replaced", frozenset(f.instead_of for f in self.fields) - {""})

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]


def _str(enum: Collection[str] | None = None, pattern: re.Pattern[str] | None = None) -> Kind:
    return Kind("str", enum=enum, pattern=pattern)


STR = _str()
REAL = Kind("real")
BOOL = Kind("bool")


def _list(of: Kind, most: str | None = None, unique: bool = False) -> Kind:
    return Kind("list", of=of, most=most, unique=unique)


def _pairs(of: Kind, names: Collection[str] | Mapping[str, Collection[str]] | None = None) -> Kind:
    return Kind("pairs", of=of, enum=names)


def _obj(shape: Shape) -> Kind:
    return Kind("object", shape=shape)


TEXT = Shape("text", (Field("en", STR), Field("zh", STR)))
T = _obj(TEXT)

METERS = Shape(
    "meters",
    (
        Field("emotion", REAL),
        Field("trust", REAL),
        Field("patience", REAL),
        Field("needs", _pairs(REAL, NEEDS)),
        Field("priority", _pairs(REAL, NEEDS)),
    ),
)

CUE = Shape("cue", (Field("key", STR), Field("text", T)))

NOTE = Shape("note", (Field("topic", STR), Field("good", BOOL), Field("text", T)))

FIRING = Shape(
    "firing",
    (
        Field("rule", _str(RULES_BY_ID)),
        Field("deltas", _pairs(REAL)),
        # format 1 kept one note per firing, its sign the firing's (format.py works it out)
        Field("note", T, formats=(1,), instead_of="notes"),
        Field("notes", _list(_obj(NOTE)), formats=(2, 3)),
    ),
)

TURN = Shape(
    "turn",
    (
        Field("beat", STR, "beat_id"),
        Field("line", T),
        Field("cues", _list(_obj(CUE))),
        Field("reply", STR, "reply_id"),
        Field("reply_text", T),
        Field("acts", _list(_str(ACTS))),
        Field("before", _obj(METERS)),
        Field("after", _obj(METERS)),
        Field("moment", REAL),
        Field("served", _pairs(REAL, NEEDS)),
        Field("rules", _list(_obj(FIRING)), "fired"),
        Field("next", STR),
        Field("reader", STR, formats=(3,), absent="omitted"),  # typed: the reader's version
    ),
    first=("cues", "rules"),
)

CUSTOMER = Shape(
    "customer",
    (
        Field("name", T),
        Field("age", _str(AGE_BANDS)),
        Field("look", T),
        Field("style", _str(STYLES)),
        Field("traits", _list(_str(TRAITS))),
        Field("state", _str(STATES)),
        Field("cause", _str(CAUSES)),
        Field("anger", Kind("int", lo=0, hi=6)),
        Field("needs", _pairs(REAL, NEEDS)),
        Field("factors", _pairs(STR, FACTORS)),
        Field("comprehension", _str(COMPREHENSION)),
        Field("trusts_self_praise", BOOL),
    ),
)

OUTCOME = Shape(
    "outcome",
    (
        Field("score", REAL),
        Field("average", REAL),
        Field("moments", _list(REAL), message="field {path} is not a list of numbers"),
        Field("peak", Kind("int", lo=0, hi=LAST)),
        Field("ending", STR, "ending_id"),
        Field("kind", _str(ENDING_KINDS)),
        Field("line", T),
        Field(
            "ended",
            _str(LEFT),
            absent="null",
            message="field {path} has an unknown value {value!r}",
        ),
    ),
    first=("moments",),
)

STORY = Shape(
    "story",
    (
        Field("id", STR),
        Field("title", T),
        Field("hash", STR),
        Field("beats", _pairs(STR)),  # beat or ending id -> its content hash
    ),
    first=("beats",),
)

_WHEN = "field {path} is not a UTC time like 2026-12-01T09:30:00Z"
TIME = Shape(
    "time",
    (
        Field("started", _str(pattern=STAMP), absent="null", message=_WHEN),
        Field("ended", _str(pattern=STAMP), absent="null", message=_WHEN),
        Field("turns", _list(_str(pattern=STAMP), most=TURNS), message=_WHEN),
    ),
)

# the first three are the header: what any program reads first to know if it can read the rest
SAVE = Shape(
    "save",
    (
        Field("format", Kind("int", lo=1), "needs_format"),
        Field("oldest_readable", Kind("int", lo=1), "needs_format"),  # read when format is newer
        Field("program", Kind("const", enum=("frontdesk",)), message="not a frontdesk save"),
        Field(
            "name",
            _str(pattern=NAME),
            message="the save names a file outside the saves folder; refused",
            typed_too=True,
        ),
        Field("story", _obj(STORY)),
        Field("seed", Kind("int")),
        Field("lang", _str(("en", "zh")), message="field 'lang' must be en or zh"),
        Field("player", STR),
        Field("workshop", STR, absent="null"),
        Field("rules", _list(_str(RULES_BY_ID))),
        Field("customer", _obj(CUSTOMER)),
        Field("turns", _list(_obj(TURN))),
        Field("outcome", _obj(OUTCOME), absent="null"),
        Field(
            "misread",  # turns whose typed reply the learner says was misread
            _list(Kind("int", lo=0, hi=A_TURN), unique=True),
            formats=(3,),
            absent="omitted",
            message="field 'misread' is not a list of turn numbers of this save",
        ),
        # when it was played: added in format 2's time, which older programs skip unread
        Field("time", _obj(TIME), "times", formats=(2, 3), absent="omitted"),
        Field("launch", Kind("launch"), formats=(2, 3), absent="omitted"),
    ),
    first=("format", "oldest_readable", "program", "name", "story", "turns", "outcome", "lang"),
)

SHAPES = (SAVE, STORY, CUSTOMER, TURN, METERS, CUE, FIRING, NOTE, OUTCOME, TIME, TEXT)


def rows(shape: Shape = SAVE, where: str = "") -> Iterator[tuple[str, str, str, str, str]]:
    """The table flat, for reading: (path, kind, formats, when absent, check), the fields of
    an object under it (`turns[].rules[].notes[].good`); an object's fields exist in the
    formats it does."""
    for f in shape.fields:
        at = f"{where}{f.name}"
        formats = ",".join(str(n) for n in f.formats)
        yield at, f.kind.label, formats, f.absent, f.kind.check
        inner = f.kind.shape or (f.kind.of.shape if f.kind.of is not None else None)
        if inner is not None and inner is not TEXT:
            yield from rows(inner, at + ("[]." if f.kind.base == "list" else "."))


if __name__ == "__main__":  # python -m game.saves.fields: the table
    for row in rows():
        print("  ".join(x.ljust(w) for x, w in zip(row, (34, 22, 6, 8, 0), strict=True)).rstrip())
