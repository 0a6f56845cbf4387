"""The customer answers what was typed (issue #13), stories of helper lines-B: midnight-text,
opening-hours, sauna, the-500-yuan-bill, too-young, twenty-minutes.

Each case plays the menu to a beat, then types a reply whose acts would make the beat's old
line false (the acts are given: these test the story, not the reader), and checks the customer
says the story's own answer, while the menu reply along the same path still hears the old line.
The fallback cases check that a reply sharing no act with any offered one goes on along the
beat's `typed` reply, not the one nearest in words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from game.engine.meters import mood, trust_band
from game.engine.said import Typed
from game.engine.session import Session
from game.engine.story import Story, Variant
from game.reader.nearest import nearest_reply
from game.reader.reading import Reading
from tests.typed_reply.storylines import SEEDS, beat_of, story

beat = beat_of


def answer(s: Story, beat_id: str, act: str) -> Variant:
    """The beat's own answer to `act`: its first variant naming it under `said` or `promised`."""
    for v in beat(s, beat_id).variants:
        if act in (v.when.said or ()) or act in (v.when.promised or ()):
            return v
    raise AssertionError(f"{beat_id} has no answer to {act}")


def answers(s: Story, beat_id: str, act: str) -> set[str]:
    """Every English line the beat answers `act` with (it may hold one per trust or style)."""
    return {
        v.line.en
        for v in beat(s, beat_id).variants
        if act in (v.when.said or ()) or act in (v.when.promised or ())
    }


def menu_lines(s: Story, beat_id: str) -> list[str]:
    """Every English line the beat says when nothing was just said that it answers."""
    b = beat(s, beat_id)
    return [b.line.en] + [v.line.en for v in b.variants if v.when.said is None]


Ok = Callable[[Session], bool]


def played(name: str, path: list[str], last: str | Typed, at: str, ok: Ok | None = None) -> Session:
    """The first seed's session that, after the menu `path` and then `last`, stands at beat
    `at` (and passes `ok`, tried on the session before `last`)."""
    s0 = story(name)
    for seed in SEEDS:
        s = Session.replayed(s0, seed, path)
        if s.finished or (ok is not None and not ok(s)):
            continue
        s.say_again(last)
        if s.current is not None and s.current.beat_id == at:
            return s
    raise AssertionError(f"no seed reaches {at} in {name}")


def typed(text: str, acts: tuple[str, ...], along: str) -> Typed:
    return Typed(text, acts, along=along, reader="test:1")


def line(s: Session) -> str:
    assert s.current is not None
    return s.current.line.en


def not_style(*styles: str) -> Ok:
    return lambda s: s.customer.style not in styles


