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
        from game.reader.model import load  # features, cues and the file: only when read

        found = _MODELS[lang] = load(lang)
    return found


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
            digest.update(model_path(lang, DATA).read_bytes())
        _VERSION.append(f"{FORMAT}:{digest.hexdigest()[:12]}")
    return _VERSION[0]
