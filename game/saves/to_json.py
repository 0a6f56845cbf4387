"""A save as JSON: the same session always gives the same bytes.

Written from the field table (`fields.py`): every field of each shape that exists in the
newest format, in the table's order, from the value's attribute of the field's name."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable
from typing import Any

from game.engine.customer import Customer
from game.engine.session import Result, Turn
from game.saves.fields import CUSTOMER, OUTCOME, SAVE, TURN, Kind, Shape
from game.saves.launch import launch_json
from game.saves.save import FORMAT, Save

Encoder = Callable[[Any], Any]
_NONE = object()  # no default: the field is always written


@functools.cache
def _empty(cls: type, attr: str) -> object:
    """The value of a field left out of the file: its attribute's default."""
    found = [f.default for f in dataclasses.fields(cls) if f.name == attr]
    return found[0] if found else _NONE


def _encoder(kind: Kind) -> Encoder | None:
    """How a value of this kind becomes JSON; None: as it is."""
    if kind.base == "object":
        assert kind.shape is not None
        return _writer(kind.shape)
    if kind.base == "list":
        assert kind.of is not None
        item = _encoder(kind.of)
        if item is None:
            return list
        return lambda xs: [item(x) for x in xs]
    if kind.base == "pairs":
        return dict
    if kind.base == "launch":
        return launch_json
    return None


_WRITERS: dict[str, Encoder] = {}


def _writer(shape: Shape) -> Encoder:
    """Writes a value of `shape`: its fields of the newest format, in the table's order."""
    if shape.name in _WRITERS:
        return _WRITERS[shape.name]
    steps = [
        (
            f.name,
            f.key,
            next(iter(f.kind.enum)) if f.kind.base == "const" and f.kind.enum else _NONE,
            f.absent == "omitted",
            _encoder(f.kind),
        )
        for f in shape.fields
        if FORMAT in f.formats
    ]

    def write(value: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, key, const, omitted, encode in steps:
            if const is not _NONE:
                out[name] = const
                continue
            v = getattr(value, key)
            if omitted and v == _empty(value.__class__, key):
                continue  # left out of the file when empty
            out[name] = v if v is None or encode is None else encode(v)
        return out

    _WRITERS[shape.name] = write
    return write


def shape_json(shape: Shape, value: Any) -> dict[str, Any]:
    """The JSON object of one value of `shape`."""
    result: dict[str, Any] = _writer(shape)(value)
    return result


def turn_json(tn: Turn) -> dict[str, Any]:
    return shape_json(TURN, tn)


def customer_json(c: Customer) -> dict[str, Any]:
    return shape_json(CUSTOMER, c)


def outcome_json(r: Result) -> dict[str, Any]:
    return shape_json(OUTCOME, r)


def to_json(s: Save) -> dict[str, Any]:
    return shape_json(SAVE, s)


def dump(s: Save) -> bytes:
    """The bytes of a save: the same session always gives the same bytes."""
    return (json.dumps(to_json(s), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
