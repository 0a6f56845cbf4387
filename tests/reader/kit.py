"""Shared by the reader's tests: the texts the shipped model was trained on, to prove a test
text is new to it."""

from __future__ import annotations

import functools

from game.reader.corpus import examples
from game.reader.normalize import normalize


@functools.cache
def trained_on(lang: str) -> frozenset[str]:
    return frozenset(normalize(e.text) for e in examples(lang))


def unseen(text: str, lang: str) -> str:
    """The text, after checking that neither the stories nor the corpus contain it."""
    assert normalize(text) not in trained_on(lang), f"{text!r} is in the training data"
    return text