# (story, menu path, typed reply, the beat it reaches, the act the beat answers)
ANSWERS = [
    # midnight-text: "Is somebody trying to get in?" after the agent already explained
    (
        "midnight-text",
        [],
        typed("Nobody got in: that text goes out whenever a wrong password is typed.",
              ("explain_reason", "be_direct"), "restate"),
        "scared",
        "explain_reason",
    ),
    # midnight-text: "So how do I make sure nobody gets in?" after a password change began now
    (
        "midnight-text",
        ["feel-open", "straight", "check-log", "exact-record"],
        typed("I'm changing your password right now.", ("propose_solution", "act_now"),
              "quiet-hours"),
        "prevent",
        "act_now",
    ),
    # midnight-text: "So what does your record say?" after the agent already read it out
    (
        "midnight-text",
        ["feel-open", "straight"],
        typed("One attempt at 00:58, from our website.", ("restate_facts", "explain_reason"),
              "pin-down"),
        "log",
        "explain_reason",
    ),
    # midnight-text: "Fine, but why at one in the morning?" after a question, not an answer
    (
        "midnight-text",
        ["feel-open", "straight", "check-log"],
        typed("Did anyone else have your phone last night?", ("closed_question",),
              "exact-record"),
        "night",
        "closed_question",
    ),
    # opening-hours: "Why half past?" after the agent already gave the reason
    (
        "opening-hours",
        [],
        typed("Between eight and half past we balance the tills.", ("explain_reason",),
              "waited"),
        "why",
        "explain_reason",
    ),
    # sauna: "Give me a time" after the agent already started sorting it, now
    (
        "sauna",
        ["feel"],
        typed("I'm fetching two technicians right now.", ("propose_solution", "act_now"),
              "open"),
        "when",
        "act_now",
    ),
    # sauna: "Are we going through this again next April?" after a promise about next year
    (
        "sauna",
        ["feel", "open", "dispatch", "on-me"],
        typed("All four on now, and next festival we add four technicians.",
              ("act_now", "promise_improvement"), "sorted"),
        "next-year",
        "promise_improvement",
    ),
    # the-500-yuan-bill: "So are you going to check it or not?" after "I'm checking it now"
    (
        "the-500-yuan-bill",
        ["restate"],
        typed("Eighty yuan and three calls. I'm opening your bill now.",
              ("restate_facts", "act_now"), "restate"),
        "verify",
        "act_now",
    ),
    # the-500-yuan-bill: "Well? Where does three hundred come from?" after it was explained
    (
        "the-500-yuan-bill",
        ["restate", "restate"],
        typed("Checking now: it's data beyond your plan.", ("explain_reason", "act_now"),
              "pull-now"),
        "found",
        "explain_reason",
    ),
    # the-500-yuan-bill: "So now it's my fault?" after an apology
    (
        "the-500-yuan-bill",
        ["restate", "restate", "pull-now"],
        typed("I'm sorry: it's data beyond your plan.", ("apologize", "explain_reason"),
              "plain"),
        "robbery",
        "apologize",
    ),
    # the-500-yuan-bill: "What are you going to do about all this?" after a refund was offered
    (
        "the-500-yuan-bill",
        ["restate", "restate", "pull-now"],
        typed("It's data beyond your plan; the membership I'm refunding.",
              ("explain_reason", "compensate"), "plain"),
        "what-now",
        "compensate",
    ),
    # the-500-yuan-bill: "How do I know I won't be calling next month?" after a promise
    (
        "the-500-yuan-bill",
        ["restate", "restate", "pull-now", "plain"],
        typed("Refund now, and I'll make sure this can't happen next month.",
              ("compensate", "promise_improvement"), "options"),
        "next-time",
        "promise_improvement",
    ),
    # too-young: "Why is there even a limit?" after the agent already said why
    (
        "too-young",
        [],
        typed("Forty minutes, and the harness is built for ten and up.",
              ("restate_facts", "explain_reason"), "restate"),
        "why",
        "explain_reason",
    ),
    # too-young: "So what can you actually do for us?" after the agent offered something
    (
        "too-young",
        ["feel", "interpret"],
        typed("How about Rocket Jets instead? I'll give you a pass.",
              ("propose_solution", "divert"), "carousel"),
        "what-now",
        "propose_solution",
    ),
    # too-young: "Someone should put the limit where you can see it" after a promise to do so
    (
        "too-young",
        ["feel", "interpret", "ask", "options"],
        typed("I'll ask for a sign at the queue entrance.", ("promise_improvement",),
              "quick-card"),
        "signs",
        "promise_improvement",
    ),
    # twenty-minutes: "So why is it so slow?" after the agent already said why
    (
        "twenty-minutes",
        [],
        typed("Two of us are on lunch on the busiest day.", ("restate_facts", "explain_reason"),
              "restate"),
        "why-slow",
        "explain_reason",
    ),
    # twenty-minutes: "So can you sort it today?" after the agent started a new card now
    (
        "twenty-minutes",
        ["sorry-feel", "reason-plain", "restate"],
        typed("It's the card; I'm making you a new one now.",
              ("restate_facts", "propose_solution", "act_now"), "both"),
        "fix",
        "act_now",
    ),
    # twenty-minutes: "Next time, twenty minutes again?" after a promise about next time
    (
        "twenty-minutes",
        ["sorry-feel", "reason-plain", "restate", "both"],
        typed("New card now, and I'll make sure lunchtimes are staffed.",
              ("propose_solution", "act_now", "promise_improvement"), "do-now"),
        "next-time",
        "promise_improvement",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "path", "said", "at", "act"), ANSWERS)
def test_the_customer_answers_what_was_typed(
    name: str, path: list[str], said: Typed, at: str, act: str
) -> None:
    s = played(name, path, said, at)
    # the story's answer; a named mistake in the reply may still be answered first
    assert any(line(s).endswith(x) for x in answers(story(name), at, act))


