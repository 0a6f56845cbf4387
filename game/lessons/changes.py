"""How a turn moved the customer, in words and coarse steps: never a raw number or a percentage."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.facets import NEED_LABELS
from game.engine.meters import Meters
from game.engine.session import Turn
from game.engine.text import Text, t
from game.engine.worth import worth_of

METERS = ("emotion", "trust", "patience")
# a step is "a little" below the first bound, plain below the second, "a lot" above
METER_STEPS = (3.0, 10.0)
NEED_STEPS = (0.1, 0.25)

# (meter, went up) -> the three steps, small to large
_METER_WORDS: dict[tuple[str, bool], tuple[Text, Text, Text]] = {
    ("emotion", False): (
        t("a little calmer", "情绪稍缓"),
        t("calmer", "情绪缓和了"),
        t("much calmer", "情绪大为缓和"),
    ),
    ("emotion", True): (
        t("a little more upset", "更激动了一点"),
        t("more upset", "更激动了"),
        t("much more upset", "激动得多了"),
    ),
    ("trust", True): (
        t("trusts you a little more", "信任略增"),
        t("trusts you more", "更信任你了"),
        t("trusts you much more", "信任大增"),
    ),
    ("trust", False): (
        t("trusts you a little less", "信任略减"),
        t("trusts you less", "信任减少了"),
        t("trusts you much less", "信任大减"),
    ),
    ("patience", True): (
        t("a little more patient", "耐心略增"),
        t("more patient", "更有耐心了"),
        t("much more patient", "耐心大增"),
    ),
    ("patience", False): (
        t("a little less patient", "耐心略减"),
        t("less patient", "耐心减少了"),
        t("much less patient", "耐心大减"),
    ),
}
_NEED_WORDS: dict[bool, tuple[Text, Text, Text]] = {
    True: (
        t("{need}: met a little more", "{need}：稍有满足"),
        t("{need}: met more", "{need}：更满足了"),
        t("{need}: met a lot more", "{need}：大为满足"),
    ),
    False: (
        t("{need}: met a little less", "{need}：略有落空"),
        t("{need}: met less", "{need}：落空了"),
        t("{need}: met a lot less", "{need}：大为落空"),
    ),
}
# how far a need is met, and how much it matters, for the replay's meters
_MET = (
    (0.2, t("not met", "未满足")),
    (0.5, t("partly met", "部分满足")),
    (0.8, t("mostly met", "基本满足")),
    (2.0, t("met", "已满足")),
)


# the emotion bands of engine/meters.mood, in words
MOODS: dict[str, Text] = {
    "calm": t("calm", "平静"),
    "tense": t("tense", "紧绷"),
    "upset": t("upset", "不满"),
    "furious": t("furious", "愤怒至极"),
}


@dataclass(frozen=True, slots=True)
class Change:
    key: str  # "emotion", "trust", "patience" or "need:<name>"
    value: float
    words: Text
    good: bool


def _step(size: float, bounds: tuple[float, float]) -> int:
    return 0 if size < bounds[0] else 1 if size < bounds[1] else 2


def need_label(need: str) -> Text:
    return NEED_LABELS.get(need) or t(need, need)


def change(key: str, value: float) -> Change:
    """One change in words: "much calmer", "to be heard: met a lot more"."""
    good = worth_of(key, value) > 0
    if key.startswith("need:"):
        label = need_label(key.removeprefix("need:"))
        w = _NEED_WORDS[value > 0][_step(abs(value), NEED_STEPS)]
        words = t(w.en.format(need=label.en), w.zh.format(need="“" + label.zh + "”"))
    else:
        words = _METER_WORDS[(key, value > 0)][_step(abs(value), METER_STEPS)]
    return Change(key, value, words, good)


def pairs_of(before: Meters, after: Meters) -> tuple[tuple[str, float], ...]:
    """How emotion, trust, patience and each need moved between two readings of the meters."""
    out: list[tuple[str, float]] = []
    for key in METERS:
        d = round(getattr(after, key) - getattr(before, key), 2)
        if d:
            out.append((key, d))
    for need, now in after.needs:
        d = round(now - before.need(need), 3)
        if d:
            out.append(("need:" + need, d))
    return tuple(out)


def changes(turn: Turn) -> tuple[Change, ...]:
    """Every way the turn moved them, in words."""
    return tuple(change(k, v) for k, v in pairs_of(turn.before, turn.after))


def met_words(satisfied: float) -> Text:
    """How far a need is met (0..1), in words."""
    return next(words for bound, words in _MET if satisfied < bound)


def weight_words(weight: float, top: float) -> Text:
    """How much a need matters beside the one that matters most."""
    if weight >= top:
        return t("matters most", "最在意")
    if weight >= top * 0.5:
        return t("matters", "在意")
    return t("matters a little", "不太在意")
