"""`frontdesk read`: how the reader hears typed replies, for trainers, CI and measuring it.

Each TEXT argument, or else each line of standard input, is read into acts and printed: in
plain words (the act's name, its confidence and what it means) or, with --json, one object a
line. The text shown back is cleaned (game.textsafe): a pasted escape sequence never reaches
the terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

from game.engine.act_words import ACT_WORDS
from game.engine.acts import ACTS
from game.textsafe import clean, one_line
from game.usage import fail

MAX_LINE = 10_000  # characters kept of one line of input; the reader reads the first 1,000


def _stdin_lines() -> Iterator[str]:
    for raw in sys.stdin.buffer:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")[:MAX_LINE]


def run_read(lang: str | None, as_json: bool, texts: list[str]) -> int:
    from game.reader import ReaderUnavailable, read  # the model loads only when this runs

    if texts and not any(t.strip() for t in texts):
        fail("read: every TEXT is empty (give a reply, or pipe replies one per line)")
    lines: Iterable[str] = texts if texts else _stdin_lines()
    out = sys.stdout
    for text in lines:
        try:
            reading = read(text, lang)
        except ReaderUnavailable as why:
            out.flush()
            fail(f"read: the reader could not be loaded ({why}); reinstall frontdesk")
        shown = clean(text)
        if as_json:
            confidence = {a: round(c, 2) for a, c in reading.confidence.items()}
            record = {"text": shown, "acts": list(reading.acts), "confidence": confidence}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        out.write(one_line(shown) + "\n")
        if not reading.acts:
            out.write("    (no act)\n")
        for act in reading.acts:
            kind = "good" if ACTS[act].good else "MISTAKE"
            words = ACT_WORDS[act].get(reading.lang)
            conf = reading.confidence.get(act, 0.0)
            out.write(f"    {act:22} {conf:4.2f}  {kind:7}  {words}\n")
    out.flush()
    return 0
