"""Training-time variants of a training text: more wordings per labelled line (issue #13).

Each variant applies two of a few label-keeping changes a trainee's typing makes: a typo in one
word, the punctuation left out, a filler word in front ("ok so", "嗯"), 您 and 你 swapped, one
small word dropped. Negations, cue words and names are never touched, so the acts stay true.
Deterministic: the random choices are seeded by the text's crc32 (never hash()), and the
variants come in a fixed order. Development time only, on the training folds only: the
benchmark never augments what it reads."""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

from game.reader.normalize import NAME

# not "so"/"right" alone: "so what is your number" is a cue for ignore
_FILLERS_EN = ("ok so ", "well, ", "um ", "alright, ", "hmm ")
_FILLERS_ZH = ("嗯，", "那个，", "嗯嗯 ", "这个，", "唔，")
# English words whose loss changes nothing an act depends on
_DROPPABLE_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "just",
        "really",
        "very",
        "so",
        "quite",
        "actually",
        "now",
        "here",
        "there",
        "that",
        "this",
        "then",
    ]
)
_DROPPABLE_ZH = "的了吧呢啊呀哦嘛"
_KEEP_EN = re.compile(r"n't|^(?:not|no|never|nothing|without|cannot|cant|dont|wont)$")
_PUNCT = re.compile(r"[.,!?;:。，！？；：、]")
_WORD = re.compile(r"[A-Za-z]{4,}")


def _typo(text: str, rng: random.Random) -> str:
    words = [m for m in _WORD.finditer(text) if not _KEEP_EN.search(m.group().lower())]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # two letters swapped
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind == 1:  # a letter left out
        w2 = w[:i] + w[i + 1 :]
    else:  # a letter doubled
        w2 = w[:i] + w[i] + w[i:]
    return text[: m.start()] + w2 + text[m.end() :]


def _no_punct(text: str, rng: random.Random) -> str:
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", text)).strip()


def _filler_en(text: str, rng: random.Random) -> str:
    return rng.choice(_FILLERS_EN) + text[:1].lower() + text[1:]


def _filler_zh(text: str, rng: random.Random) -> str:
    return rng.choice(_FILLERS_ZH) + text


def _drop_en(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.lower().strip(".,!?") in _DROPPABLE_EN]
    if not spots or len(words) < 4:
        return text
    del words[rng.choice(spots)]
    return " ".join(words)


def _drop_zh(text: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(text) if ch in _DROPPABLE_ZH]
    if not spots or len(text) < 6:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1 :]


def _nin(text: str, rng: random.Random) -> str:
    if "您" in text:
        return text.replace("您", "你")
    return text.replace("你", "您") if "你" in text else text


Change = Callable[[str, random.Random], str]
_CHANGES: dict[str, tuple[Change, ...]] = {
    "en": (_typo, _no_punct, _filler_en, _drop_en),
    "zh": (_nin, _no_punct, _filler_zh, _drop_zh),
}


def variants(text: str, lang: str, count: int) -> list[str]:
    """Up to `count` distinct variants of `text` (never the text itself), in a fixed order."""
    if NAME in text or "{name}" in text.lower():
        changes = tuple(c for c in _CHANGES[lang] if c is not _filler_en)
    else:
        changes = _CHANGES[lang]
    rng = random.Random(zlib.crc32(f"{lang}:{text}".encode()))
    out: list[str] = []
    for _ in range(count * 3):
        if len(out) >= count:
            break
        a, b = rng.sample(range(len(changes)), 2)
        new = changes[b](changes[a](text, rng), rng)
        if new and new != text and new not in out:
            out.append(new)
    return out
