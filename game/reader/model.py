"""The shipped reader for one language: weights per feature, a threshold per act, and reading.

A score is a logistic regression's logit: the act's bias plus the sum of its weights over the
text's features, divided by the square root of the feature count (so a long reply is not
louder than a short one). Weights are whole numbers (thousandths) from a codebook of 256,
summed exactly, and an act is read when its logit reaches its threshold: the same text gives
the same acts on any machine. Confidence is the logistic of the logit's distance from the
threshold (0.5 at the threshold), shown to 3 places."""

from __future__ import annotations

import base64
import itertools
import json
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.reader.features import features
from game.reader.normalize import normalize

FORMAT = 1
LEVELS = 256  # weights are stored as one byte: an index into a codebook of this many
SCALE = 1000  # weights are stored in thousandths
DATA = Path(__file__).resolve().parent / "data"
MAX_ACTS = 4  # a reply does 1-3 things; a fifth read act is noise


def stack_features(first: list[float], cuts: tuple[float, ...]) -> list[int]:
    """The second pass's features: act b's logit at least cut j is feature b * len(cuts) + j
    (cuts ascending)."""
    out: list[int] = []
    n = len(cuts)
    for b, z in enumerate(first):
        for j, c in enumerate(cuts):
            if z < c:
                break
            out.append(b * n + j)
    return out


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
    # the second pass (empty when there is none): each act's first-pass logit, cut at these
    # points, gives "act >= cut" features; their weights (thousandths, per act) and a bias per
    # act give the logit that is read. It learns which acts come together and which exclude
    # each other ("I understand" + a plan; apologize against sorry_but)
    stack_cuts: tuple[float, ...] = ()
    stack_bias: tuple[int, ...] = ()
    stack_rows: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    def logits(self, text: str) -> list[float]:
        """Per act (in self.acts order), the logit read, for already normalized text."""
        first = self.first_logits(features(text, self.lang))
        return self.second_logits(first) if self.stack_cuts else first

    def second_logits(self, first: list[float]) -> list[float]:
        sums = list(self.stack_bias)
        rows = self.stack_rows
        for f in stack_features(first, self.stack_cuts):
            for a, w in rows.get(f, ()):
                sums[a] += w
        return [x / SCALE for x in sums]

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
    if model.stack_cuts:
        rows2 = sorted(model.stack_rows.items())
        data["stack"] = {
            "cuts": list(model.stack_cuts),
            "bias": list(model.stack_bias),
            "features": [f for f, _ in rows2],
            "counts": base64.b64encode(bytes(len(row) for _, row in rows2)).decode("ascii"),
            "acts": base64.b64encode(bytes(a for _, row in rows2 for a, _ in row)).decode("ascii"),
            "weights": base64.b64encode(
                struct.pack(
                    f"<{sum(len(r) for _, r in rows2)}h", *(w for _, r in rows2 for _, w in r)
                )
            ).decode("ascii"),
        }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"reader model format {data.get('format')!r}, expected {FORMAT}")
    names = data["features"].split("\n") if data["features"] else []
    counts = base64.b64decode(data["counts"])
    stack = data.get("stack", {})
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
        stack_cuts=tuple(float(c) for c in stack.get("cuts", ())),
        stack_bias=tuple(stack.get("bias", ())),
        stack_rows=_stack_rows(stack),
    )


def _stack_rows(stack: dict[str, Any]) -> dict[int, tuple[tuple[int, int], ...]]:
    if not stack:
        return {}
    counts = base64.b64decode(stack["counts"])
    acts = base64.b64decode(stack["acts"])
    weights = struct.unpack(f"<{len(acts)}h", base64.b64decode(stack["weights"]))
    rows: dict[int, tuple[tuple[int, int], ...]] = {}
    at = 0
    for f, n in zip(stack["features"], counts, strict=True):
        rows[f] = tuple(zip(acts[at : at + n], weights[at : at + n], strict=True))
        at += n
    return rows


def load(lang: str, folder: Path = DATA) -> Model:
    return from_json(model_path(lang, folder).read_text(encoding="utf-8"))
