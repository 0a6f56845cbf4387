"""Rules 1 to 3, the feeling: emotion first, the anger ladder, wrong attitudes feed emotion."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from game.engine.meters import stars
from game.engine.notes import Note
from game.engine.rules.base import Work, act_phrase, note
from game.engine.tuning import LADDER, TUNING

if TYPE_CHECKING:
    from game.engine.rules.facts import Ctx


def band(n: int) -> str:
    """The rung of the anger ladder for a number of stars (001 四个复述: 1-2, 3-4, 5-6)."""
    return "low" if n <= _LOW_TO else "mid" if n <= _MID_TO else "high"


_LOW_TO, _MID_TO = LADDER.low_to, LADDER.mid_to


# 1. emotion first (001 四个同步; 002 "let the customer analyse the problem in a rational state")
_EASED = note("feeling", True, "eased")
_SOOTHED = note("soothed", True, "soothed")
_TOO_SOON = note("timing", False, "too_soon")
_NOT_LISTENING = note("feeling", False, "not_listening")


def emotion_first(c: Ctx, w: Work) -> None:
    k = TUNING["emotion-first"]
    f = c.f
    if f.calming:
        w.bump("emotion", -min(k["calm_cap"], f.calming))
        w.bump("trust", min(k["trust_cap"], k["trust_per_sync"] * f.sync_count))
        if f.synced:
            w.said(_EASED)
        else:
            w.said(_SOOTHED)
    e = c.emotion
    if e > k["full_below"]:
        span = k["floor_above"] - k["full_below"]
        factor = max(k["floor"], 1.0 - (1.0 - k["floor"]) * (e - k["full_below"]) / span)
        if w.scale(f.material, factor):
            w.said(_TOO_SOON)
    if e >= k["not_listening_from"] and f.problem and not f.synced:
        w.bump("emotion", k["not_listening_emotion"])
        w.bump("trust", k["not_listening_trust"])
        w.said(_NOT_LISTENING)


# 2. the anger ladder (001 四个复述): what calms depends on the stars, and each rung is the
# right answer only at its own level: too little for the furious, drama for the calm
RUNGS: dict[str, str] = {
    "low": "acknowledge_feeling",
    "mid": "restate_facts",
    "high": "voice_unspoken_pain",
}


@cache
def _rung_note(n: int, right: bool, drama: bool) -> Note:
    if right:
        return note("rung", True, "rung.right", stars=n)
    if drama:
        return note("rung", False, "rung.drama", stars=n)
    return note("rung", False, "rung.wrong", stars=n)


def anger_ladder(c: Ctx, w: Work) -> None:
    n = stars(c.emotion)
    level = band(n)
    k = TUNING["anger-ladder"]
    for amount in c.f.ladder[level]:  # each calming act, multiplied for this level
        w.bump("emotion", amount)
    rung = RUNGS[level]
    if rung in c.seen:
        w.said(_rung_note(n, True, False))
    elif c.f.any_rung:
        w.add(k["wrong_rung"][level])
        w.said(_rung_note(n, False, level == "low" and "voice_unspoken_pain" in c.seen))


# 3. wrong attitudes feed emotion (001 面对消极情绪的错误态度)
@cache
def _attitude_note(act: str) -> Note:
    return note("attitude", False, "attitude", act=act_phrase(act))


_UNATTENDED = note("feeling", False, "unattended")


def wrong_attitudes(c: Ctx, w: Work) -> None:
    k = TUNING["wrong-attitudes"]
    for act in c.f.attitudes:  # ignore, divert, deny, suppress: those said
        w.bump("emotion", k["emotion"][act])
        w.bump("trust", k["trust"][act])
        w.said(_attitude_note(act))
    if not c.f.synced and c.emotion >= k["lingers_from"]:
        w.bump("emotion", k["lingers"])
        w.said(_UNATTENDED)
