"""The customer answers what was typed (#13): in six stories, a typed reply whose acts would make
a beat's menu line false gets the author's own answer, the menu path keeps its line, and a typed
reply that does nothing any offered reply does takes the beat's `typed` fallback.

The lines are compared with the story's own text (the variant whose `said` names the act), so
rewording a line keeps the tests; removing the variant, or the fallback, fails them. No reader
model here: the acts are given, as a reader would have heard them."""

from __future__ import annotations

import pytest

from game.engine.echoes import MISTAKE_ECHOES
from game.engine.heard import answered_mistake
from game.engine.said import Typed
from game.engine.session import Session
from game.engine.story import Beat
from game.reader.nearest import nearest_reply
from game.reader.reading import Reading
from tests.typed_reply.storylines import SEEDS, beat_of, story


def beat(sid: str, bid: str) -> Beat:
    return beat_of(story(sid), bid)


def answer(sid: str, bid: str, act: str, style: str | None = None) -> str:
    """The author's answer at `bid` to a reply with `act`: the first variant whose `said`
    names it, written for any customer or for this `style` (the one the engine picks when
    nothing earlier in the list holds)."""
    for v in beat(sid, bid).variants:
        fits = v.when.style is None or style in v.when.style
        if v.when.said is not None and act in v.when.said and fits:
            return v.line.en
    raise AssertionError(f"{sid}:{bid} has no variant answering {act}")


def menu_lines(sid: str, bid: str, but: str) -> tuple[str, ...]:
    """What else the beat may say: its line and every variant's but the answer `but`."""
    b = beat(sid, bid)
    return tuple(x for x in (b.line.en, *(v.line.en for v in b.variants)) if x != but)


def at(sid: str, path: tuple[str, ...], target: str, start: int = 1, **want: str) -> Session:
    """A session at beat `target` after choosing `path` from the menu, for the first seed from
    `start` on whose customer gets there (mood branches may go elsewhere) and matches `want`
    (`style="demanding"`, `dominant="solve"`, `mood="calm"`...)."""
    for seed in range(start, SEEDS.stop):
        s = Session(story(sid), seed)
        for rid in path:
            if s.current is None or rid not in {r.id for r in s.current.replies}:
                break
            s.choose(rid)
        view = s.current
        if view is None or view.beat_id != target:
            continue
        if "style" in want and s.customer.style != want["style"]:
            continue
        if "dominant" in want and s.state.meters.dominant != want["dominant"]:
            continue
        return s
    raise AssertionError(f"no seed reaches {sid}:{target} along {path} with {want}")


def typed(s: Session, acts: tuple[str, ...], along: str, text: str = "typed") -> str:
    """The customer's next line after a typed reply ("" when the episode ended)."""
    s.type_reply(Typed(text, acts, along=along, reader="test:1"))
    return s.current.line.en if s.current else ""


def chosen(s: Session, reply: str) -> str:
    s.choose(reply)
    return s.current.line.en if s.current else ""


def beat_id(s: Session) -> str | None:
    return s.current.beat_id if s.current else None


def check(
    sid: str,
    path: tuple[str, ...],
    at_beat: str,
    along: str,
    acts: tuple[str, ...],
    nxt: str,
    act: str,
    **want: str,
) -> None:
    """Typed `acts` along `along` at `at_beat`: the next beat `nxt` says the author's answer to
    `act`; the same seed choosing `along` from the menu says a menu line, not the answer."""
    start = 1
    while True:  # the first customer led to `nxt` both ways (branches look at the meters)
        s = at(sid, path, at_beat, start, **want)
        line = typed(s, acts, along)
        m = Session(story(sid), s.seed)
        for rid in path:
            m.choose(rid)
        menu = chosen(m, along)
        if beat_id(s) == beat_id(m) == nxt:
            break
        start = s.seed + 1
    own = answer(sid, nxt, act, s.customer.style)
    # the whole line, or after their words for a named mistake the reply also held (001)
    wrong = answered_mistake(acts)
    if wrong is None:
        assert line == own
    else:
        echo = MISTAKE_ECHOES[wrong][s.customer.style]
        assert any(line == f"{e.en} {own}" for e in echo), line
    assert menu != line
    assert any(menu.endswith(x) for x in menu_lines(sid, nxt, own)), menu


# --- 24-hour-wait ----------------------------------------------------------------------------

H = "24-hour-wait"


