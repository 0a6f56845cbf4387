"""The shipped reader for one language: weights per feature, a threshold per act, and reading.

A score is a logistic regression's logit: the act's bias plus the sum of its weights over the
text's features, divided by the square root of the feature count (so a long reply is not
louder than a short one). Weights are whole numbers (thousandths) from a codebook of 256,
summed exactly; the labelled replies nearest the text then move each act's logit by how many
of them perform it (neighbours.py). An act is read when its logit reaches its threshold: the
same text gives the same acts on any machine. Confidence is the logistic of the logit's
distance from the threshold (0.5 at the threshold), shown to 3 places."""

from __future__ import annotations

import base64
import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from game.reader.features import features
from game.reader.neighbours import Neighbours, from_data, to_data
from game.reader.normalize import normalize

FORMAT = 2  # 2: the nearest replies (neighbours.py) replace the stacked second pass
LEVELS = 256  # weights are stored as one byte: an index into a codebook of this many
SCALE = 1000  # weights are stored in thousandths
DATA = Path(__file__).resolve().parent / "data"
MAX_ACTS = 4  # a reply does 1-3 things; a fifth read act is noise


def model_path(lang: str, folder: Path = DATA) -> Path:
    return folder / f"{lang}.json"


@dataclass(frozen=True, slots=True)
class Model:
    lang: str
    acts: tuple[str, ...]  # the acts the model can read, in ACTS order
    bias: tuple[int, ...]  # per act, in thousandths
    threshold: tuple[float, ...]  # per act, in logit units
    fallback: float  # read the best act anyway when no act passes but it is this close
    index: dict[str, int]  # feature -> row
    starts: tuple[int, ...]  # row r's weights are pair_act/pair_level[starts[r]:starts[r + 1]]
    pair_act: bytes  # the act each weight belongs to
    pair_level: bytes  # the weight, as an index into levels
    levels: tuple[int, ...]  # 256 weights, in thousandths: a codebook of the weights kept
    # the labelled replies nearest a typed one, whose acts move its logits (neighbours.py);
    # None: the linear model alone
    neighbours: Neighbours | None = None

    def logits(self, text: str) -> list[float]:
        """Per act (in self.acts order), the logit read, for already normalized text."""
        feats = features(text, self.lang)
        first = self.first_logits(feats)
        if self.neighbours is None:
            return first
        index = self.index
        rows = [index[f] for f in dict.fromkeys(feats) if f in index]
        return self.neighbours.adjust(first, rows)

    def first_logits(self, feats: list[str]) -> list[float]:
        """Per act, the first pass's logit for a text's features."""
        sums = [0] * len(self.acts)
        index, starts, acts, level, levels = (
            self.index,
            self.starts,
            self.pair_act,
            self.pair_level,
            self.levels,
        )
        for feat in feats:
            row = index.get(feat)
            if row is None:
                continue
            for j in range(starts[row], starts[row + 1]):
                sums[acts[j]] += levels[level[j]]
        norm = math.sqrt(len(feats)) if feats else 1.0
        return [(b + s / norm) / SCALE for b, s in zip(self.bias, sums, strict=True)]

    def decide(self, logits: list[float]) -> tuple[tuple[str, ...], dict[str, float]]:
        """The acts read (ACTS order) and a confidence for each, plus near misses."""
        margins = [z - t for z, t in zip(logits, self.threshold, strict=True)]
        chosen = [i for i, m in enumerate(margins) if m >= 0]
        best = max(range(len(margins)), key=lambda i: (margins[i], -i)) if margins else -1
        if not chosen and best >= 0 and margins[best] >= -self.fallback:
            chosen = [best]
        if len(chosen) > MAX_ACTS:
            chosen = sorted(sorted(chosen, key=lambda i: (-margins[i], i))[:MAX_ACTS])
        confidence: dict[str, float] = {}
        for i, m in enumerate(margins):
            if i in chosen or m >= -1.0:
                confidence[self.acts[i]] = round(1.0 / (1.0 + math.exp(-max(-30.0, m))), 3)
        if chosen:
            low = min(margins[i] for i in chosen)
            for i in chosen:  # a fallback act is read, so it is at least even odds
                confidence[self.acts[i]] = max(confidence[self.acts[i]], 0.5 if low < 0 else 0.0)
        return tuple(self.acts[i] for i in chosen), confidence

    def read(self, raw: str) -> tuple[tuple[str, ...], dict[str, float]]:
        text = normalize(raw)
        if not text:
            return (), {}
        return self.decide(self.logits(text))


def to_json(model: Model) -> str:
    """The model file: one JSON object, features in a fixed order; the weights as base64 bytes
    (two a weight: its act, its level in the codebook), a few hundred KB."""
    rows = sorted(model.index.items(), key=lambda kv: kv[1])
    counts = bytes(b - a for a, b in itertools.pairwise(model.starts))
    data = {
        "format": FORMAT,
        "lang": model.lang,
        "acts": list(model.acts),
        "bias": list(model.bias),
        "threshold": [round(t, 4) for t in model.threshold],
        "fallback": round(model.fallback, 4),
        "levels": list(model.levels),
        "features": "\n".join(f for f, _ in rows),
        "counts": base64.b64encode(counts).decode("ascii"),
        "pair_act": base64.b64encode(model.pair_act).decode("ascii"),
        "pair_level": base64.b64encode(model.pair_level).decode("ascii"),
    }
    if model.neighbours is not None:
        data["neighbours"] = to_data(model.neighbours)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"reader model format {data.get('format')!r}, expected {FORMAT}")
    names = data["features"].split("\n") if data["features"] else []
    counts = base64.b64decode(data["counts"])
    return Model(
        lang=data["lang"],
        acts=tuple(data["acts"]),
        bias=tuple(data["bias"]),
        threshold=tuple(float(t) for t in data["threshold"]),
        fallback=float(data["fallback"]),
        index=dict(zip(names, range(len(names)), strict=True)),
        starts=(0, *itertools.accumulate(counts)),
        pair_act=base64.b64decode(data["pair_act"]),
        pair_level=base64.b64decode(data["pair_level"]),
        levels=tuple(data["levels"]),
        neighbours=from_data(data["neighbours"]) if "neighbours" in data else None,
    )


def load(lang: str, folder: Path = DATA) -> Model:
    return from_json(model_path(lang, folder).read_text(encoding="utf-8"))
