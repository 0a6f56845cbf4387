"""Text from stories, saves and players made safe to show: no markup, controls or bidi overrides."""

# Such text is never parsed as markup (a stray `[/]` would crash a widget, `[@click=...]` would
# become a live link); it is cleaned and wrapped in a `Content`, whose text is taken literally.

from __future__ import annotations

import re

from textual.content import Content

# ESC and C1 sequences, body and all: CSI (ESC [ or 0x9b), OSC (ESC ] or 0x9d) up to BEL or ST,
# DCS/SOS/PM/APC (ESC P X ^ _ or 0x90 0x98 0x9e 0x9f) up to ST, then any other two-byte escape.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
# what is left of C0 and C1 (newline kept), DEL, and the bidi embeddings, overrides and isolates
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """The text without escape sequences, control characters or bidi overrides; tabs as spaces."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def plain(text: str, style: str = "") -> Content:
    """Literal, cleaned text as Content (never markup), optionally styled as a whole."""
    content = Content(clean(text))
    return content.stylize(style) if style and content else content


def one_line(text: str) -> str:
    """Cleaned text on a single line, for titles and list entries."""
    return " ".join(clean(text).split())