def test_24h_an_action_typed_first_is_answered_not_asked_for_again() -> None:
    # "I'll call you back myself in fifteen minutes" routed along five-calls
    check(H, (), "outburst", "five-calls", ("take_ownership", "act_now"), "why-nobody", "act_now")


def test_24h_an_explanation_is_answered_at_why_nobody() -> None:
    check(
        H,
        (),
        "outburst",
        "five-calls",
        ("explain_reason", "listen"),
        "why-nobody",
        "explain_reason",
    )


def test_24h_a_question_already_asked_is_answered_not_met_with_what_do_you_need() -> None:
    check(
        H,
        ("five-calls",),
        "why-nobody",
        "log",
        ("restate_facts", "open_question"),
        "what-happened",
        "open_question",
    )


def test_24h_a_claim_offered_early_is_answered_at_money() -> None:
    check(
        H,
        ("five-calls", "log", "in-your-time"),
        "froze",
        "plain-reason",
        ("explain_reason", "propose_solution"),
        "money",
        "propose_solution",
    )


def test_24h_a_change_already_promised_is_answered_at_next_time() -> None:
    check(
        H,
        ("five-calls", "log", "in-your-time", "plain-reason"),
        "money",
        "claim",
        ("propose_solution", "promise_improvement"),
        "next-time",
        "promise_improvement",
    )


def test_24h_still_waiting_no_longer_thanks_an_owner_who_only_apologized() -> None:
    path = ("five-calls", "log", "in-your-time", "plain-reason")
    s = at(H, path, "money", dominant="solve")
    line = typed(s, ("apologize", "use_name"), along="not-a-ticket")
    assert s.current is not None and s.current.beat_id == "still-waiting"
    assert line == answer(H, "still-waiting", "apologize")
    assert "responsib" not in line
    m = Session(story(H), s.seed)
    for rid in path:
        m.choose(rid)
    menu = chosen(m, "not-a-ticket")
    kept = [
        v.line.en
        for v in beat(H, "still-waiting").variants
        if v.when.promised == ("take_ownership",) or v.when.style == ("steady",)
    ]
    assert any(menu.endswith(x) for x in kept), menu


# --- dropped-calls ---------------------------------------------------------------------------

D = "dropped-calls"
D_PATTERN = ("welcome", "restate", "pin-down")


def test_dropped_an_engineer_booked_while_explaining_is_not_asked_for_again() -> None:
    # the brief's case: "I'm booking an engineer now, he'll come tomorrow"
    check(
        D,
        D_PATTERN,
        "pattern",
        "tower",
        ("explain_reason", "propose_solution", "act_now"),
        "fix",
        "act_now",
    )
    s = at(D, D_PATTERN, "pattern")
    assert "what are you going to do" not in typed(s, ("act_now",), "tower").lower()


def test_dropped_a_demanding_customer_answers_an_action_in_their_own_words() -> None:
    check(
        D,
        D_PATTERN,
        "pattern",
        "case",
        ("explain_with_case", "act_now"),
        "fix",
        "act_now",
        style="demanding",
    )


def test_dropped_a_refund_already_offered_is_answered_at_missed() -> None:
    check(
        D,
        (*D_PATTERN, "tower"),
        "fix",
        "ticket",
        ("propose_solution", "compensate"),
        "missed",
        "compensate",
    )


# --- escort ----------------------------------------------------------------------------------

E = "escort"


def test_escort_an_offer_to_walk_them_out_is_not_met_with_what_will_you_do() -> None:
    check(
        E,
        (),
        "refused",
        "restate-direct",
        ("restate_facts", "propose_solution"),
        "where",
        "propose_solution",
    )
    check(
        E,
        (),
        "refused",
        "feel",
        ("acknowledge_feeling", "act_now"),
        "where",
        "act_now",
        style="demanding",
    )


def test_escort_a_reason_already_given_is_answered_at_why() -> None:
    check(
        E, ("feel",), "where", "open", ("open_question", "explain_reason"), "why", "explain_reason"
    )


def test_escort_a_plan_offered_with_the_reason_is_answered_at_options_or_doubt() -> None:
    check(
        E,
        ("feel", "open"),
        "why",
        "reason",
        ("explain_reason", "propose_solution"),
        "options",
        "propose_solution",
    )
    check(
        E,
        ("feel", "open"),
        "why",
        "reason",
        ("explain_reason", "offer_options"),
        "doubt",
        "offer_options",
    )


