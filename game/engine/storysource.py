"""A story file's text before its fields are read: decoding, a guard that keeps tomllib fast and
its errors on the right line, and the map from a value's path in the document back to its line.

Every problem is a `Problem` (file:line: message); a file that cannot be read at all raises a
`StoryError` listing them, never a traceback."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from game.engine.storycodes import ERROR, severity

Path_ = tuple[str | int, ...]
# keys, tables and arrays nested in one another: a story needs about nine levels
# (beat.reply.branch.when.anger); tomllib slows down quadratically on deep ones and recurses
# on deep arrays, so deeper files are refused before they are parsed
MAX_DEPTH = 32
BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    message: str
    code: str = ""  # storycodes.py: FD0101, ...
    severity: str = ERROR  # error or warning (storycodes.severity of the code)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def coded(self) -> str:
        """As `frontdesk validate` prints it: `file:line: error FD0403: message`."""
        return f"{self.file}:{self.line}: {self.severity} {self.code}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def problem(file: str, line: int, code: str, message: str) -> Problem:
    """A problem with its code, and the severity the code has."""
    return Problem(file, line, message, code, severity(code))


class StoryError(Exception):
    """A story that cannot be loaded: its problems, errors and warnings, in the order found or
    sorted by line (at least one is an error)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- bytes to a document ---------------------------------------------------------------------


def decode(data: bytes, path: str) -> str:
    """The file's text; a leading UTF-8 byte order mark is dropped (it ends no line)."""
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        message = "not UTF-8 text; save the file as UTF-8"
        raise StoryError([problem(path, line, "FD0102", message)]) from None
    return source.removeprefix(BOM)


def parse_toml(source: str, path: str) -> dict[str, Any]:
    """The TOML document, or a StoryError naming the line of each problem."""
    found = guard(source)
    if found:
        raise StoryError(
            problem(path, line, "FD0104" if message == TOO_DEEP else "FD0105", message)
            for line, message in found
        )
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        text = str(err)
        m = re.search(r"\(at line (\d+), column \d+\)", text)
        line = int(m.group(1)) if m else int(getattr(err, "lineno", 1) or 1)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", text) or "not valid TOML"
        raise StoryError([problem(path, line, "FD0103", f"not valid TOML: {message}")]) from None
    except (RecursionError, ValueError) as err:  # the guard finds these first, with their line
        raise StoryError([problem(path, 1, "FD0103", f"not valid TOML: {err}")]) from None


# --- the guard: one linear pass over the tokens, before tomllib ------------------------------

_TOKEN = re.compile(
    r"""
    (?:(?P<str>"{3}(?:\\[\s\S]|[^\\])*?(?:"{3}"{0,2}|\Z)
      |'{3}[\s\S]*?(?:'{3}'{0,2}|\Z)
      |"(?:\\.|[^"\\\n])*"?
      |'[^'\n]*'?)
    |(?P<comment>\#[^\n]*)
    |(?P<newline>\n)
    |(?P<word>[A-Za-z0-9_+\-:.]+(?:[ \t]+[A-Za-z0-9_+\-:.]+)*)  # a dotted key, or a value
    |(?P<punct>\[\[|\]\]|[\[\]{}=,])
    |(?P<other>.))
    [ \t\r]*  # spaces belong to the token before them: fewer tokens, one pass
    """,
    re.VERBOSE,
)
# most lines are one simple statement, passed over in one match: a header, or a plain key given
# a scalar (a string, a small number, true or false), an array of scalars, or an inline table
# of those; `flat` sits as deep as its key, `nested` one deeper. Every repetition starts after
# a comma and every scalar is atomic, so a line that does not match fails at once
_SCALAR = r"""(?>"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[0-9]{1,18}(?![0-9])|true|false)"""
_FLAT = rf"(?:{_SCALAR}|\[[ \t]*(?:{_SCALAR}[ \t]*(?:,[ \t]*{_SCALAR}[ \t]*)*(?:,[ \t]*)?)?\])"
_PAIR = rf"[A-Za-z0-9_-]+[ \t]*=[ \t]*{_FLAT}[ \t]*"
_SIMPLE = re.compile(
    rf"""
    [ \t]*
    (?:[A-Za-z0-9_-]+ [ \t]*=[ \t]*
        (?:(?P<flat>{_FLAT}) | (?P<nested>\{{[ \t]*{_PAIR}(?:,[ \t]*{_PAIR})*\}}))
      | (?P<header>\[\[?[ \t]*[A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]+)*[ \t]*\]\]?)
    )?
    [ \t\r]*(?:\#[^\n]*)?(?:\n|\Z)
    """,
    re.VERBOSE,
)
_DECIMAL = re.compile(r"[+-]?[0-9_]+")
TOO_DEEP = (
    f"keys, tables and arrays nest more than {MAX_DEPTH} deep here; "
    "a story needs fewer than ten levels"
)


