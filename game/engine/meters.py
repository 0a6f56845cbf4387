"""The hidden meters (model.md §2) and the bands that cues and story conditions read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine.customer import Customer, dominant_need
from game.engine.tuning import TUNING


@dataclass(frozen=True, slots=True)
class Meters:
    emotion: float  # negative arousal, 0..100
    trust: float  # 0..100
    patience: float  # 0..100; at 0 they leave
    needs: tuple[tuple[str, float], ...]  # satisfaction 0..1 per need of this customer
    priority: tuple[tuple[str, float], ...]  # current weight per need; moves as needs are met

    def need(self, name: str) -> float:
        return dict(self.needs).get(name, 0.0)

    @property
    def dominant(self) -> str:
        return dominant_need(dict(self.priority))

    def need_score(self) -> float:
        """Need satisfaction weighted by the square of each need's current priority, 0..1: the
        dominant need rules how satisfied they are (001 主导需求), lesser ones add less."""
        weights = {n: p * p for n, p in self.priority}
        total = sum(weights.values())
        if total <= 0:
            return 0.0
        return sum(weights[n] * s for n, s in self.needs) / total


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


@dataclass(frozen=True, slots=True)
class State:
    meters: Meters
    progress: Progress

    def with_meters(self, meters: Meters) -> State:
        return replace(self, meters=meters)


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
    """The anger index (001 四个复述, 0-6 stars) that an emotion level shows."""
    return int(clamp((emotion + 6) // 13, 0, 6))


def mood(emotion: float) -> str:
    """Bands that line up with the anger ladder: calm 0-1 stars, tense 2, upset 3-4, furious 5-6."""
    if emotion < 20:
        return "calm"
    if emotion < 33:
        return "tense"
    if emotion < 59:
        return "upset"
    return "furious"


def trust_band(trust: float) -> str:
    return "low" if trust < 35 else "guarded" if trust < 65 else "high"


def patience_band(patience: float) -> str:
    return "thin" if patience < 35 else "plenty"
