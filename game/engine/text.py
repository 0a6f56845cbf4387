"""Bilingual text: every player-facing string exists in English and Simplified Chinese."""

from __future__ import annotations

from dataclasses import dataclass

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
    return Text(en, zh)


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
