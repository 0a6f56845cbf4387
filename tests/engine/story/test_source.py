"""A story file's text: the guard before tomllib (depth, long numbers), the byte order mark,
and lines that stay right."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.storyfile import StoryError, parse_story
from game.engine.storysource import MAX_DEPTH, TOO_DEEP, guard
from tests.paths import ROOT

GOOD = ROOT / "stories" / "dropped-calls.toml"
TOP = 6  # a line among the top-level keys of GOOD (format = 1 is line 5)


def inserted(*texts: str, at: int = TOP) -> bytes:
    """GOOD with `texts` as lines from `at` on."""
    lines = GOOD.read_text(encoding="utf-8").split("\n")
    lines[at - 1 : at - 1] = list(texts)
    return "\n".join(lines).encode()


def problems(data: bytes) -> list[tuple[int, str]]:
    with pytest.raises(StoryError) as caught:
        parse_story(data, "dropped-calls.toml")
    return [(p.line, p.message) for p in caught.value.problems]


# each builds one line nesting n deep
DEEP: dict[str, Callable[[int], str]] = {
    "dotted key": lambda n: "a" + ".a" * (n - 1) + " = 1",
    "quoted dotted key": lambda n: '"a.b"' + '."[x]"' * (n - 1) + ' = "[[{"',
    "array": lambda n: "x = " + "[" * n + "]" * n,
    "inline table": lambda n: "x = " + "{ a = " * (n - 1) + "1" + " }" * (n - 1),
    "mixed": lambda n: "x.y = " + "[{ a = " * ((n - 2) // 2) + "[]" + " }]" * ((n - 2) // 2),
    "table header": lambda n: "[" + ".".join(["t"] * n) + "]",
    "array of tables": lambda n: "[[" + ".".join(["t"] * (n - 1)) + "]]",
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_a_20000_deep_line_is_refused_at_its_line_before_parsing(kind: str) -> None:
    """Was 23.5 s for the dotted key, a RecursionError at line 1 for the array."""
    assert problems(inserted(DEEP[kind](20_000))) == [(TOP, TOO_DEEP)]


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_the_depth_limit_is_exact(kind: str) -> None:
    step = 2 if kind == "mixed" else 1  # mixed goes down two at a time
    assert (TOP, TOO_DEEP) in problems(inserted(DEEP[kind](MAX_DEPTH + step)))
    assert guard(DEEP[kind](MAX_DEPTH)) == []


def test_the_guard_passes_the_pack_but_not_a_deep_key_added_to_it() -> None:
    for path in sorted((ROOT / "stories").glob("*.toml")):
        source = path.read_text(encoding="utf-8")
        assert guard(source) == [], path
        deep = source + DEEP["dotted key"](MAX_DEPTH) + "\n"  # in the last [table]: one deeper
        assert guard(deep) == [(source.count("\n") + 1, TOO_DEEP)], path


def test_an_array_opened_over_many_lines_is_refused_where_it_gets_too_deep() -> None:
    data = inserted("x = [", *["["] * 40, *["]"] * 41)
    assert problems(data) == [(TOP + MAX_DEPTH, TOO_DEEP)]  # the 33rd bracket's line


@pytest.mark.parametrize(
    "value",
    ["9" * 5000, "-" + "9" * 5000, "[1, " + "9" * 5000 + "]", "{ a = " + "1_" * 4400 + "1 }"],
    ids=["plain", "negative", "in an array", "with underscores, in an inline table"],
)
def test_a_whole_number_too_long_to_read_is_reported_at_its_line(value: str) -> None:
    """Was tomllib's ValueError at line 1."""
    data = inserted("# before", f"x = {value}")
    digits = sum(c.isdigit() for c in value) - (1 if value.startswith("[1") else 0)
    assert problems(data) == [
        (TOP + 1, f"a whole number of {digits} digits is too long (at most 4300)")
    ]
    # long numbers that tomllib reads are left to it: a float, a hex number, a string
    for fine in ("9" * 5000 + ".5", "0x" + "f" * 5000, '"' + "9" * 5000 + '"'):
        assert problems(inserted("# before", f"x = {fine}")) == [
            (TOP + 1, "unknown field 'x' in the story")
        ]


def test_a_byte_order_mark_is_dropped_and_lines_stay_right() -> None:
    """Was "not valid TOML: Invalid statement" at line 1."""
    bom = "\ufeff".encode()
    story = parse_story(bom + GOOD.read_bytes(), "dropped-calls.toml")
    assert story.id == "dropped-calls"
    assert story.digest != parse_story(GOOD.read_bytes(), "dropped-calls.toml").digest
    assert problems(bom + inserted("x = 1")) == [(TOP, "unknown field 'x' in the story")]
    assert (2, "id must be non-empty text") in problems(bom + b"format = 1\nid = 7\n")
    # only at the start: anywhere else it is not TOML
    assert problems(inserted("\ufeffx = 1"))[0][0] == TOP


@pytest.mark.parametrize("breaker", ["\u2028", "\u2029", "\x85"])
def test_a_string_with_a_unicode_line_separator_does_not_shift_lines(breaker: str) -> None:
    """str.splitlines also ends a line at these, TOML (and tomllib) only at \\n."""
    data = inserted(f'x = "one{breaker}two"', "y = 2")
    assert problems(data) == [
        (TOP, "unknown field 'x' in the story"),
        (TOP + 1, "unknown field 'y' in the story"),
    ]


def test_a_table_header_stands_for_each_table_it_opens() -> None:
    """[x.y.z] opens x, x.y and x.y.z: an unknown x is reported there, not at line 1."""
    lines = GOOD.read_text(encoding="utf-8").count("\n")
    data = inserted("[x.y.z]", "k = 1", at=lines + 1)
    assert problems(data) == [(lines + 1, "unknown field 'x' in the story")]


# --- the guard counts depth as the document nests ---------------------------------------

TRICKY = st.text(alphabet="[]{}.\"'#=,\\ \t\u2028ab中", max_size=8)


def toml(value: Any) -> str:
    """An inline TOML value; strings as JSON, which TOML basic strings accept."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def depth(value: Any, at: int = 0) -> int:
    """How deep the guard counts: a table or array one below its parent, and a key's plain
    value one below its table (an array's plain items sit in the array)."""
    best = at
    children = value.values() if isinstance(value, dict) else value
    for v in children:
        if isinstance(v, dict | list):
            best = max(best, depth(v, at + 1))
        elif isinstance(value, dict):
            best = max(best, at + 1)
    return best


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.integers(0, MAX_DEPTH + 4).flatmap(
        lambda n: st.lists(st.sampled_from(["key", "array", "table"]), min_size=n, max_size=n)
    ),
    text=TRICKY,
    dotted=st.booleans(),
    header=st.integers(0, 3),
)
def test_the_guard_refuses_exactly_what_nests_too_deep(
    kinds: list[str], text: str, dotted: bool, header: int
) -> None:
    """Strings full of brackets, dots, quotes and comment signs, and a comment, do not count."""
    value: Any = text
    for kind in reversed(kinds):
        value = {"k": value} if kind == "key" else [value, text] if kind == "array" else value
        if kind == "table":
            value = {"s": text, "t": value}
    path = ["top"]
    while dotted and isinstance(value, dict) and list(value) == ["k"]:
        path.append("k")  # written as a dotted key
        value = value["k"]
    head = [f"[{'.'.join(['h'] * header)}]"] if header else []
    source = "\n".join([*head, f"{'.'.join(path)} = {toml(value)}  # [[[ {{ ."]) + "\n"
    assert bool(guard(source)) == (depth(tomllib.loads(source)) > MAX_DEPTH)
