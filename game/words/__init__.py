"""The words people read, one table per language (issue #17): `en.toml`, `zh.toml` beside this
file, each with the same keys in sections: the game's screens (`[ui]`), the class report
(`[report]`), the debrief (`[glossary]`, `[lessons]`), and the engine's (`[note]`: the rules'
notes; `[facet]`, `[act]`, `[rule]`, `[reaction]`: how the debrief names the model; `[cue]`,
`[people]`: what the agent sees of the customer; `[speech]`: what the customer says).

Pure, at the bottom layer (the standard library only). A key is `section.name`:
`get("ui.title.welcome", "zh", name="Ana")` is that text in Chinese, its `{fields}` filled from
the values; `game.engine.text.word(key)` gives both languages as a `Text`. An unknown language
reads English. A key that is not in the table is a `KeyError` naming it: a test catches it, no
player ever sees half a sentence.

Each table is read once, lazily, the first time its language is asked for (the title screen in
English reads only `en.toml`). The files are TOML; what they use of it (`[section]` lines,
`"key" = "text"` lines, comments) is read by a small reader of that subset in a few
milliseconds, where `tomllib` takes some 25 ms per file and is not otherwise loaded before the
first frame. A file that goes beyond the subset is read by `tomllib` instead, with the same
result (tests/words/test_tables.py checks both readers agree)."""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["DEFAULT", "FOLDER", "get", "has", "keys", "languages", "pair", "table"]

FOLDER = Path(__file__).resolve().parent
DEFAULT = "en"  # the language of an unknown `lang`

_TABLES: dict[str, dict[str, str]] = {}
_SECTION = re.compile(r"\[([A-Za-z0-9_-]+)\][ \t]*(?:#.*)?")
# a basic string is `"` (runs of plain characters, each escape between them) `"`: written so,
# not as (plain|escape)*, the regex takes whole runs at a time (three times faster on the tables)
_STRING = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
_ENTRY = re.compile(rf"(?:{_STRING}|([A-Za-z0-9_-]+))[ \t]*=[ \t]*{_STRING}[ \t]*(?:#.*)?")


def languages() -> tuple[str, ...]:
    """The languages there is a table for, in name order."""
    return tuple(sorted(p.stem for p in FOLDER.glob("*.toml")))


def _unquote(s: str) -> str:
    return json.loads(f'"{s}"') if "\\" in s else s


def read_subset(text: str) -> dict[str, str] | None:
    """The flat table (`section.key` -> text) of a file in the subset; None when the file uses
    anything else of TOML (then `tomllib` reads it), a key twice included."""
    out: dict[str, str] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if m := _SECTION.fullmatch(line):
            section = m[1] + "."
            continue
        m = _ENTRY.fullmatch(line)
        if m is None or not section:
            return None
        try:
            key = section + (_unquote(m[1]) if m[1] is not None else m[2])
            value = _unquote(m[3])
        except ValueError:  # an escape TOML has and JSON has not (\U0001F600)
            return None
        if key in out:
            return None
        out[key] = value
    return out


def read_toml(text: str) -> dict[str, str]:
    """The flat table of any TOML file: nested tables joined with dots."""
    import tomllib  # only for a file beyond the subset

    out: dict[str, str] = {}

    def walk(prefix: str, node: dict[str, object]) -> None:
        for k, v in node.items():
            if isinstance(v, dict):
                walk(f"{prefix}{k}.", v)
            elif isinstance(v, str):
                out[prefix + k] = v
            else:
                raise ValueError(f"words: {prefix}{k} is not a string")

    walk("", tomllib.loads(text))
    return out


def table(lang: str) -> dict[str, str]:
    """The whole table of `lang` (an unknown one: English), read on first use. Do not change it."""
    if lang not in _TABLES:
        path = FOLDER / f"{lang}.toml"
        if not path.is_file():
            return table(DEFAULT)
        text = path.read_text(encoding="utf-8")
        found = read_subset(text)
        _TABLES[lang] = found if found is not None else read_toml(text)
    return _TABLES[lang]


def get(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang`, its `{fields}` filled from `values`."""
    try:
        text = table(lang)[key]
    except KeyError:
        raise KeyError(f"no words for {key!r} in game/words/{lang}.toml") from None
    return text.format(**values) if values else text


def pair(key: str, **values: object) -> tuple[str, str]:
    """The text of `key` in English and in Chinese."""
    return get(key, "en", **values), get(key, "zh", **values)


def has(key: str) -> bool:
    """Whether the tables have `key` (all have the same keys: the first one read is asked)."""
    tables = list(_TABLES.values()) or [table(DEFAULT)]
    return key in tables[0]


def keys(section: str) -> tuple[str, ...]:
    """The keys of one section (without the `section.` in front), in the table's order."""
    start = section + "."
    return tuple(k.removeprefix(start) for k in table(DEFAULT) if k.startswith(start))
