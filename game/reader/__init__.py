"""The reader: a typed reply in English or Chinese read into the acts it performs, offline.

`read(text, lang)` gives a `Reading` (acts in ACTS order, a confidence for each);
`nearest_reply` picks the offered reply nearest in meaning, for the story to move on;
`reader_version()` names the shipped model, for saves. Importing this package is cheap: a
language's model loads on its first `read` (issue #13: the title screen must not pay)."""

from __future__ import annotations

from game.reader.nearest import nearest_reply
from game.reader.reading import ReaderUnavailable, Reading, read, reader_version

__all__ = ["ReaderUnavailable", "Reading", "nearest_reply", "read", "reader_version"]
