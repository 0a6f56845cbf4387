"""Every string the TUI itself shows, in English and Simplified Chinese, looked up by key in the
`[ui]` section of the word tables (game/words/en.toml, zh.toml)."""

from __future__ import annotations

import game.words as words
from game.engine.text import Section

__all__ = ["LANG_NAMES", "UI", "describe", "describe_long", "tr"]

LANG_NAMES: dict[str, str] = {"en": "English", "zh": "中文"}
UI = Section("ui")  # key -> Text, for the code and tests that need both languages


def tr(key: str, lang: str, **values: object) -> str:
    """The UI string `key` in `lang`, with `{placeholders}` filled from `values`."""
    if values.get("n") == 1 and words.has(f"ui.{key}.one"):
        key += ".one"  # English says "1 episode", "2 episodes"; Chinese has one form
    return words.get(f"ui.{key}", lang, **values)


# the descriptions Textual gives its own bindings, mapped to ours
_TEXTUAL: dict[str, str] = {"palette": "key.palette"}


def describe(description: str, lang: str) -> str:
    """A binding's description (a key of UI, or one of Textual's) in `lang`."""
    key = _TEXTUAL.get(description, description)
    return tr(key, lang) if key in UI else description


def describe_long(description: str, lang: str, **values: object) -> str:
    """The sentence the help screen and command palette show for a binding."""
    key = _TEXTUAL.get(description, description) + ".long"
    return tr(key, lang, **values) if key in UI else describe(description, lang)
