"""What a careful agent could read from the customer (model.md §2): words, voice, face, posture.

Cues come from the meters and the customer, never as numbers. An `iceberg`, or someone who
avoids conflict, shows less than they feel (002: most unhappy customers never complain). A cue's
words are `cue.SIGNAL` of the tables (game/words), with the channel after the signal's kind
where the counter and the phone show it differently (`cue.mood.phone.upset`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from game.engine.customer import Customer
from game.engine.frozen import quick
from game.engine.meters import Meters, mood, patience_band, trust_band
from game.engine.text import Text, fixed
from game.engine.tuning import CUE_TREND


@quick
@dataclass(frozen=True, slots=True)
class Cue:
    key: str  # what it signals, e.g. "mood.furious", "style.demanding"
    text: Text


# the buying style shows one axis at a time (000 §三, a DISC model): how fast they talk, and
# whether they talk about the task or the people. No single cue fixes a style; two turns do.
PACE = {"demanding": "fast", "influential": "fast", "steady": "slow", "compliant": "slow"}
FOCUS = {"demanding": "task", "influential": "people", "steady": "people", "compliant": "task"}

# how they take in what you say (004): the ways of expressing that show in what they say
_READS = ("interpret", "comment", "explain_with_case")
# the trust bands that show (the middle one does not)
_TRUST_SHOWN = ("low", "high")

_MASK = {"furious": "upset", "upset": "tense", "tense": "calm", "calm": "calm"}


@cache
def _cue(signal: str, channel: str = "") -> Cue:
    """The cue of `signal` ("mood.furious"), as it shows on `channel` when that matters; made
    once, at first use."""
    kind, _, rest = signal.partition(".")
    return Cue(signal, fixed(f"cue.{kind}.{channel}.{rest}" if channel else f"cue.{signal}"))


def read_cues(
    c: Customer, m: Meters, channel: str, before: Meters | None = None, turn: int = 0
) -> tuple[Cue, ...]:
    """The cues visible now. `before` (the meters a turn ago) adds how the last reply landed;
    `turn` decides which axis of their buying style shows (pace on even turns, focus on odd)."""
    thin = patience_band(m.patience) == "thin"
    if c.has("iceberg"):
        iceberg = _cue("iceberg")
        return (iceberg, _cue("patience.thin", channel)) if thin else (iceberg,)
    shown = mood(m.emotion)
    if c.factor("conflict") == "avoids":
        shown = _MASK[shown]  # they keep it in: the face says less than they feel
    cues = [_cue(f"mood.{shown}", channel), _axis(c.style, turn), _cue(f"need.{m.dominant}")]
    if c.expression in _READS:
        cues.append(_cue(f"reads.{c.expression}"))
    band = trust_band(m.trust)
    if band in _TRUST_SHOWN:
        cues.append(_cue(f"trust.{band}", channel))
    if thin:
        cues.append(_cue("patience.thin", channel))
    if before is not None:
        change = m.emotion - before.emotion
        if change <= -CUE_TREND:
            cues.append(_cue("trend.softer"))
        elif change >= CUE_TREND:
            cues.append(_cue("trend.harder"))
    return tuple(cues)


def _axis(style: str, turn: int) -> Cue:
    return _cue(f"pace.{PACE[style]}" if turn % 2 == 0 else f"focus.{FOCUS[style]}")
