"""Typed text made comparable before it is read: one form for what people type many ways.

NFKC folds full-width letters, digits and punctuation to half-width; casefold does the rest of
case. Markup (Rich's [bold], HTML's <b>), control characters and zero-width characters are
taken out; a run of one letter ("sooooorry") is cut to two; names of address ("Mr. Li",
"王先生", a story's {name}) become one NAME mark, since use_name is about calling them by name,
not about which name. Only the first MAX_CHARS characters are read."""

from __future__ import annotations

import re
import unicodedata

from game.engine.people import SURNAMES

MAX_CHARS = 1000  # a longer reply is rambling; reading 1,000 characters takes about 4 ms
NAME = "\ue000"  # a private-use character: never typed, one feature of its own

_MARKUP = re.compile(r"\[/?[a-z#@][^\[\]\n]{0,40}\]|\[/\]|</?[a-z][a-z0-9]*(?:\s[^<>]{0,80})?/?>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_RUNS = re.compile(r"(.)\1{2,}")
_SPACES = re.compile(r"\s+")
_STOP = "and|or|i|you|we|it|the|a|to|is|so|please|thank|thanks|sorry|im|i'm"
_PINYIN = "|".join(sorted({en.casefold() for en, _ in SURNAMES} | {"lu", "lv"}))
# "Mr. Li", "ms chen", "Dr Smith": a strong title before any word; "madam wang": a weak title
# before a known surname only ("sir, this is..." names no one)
_HONORIFIC_EN = re.compile(
    rf"\b(?:(?:mr|mrs|ms|miss|mister|dr|mx)\b\.?\s*(?!(?:{_STOP})\b)[a-z][a-z'-]*"
    rf"|(?:sir|madam|madame|auntie|uncle)\s+(?:{_PINYIN})\b)"
)
_SURNAMES_ZH = "".join(zh for _, zh in SURNAMES) + "欧司诸葛上官"
_TITLES_ZH = "先生|女士|小姐|太太|阿姨|叔叔|大爷|大妈|大姐|大哥|老师|师傅|总|经理|姐|哥|老板"
# a surname before a title; not 小/老 before a surname, which reads 小钱 (small money) as a name
_NAME_ZH = re.compile(rf"[{_SURNAMES_ZH}](?:{_TITLES_ZH})")
_STORY_NAME = re.compile(r"\{name\}", re.IGNORECASE)


def normalize(text: str) -> str:
    """The text as the reader sees it: cleaned, folded, on one line, at most MAX_CHARS."""
    text = _STORY_NAME.sub(NAME, text[: MAX_CHARS * 2])
    text = unicodedata.normalize("NFKC", text)[:MAX_CHARS]
    text = _MARKUP.sub(" ", text.casefold())
    text = _CONTROL.sub(" ", text).translate(_QUOTES)
    text = _RUNS.sub(r"\1\1", text)
    text = _HONORIFIC_EN.sub(f" {NAME} ", text)
    text = _NAME_ZH.sub(NAME, text)
    return _SPACES.sub(" ", text).strip()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def detect(text: str) -> str:
    """'zh' when Chinese characters carry the text (one counts as about three letters), else 'en'.

    "好的我帮您check一下" is Chinese; an English reply with one Chinese name in it is English."""
    cjk = latin = 0
    for ch in text[:MAX_CHARS]:
        if is_cjk(ch):
            cjk += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return "zh" if cjk and cjk * 3 >= latin else "en"
