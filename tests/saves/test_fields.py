"""The field table (game/saves/fields.py) agrees with the writer, the strict reader and the class
report's partial reader: a field is added in one place, and each of them follows it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest

from game.engine.said import Typed
from game.engine.session import Session
from game.report.collect import READS, parse_record
from game.saves.decode import Only
from game.saves.fields import SAVE, SHAPES, TEXT, Field, Shape, rows
from game.saves.format import FORMAT, SaveError, dump, parse_save, save_of
from game.saves.launch import Launch
from game.saves.times import Times
from tests.paths import FIXTURES
from tests.savekit import saved
from tests.tui.kit import SEED, fixture_story

FORMAT_1 = FIXTURES / "saves" / "format-1-finished.json"


def everything() -> bytes:
    """A save that uses every field of the newest format: typed, misread, timed, launched."""
    s = Session(fixture_story(), SEED)
    s.type_reply(Typed("I hear you", ("acknowledge_feeling",), "feel", "reader-1"))
    for reply in ("check", "now", "thanks"):
        s.choose(reply)
    save = save_of(
        s,
        name="Bo_tui-story_7",
        lang="zh",
        player="Bo",
        workshop="W1",
        times=Times("2026-01-01T00:00:00Z", "2026-01-01T00:09:00Z", ("2026-01-01T00:00:05Z",)),
        launch=Launch(
            "12345678-1234-1234-1234-123456789abc", "https://x.org/a", "https://lms.org", "l-1"
        ),
    )
    return dump(dataclasses.replace(save, misread=(0,)))


def walk(obj: Any, shape: Shape, where: str = "") -> Iterator[tuple[Shape, str, dict[str, Any]]]:
    """Every JSON object of a save with the shape the table gives it and its path."""
    assert isinstance(obj, dict), where
    yield shape, where, obj
    for f in shape.fields:
        value = obj.get(f.name)
        at = f"{where}.{f.name}" if where else f.name
        if value is None:
            continue
        if f.kind.shape is not None:
            yield from walk(value, f.kind.shape, at)
        elif f.kind.of is not None and f.kind.of.shape is not None:
            for i, item in enumerate(value):
                yield from walk(item, f.kind.of.shape, f"{at}[{i}]")


def fields_in(data: bytes) -> Iterator[tuple[Field, str]]:
    for shape, where, obj in walk(json.loads(data), SAVE):
        for name in obj:
            f = shape.by_name.get(name)
            assert f is not None, f"the writer wrote {where}.{name}, which the table lacks"
            yield f, f"{where}.{name}" if where else name


def test_every_field_the_writer_emits_is_in_the_table_and_every_table_field_is_written() -> None:
    written = {
        (f.name, id(f)) for data in (dump(saved()), everything()) for f, _ in fields_in(data)
    }
    newest = {(f.name, id(f)) for shape in SHAPES for f in shape.fields if FORMAT in f.formats}
    assert written == newest


def test_the_oldest_format_uses_only_table_fields_of_its_format() -> None:
    for f, where in fields_in(FORMAT_1.read_bytes()):
        assert 1 in f.formats, where


def _first_uses(data: bytes) -> dict[int, tuple[Field, str]]:
    found: dict[int, tuple[Field, str]] = {}
    for f, where in fields_in(data):
        found.setdefault(id(f), (f, where))
    return found


def _set(obj: Any, where: str, value: object) -> None:
    parts = where.replace("[", ".[").split(".")
    for part in parts[:-1]:
        obj = obj[int(part[1:-1])] if part.startswith("[") else obj[part]
    obj[parts[-1]] = value


def _spoiled(data: bytes, f: Field, where: str) -> bytes:
    """The save with one field of the wrong kind (and a newer format, to reach
    `oldest_readable`)."""
    obj = json.loads(data)
    wrong: object = [] if f.kind.base in ("object", "pairs", "launch") else {}
    _set(obj, where, wrong)
    if f.name == "oldest_readable":
        obj["format"] = FORMAT + 1
    return json.dumps(obj, ensure_ascii=False).encode()


USES = _first_uses(everything()) | _first_uses(FORMAT_1.read_bytes())


def test_every_table_field_is_used_by_a_test_save() -> None:
    assert set(USES) == {id(f) for shape in SHAPES for f in shape.fields}


@pytest.mark.parametrize("use", list(USES.values()), ids=[w for _, w in USES.values()])
def test_the_strict_reader_checks_every_table_field_naming_it(use: tuple[Field, str]) -> None:
    f, where = use
    data = FORMAT_1.read_bytes() if 2 not in f.formats else everything()
    with pytest.raises(SaveError) as err:
        parse_save(_spoiled(data, f, where))
    assert where in str(err.value) or (f.message and f.message in str(err.value)), str(err.value)


def _subset(only: Only, shape: Shape, where: str = "") -> Iterator[str]:
    for name, inner in only.items():
        assert name in shape.by_name, f"the report reads {where}{name}, which the table lacks"
        kind = shape[name].kind
        yield where + name
        if inner is not None:
            inside = kind.shape or (kind.of.shape if kind.of is not None else None)
            assert inside is not None, f"{where}{name} has no fields to choose from"
            yield from _subset(inner, inside, f"{where}{name}.")


def test_the_reports_fields_are_a_subset_of_the_table() -> None:
    assert "turns.rules.notes.good" in set(_subset(READS, SAVE))


def _reads(where: str) -> bool:
    """Whether the report reads the field at this path (list indexes left out)."""
    only: Only | None = {"format": None, "oldest_readable": None} | dict(READS)
    for part in where.split("."):
        if only is None:
            return True
        name = part.split("[")[0]
        if name not in only:
            return False
        only = only[name]
    return True


@pytest.mark.parametrize("use", list(USES.values()), ids=[w for _, w in USES.values()])
def test_the_report_refuses_a_bad_field_it_reads_and_skips_those_it_does_not(
    use: tuple[Field, str],
) -> None:
    f, where = use
    data = FORMAT_1.read_bytes() if 2 not in f.formats else everything()
    spoiled = _spoiled(data, f, where)
    if _reads(where):
        with pytest.raises(SaveError):
            parse_record(spoiled, "x.json")
    else:  # the report's speed: what it does not need, it does not look at
        assert parse_record(spoiled, "x.json").name


def test_the_table_reads_flat_with_each_fields_kind_formats_and_check() -> None:
    listed = list(rows())
    table = {path: rest for path, *rest in listed}
    assert len(table) == len(listed)
    names = {path.split(".")[-1] for path in table}
    assert names == {f.name for s in SHAPES if s is not TEXT for f in s.fields}
    assert table["turns[].rules[].note"] == ["Text", "1", "required", ""]
    assert table["turns[].rules[].notes[].good"][:3] == ["bool", "1,2,3", "required"]
    assert table["outcome.peak"] == ["int", "1,2,3", "required", "0..the last turn"]
    assert table["misread"] == ["list of int", "3", "omitted", "each 0..a turn"]
    assert table["lang"][3] == "one of 2: en, zh"
