"""Built-in players for `simulate`: random, first, best, worst, and textbook.

`best` and `worst` look at the hidden meters; `textbook` plays the documents' method from the
visible cues alone (it never reads the meters or the customer)."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.acts import ACTS, CLARIFY, PROBLEM, SOLVING, SYNC
from game.engine.rng import Rng
from game.engine.session import BeatView, ReplyView, Session

Policy = Callable[[Session, BeatView], str]
POLICIES: tuple[str, ...] = ("random", "worst", "best", "textbook", "first")


def make_policy(name: str, seed: int) -> Policy:
    if name == "random":
        rng = Rng("policy-random", seed)
        return lambda s, v: rng.choice(v.replies).id
    if name == "first":
        return _first
    if name == "best":
        return lambda s, v: _greedy(s, v, 1.0)
    if name == "worst":
        return lambda s, v: _greedy(s, v, -1.0)
    if name == "textbook":
        return _textbook
    raise ValueError(f"unknown policy {name!r} (one of: {', '.join(POLICIES)})")


def _first(s: Session, v: BeatView) -> str:
    beat = s.story.beat(v.beat_id)
    assert beat is not None
    return beat.replies[0].id


def _greedy(s: Session, v: BeatView, sign: float) -> str:
    best = v.replies[0].id
    best_value = sign * s.preview(best).moment
    for r in v.replies[1:]:
        value = sign * s.preview(r.id).moment
        if value > best_value:
            best, best_value = r.id, value
    return best


# --- textbook: the documents' method from what a careful agent can see and hear ----------

_MANNER = {
    "demanding": "be_direct",
    "influential": "be_warm",
    "steady": "be_calm",
    "compliant": "be_precise",
}
_LADDER = {"low": "acknowledge_feeling", "mid": "restate_facts", "high": "voice_unspoken_pain"}
_BAND = {"calm": "low", "tense": "low", "upset": "mid", "furious": "high"}
_NEED_ACTS = {
    "understand": ("explain_reason", "manage_expectations", "interpret", "explain_with_case"),
    "solve": ("propose_solution", "offer_options", "act_now"),
    "compensation": ("compensate",),
    "prevention": ("promise_improvement",),
    "respect": ("apologize", "take_ownership", "use_name"),
    "heard": ("listen", "open_question", "restate_facts"),
    "pleasure": ("small_gesture", "thank", "praise_sincerely"),
}


def _seen(v: BeatView, prefix: str) -> str | None:
    for cue in v.cues:
        if cue.key.startswith(prefix + "."):
            return cue.key.split(".", 1)[1]
    return None


def _textbook(s: Session, v: BeatView) -> str:
    mood = _seen(v, "mood") or ("tense" if any(c.key == "iceberg" for c in v.cues) else "calm")
    said: set[str] = {a for turn in s.turns for a in turn.acts}  # its own earlier replies
    best, best_value = v.replies[0].id, float("-inf")
    for r in v.replies:
        value = _judge(r, v, mood, said)
        if value > best_value:
            best, best_value = r.id, value
    return best


def _judge(r: ReplyView, v: BeatView, mood: str, said: set[str]) -> float:
    hot = mood in ("upset", "furious")
    style, need, reads = _seen(v, "style"), _seen(v, "need"), _seen(v, "reads")
    solved = bool(said & SOLVING)
    value = 0.0
    for act in r.acts:
        if not ACTS[act].good:
            value -= 10  # every named mistake of the documents
        elif act in SYNC:
            value += 5 if hot else 1
            if act == _LADDER[_BAND[mood]] and mood != "calm":
                value += 5  # the anger ladder (001 四个复述)
        elif act in PROBLEM:
            value += -4 if mood == "furious" else 1 if mood == "upset" else 4  # emotion first
        elif act in CLARIFY:
            asked_open = "open_question" in said or "open_question" in r.acts
            value += 3 if act == "open_question" or asked_open else -1
        elif act == "thank":
            value += 4 if solved or bool(set(r.acts) & SOLVING) else -3
        elif act in ("act_now", "take_ownership"):
            value += 3 if solved else 1
        if need and act in _NEED_ACTS[need] and not hot:
            value += 3  # the dominant need first
        if style and act == _MANNER[style]:
            value += 4  # style matching (000 §三)
        elif style and act in _MANNER.values():
            value -= 2
        if act in ("narrate", "explain_with_case", "interpret", "comment"):
            value += 4 if act == (reads or "narrate") else 0  # the way of expressing (004)
    return value
