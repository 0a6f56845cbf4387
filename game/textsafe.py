"""Outside text (from stories, saves, players, the network) made safe for a terminal.

One function for every writer to a terminal (the TUI, the report's table and md, stderr lines):
no escape sequence, control character or bidi override survives. Standard library only, so every
layer can use it."""

from __future__ import annotations

import re

# ESC and C1 sequences, body and all: CSI (ESC [ or 0x9b), OSC (ESC ] or 0x9d) up to BEL or ST,
# DCS/SOS/PM/APC (ESC P X ^ _ or 0x90 0x98 0x9e 0x9f) up to ST, then any other two-byte escape.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
# what is left of C0 and C1 (newline kept), DEL, the bidi embeddings, overrides and isolates,
# and lone surrogates (a name that was not UTF-8, read with surrogateescape)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# characters that take no room: a name made only of these would show blank
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e\s]")


def clean(text: str) -> str:
    """The text without escape sequences, control characters or bidi overrides; tabs as spaces."""
    if _CONTROLS.search(text) is None and "\t" not in text:
        return text  # every sequence starts with a control character: nothing to take out
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def one_line(text: str) -> str:
    """Cleaned text on a single line, for titles, names and list entries."""
    return " ".join(clean(text).split())


def visible(text: str) -> bool:
    """Whether the text shows anything at all (not only spaces and zero-width characters)."""
    return bool(_INVISIBLE.sub("", text))


MAX_NAME = 40  # characters in a player's name


def player_name(raw: str) -> str:
    """A player's name as typed, pasted or passed on the command line, safe to show and save:
    one line, no controls or lone surrogates (a name that was not UTF-8), at most MAX_NAME
    characters; "" when nothing visible is left (e.g. only zero-width spaces)."""
    name = one_line(raw)[:MAX_NAME].strip()
    return name if visible(name) else ""