@pytest.mark.parametrize(("name", "path", "said", "at", "act"), ANSWERS)
def test_the_menu_reply_along_the_same_path_keeps_the_old_line(
    name: str, path: list[str], said: Typed, at: str, act: str
) -> None:
    s = played(name, path, said.along, at)
    said_now = line(s)
    assert not any(said_now.endswith(x) for x in answers(story(name), at, act))
    assert any(said_now.endswith(old) for old in menu_lines(story(name), at))


DEMANDING = [case for case in ANSWERS if (case[0], case[3]) in {
    ("midnight-text", "scared"), ("sauna", "when"), ("the-500-yuan-bill", "found"),
    ("too-young", "why"), ("twenty-minutes", "why-slow"), ("twenty-minutes", "fix"),
}]  # fmt: skip


@pytest.mark.parametrize(("name", "path", "said", "at", "act"), DEMANDING)
def test_a_demanding_customer_answers_in_their_own_style(
    name: str, path: list[str], said: Typed, at: str, act: str
) -> None:
    s = played(name, path, said, at, lambda s: s.customer.style == "demanding")
    mine = [
        v.line.en
        for v in beat(story(name), at).variants
        if v.when.style == ("demanding",) and act in (v.when.said or ())
    ]
    assert len(mine) == 1 and line(s).endswith(mine[0])


# --- lines rewritten so they presume nothing (literal old words, so undoing them fails) ------


def test_midnight_privacy_answers_a_doubt_without_a_personal_question() -> None:
    """'Why do you need to know who I know?' presumed a question about their family; a typed
    doubt ('are you sure it wasn't you?') routed along who-lives reaches the same beat."""
    doubt = typed("Are you sure you didn't type it yourself, half asleep?", ("doubt",), "who-lives")
    s = played("midnight-text", ["feel-open", "straight"], doubt, "privacy")
    said_now = line(s)
    assert "who I know" not in said_now and "family" not in said_now
    assert "neighbours' names" not in said_now
    assert any(said_now.endswith(x) for x in menu_lines(story("midnight-text"), "privacy"))


def test_opening_hours_sorry_doesnt_make_calls_only_after_an_apology() -> None:
    plain = not_style("demanding", "steady")
    rushed = typed("Next, please. What is it?", ("rush",), "use-app")
    path = ["waited", "reason-plain", "what-need"]
    s = played("opening-hours", path, rushed, "still-off", plain)
    assert "Sorry" not in line(s)
    assert line(s).endswith(beat(story("opening-hours"), "still-off").line.en)
    menu = played("opening-hours", path, "sorry-cut", "still-off", plain)
    old = [v for v in beat(story("opening-hours"), "still-off").variants if v.when.promised]
    assert line(menu).endswith(next(v.line.en for v in old if v.when.style is None))
    assert "Sorry doesn't make calls" in line(menu)


def test_sauna_sorry_doesnt_get_our_feet_in_the_basins_only_after_an_apology() -> None:
    plain = not_style("demanding", "steady")
    owned = typed("That's on me as supervisor.", ("take_ownership", "use_name"), "sorry-first")
    path = ["restate", "open"]
    s = played("sauna", path, owned, "still-when", plain)
    assert "sorry" not in line(s).lower()
    menu = played("sauna", path, "sorry-first", "still-when", plain)
    assert "sorry doesn't get our feet" in line(menu)


def test_sauna_whose_fault_hears_that_the_supervisor_owned_it() -> None:
    owned = typed("It's on me, and tonight is free.", ("take_ownership", "compensate"), "dispatch")
    s = played("sauna", ["feel", "open"], owned, "whose-fault")
    assert line(s) == answer(story("sauna"), "whose-fault", "take_ownership").line.en
    assert "Who answers for that?" not in line(s)


def test_too_young_understands_about_safety_only_once_it_was_explained() -> None:
    """'I understand about safety' (calm) presumed a reason was given: the didnt-see path
    ('Didn't you see the signs?') gave none."""
    s0 = story("too-young")
    safety = answer(s0, "tears", "explain_reason").line.en
    assert safety.startswith("I understand about safety")
    seen = {"didnt-see": 0, "interpret": 0}
    for seed in SEEDS:
        for reply in seen:
            s = Session.replayed(s0, seed, ["feel", reply])
            if s.current is None or s.current.beat_id != "tears":
                continue
            if mood(s.meters.emotion) not in ("calm", "tense") or s.customer.style != "steady":
                continue
            seen[reply] += 1
            assert line(s).endswith(safety) == (reply == "interpret")
    assert all(seen.values())


