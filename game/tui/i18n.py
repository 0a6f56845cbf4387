"""Every string the TUI itself shows, in English and Simplified Chinese, looked up by key."""

from __future__ import annotations

from game.tui.ui_words import UI

__all__ = ["LANG_NAMES", "UI", "describe", "describe_long", "tr"]

LANG_NAMES: dict[str, str] = {"en": "English", "zh": "中文"}


def tr(key: str, lang: str, **values: object) -> str:
    """The UI string `key` in `lang`, with `{placeholders}` filled from `values`."""
    if values.get("n") == 1 and f"{key}.one" in UI:
        key += ".one"  # English says "1 episode", "2 episodes"; Chinese has one form
    text = UI[key].get(lang)
    return text.format(**values) if values else text


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