def test_escort_still_how_says_sorry_only_after_an_apology() -> None:
    s = at(E, ("feel", "open", "reason"), "options", dominant="solve")
    line = typed(s, ("use_name", "take_ownership"), along="respect")
    assert s.current is not None and s.current.beat_id == "still-how"
    assert "orry" not in line
    assert any(
        line.endswith(v.line.en) for v in beat(E, "still-how").variants if not v.when.promised
    )
    m = Session(story(E), s.seed)
    for rid in ("feel", "open", "reason", "respect"):
        m.choose(rid)
    assert m.current is not None and m.current.beat_id == "still-how"
    assert "orry" in m.current.line.en


def test_escort_a_better_next_time_is_answered_on_the_walk() -> None:
    check(
        E,
        ("feel", "open", "reason", "walk-myself"),
        "go",
        "now",
        ("act_now", "promise_improvement"),
        "walk",
        "promise_improvement",
    )


def test_escort_go_agrees_to_a_plan_only_when_one_was_offered() -> None:
    b = beat(E, "go")
    planned = [v.line.en for v in b.variants if v.when.promised]
    unplanned = [b.line.en, *(v.line.en for v in b.variants if not v.when.promised)]
    for seed in SEEDS:
        s, m = Session(story(E), seed), Session(story(E), seed)
        for rid in ("feel", "open", "reason"):
            s.choose(rid)
            m.choose(rid)
        if beat_id(s) != "options":
            continue
        line = typed(s, ("manage_expectations", "be_calm"), along="police")
        menu = chosen(m, "police")
        if beat_id(s) == beat_id(m) == "go":
            break
    else:
        raise AssertionError("no seed reaches go")
    assert any(line.endswith(x) for x in unplanned) and "do that" not in line, line
    assert any(menu.endswith(x) for x in planned), menu


# --- fire-that-clerk -------------------------------------------------------------------------

C = "fire-that-clerk"


def test_clerk_owning_it_while_listening_is_answered_at_fire_me() -> None:
    check(
        C,
        ("restate",),
        "story",
        "slowly",
        ("listen", "take_ownership"),
        "fire-me",
        "take_ownership",
    )


def test_clerk_an_explanation_given_early_is_not_asked_for_again() -> None:
    check(
        C,
        ("restate", "slowly"),
        "fire-me",
        "steady",
        ("take_ownership", "explain_reason"),
        "check",
        "explain_reason",
    )


def test_clerk_a_fix_offered_with_the_explanation_is_answered_at_loss() -> None:
    check(
        C,
        ("restate", "slowly", "steady"),
        "check",
        "plain",
        ("explain_reason", "act_now"),
        "loss",
        "act_now",
    )


def test_clerk_a_promise_to_check_is_answered_at_again() -> None:
    check(
        C,
        ("restate", "slowly", "steady", "plain"),
        "loss",
        "fix-credit",
        ("propose_solution", "promise_improvement"),
        "again",
        "promise_improvement",
    )


# --- free-sim --------------------------------------------------------------------------------

S = "free-sim"
S_WELL = ("two-answers", "no-hurry", "pin-down")


def test_free_sim_a_waiver_offered_at_once_is_answered_at_trick() -> None:
    check(
        S,
        (),
        "not-free",
        "two-answers",
        ("restate_facts", "propose_solution"),
        "trick",
        "propose_solution",
    )
    check(
        S,
        (),
        "not-free",
        "two-answers",
        ("restate_facts", "explain_reason"),
        "trick",
        "explain_reason",
    )


def test_free_sim_a_waiver_offered_is_not_met_with_am_i_paying() -> None:
    check(
        S,
        S_WELL[:2],
        "what-said",
        "pin-down",
        ("restate_facts", "propose_solution"),
        "well",
        "propose_solution",
    )


def test_free_sim_a_waiver_given_with_the_reason_is_answered_at_fix() -> None:
    check(
        S,
        S_WELL,
        "well",
        "plain",
        ("explain_reason", "propose_solution"),
        "fix",
        "propose_solution",
    )


def test_free_sim_proof_in_writing_already_offered_is_answered() -> None:
    check(S, S_WELL, "well", "rule", ("direct_refusal", "act_now"), "proof", "act_now")


def test_free_sim_a_promised_change_is_answered_at_next_person() -> None:
    check(
        S,
        (*S_WELL, "plain"),
        "fix",
        "waive-now",
        ("propose_solution", "promise_improvement"),
        "next-person",
        "promise_improvement",
    )


