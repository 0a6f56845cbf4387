"""The hidden meters (model.md §2) and the bands that cues and story conditions read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine.customer import Customer, dominant_need
from game.engine.facets import EMOTIONAL_NEEDS, MATERIAL_NEEDS
from game.engine.frozen import quick
from game.engine.tuning import MOOD, PATIENCE_THIN_BELOW, STARS, TRUST, TUNING


@quick
@dataclass(frozen=True, slots=True)
class Meters:
    emotion: float  # negative arousal, 0..100
    trust: float  # 0..100
    patience: float  # 0..100; at 0 they leave
    needs: tuple[tuple[str, float], ...]  # satisfaction 0..1 per need of this customer
    priority: tuple[tuple[str, float], ...]  # current weight per need; moves as needs are met

    def need(self, name: str) -> float:
        for n, s in reversed(self.needs):  # the last, as dict(self.needs) would have it
            if n == name:
                return s
        return 0.0

    @property
    def dominant(self) -> str:
        return weights_of(self.priority).dominant

    def need_score(self) -> float:
        """Need satisfaction weighted by the square of each need's current priority, 0..1: the
        dominant need rules how satisfied they are (001 主导需求), lesser ones add less."""
        return need_score(self.needs, weights_of(self.priority))


@quick
@dataclass(frozen=True, slots=True)
class Progress:
    """How far along the complaint path (002 投诉处理的步骤) the conversation has come."""

    turns: int = 0
    accepted: bool = False
    asked_open: bool = False
    clarified: bool = False
    solved: bool = False
    acted: bool = False
    thanked: bool = False
    apologies: int = 0  # replies so far that apologized (002 一味的道歉)
    waiting: int = 0  # turns calm with the dominant material need still unserved
    managed: bool = False  # expectations were honestly managed (001 期望值管理)
    said: frozenset[str] = frozenset()  # every act that did something, said so far
    stale: int = 0  # replies running that did nothing not said before (rule 12)


@quick
@dataclass(frozen=True, slots=True)
class State:
    meters: Meters
    progress: Progress

    def with_meters(self, meters: Meters) -> State:
        return replace(self, meters=meters)


class Weights:
    """What follows from a priority alone. It changes only when a need is met, and every rule,
    cue and condition asks for it, so `weights_of` keeps one per priority."""

    __slots__ = (
        "by_need",
        "dominant",
        "emotional",
        "material",
        "names",
        "squares",
        "steady",
        "total",
    )

    def __init__(self, priority: tuple[tuple[str, float], ...], rounded: bool = False) -> None:
        by_need = dict(priority)
        self.by_need = by_need  # need -> weight (read only: it is shared)
        self.names = tuple(by_need)  # the customer's needs
        self.dominant = dominant_need(by_need)
        squares, having = {}, []
        for n, p in by_need.items():
            squares[n] = p * p
            if p > 0:
                having.append(n)
        # steady: a turn that shifts no need gives back this very priority, as each weight is
        # already rounded to 4 places (`rounded`: known to be, having just been rounded)
        self.steady = rounded or all(_is_rounded(p) for _, p in priority)
        self.squares = squares  # for need_score
        self.total: float = sum(squares.values())
        self.material, self.emotional = _split(tuple(having))


_ROUNDED: dict[float, bool] = {}  # weight -> round(weight, 4) == weight; few distinct weights


def _is_rounded(weight: float) -> bool:
    found = _ROUNDED.get(weight)
    if found is None:
        if len(_ROUNDED) >= 20_000:
            _ROUNDED.clear()
        found = _ROUNDED[weight] = round(weight * 1.0, 4) == weight
    return found


_SPLITS: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _split(having: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The material and the emotional needs among these, each in the order of NEEDS."""
    found = _SPLITS.get(having)
    if found is None:
        material = tuple(n for n in MATERIAL_NEEDS if n in having)
        emotional = tuple(n for n in EMOTIONAL_NEEDS if n in having)
        found = _SPLITS[having] = (material, emotional)
    return found


_WEIGHTS: dict[tuple[tuple[str, float], ...], Weights] = {}


def weights_of(priority: tuple[tuple[str, float], ...], rounded: bool = False) -> Weights:
    """The Weights of a priority, made on first use (forgotten all at once when many);
    `rounded`: each weight was just rounded to 4 places."""
    found = _WEIGHTS.get(priority)
    if found is None:
        if len(_WEIGHTS) >= 20_000:
            _WEIGHTS.clear()
        found = _WEIGHTS[priority] = Weights(priority, rounded)
    return found


def need_score(needs: tuple[tuple[str, float], ...], w: Weights) -> float:
    """Meters.need_score, for needs under the weights `w` (of the same customer)."""
    if w.total <= 0:
        return 0.0
    squares = w.squares
    return sum([squares[n] * s for n, s in needs]) / w.total


def clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def initial_state(c: Customer) -> State:
    k = TUNING["start"]
    emotion = c.anger * k["emotion_per_star"] + k["emotion_base"]
    emotion += k["state_emotion"].get(c.state, 0.0) + k["cause_emotion"].get(c.cause, 0.0)
    trust = k["trust_base"] - c.anger * k["trust_per_star"]
    if c.has("sarcastic"):
        trust -= k["sarcastic_trust"]
    if not c.trusts_self_praise:
        trust -= k["sceptic_trust"]
    patience = k["patience_base"] - c.anger * k["patience_per_star"]
    patience -= k["cause_patience"].get(c.cause, 0.0)
    meters = Meters(
        emotion=round(clamp(emotion, 0, 100), 2),
        trust=round(clamp(trust, 0, 100), 2),
        patience=round(clamp(patience, 0, 100), 2),
        needs=tuple((n, 0.0) for n, _ in c.needs),
        priority=c.needs,
    )
    return State(meters, Progress())


def stars(emotion: float) -> int:
    """The anger index (001 四个复述, 0-6 stars) that an emotion level shows (tuning.STARS)."""
    n = (emotion + _OFFSET) // _WIDTH
    return 0 if n < 0 else _MOST if n > _MOST else int(n)


def mood(emotion: float) -> str:
    """Bands that line up with the anger ladder: calm 0-1 stars, tense 2, upset 3-4, furious 5-6
    (tuning.MOOD)."""
    if emotion < _TENSE:
        return "calm"
    if emotion < _UPSET:
        return "tense"
    if emotion < _FURIOUS:
        return "upset"
    return "furious"


def trust_band(trust: float) -> str:
    return "low" if trust < _GUARDED else "guarded" if trust < _HIGH else "high"


def patience_band(patience: float) -> str:
    return "thin" if patience < PATIENCE_THIN_BELOW else "plenty"


# the bands of tuning.py, read once (these run for every cue and condition)
_OFFSET, _WIDTH, _MOST = STARS.offset, STARS.width, STARS.most
_TENSE, _UPSET, _FURIOUS = MOOD.tense_from, MOOD.upset_from, MOOD.furious_from
_GUARDED, _HIGH = TRUST.guarded_from, TRUST.high_from
