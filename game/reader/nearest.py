"""The offered reply nearest in meaning to a typed one: the story moves on along it.

Acts first (the engine hears acts, so the reply that does the same things is the same move):
the Jaccard overlap of the act sets, exact as a fraction. Then the words: cosine similarity of
character trigram counts (bigrams and single characters too for Chinese), rounded so that
floating point never decides. Ties go to the earlier offered reply."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Protocol

from game.engine.text import Text
from game.reader.reading import Reading


class Offered(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> Text: ...
    @property
    def acts(self) -> tuple[str, ...]: ...


def _grams(text: str, lang: str) -> dict[str, int]:
    from game.reader.normalize import normalize

    sizes = (1, 2, 3) if lang == "zh" else (3,)
    padded = f" {normalize(text)} "
    counts: dict[str, int] = {}
    for n in sizes:
        for i in range(len(padded) - n + 1):
            g = padded[i : i + n]
            counts[g] = counts.get(g, 0) + 1
    return counts


def similarity(a: dict[str, int], b: dict[str, int]) -> Fraction:
    """Cosine similarity, squared, as an exact fraction (same order as the cosine)."""
    dot = sum(n * b[g] for g, n in a.items() if g in b)
    na = sum(n * n for n in a.values())
    nb = sum(n * n for n in b.values())
    if not dot or not na or not nb:
        return Fraction(0)
    return Fraction(dot * dot, na * nb)


def overlap(read: Sequence[str], offered: Sequence[str]) -> Fraction:
    a, b = set(read), set(offered)
    union = len(a | b)
    return Fraction(len(a & b), union) if union else Fraction(0)


def nearest_reply(
    reading: Reading, text: str, offered: Sequence[Offered], lang: str, fallback: str | None = None
) -> str:
    """The id of the offered reply nearest in meaning to the typed `text` read as `reading`.

    When the reply does nothing any offered reply does (no act in common), the words alone
    would pick the path; a story that names a `fallback` reply for this beat gets it instead."""
    if not offered:
        raise ValueError("no offered replies to choose from")
    shared = any(overlap(reading.acts, r.acts) for r in offered)
    if fallback is not None and not shared and any(r.id == fallback for r in offered):
        return fallback
    typed = _grams(text, lang)
    best_key: tuple[Fraction, Fraction] | None = None
    best_id = offered[0].id
    for reply in offered:
        key = (
            overlap(reading.acts, reply.acts),
            similarity(typed, _grams(reply.text.get(lang), lang)),
        )
        if best_key is None or key > best_key:
            best_key, best_id = key, reply.id
    return best_id
