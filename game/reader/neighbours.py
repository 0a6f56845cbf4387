"""The reader's second voice: the labelled replies nearest a typed one, and their acts.

A linear model weighs each feature on its own; the nearest labelled replies carry whole
phrasings, and which acts come together in them ("it's only twelve yuan" is imply_unimportant
although each of its words is harmless). Each training reply is kept as its strongest features
(tf-idf, unit length); a typed reply's similarity to each is the sum over shared features of the
feature's idf times the reply's weight, in whole numbers, so the same text finds the same
neighbours on any machine. The k most similar vote, each by its similarity to the power
`power`; an act's share of the vote moves its logit by `beta` times (2 * share - offset).
Measured by bench/bench_reader.py (issue #13)."""

from __future__ import annotations

import base64
import itertools
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game.reader.features import NEG
from game.reader.normalize import is_cjk

IDF_SCALE = 32  # an idf in 32nds, one byte: at most 255/32, about 8 (ln of 4,720 / 2 is 7.8)
WEIGHT_SCALE = 255  # a reply's feature weight (<= 1 at unit length) in 255ths, one byte


@dataclass(frozen=True, slots=True)
class Vote:
    """How the neighbours' vote is counted (learn.Settings holds the chosen values)."""

    k: int
    power: int
    beta: float
    offset: float


@dataclass(frozen=True, slots=True)
class Neighbours:
    vote: Vote
    idf: bytes  # per row of the model's feature index, in IDF_SCALE-ths
    starts: tuple[int, ...]  # row r's postings are docs/weights[starts[r]:starts[r + 1]]
    docs: array[int]  # the training reply of each posting
    weights: bytes  # its weight for the row's feature, in WEIGHT_SCALE-ths
    labels: tuple[tuple[int, ...], ...]  # per training reply, its acts (model act indices)

    def shares(self, rows: Sequence[int], n_acts: int) -> list[float]:
        """Per act, its share of the vote of the replies nearest one with these distinct
        feature rows (0 when none is near)."""
        sims: dict[int, int] = {}
        idf, starts, docs, weights = self.idf, self.starts, self.docs, self.weights
        for r in rows:
            q = idf[r]
            for j in range(starts[r], starts[r + 1]):
                d = docs[j]
                sims[d] = sims.get(d, 0) + q * weights[j]
        out = [0.0] * n_acts
        if not sims:
            return out
        top = sorted(sims.items(), key=lambda kv: (-kv[1], kv[0]))[: self.vote.k]
        power = self.vote.power
        total = sum(s**power for _, s in top)
        for d, s in top:
            share = s**power / total
            for a in self.labels[d]:
                out[a] += share
        return out

    def adjust(self, logits: list[float], rows: Sequence[int]) -> list[float]:
        """The logits moved by the neighbours' vote."""
        v = self.vote
        shares = self.shares(rows, len(logits))
        return [z + v.beta * (2.0 * s - v.offset) for z, s in zip(logits, shares, strict=True)]


# English replies are compared by their words, word pairs, cues and word classes: the character
# n-grams (there for typos) made neighbours that merely share spellings (bench en: micro-F1
# 0.724 with them, 0.728 without). Chinese characters are its words: every feature counts.
_WORDLIKE = ("w:", "b:", "cue:", "sem:")


def wordlike(feature: str) -> bool:
    """Whether neighbours are compared on this feature."""
    bare = feature.removeprefix(NEG)
    return bare.startswith(_WORDLIKE) or any(is_cjk(ch) for ch in bare)


def build(
    feats: Sequence[Sequence[str]],
    labels: Sequence[Sequence[int]],
    vocab: Sequence[str],
    keep: int,
    vote: Vote,
    max_df: int = 0,
) -> Neighbours:
    """The index over training replies, a row per feature of `vocab` (the model's feature
    index, in its order): each reply keeps its `keep` strongest features. Deterministic: ties
    go to the earlier feature."""
    if len(feats) > 0xFFFF:
        raise ValueError(f"{len(feats)} training replies: the index holds at most 65,535")
    known = {f: i for i, f in enumerate(vocab) if wordlike(f)}
    distinct = [[f for f in dict.fromkeys(fs) if f in known] for fs in feats]
    df = [0] * len(vocab)
    for fs in distinct:
        for f in fs:
            df[known[f]] += 1
    n = max(1, len(distinct))
    idf = [
        min(255, round(math.log(n / d) * IDF_SCALE)) if d and (not max_df or d <= max_df) else 0
        for d in df
    ]
    postings: list[list[tuple[int, int]]] = [[] for _ in vocab]
    for doc, (fs, raw) in enumerate(zip(distinct, feats, strict=True)):
        counts: dict[str, int] = {}
        for f in raw:
            if f in known:
                counts[f] = counts.get(f, 0) + 1
        w = {f: (1.0 + math.log(counts[f])) * idf[known[f]] for f in fs}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        strongest = sorted(fs, key=lambda f: (-w[f], known[f]))[:keep]
        for f in strongest:
            level = round(w[f] / norm * WEIGHT_SCALE)
            if level:
                postings[known[f]].append((doc, level))
    starts = [0]
    docs = array("H")
    weights = bytearray()
    for plist in postings:
        for d, level in plist:
            docs.append(d)
            weights.append(level)
        starts.append(len(docs))
    return Neighbours(
        vote=vote,
        idf=bytes(idf),
        starts=tuple(starts),
        docs=docs,
        weights=bytes(weights),
        labels=tuple(tuple(sorted(lab)) for lab in labels),
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def to_data(nb: Neighbours) -> dict[str, Any]:
    """The index as JSON-ready data: its rows follow the model's features, arrays as base64."""
    counts = array("H", (b - a for a, b in itertools.pairwise(nb.starts)))
    sizes = bytes(len(lab) for lab in nb.labels)
    return {
        "k": nb.vote.k,
        "power": nb.vote.power,
        "beta": nb.vote.beta,
        "offset": nb.vote.offset,
        "idf": _b64(nb.idf),
        "counts": _b64(_little(counts)),
        "docs": _b64(_little(nb.docs)),
        "weights": _b64(nb.weights),
        "sizes": _b64(sizes),
        "acts": _b64(bytes(a for lab in nb.labels for a in lab)),
    }


def _little(values: array[int]) -> bytes:
    """Two-byte values little-endian, whatever the machine."""
    if sys.byteorder == "little":
        return values.tobytes()
    swapped = array(values.typecode, values)
    swapped.byteswap()
    return swapped.tobytes()


def _unlittle(raw: bytes) -> array[int]:
    values = array("H")
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def from_data(data: dict[str, Any]) -> Neighbours:
    counts = _unlittle(base64.b64decode(data["counts"]))
    sizes = base64.b64decode(data["sizes"])
    flat = base64.b64decode(data["acts"])
    at = 0
    labels = []
    for size in sizes:
        labels.append(tuple(flat[at : at + size]))
        at += size
    return Neighbours(
        vote=Vote(
            k=int(data["k"]),
            power=int(data["power"]),
            beta=float(data["beta"]),
            offset=float(data["offset"]),
        ),
        idf=base64.b64decode(data["idf"]),
        starts=(0, *itertools.accumulate(counts)),
        docs=_unlittle(base64.b64decode(data["docs"])),
        weights=base64.b64decode(data["weights"]),
        labels=tuple(labels),
    )
