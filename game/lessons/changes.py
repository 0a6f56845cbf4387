"""How a turn moved the customer, in words and coarse steps: never a raw number or a percentage."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.facets import NEED_LABELS
from game.engine.meters import Meters
from game.engine.session import Turn
from game.engine.text import Text, t, word
from game.engine.worth import worth_of

METERS = ("emotion", "trust", "patience")
# a step is "a little" below the first bound, plain below the second, "a lot" above
METER_STEPS = (3.0, 10.0)
NEED_STEPS = (0.1, 0.25)

# (meter, went up) -> the three steps, small to large
_METER_WORDS: dict[tuple[str, bool], tuple[Text, Text, Text]] = {
    ("emotion", False): (
        word("lessons.change.emotion.down.small"),
        word("lessons.change.emotion.down.plain"),
        word("lessons.change.emotion.down.large"),
    ),
    ("emotion", True): (
        word("lessons.change.emotion.up.small"),
        word("lessons.change.emotion.up.plain"),
        word("lessons.change.emotion.up.large"),
    ),
    ("trust", True): (
        word("lessons.change.trust.up.small"),
        word("lessons.change.trust.up.plain"),
        word("lessons.change.trust.up.large"),
    ),
    ("trust", False): (
        word("lessons.change.trust.down.small"),
        word("lessons.change.trust.down.plain"),
        word("lessons.change.trust.down.large"),
    ),
    ("patience", True): (
        word("lessons.change.patience.up.small"),
        word("lessons.change.patience.up.plain"),
        word("lessons.change.patience.up.large"),
    ),
    ("patience", False): (
        word("lessons.change.patience.down.small"),
        word("lessons.change.patience.down.plain"),
        word("lessons.change.patience.down.large"),
    ),
}
# (went up) -> the three steps; each has a {need}
_NEED_WORDS: dict[bool, tuple[str, str, str]] = {
    True: (
        "lessons.change.need.up.small",
        "lessons.change.need.up.plain",
        "lessons.change.need.up.large",
    ),
    False: (
        "lessons.change.need.down.small",
        "lessons.change.need.down.plain",
        "lessons.change.need.down.large",
    ),
}
# how far a need is met, and how much it matters, for the replay's meters
_MET = (
    (0.2, word("lessons.met.none")),
    (0.5, word("lessons.met.partly")),
    (0.8, word("lessons.met.mostly")),
    (2.0, word("lessons.met.all")),
)


# the emotion bands of engine/meters.mood, in words
MOODS: dict[str, Text] = {
    "calm": word("lessons.mood.calm"),
    "tense": word("lessons.mood.tense"),
    "upset": word("lessons.mood.upset"),
    "furious": word("lessons.mood.furious"),
}
A_MOOD: dict[str, Text] = {  # with the article English puts before it
    "calm": word("lessons.a_mood.calm"),
    "tense": word("lessons.a_mood.tense"),
    "upset": word("lessons.a_mood.upset"),
    "furious": word("lessons.a_mood.furious"),
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
        words = word(_NEED_WORDS[value > 0][_step(abs(value), NEED_STEPS)], need=label)
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
        return word("lessons.weight.most")
    if weight >= top * 0.5:
        return word("lessons.weight.more")
    return word("lessons.weight.less")
