"""Reading a reply with the shipped models: loaded once per language, on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.engine.acts import ACTS

if TYPE_CHECKING:
    from game.reader.model import Model

LANGS = ("en", "zh")
_MODELS: dict[str, Model] = {}
_VERSION: list[str] = []


class ReaderUnavailable(RuntimeError):
    """The shipped model of a language could not be loaded (a missing, unreadable or damaged
    file): typed replies cannot be heard, and the caller says so instead of ending."""


@dataclass(frozen=True, slots=True)
class Reading:
    acts: tuple[str, ...]  # in ACTS order; empty when the text performs no act
    confidence: dict[str, float] = field(
        default_factory=dict
    )  # 0..1, every act read and near misses
    lang: str = "en"


def model(lang: str) -> Model:
    """The language's model, loaded on first use and kept."""
    found = _MODELS.get(lang)
    if found is None:
        from game.reader.model import load, model_path  # features, cues, file: only when read

        try:
            found = load(lang)
        except (OSError, ValueError, KeyError, TypeError) as why:
            raise ReaderUnavailable(f"{model_path(lang)}: {_reason(why)}") from why
        _MODELS[lang] = found
    return found


def _reason(why: Exception) -> str:
    if isinstance(why, OSError):
        return why.strerror or type(why).__name__
    if isinstance(why, KeyError):
        return f"no {why} in the model"
    return str(why).splitlines()[0] if str(why) else type(why).__name__


def read(text: str, lang: str | None = None) -> Reading:
    """The acts `text` performs. `lang` 'en' or 'zh'; None reads the script to decide."""
    if lang is None:
        from game.reader.normalize import detect

        lang = detect(text)
    if lang not in LANGS:
        raise ValueError(f"no reader for language {lang!r} (have: {', '.join(LANGS)})")
    acts, confidence = model(lang).read(text)
    order = {a: i for i, a in enumerate(ACTS)}
    return Reading(tuple(sorted(acts, key=order.__getitem__)), confidence, lang)


def reader_version() -> str:
    """'FORMAT:DIGEST': the model format, and the first 12 hex digits of the sha256 of the
    model files (en then zh). A save that records it can tell which reader heard it."""
    if not _VERSION:
        import hashlib

        from game.reader.model import DATA, FORMAT, model_path

        digest = hashlib.sha256()
        for lang in LANGS:
            path = model_path(lang, DATA)
            try:
                digest.update(path.read_bytes())
            except OSError as why:
                raise ReaderUnavailable(f"{path}: {_reason(why)}") from why
        _VERSION.append(f"{FORMAT}:{digest.hexdigest()[:12]}")
    return _VERSION[0]
