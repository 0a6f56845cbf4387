"""Built-in players for `simulate`: random, first, best, worst, textbook, and the lazy learners.

`best` and `worst` look at the hidden meters; `textbook` plays the documents' method from the
visible cues alone (it never reads the meters or the customer). The lazy learners (lazy.py)
are the tricks a trainee might try instead of reading the person; the model must beat them."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.acts import ACTS, CLARIFY, PROBLEM, SOLVING, SYNC
from game.engine.cues import FOCUS, PACE
from game.engine.rng import Rng
from game.engine.rules import MANNERS, OPPOSITE, RUNGS
from game.engine.session import BeatView, ReplyView, Session

Policy = Callable[[Session, BeatView], str]
BASIC: tuple[str, ...] = ("random", "worst", "best", "textbook", "first")


def make_policy(name: str, seed: int) -> Policy:
    from game.engine.lazy import LAZY, make_lazy

    if name == "random":
        rng = Rng("policy-random", seed)
        return lambda s, v: rng.choice(v.replies).id
    if name == "first":
        return _first
    if name == "best":
        return lambda s, v: greedy(s, v, 1.0)
    if name == "worst":
        return lambda s, v: greedy(s, v, -1.0)
    if name == "textbook":
        return textbook(Reading())
    if name in LAZY:
        return make_lazy(name, seed)
    raise ValueError(f"unknown policy {name!r} (one of: {', '.join(policy_names())})")


def policy_names() -> tuple[str, ...]:
    from game.engine.lazy import LAZY

    return (*BASIC, *LAZY)


def _first(s: Session, v: BeatView) -> str:
    beat = s.story.beat(v.beat_id)
    assert beat is not None
    return beat.replies[0].id


def greedy(s: Session, v: BeatView, sign: float) -> str:
    best = v.replies[0].id
    best_value = sign * s.preview(best).moment
    for r in v.replies[1:]:
        value = sign * s.preview(r.id).moment
        if value > best_value:
            best, best_value = r.id, value
    return best


# --- textbook: the documents' method from what a careful agent can see and hear ----------

# the two axes of the four buying styles (000 §三, a DISC model): pace and focus
STYLE_OF = {(PACE[style], FOCUS[style]): style for style in PACE}
BAND = {"calm": "low", "tense": "low", "upset": "mid", "furious": "high"}
_NEED_ACTS = {
    "understand": ("explain_reason", "manage_expectations", "interpret", "explain_with_case"),
    "solve": ("propose_solution", "offer_options", "act_now"),
    "compensation": ("compensate",),
    "prevention": ("promise_improvement",),
    "respect": ("apologize", "take_ownership", "use_name"),
    "heard": ("listen", "open_question", "restate_facts"),
    "pleasure": ("small_gesture", "thank", "praise_sincerely"),
}


_STYLE_OF_MANNER = {act: style for style, act in MANNERS.items()}


def _fit(style: str, manner_of: str) -> float:
    """How a customer of `style` takes the manner meant for `manner_of`: own, opposite, other."""
    return 5.0 if style == manner_of else -8.0 if OPPOSITE[style] == manner_of else -3.0


def seen(v: BeatView, prefix: str) -> str | None:
    for cue in v.cues:
        if cue.key.startswith(prefix + "."):
            return cue.key.split(".", 1)[1]
    return None


class Reading:
    """What the agent makes of the customer from the cues; lazy.py bends it into wrong readings."""

    def mood(self, s: Session, v: BeatView) -> str:
        return seen(v, "mood") or ("tense" if any(c.key == "iceberg" for c in v.cues) else "calm")

    def styles(self, s: Session, v: BeatView) -> tuple[str, ...]:
        """The buying styles still possible after every cue seen so far (one axis per cue)."""
        pace = focus = None
        for view in (*s.views[:-1], v) if s.views else (v,):
            pace = seen(view, "pace") or pace
            focus = seen(view, "focus") or focus
        return tuple(
            style
            for (p, f), style in STYLE_OF.items()
            if (pace is None or p == pace) and (focus is None or f == focus)
        )

    def need(self, s: Session, v: BeatView) -> str | None:
        return seen(v, "need")

    def reads(self, s: Session, v: BeatView) -> str:
        return seen(v, "reads") or "narrate"


def textbook(reading: Reading) -> Policy:
    def choose(s: Session, v: BeatView) -> str:
        mood, styles = reading.mood(s, v), reading.styles(s, v)
        need, reads = reading.need(s, v), reading.reads(s, v)
        said: set[str] = {a for turn in s.turns for a in turn.acts}  # its own earlier replies
        best, best_value = v.replies[0].id, float("-inf")
        for r in v.replies:
            value = _judge(r, mood, styles, need, reads, said)
            if value > best_value:
                best, best_value = r.id, value
        return best

    return choose


def _judge(
    r: ReplyView, mood: str, styles: tuple[str, ...], need: str | None, reads: str, said: set[str]
) -> float:
    hot = mood in ("upset", "furious")
    solved = bool(said & SOLVING)
    value = 0.0
    for act in r.acts:
        if not ACTS[act].good:
            value -= 10  # every named mistake of the documents
        elif act in SYNC:
            value += 4 if hot else 0
            if act == RUNGS[BAND[mood]]:
                value += 5  # the anger ladder (001 四个复述): the rung of this level
            elif act in RUNGS.values():
                value -= 3  # another rung: too little, or drama
            if act == "apologize" and "apologize" in said:
                value -= 3  # 002 一味的道歉: once is sincere, again and again is not
        elif act in PROBLEM:
            value += -4 if mood == "furious" else 1 if mood == "upset" else 4  # emotion first
        elif act in CLARIFY:
            asked_open = "open_question" in said or "open_question" in r.acts
            value += 3 if act == "open_question" or asked_open else -1
        elif act == "thank":
            value += 4 if solved or bool(set(r.acts) & SOLVING) else -3
        elif act in ("act_now", "take_ownership"):
            value += 3 if solved else 1
        if need and act in _NEED_ACTS[need] and mood != "furious":
            value += 6  # the dominant need first
        if act in _STYLE_OF_MANNER:  # style matching (000 §三), as well as the style is known
            value += sum(_fit(s, _STYLE_OF_MANNER[act]) for s in styles) / max(1, len(styles))
        if act in ("narrate", "explain_with_case", "interpret", "comment"):
            value += 4 if act == reads else -1  # the way of expressing (004)
    return value
