"""Readers compiled from the field table (`fields.py`): each field's check, made once.

`decoder(shape, build)` gives a function that reads one JSON object of that shape, checks every
field as its `Kind` says and hands the values, by attribute, to `build`; any problem is one
`SaveError` line naming the field's path (`turns[0].rules[1].deltas.emotion`). The strict
reader (`format.py`) builds the engine's values from every field; the class report
(`game/report/collect.py`) reads `only` the fields it needs, as plain values.

The path of a field is worked out only when it is wrong: `where` is a chain of tuples
(`(parent, name)` or `(parent, name, index)`), "" at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from game.saves.fields import A_TURN, LAST, TURNS, Field, Kind, Shape
from game.saves.launch import read_launch
from game.saves.strict import SaveError

# (value, where, turns) -> the value read; `turns[0]` is the save's turns read so far
Decoder = Callable[[Any, Any, list[int]], Any]
Build = Callable[[dict[str, Any], int], Any]  # (values by attribute, index in its list)
# the fields to read: name -> None (all of it) or, for an object or a list of objects, the
# fields of that to read; None: every field
Only = Mapping[str, "Only | None"]


def path(where: Any) -> str:
    """The dotted path a `where` chain names."""
    if not where:
        return ""
    parent = path(where[0])
    at = f"{parent}.{where[1]}" if parent else where[1]
    return f"{at}[{where[2]}]" if len(where) == 3 else at


def _is_num(v: object) -> bool:
    return (type(v) is float and v == v) or (isinstance(v, int) and not isinstance(v, bool))


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _hi(kind: Kind, turns: list[int]) -> int:
    if kind.hi == LAST:
        return max(turns[0] - 1, 0)
    if kind.hi == A_TURN:
        return turns[0] - 1
    assert isinstance(kind.hi, int)
    return kind.hi


def _scalar(kind: Kind, message: str = "", typed_too: bool = False) -> Decoder:
    base, enum, pattern, lo = kind.base, kind.enum, kind.pattern, kind.lo
    if base == "str":

        def read_str(v: Any, where: Any, turns: list[int]) -> Any:
            if type(v) is not str:
                if typed_too:
                    raise SaveError(message)
                raise SaveError(f"field {path(where)!r} is not a valid string")
            if pattern is not None and not pattern.fullmatch(v):
                words = message or "field {path!r} is not a valid string"
                raise SaveError(words.format(path=path(where), value=v))
            if enum is not None and v not in enum:
                words = message or "field {path!r} has an unknown value {value!r}"
                raise SaveError(words.format(path=path(where), value=v))
            return v

        return read_str
    if base == "int":

        def read_int(v: Any, where: Any, turns: list[int]) -> Any:
            hi = _hi(kind, turns)
            if not _is_int(v) or not lo <= v <= hi:
                raise SaveError(f"field {path(where)!r} is not a whole number in {lo}..{hi}")
            return v

        return read_int
    if base == "real":

        def read_real(v: Any, where: Any, turns: list[int]) -> Any:
            if not _is_num(v):
                raise SaveError(f"field {path(where)!r} is not a number")
            return float(v)

        return read_real
    if base == "bool":

        def read_bool(v: Any, where: Any, turns: list[int]) -> Any:
            if type(v) is not bool:
                raise SaveError(f"field {path(where)!r} is not true or false")
            return v

        return read_bool
    if base == "const":
        assert enum is not None

        def read_const(v: Any, where: Any, turns: list[int]) -> Any:
            if v not in enum:
                raise SaveError(message)
            return v

        return read_const
    if base == "launch":
        return lambda v, where, turns: read_launch(v)
    raise AssertionError(base)


def _pairs(kind: Kind) -> Decoder:
    names, of = kind.enum, kind.of
    assert of is not None
    value = _scalar(of)
    fast = {"str": str, "real": float}.get(of.base) if of.enum is None else None
    allowed = (
        {k: _scalar(Kind("str", enum=v)) for k, v in names.items()}
        if isinstance(names, Mapping)
        else None
    )

    def read_pairs(v: Any, where: Any, turns: list[int]) -> Any:
        if type(v) is not dict:
            raise SaveError(f"{path(where)} is not an object")
        if names is None:
            out = [(k, x if type(x) is fast else value(x, (where, k), turns)) for k, x in v.items()]
        else:
            out = []
            for k, x in v.items():
                if k not in names:
                    raise SaveError(f"field {path((where, k))!r} is unknown")
                out.append((k, x if type(x) is fast else value(x, (where, k), turns)))
        if allowed is not None:  # the values each name allows
            for k, x in out:
                allowed[k](x, (where, k), turns)
        return tuple(out)

    return read_pairs


def _list(f: Field, item: Decoder) -> Decoder:
    of, most, unique, message = f.kind.of, f.kind.most, f.kind.unique, f.message
    assert of is not None
    if of.base == "object":

        def read_objects(v: Any, where: Any, turns: list[int]) -> Any:
            if type(v) is not list:
                raise SaveError(f"field {path(where)!r} is not a list")
            return tuple([item(x, (where[0], where[1], i), turns) for i, x in enumerate(v)])

        return read_objects
    if of.base == "str":
        enum, each = of.enum, of.pattern is not None
        check = _scalar(of, message)

        def read_strs(v: Any, where: Any, turns: list[int]) -> Any:
            if type(v) is not list:
                raise SaveError(f"field {path(where)!r} is not a list")
            for x in v:
                if type(x) is not str:
                    raise SaveError(f"field {path(where)!r} is not a list of strings")
            if enum is not None and not all(x in enum for x in v):
                raise SaveError(f"field {path(where)!r} holds an unknown value")
            if each:
                for i, x in enumerate(v):
                    check(x, (where[0], where[1], i), turns)
            if most == TURNS and len(v) > turns[0]:
                raise SaveError(f"field {path(where)} has more times than the save has turns")
            return tuple(v)

        return read_strs
    whole = of.base == "int"

    def read_numbers(v: Any, where: Any, turns: list[int]) -> Any:
        if type(v) is not list:
            raise SaveError(f"field {path(where)!r} is not a list")
        hi = _hi(of, turns) if whole else 0
        if not all((_is_int(x) and of.lo <= x <= hi) if whole else _is_num(x) for x in v):
            words = message or "field {path} is not a list of numbers"
            raise SaveError(words.format(path=path(where)))
        items = tuple(v) if whole else tuple(float(x) for x in v)
        return tuple(sorted(set(items))) if unique else items

    return read_numbers


def _field(f: Field, builds: Mapping[str, Build], only: Only | None) -> Decoder:
    kind = f.kind
    if kind.base == "object":
        assert kind.shape is not None
        return decoder(kind.shape, builds, only)
    if kind.base == "list":
        assert kind.of is not None
        of = kind.of
        item = decoder(of.shape, builds, only) if of.shape is not None else _scalar(of)
        return _list(f, item)
    if kind.base == "pairs":
        return _pairs(kind)
    return _scalar(kind, f.message, f.typed_too)


Step = Callable[[dict[str, Any], dict[str, Any], Any, list[int]], None]
_MISSING = object()
_FAST = {"str": str, "bool": bool, "real": float}  # kinds whose plain values are taken as they are


def _step(f: Field, shape: Shape, read: Decoder) -> Step:
    """Reads one field of an object into `out`, by attribute; where it is missing or empty,
    as the field's `absent` says."""
    name, key, absent, instead_of = f.name, f.key, f.absent, f.instead_of
    replaced = name in shape.replaced
    kind = f.kind
    fast = _FAST.get(kind.base) if kind.enum is None and kind.pattern is None else None

    if absent == "required" and not instead_of and not replaced:
        if fast is not None:

            def plain(
                obj: dict[str, Any], out: dict[str, Any], where: Any, turns: list[int]
            ) -> None:
                v = obj.get(name, _MISSING)
                if type(v) is fast and v == v:
                    out[key] = v
                elif v is _MISSING:
                    raise SaveError(f"missing field {path((where, name))!r}")
                else:
                    out[key] = read(v, (where, name), turns)

            return plain

        def required(
            obj: dict[str, Any], out: dict[str, Any], where: Any, turns: list[int]
        ) -> None:
            v = obj.get(name, _MISSING)
            if v is _MISSING:
                raise SaveError(f"missing field {path((where, name))!r}")
            out[key] = read(v, (where, name), turns)

        return required

    def other(obj: dict[str, Any], out: dict[str, Any], where: Any, turns: list[int]) -> None:
        if instead_of and instead_of in obj:
            return  # the newer field that replaced this one is read instead
        v = obj.get(name, _MISSING)
        if absent != "required" and (v is None or v is _MISSING):
            if absent == "null":
                out[key] = None
            return
        if v is _MISSING:
            if replaced:
                return  # an older save: the field it replaced is read instead
            raise SaveError(f"missing field {path((where, name))!r}")
        out[key] = read(v, (where, name), turns)

    return other


def decoder(shape: Shape, builds: Mapping[str, Build], only: Only | None = None) -> Decoder:
    """Reads one object of `shape` (`only` these of its fields) and `builds[shape.name]` a
    value from what it read; a shape without a builder gives the dict of values."""
    steps = [
        _step(f, shape, _field(f, builds, only[f.name] if only is not None else None))
        for f in shape.checked
        if only is None or f.name in only
    ]
    build = builds.get(shape.name)
    counts = shape.name == "turn"  # the outcome, misreads and times are bounded by turns read

    def read_object(obj: Any, where: Any, turns: list[int]) -> Any:
        if type(obj) is not dict:
            raise SaveError(f"{path(where) or 'the save'} is not an object")
        out: dict[str, Any] = {}
        for step in steps:
            step(obj, out, where, turns)
        if counts:
            turns[0] += 1
        if build is None:
            return out
        return build(out, where[2] if len(where) == 3 else 0)

    return read_object