def test_too_young_card_hears_a_refusal_not_an_offer() -> None:
    """'...All right. Thank you.' presumed something was offered; a refusal (calm enough to
    stay) now gets its own answer, except from a customer who trusts too little to stay."""
    s0 = story("too-young")
    refused = typed("There's nothing I can do, the rule is the rule.", ("direct_refusal",), "show")
    found = 0
    for seed in SEEDS:
        s = Session.replayed(s0, seed, ["feel", "interpret", "ask", refused])
        if s.current is None or s.current.beat_id != "card":
            continue
        if trust_band(s.meters.trust) == "low":
            continue
        found += 1
        assert line(s) == answer(s0, "card", "direct_refusal").line.en
    assert found


def test_twenty_minutes_excuses_hears_an_apology() -> None:
    sorry = typed("I'm sorry: two of us are on lunch.", ("apologize", "explain_reason"),
                  "reason-plain")  # fmt: skip
    s = played("twenty-minutes", ["sorry-feel"], sorry, "excuses")
    assert line(s) == answer(story("twenty-minutes"), "excuses", "apologize").line.en


# --- typed fallbacks: a reply sharing no act goes along the beat's `typed` reply --------------

# (story, beat, the reply nearest in words to the typed text, the fallback)
FALLBACKS = [
    ("midnight-text", "who", "who-lives", "pin-down"),
    ("midnight-text", "privacy", "just-routine", "fair-enough"),
    ("midnight-text", "night", "silent-mode", "sorry-why"),
    ("opening-hours", "burst", "door", "waited"),
    ("opening-hours", "why", "should-check", "reason-plain"),
    ("opening-hours", "excuses", "write-in", "first-then"),
    ("opening-hours", "heated", "calm-down", "came-out-wrong"),
    ("opening-hours", "errand", "take-number", "what-need"),
    ("opening-hours", "task", "jargon", "use-app"),
    ("opening-hours", "hours-again", "only-half", "pass-on"),
    ("sauna", "complaint", "festival", "restate"),
    ("sauna", "what-happened", "tea", "open"),
    ("sauna", "friends", "up-to-you", "fair"),
    ("sauna", "whose-fault", "desk", "on-me"),
    ("sauna", "leaving", "suit-yourself", "hear-you"),
    ("the-500-yuan-bill", "outburst", "automatic", "restate"),
    ("the-500-yuan-bill", "again", "focus", "tell-me"),
    ("the-500-yuan-bill", "found", "your-usage", "plain"),
    ("the-500-yuan-bill", "what-now", "must-pay", "where-it-stands"),
    ("too-young", "turned-away", "sign", "restate"),
    ("too-young", "why", "didnt-see", "interpret"),
    ("too-young", "tears", "big-kids", "ask"),
    ("too-young", "what-now", "cant", "show"),
    ("twenty-minutes", "outburst", "one-moment", "restate"),
    ("twenty-minutes", "why-slow", "colleague", "reason-plain"),
    ("twenty-minutes", "excuses", "facts", "take-time"),
    ("twenty-minutes", "what-for", "upsell", "tell-me"),
    ("twenty-minutes", "card-now", "check-first", "do-now"),
]


@pytest.mark.parametrize(("name", "beat_id", "wordy", "fallback"), FALLBACKS)
def test_a_reply_sharing_no_act_takes_the_fallback(
    name: str, beat_id: str, wordy: str, fallback: str
) -> None:
    b = beat(story(name), beat_id)
    assert b.typed == fallback
    offered = b.replies
    used = {a for r in offered for a in r.acts}
    act = next(a for a in ("thank", "small_gesture", "use_name", "comment", "share_similar",
                           "praise_sincerely", "be_warm") if a not in used)  # fmt: skip
    text = next(r.text.en for r in offered if r.id == wordy)  # the words of the absurd path
    reading = Reading((act,), {act: 0.9})
    assert nearest_reply(reading, text, offered, "en") == wordy
    assert nearest_reply(reading, text, offered, "en", fallback=b.typed) == fallback