class _Guard:
    """The state of guard()'s one pass."""

    def __init__(self) -> None:
        self.found: dict[int, str] = {}
        self.line = 1
        self.mode = "start"  # of a statement; key; value (one is due); after (one was); header
        self.parts = 1  # the parts of the key or header being read
        self.header_array = False
        self.cur = 0  # how deep the table (or array) being written into sits
        self.at = 0  # how deep the value that is due will sit
        self.stack: list[tuple[str, int]] = []  # the open [ and {, with the depth outside each
        self.over = False  # this statement was found too deep: once is enough

    def deeper(self, depth: int) -> None:
        if depth > MAX_DEPTH and not self.over:
            self.found.setdefault(self.line, TOO_DEEP)
            self.over = True

    def table(self, depth: int) -> None:
        """A [header] was read: its keys are written this deep (0 if it was too deep, which
        has been reported once, not again for each of its keys)."""
        self.deeper(depth)
        self.cur = depth if depth <= MAX_DEPTH else 0

    def open(self, bracket: str) -> None:
        self.stack.append((bracket, self.cur))
        self.cur = self.at
        self.deeper(self.cur)
        if bracket == "[":
            self.at, self.mode = self.cur + 1, "value"
        else:
            self.mode, self.parts = "key", 1

    def simple(self, m: re.Match[str]) -> None:
        self.over = False
        header = m.group("header")
        if header:
            self.header_array = header.startswith("[[")
            self.table(header.count(".") + 1 + (1 if self.header_array else 0))
        self.deeper(self.cur + (2 if m.group("nested") else 1 if m.group("flat") else 0))
        self.line += 1

    def token(self, kind: str, text: str, limit: int) -> None:
        if kind == "newline":
            self.line += 1
            if not self.stack:
                self.mode, self.parts, self.over = "start", 1, False
        elif kind in ("str", "word"):
            self.word(kind, text, limit)
            self.line += text.count("\n")
        elif kind == "punct":
            self.punct(text)

    def word(self, kind: str, text: str, limit: int) -> None:
        dots = text.count(".") if kind == "word" else 0
        if self.mode in ("start", "key"):  # a key: checked as it is read, before any "="
            self.parts += dots
            self.mode = "key"
            self.deeper(self.cur + self.parts)
        elif self.mode == "header":
            self.parts += dots
            self.deeper(self.parts)
        elif self.mode == "value":
            if kind == "word" and limit and len(text) > limit and _DECIMAL.fullmatch(text):
                digits = len(text.lstrip("+-").replace("_", ""))
                if digits > limit:  # int() refuses it, with no line
                    message = f"a whole number of {digits} digits is too long (at most {limit})"
                    self.found.setdefault(self.line, message)
            self.mode = "after"

    def punct(self, text: str) -> None:
        mode, stack = self.mode, self.stack
        if text == "=" and mode == "key":
            self.at, self.mode = self.cur + self.parts, "value"
        elif text in ("[", "[[") and mode == "start":
            self.mode, self.parts, self.header_array = "header", 1, text == "[["
        elif text in ("[", "[[") and mode == "value":
            for _ in text:
                self.open("[")
        elif text == "{" and mode == "value":
            self.open("{")
        elif text in ("]", "]]") and mode == "header":
            self.table(self.parts + (1 if self.header_array else 0))
            self.mode = "after"
        elif text in ("]", "]]", "}"):
            for close in text:
                if stack and stack[-1][0] == ("{" if close == "}" else "["):
                    self.cur = stack.pop()[1]
                    self.mode = "after"
        elif text == "," and stack:
            if stack[-1][0] == "[":
                self.at, self.mode = self.cur + 1, "value"
            else:
                self.mode, self.parts = "key", 1


def guard(source: str) -> list[tuple[int, str]]:
    """(line, message) for what tomllib would take too long over, recurse on, or report without
    a line: nesting deeper than MAX_DEPTH, and whole numbers too long to convert.

    One pass, which follows TOML just far enough to tell keys from values and count how deep
    each sits; anything it misreads is invalid TOML, which tomllib then reports."""
    limit = sys.get_int_max_str_digits()  # 0: no limit
    g = _Guard()
    pos, end = 0, len(source)
    while pos < end:
        if g.mode == "start":
            m = _SIMPLE.match(source, pos)
            if m:
                g.simple(m)
                pos = m.end()
                continue
        m = _TOKEN.match(source, pos)
        if m is None or not m.lastgroup:  # cannot be: every character is some token
            break
        g.token(m.lastgroup, m.group(m.lastgroup), limit)
        pos = m.end()
    return sorted(g.found.items())


# --- where things are: TOML tables and keys back to source lines (tomllib gives none) ------

_HEADER = re.compile(r"^(\[\[?)([^\]]+)\]")
_KEY = re.compile(r"""^([A-Za-z0-9_\-."' \t]+)=""")


class Lines:
    """Maps a value's path in the parsed document (("beat", 2, "reply", 0, "acts")) to a line.

    Lines end at "\\n" only, as for tomllib (str.splitlines would also split inside a string
    at U+2028 or a form feed). The patterns backtrack at most once per character."""

    def __init__(self, source: str) -> None:
        self.at: dict[Path_, int] = {}
        arrays: dict[Path_, int] = {}
        table: Path_ = ()
        in_string = ""
        for number, raw in enumerate(source.removeprefix(BOM).split("\n"), start=1):
            line = raw.strip()
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = ""
                continue
            header = _HEADER.match(line)
            if header:
                table = self._header(header.group(2), header.group(1) == "[[", arrays)
                for end in range(1, len(table) + 1):  # a table stands for its parents too
                    self.at.setdefault(table[:end], number)
                continue
            key = _KEY.match(line)
            if key:
                path = table
                for part in key.group(1).split("."):
                    path = (*path, part.strip().strip("\"'"))
                    self.at.setdefault(path, number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_string = quote

    @staticmethod
    def _header(name: str, is_array: bool, arrays: dict[Path_, int]) -> Path_:
        parts = [p.strip().strip("\"'") for p in name.split(".")]
        path: Path_ = ()
        for i, part in enumerate(parts):
            path = (*path, part)
            if is_array and i == len(parts) - 1:
                arrays[path] = arrays.get(path, 0) + 1
                path = (*path, arrays[path] - 1)
            elif path in arrays:
                path = (*path, arrays[path] - 1)
        return path

    def of(self, path: Path_) -> int:
        while path:
            if path in self.at:
                return self.at[path]
            path = path[:-1]
        return 1
