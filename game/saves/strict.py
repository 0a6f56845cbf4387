"""The one strict reader of save files, shared by every reader (the game, replay, the report).

Regular files only (a FIFO named `x.json` would block forever), at most MAX_BYTES, UTF-8, and
JSON whose numbers are finite and of sane size: a 5,000-digit integer, `1e999`, `NaN` or
`Infinity` is refused as a bad save, never a traceback. Nesting is bounded by the parser's
recursion limit, caught here."""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

MAX_BYTES = 10 * 1024 * 1024
MAX_DIGITS = 40  # no number in a save needs more (seeds are below 2**63)


class SaveError(Exception):
    """A save that cannot be read; the message is one line for stderr."""


def read_bytes(path: Path) -> bytes:
    """The file's bytes (at most MAX_BYTES + 1), or SaveError saying why not, without the path."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise SaveError("is a folder, not a save") from None
    except OSError as err:
        raise SaveError(f"cannot read ({err.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise SaveError("is a folder, not a save")
        if not stat.S_ISREG(mode):
            raise SaveError("not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(MAX_BYTES + 1)
    except OSError as err:
        raise SaveError(f"cannot read ({err.strerror})") from None
    finally:
        os.close(fd)


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise SaveError(f"not a save: a number of {len(text):,} digits")
    return int(text)


def _real(text: str) -> float:
    if len(text) > MAX_DIGITS + 10:
        raise SaveError("not a save: a number too long to be one")
    value = float(text)
    if not math.isfinite(value):
        raise SaveError(f"not a save: the number {text[:20]} is out of range")
    return value


def _constant(name: str) -> Any:
    raise SaveError(f"not a save: {name} is not a number a save can hold")


def loads(data: bytes) -> Any:
    """The JSON value in a save's bytes, or SaveError with one line saying what is wrong."""
    if len(data) > MAX_BYTES:
        raise SaveError(f"too large ({len(data):,} bytes; a save is at most {MAX_BYTES:,})")
    try:
        text = data.decode("utf-8")
        return json.loads(text, parse_int=_integer, parse_float=_real, parse_constant=_constant)
    except UnicodeDecodeError:
        raise SaveError("not a save: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise SaveError(f"not a save: broken JSON at line {err.lineno} ({err.msg})") from None
    except RecursionError:
        raise SaveError("not a save: nested too deeply") from None
