"""Bilingual text: every player-facing string exists in English and Simplified Chinese."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

import game.words as words
from game.engine.frozen import quick

LANGS: tuple[str, ...] = ("en", "zh")


@quick
@dataclass(frozen=True, slots=True)
class Text:
    """One string in both languages; a single-language story fills only one."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        if lang == "zh":
            return self.zh or self.en
        return self.en or self.zh


def t(en: str, zh: str) -> Text:
    """A text given in both languages at once: for tests, and for text made of other text (a
    story's, a save's, a player's); the engine's own words are in the tables (`word`, `fixed`),
    never in its code (tests/words/test_engine_words.py)."""
    return Text(en, zh)


def word(key: str, **values: object) -> Text:
    """The words of `key` in the tables (game/words), in both languages, `{fields}` filled from
    `values`; a `Text` value fills each language with its own."""
    en, zh = (
        words.get(
            key, lang, **{k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
        )
        for lang in LANGS
    )
    return Text(en, zh)


@cache
def fixed(key: str) -> Text:
    """`word(key)` for a key without `{fields}`, looked up once and then kept: the engine looks
    its words up where they are used, not at import."""
    return word(key)


class Words(Mapping[str, Text]):
    """The words of `PREFIX.NAME` for each of `names`, by name: the code says which names there
    are (and in what order), the tables what they are called; each looked up at first use."""

    __slots__ = ("_names", "prefix")

    def __init__(self, prefix: str, names: Iterable[str]) -> None:
        self.prefix = prefix
        self._names: dict[str, Text | None] = dict.fromkeys(names)  # name -> its words, once read

    def __getitem__(self, name: str) -> Text:
        text = self._names.get(name)
        if text is None:
            if name not in self._names:
                raise KeyError(name)
            text = self._names[name] = fixed(f"{self.prefix}.{name}")
        return text

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class Section(Mapping[str, Text]):
    """One section of the tables (`[ui]`, `[report]`) as a read-only mapping, key -> `Text`,
    keys without the section's name; read lazily: `key in` reads one language only."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getitem__(self, key: str) -> Text:
        return word(f"{self.name}.{key}")

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and words.has(f"{self.name}.{key}")

    def __iter__(self) -> Iterator[str]:
        return iter(words.keys(self.name))

    def __len__(self) -> int:
        return len(words.keys(self.name))


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`1 save`, `2 saves`: English count words, for messages on the command line."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def join(first: Text | None, then: Text) -> Text:
    """`first` said before `then`, in each language `then` is written in."""
    if first is None:
        return then
    en = f"{first.en} {then.en}" if then.en else ""
    zh = f"{first.zh}{then.zh}" if then.zh else ""
    return Text(en, zh)
