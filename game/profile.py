"""The learner's profile: their name, language and theme, remembered between launches (#15).

One small JSON file in the user's config folder, where the platform keeps such things
(`platformdirs`: `~/.config/frontdesk` on Linux, `~/Library/Application Support/frontdesk` on
macOS, `%LOCALAPPDATA%\\frontdesk` on Windows), or in `$FRONTDESK_CONFIG_DIR` (tests use a
temporary folder there, never the real one). Written atomically; read strictly: a file that
is not a good profile gives the defaults and one line saying why, and is left as it is until
the learner changes something.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from game.saves.store import write_atomic
from game.textsafe import player_name

ENV = "FRONTDESK_CONFIG_DIR"
FILE = "profile.json"
LANGS = ("en", "zh")
THEMES = ("dark", "light")
MAX_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Profile:
    name: str | None = None
    lang: str | None = None  # None: the environment's language
    theme: str | None = None  # None: dark

    def but(self, **changes: str | None) -> Profile:
        return replace(self, **changes)


class ProfileError(ValueError):
    """A profile file that can't be used; the message says why in one line."""


def config_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir  # already loaded with Textual in the game

    return Path(user_config_dir("frontdesk", appauthor=False))


def path_of(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / FILE


def parse(data: bytes) -> Profile:
    """A profile from a file's bytes; `ProfileError` for anything but a good one."""
    if len(data) > MAX_BYTES:
        raise ProfileError(f"larger than {MAX_BYTES} bytes")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ProfileError(f"not JSON ({type(err).__name__})") from None
    if not isinstance(value, dict):
        raise ProfileError("not a JSON object")
    unknown = sorted(k for k in value if k not in ("name", "lang", "theme"))
    if unknown:
        raise ProfileError(f"unknown field {unknown[0]!r}")
    name, lang, theme = value.get("name"), value.get("lang"), value.get("theme")
    if name is not None and (not isinstance(name, str) or player_name(name) != name or not name):
        raise ProfileError("'name' is not a usable name")
    if lang is not None and lang not in LANGS:
        raise ProfileError("'lang' is not en or zh")
    if theme is not None and theme not in THEMES:
        raise ProfileError("'theme' is not dark or light")
    return Profile(name, lang, theme)


def dump(profile: Profile) -> bytes:
    fields = {"name": profile.name, "lang": profile.lang, "theme": profile.theme}
    kept = {k: v for k, v in fields.items() if v is not None}
    return (json.dumps(kept, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read(folder: Path | None = None) -> tuple[Profile, str | None]:
    """The profile kept in `folder` (default: `config_dir()`), and why it could not be read, if
    it could not (then the defaults). No file yet is no problem: the defaults, no reason."""
    path = path_of(folder)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Profile(), None
    except OSError as err:
        return Profile(), f"{path}: {err.strerror or type(err).__name__}"
    try:
        return parse(data), None
    except ProfileError as err:
        return Profile(), f"{path}: {err}"


def write(profile: Profile, folder: Path | None = None) -> Path:
    """Writes the profile atomically (the folder is made if need be); OSError if it can't be."""
    path = path_of(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, dump(profile))
    return path
