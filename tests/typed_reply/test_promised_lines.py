"""A fix promised a turn or two earlier is remembered: a beat that asks what will be done hears
that something already was promised (its `promised` variant) instead of asking as if nothing
had been said. In typed play the solving act may come at any beat; in menu play an earlier
menu carries it (dropped-calls: "I'll take this on myself" at fed-up). So too for a beat that
asks whether it will happen again (next time, next month, the next person, the sign): it hears
that an improvement was promised (opening-hours: "I'm putting it in today's report" at why;
the-500-yuan-bill: the block on paid subscriptions at verify).

Each case plays the same seed to the beat twice, the same way but for one reply: once with a
solving act in it, once without. With it, the beat says its `promised` line, looked up in the
story (the variant whose only key is `promised`), so rewording the line keeps the test and
removing the variant fails it; without it, the beat says something else. Customers for whom a
line before it applies (one written for their style, mood, trust or need) are passed over. No
reader model: the acts are given, as a reader would have heard them."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from game.engine.conditions import holds
from game.engine.said import Said, Typed
from game.engine.session import Session
from game.engine.story import Condition, Variant
from tests.typed_reply.storylines import SEEDS, beat_of, story


@dataclass(frozen=True)
class Case:
    story: str
    before: tuple[str, ...]  # menu replies up to the turn that differs
    promised: Said  # the turn with a solving act
    plain: Said  # the same turn without it
    after: tuple[str, ...]  # menu replies from there to the beat
    beat: str
    act: str  # the solving act the beat's variant must name


def typed(acts: tuple[str, ...], along: str) -> Typed:
    return Typed("typed", acts, along=along, reader="test:1")


def both(acts: tuple[str, ...], solving: str, along: str) -> tuple[Typed, Typed]:
    """A typed reply with the solving act, and the same reply without it."""
    return typed((*acts, solving), along), typed(acts, along)


CASES = {
    "dropped-calls fix, menu": Case(
        "dropped-calls",
        ("welcome", "restate", "shop"),
        "start-again",  # "I'll take this on myself and start again, properly."
        "sorry-ask",
        ("tower",),
        "fix",
        "take_ownership",
    ),
    "dropped-calls fix, typed": Case(
        "dropped-calls",
        ("welcome",),
        *both(("restate_facts",), "propose_solution", "restate"),
        ("pin-down", "tower"),
        "fix",
        "propose_solution",
    ),
    "dropped-calls missed": Case(
        "dropped-calls",
        ("welcome", "restate"),
        *both(("acknowledge_feeling",), "compensate", "pin-down"),
        ("tower", "so-sorry"),
        "missed",
        "compensate",
    ),
    "escort options": Case(
        "escort",
        ("restate", "wait"),
        "log",  # "I'm handling this myself from here."
        "sorry-ask",
        ("reason",),
        "options",
        "take_ownership",
    ),
    "fire-that-clerk loss": Case(
        "fire-that-clerk",
        ("restate", "go-on"),
        *both(("take_ownership",), "propose_solution", "answer-for-it"),
        ("plain",),
        "loss",
        "propose_solution",
    ),
    "fire-that-clerk still-loss": Case(
        "fire-that-clerk",
        ("restate", "go-on"),
        *both(("take_ownership",), "compensate", "answer-for-it"),
        ("plain", "awful"),
        "still-loss",
        "compensate",
    ),
    "free-sim well": Case(
        "free-sim",
        ("two-answers",),
        *both(("listen",), "propose_solution", "her-words"),
        ("check-it",),
        "well",
        "propose_solution",
    ),
    "free-sim fix": Case(
        "free-sim",
        ("two-answers", "her-words"),
        *both(("restate_facts",), "propose_solution", "check-it"),
        ("plain",),
        "fix",
        "propose_solution",
    ),
    "last-day what-then": Case(
        "last-day",
        ("need-behind", "fits-but"),
        *both(("restate_facts",), "act_now", "restate"),
        ("billing",),
        "what-then",
        "act_now",
    ),
    "last-day sorry-but": Case(
        "last-day",
        ("need-behind", "fits-but"),
        *both(("restate_facts",), "act_now", "restate"),
        ("billing", "sorry-name"),
        "sorry-but",
        "act_now",
    ),
    "last-day cost": Case(
        "last-day",
        ("need-behind", "fits-but"),
        *both(("restate_facts",), "compensate", "restate"),
        ("billing", "two-things"),
        "cost",
        "compensate",
    ),
    "the-500-yuan-bill verify": Case(
        "the-500-yuan-bill",
        (),
        *both(("restate_facts",), "act_now", "restate"),
        ("restate",),
        "verify",
        "act_now",
    ),
    "the-500-yuan-bill what-now": Case(
        "the-500-yuan-bill",
        ("restate", "restate"),
        *both(("closed_question",), "propose_solution", "confirm"),
        ("plain",),
        "what-now",
        "propose_solution",
    ),
    "too-young what-now": Case(
        "too-young",
        ("restate",),
        *both(("explain_reason",), "offer_options", "safety"),
        ("ask",),
        "what-now",
        "offer_options",
    ),
    "24-hour-wait money": Case(
        "24-hour-wait",
        ("five-calls", "log"),
        *both(("open_question",), "compensate", "tell-me"),
        ("plain-reason",),
        "money",
        "compensate",
    ),
    "sauna when": Case(
        "sauna",
        (),
        *both(("restate_facts",), "act_now", "restate"),
        ("open",),
        "when",
        "act_now",
    ),
    # a beat that asks whether it will happen again: an improvement promised earlier
    "opening-hours hours-again, menu": Case(
        "opening-hours",
        ("waited",),
        "reason-comment",  # "I'm putting it in today's report to the district office"
        "reason-simple",
        ("what-need", "pay-here"),
        "hours-again",
        "promise_improvement",
    ),
    "the-500-yuan-bill next-time, menu": Case(
        "the-500-yuan-bill",
        ("restate", "restate"),
        "block-first",  # "From today nothing can be added without you calling us."
        "pull-now",
        ("plain", "options"),
        "next-time",
        "promise_improvement",
    ),
    "24-hour-wait next-time": Case(
        "24-hour-wait",
        ("unspoken", "mine-now", "tell-me"),
        *both(("explain_reason", "narrate"), "promise_improvement", "plain-reason"),
        ("claim",),
        "next-time",
        "promise_improvement",
    ),
    "escort walk": Case(
        "escort",
        ("feel", "open", "reason"),
        *both(("propose_solution", "act_now", "be_direct"), "promise_improvement", "walk-myself"),
        ("now",),
        "walk",
        "promise_improvement",
    ),
    "fire-that-clerk again": Case(
        "fire-that-clerk",
        ("lower-voice", "second-chance"),
        *both(("explain_reason", "narrate"), "promise_improvement", "plain"),
        ("fix-credit",),
        "again",
        "promise_improvement",
    ),
    "free-sim next-person": Case(
        "free-sim",
        ("annoying", "her-words", "pin-down"),
        *both(("explain_reason", "narrate"), "promise_improvement", "plain"),
        ("waive-now",),
        "next-person",
        "promise_improvement",
    ),
    "last-day next-time": Case(
        "last-day",
        ("flat", "restate", "billing"),
        *both(("offer_options", "propose_solution"), "promise_improvement", "two-things"),
        ("minutes",),
        "next-time",
        "promise_improvement",
    ),
    "sauna next-year": Case(
        "sauna",
        ("feel", "open", "dispatch"),
        *both(("take_ownership", "compensate", "be_calm"), "promise_improvement", "on-me"),
        ("ginger",),
        "next-year",
        "promise_improvement",
    ),
    "the-500-yuan-bill next-time, typed": Case(
        "the-500-yuan-bill",
        ("sorry-feel", "tell-me", "confirm"),
        *both(("explain_reason", "narrate"), "promise_improvement", "plain"),
        ("options",),
        "next-time",
        "promise_improvement",
    ),
    "too-young signs": Case(
        "too-young",
        ("feel", "interpret", "ask"),
        *both(("offer_options", "propose_solution", "be_warm"), "promise_improvement", "options"),
        ("name-card",),
        "signs",
        "promise_improvement",
    ),
    "twenty-minutes next-time": Case(
        "twenty-minutes",
        ("sorry-feel", "reason-plain", "feel"),
        *both(("open_question", "listen"), "promise_improvement", "tell-me"),
        ("do-now",),
        "next-time",
        "promise_improvement",
    ),
    "midnight-text prevent": Case(
        "midnight-text",
        ("feel-open", "straight", "check-log"),
        *both(("explain_reason", "be_precise"), "promise_improvement", "exact-record"),
        ("sorry-why",),
        "prevent",
        "promise_improvement",
    ),
    "opening-hours hours-again, typed": Case(
        "opening-hours",
        ("waited", "reason-plain"),
        *both(("open_question", "listen"), "promise_improvement", "what-need"),
        ("pay-here",),
        "hours-again",
        "promise_improvement",
    ),
}


def promised_variant(case: Case) -> tuple[Variant, tuple[Variant, ...]]:
    """The beat's variant for any customer who was promised `act`, and the variants before it
    that some customers get instead (a line for a style, mood or need, with this promise or
    none; not the answers to the reply just given, which the case does not give)."""
    variants = beat_of(story(case.story), case.beat).variants
    for i, v in enumerate(variants):
        if case.act in (v.when.promised or ()) and replace(v.when, promised=None) == Condition():
            first = (u for u in variants[:i] if not u.when.said)
            return v, tuple(u for u in first if case.act in (u.when.promised or (case.act,)))
    raise AssertionError(f"{case.story}:{case.beat} has no promised variant for {case.act}")


def played(case: Case, seed: int, turn: Said) -> Session | None:
    """The session at the case's beat after its replies with `turn` in the middle, or None
    when this customer goes elsewhere (a branch on their mood or trust)."""
    s = Session(story(case.story), seed)
    for said in (*case.before, turn, *case.after):
        view = s.current
        along = said.along if isinstance(said, Typed) else said
        if view is None or along not in {r.id for r in view.replies}:
            return None
        s.say_again(said)
    return s if s.current is not None and s.current.beat_id == case.beat else None


@pytest.mark.parametrize("name", CASES)
def test_a_fix_promised_earlier_is_heard_when_the_beat_asks_for_one(name: str) -> None:
    case = CASES[name]
    own, particular = promised_variant(case)
    for seed in SEEDS:
        s, m = played(case, seed, case.promised), played(case, seed, case.plain)
        if s is None or m is None or s.current is None or m.current is None:
            continue
        if any(holds(replace(v.when, promised=None), s.customer, s.meters) for v in particular):
            continue  # a line written for this style, mood or need comes first
        said, menu = s.current.line, m.current.line
        # after how they took the last reply, if anything: the line itself comes last
        assert said.en.endswith(own.line.en), said.en
        assert said.zh.endswith(own.line.zh), said.zh
        assert own.line.en not in menu.en, menu.en
        assert menu.en != said.en
        return
    raise AssertionError(f"no seed plays {name} both ways to {case.beat}")
