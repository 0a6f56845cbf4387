"""From words a player typed to a reply the engine can hear (issue #13).

The words are cleaned (one line, no control characters), checked, read into acts by the reader,
and sent along the offered reply nearest in meaning: the customer reacts to what was said, the
story goes on where that reply goes. Nothing here knows about Textual; the reader is imported
only when the player opens the line for typing (`warm`) or types a reply, so the title screen
never pays for loading it.

Standard library and engine only, like the reader."""

from __future__ import annotations

from game.engine.said import Typed
from game.engine.session import BeatView, Session, Turn
from game.textsafe import one_line, visible

MAX_CHARS = 1000  # one reply at a counter; longer text is refused, kept for editing, not cut


class Unheard(ValueError):
    """Typed text that is not sent; `key` names the message (in game/tui/i18n.py) that says why."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def words_of(raw: str) -> str:
    """What is kept of typed text: one line, no control characters, trimmed."""
    return one_line(raw).strip()


def hear(view: BeatView, raw: str, lang: str | None = None) -> Typed:
    """The typed reply to `view`, read into acts; `Unheard` if it is empty, too long, or the
    reader finds nothing in it that a customer could answer, or the reader cannot be loaded
    (nothing is said then; the player can still choose an offered reply).

    `lang` None reads the text in the language it is written in, whatever the game's."""
    from game.reader import ReaderUnavailable, nearest_reply, read, reader_version

    words = words_of(raw)
    if not visible(words):
        raise Unheard("typed.empty")
    if len(words) > MAX_CHARS:
        raise Unheard("typed.long")
    try:
        reading = read(words, lang)
        version = reader_version()
    except ReaderUnavailable as why:
        raise Unheard("typed.unavailable") from why
    if not reading.acts:
        raise Unheard("typed.nothing")
    along = nearest_reply(reading, words, view.replies, lang or _script(words), view.typed)
    return Typed(words, reading.acts, along, version)


def warm(lang: str) -> None:
    """Load the reader for `lang` now (its model file and cue patterns, about 100 ms), so that
    the first typed reply does not wait for it: the play screen calls this in a thread when the
    line for typing opens, while the player is still typing."""
    from game.reader import read

    read("ok", lang)


def _script(text: str) -> str:
    """zh when the text has more Chinese characters than Latin letters, else en."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "zh" if han > latin else "en"


def said_words(session: Session, turn: Turn, lang: str) -> str:
    """What the player said at a turn: a typed reply exactly as typed (never filled in), an
    offered one in the language, with the customer's name."""
    if turn.reader is not None:
        return turn.reply_text.get(lang)
    return session.say(turn.reply_text, lang)