# --- last-day --------------------------------------------------------------------------------

L = "last-day"
L_THEN = ("flat", "restate", "billing")


def test_last_day_a_switch_promised_today_is_answered_when_the_lock_bites() -> None:
    check(
        L,
        ("need-behind",),
        "need",
        "straight",
        ("be_direct", "propose_solution"),
        "one-day",
        "propose_solution",
    )


def test_last_day_a_reason_already_given_is_answered_at_why() -> None:
    check(
        L,
        ("flat",),
        "one-day",
        "restate",
        ("restate_facts", "explain_reason"),
        "why",
        "explain_reason",
    )


def test_last_day_options_given_with_the_reason_are_answered_at_what_then() -> None:
    check(
        L,
        L_THEN[:2],
        "why",
        "billing",
        ("explain_reason", "offer_options"),
        "what-then",
        "offer_options",
    )


def test_last_day_sorry_but_says_sorry_only_after_an_apology() -> None:
    for seed in SEEDS:
        s, m = Session(story(L), seed), Session(story(L), seed)
        for rid in L_THEN:
            s.choose(rid)
            m.choose(rid)
        if beat_id(s) != "what-then":
            continue
        line = typed(s, ("use_name", "take_ownership"), along="sorry-name")
        menu = chosen(m, "sorry-name")
        if beat_id(s) == beat_id(m) == "sorry-but":
            break
    else:
        raise AssertionError("no seed reaches sorry-but")
    assert "orry" not in line
    assert "orry" in menu


def test_last_day_compensation_already_offered_is_answered_at_cost() -> None:
    check(
        L,
        L_THEN,
        "what-then",
        "exact-dates",
        ("manage_expectations", "compensate"),
        "cost",
        "compensate",
    )


def test_last_day_a_promise_to_write_it_up_is_answered_at_next_time() -> None:
    check(
        L,
        (*L_THEN, "exact-dates"),
        "cost",
        "work-it-out",
        ("explain_reason", "promise_improvement"),
        "next-time",
        "promise_improvement",
    )


# --- fallbacks: a typed reply sharing no act with any offered one -----------------------------

FALLBACKS = [
    (H, "outburst", "five-calls"),
    (H, "why-nobody", "restate"),
    (H, "listening", "whole-day"),
    (H, "what-happened", "in-your-time"),
    (H, "money", "not-a-ticket"),
    (H, "manager", "shouting-too"),
    (D, "drops", "restate"),
    (D, "street", "step-by-step"),
    (D, "fed-up", "sorry-ask"),
    (D, "supervisor", "fair-point"),
    (E, "refused", "restate-direct"),
    (E, "where", "open"),
    (E, "asks-again", "sorry-ask"),
    (E, "doubt", "heard-you"),
    (E, "regulator", "restate-act"),
    (C, "outburst", "restate"),
    (C, "story", "slowly"),
    (C, "fire-me", "steady"),
    (C, "check", "plain"),
    (C, "manager", "restate-again"),
    (S, "not-free", "two-answers"),
    (S, "trick", "no-hurry"),
    (S, "what-said", "step-by-step"),
    (S, "well", "simple"),
    (S, "manager", "hold-us"),
    (L, "request", "need-behind"),
    (L, "what-then", "exact-dates"),
    (L, "cost", "work-it-out"),
    (L, "manager", "restate-sorry"),
]


def _unshared(b: Beat) -> str:
    offered = {a for r in b.replies for a in r.acts}
    return next(
        a
        for a in (
            "thank",
            "small_gesture",
            "praise_sincerely",
            "use_name",
            "closed_question",
            "comment",
        )
        if a not in offered
    )


@pytest.mark.parametrize(("sid", "bid", "fallback"), FALLBACKS)
def test_a_reply_sharing_no_act_takes_the_beats_fallback(sid: str, bid: str, fallback: str) -> None:
    b = beat(sid, bid)
    assert b.typed == fallback
    reading = Reading((_unshared(b),), {_unshared(b): 0.9})
    others = [r for r in b.replies if r.id != fallback]
    # worded like each other reply, which the words alone would follow
    for r in others:
        assert nearest_reply(reading, r.text.en, b.replies, "en") == r.id
        assert nearest_reply(reading, r.text.en, b.replies, "en", fallback=b.typed) == fallback
