"""Each rule of model.md §4 shows the documents' claim, and the claim fails with the rule off."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from game.engine.customer import Customer
from game.engine.meters import initial_state
from game.engine.rules import RULE_IDS, RULES
from tests.kit import customer, play, without

Claim = Callable[[tuple[str, ...]], bool]


def holds_only_with(rule: str, claim: Claim, apart_from: str | None = None) -> None:
    """The claim holds with every rule on and fails with `rule` off. `apart_from`: a rule
    kept off in both, when the claim's own device (saying one thing again and again) is what
    that rule punishes."""
    on = tuple(r for r in RULE_IDS if r != apart_from)
    assert claim(on), f"the claim of {rule} does not hold with every rule on"
    off = tuple(r for r in on if r != rule)
    assert not claim(off), f"the claim holds even with {rule} off: it proves nothing"


def test_every_rule_has_id_number_source_and_both_languages() -> None:
    assert [r.number for r in RULES] == list(range(1, 13))
    for r in RULES:
        assert r.source and r.title.en and r.title.zh and r.summary.en and r.summary.zh


def test_emotion_first_calming_then_solving_beats_solving_then_calming() -> None:
    """001 四个同步 / 002: solving before calming scores below calming then solving."""
    c = customer(anger=4)

    def claim(rules: tuple[str, ...]) -> bool:
        early = play(c, "propose_solution", "acknowledge_feeling+apologize", rules=rules)
        late = play(c, "acknowledge_feeling+apologize", "propose_solution", rules=rules)
        return early.score < late.score and early.last.need("solve") < late.last.need("solve")

    holds_only_with("emotion-first", claim)


def test_emotion_first_problem_talk_past_anger_provokes() -> None:
    """'You are not listening': going at the problem of a furious customer makes it worse."""
    c = customer(anger=5)

    def claim(rules: tuple[str, ...]) -> bool:
        return play(c, "explain_reason", rules=rules).last.emotion > initial_state(c).meters.emotion

    holds_only_with("emotion-first", claim)


def test_anger_ladder_voice_unspoken_pain_calms_more_at_five_stars() -> None:
    """001 四个复述: at 5-6 stars a plain acknowledgement does little; voice the unspoken pain."""
    c = customer(anger=6)

    def claim(rules: tuple[str, ...]) -> bool:
        voiced = play(c, "voice_unspoken_pain", rules=rules).last.emotion
        acknowledged = play(c, "acknowledge_feeling", rules=rules).last.emotion
        return voiced < acknowledged

    holds_only_with("anger-ladder", claim)


def test_anger_ladder_restate_at_three_stars_acknowledge_at_one() -> None:
    def claim(rules: tuple[str, ...]) -> bool:
        mid, low = customer(anger=3), customer(anger=1, state="none")
        return (
            play(mid, "restate_facts", rules=rules).last.emotion
            < play(mid, "acknowledge_feeling", rules=rules).last.emotion
            and play(low, "acknowledge_feeling", rules=rules).last.emotion
            < play(low, "voice_unspoken_pain", rules=rules).last.emotion
        )

    holds_only_with("anger-ladder", claim)


@pytest.mark.parametrize("attitude", ["ignore", "divert", "deny", "suppress"])
def test_wrong_attitudes_feed_emotion_and_cost_trust(attitude: str) -> None:
    """001 错误态度: each of the four makes the customer angrier and trust falls."""
    c = customer(anger=3)
    start = initial_state(c).meters

    def claim(rules: tuple[str, ...]) -> bool:
        after = play(c, attitude, rules=rules).last
        return after.emotion > start.emotion + 5 and after.trust < start.trust

    holds_only_with("wrong-attitudes", claim)


def test_deny_leaves_the_customer_angrier_than_listen() -> None:
    c = customer(anger=4)
    assert play(c, "deny").last.emotion > play(c, "listen").last.emotion + 10


def test_unattended_emotion_does_not_fade() -> None:
    """001: 'if you never attend to it, it never goes'. A reply with no feeling in it."""
    c = customer(anger=3)
    start = initial_state(c).meters.emotion

    def claim(rules: tuple[str, ...]) -> bool:
        return play(c, "use_name", "use_name", rules=rules).last.emotion > start

    holds_only_with("wrong-attitudes", claim)


def test_dominant_need_lesser_need_is_worth_less_while_dominant_unmet() -> None:
    """001 主导需求: explaining while the fix is what matters is worth less than after the fix."""
    c = customer(anger=0, state="none", needs=(("solve", 0.9), ("understand", 0.6), ("heard", 0.3)))

    def claim(rules: tuple[str, ...]) -> bool:
        before_fix = play(c, "explain_reason", rules=rules).last.need("understand")
        fixed = play(c, "propose_solution+act_now", rules=rules).outcomes[-1].after
        after_fix = play(c, "explain_reason", rules=rules, start=fixed).last.need("understand")
        return before_fix < after_fix

    holds_only_with("dominant-need", claim)


def test_dominant_need_shifts_once_met() -> None:
    """Priorities move: once the dominant need is met, another leads."""
    c = customer(anger=0, state="none", needs=(("solve", 0.5), ("heard", 0.9)))

    def claim(rules: tuple[str, ...]) -> bool:
        return play(c, "listen+restate_facts", "listen", rules=rules).last.dominant != "heard"

    holds_only_with("dominant-need", claim)


def test_emotional_needs_carry_an_unmet_material_need() -> None:
    """001 此消彼长: refusing the material need but meeting the emotional ones, with honest
    expectations, beats a bare refusal: what cannot be done weighs less (acceptable)."""
    c = customer(anger=3, needs=(("solve", 0.9), ("respect", 0.5), ("heard", 0.5)))

    def claim(rules: tuple[str, ...]) -> bool:
        warm = play(
            c,
            "listen+acknowledge_feeling",
            "apologize+manage_expectations",
            "small_gesture+thank",
            rules=rules,
        )
        bare = play(c, "explain_reason+direct_refusal", "explain_reason", "thank", rules=rules)
        solve_weight = dict(warm.last.priority)["solve"]
        return warm.score > bare.score and solve_weight < 0.9 * 0.6

    holds_only_with("emotional-carry", claim)


def test_care_makes_an_unmet_need_acceptable_never_met() -> None:
    """model.md §4.5: however warm the talk, a material need nobody served stays unmet."""
    c = customer(anger=3, needs=(("solve", 0.9), ("respect", 0.5), ("heard", 0.5)))
    warm = play(
        c, "listen+acknowledge_feeling", "apologize+manage_expectations", "small_gesture+thank"
    )
    soothed = play(c, *["acknowledge_feeling+listen"] * 5)
    assert warm.last.need("solve") == 0.0
    assert soothed.last.need("solve") == 0.0


def test_sympathy_is_not_solving_more_soothing_grates_once_calm() -> None:
    """001 服务内涵 / model.md §4.5: a calm customer whose fix is still not served grows
    impatient with more sympathy; serving the fix instead pays."""
    c = customer(anger=2, needs=(("solve", 0.9), ("heard", 0.4)))

    def claim(rules: tuple[str, ...]) -> bool:
        soothed = play(c, *["acknowledge_feeling+listen"] * 5, rules=rules)
        solved = play(
            c, *["acknowledge_feeling+listen"] * 2, *["propose_solution+act_now"] * 3, rules=rules
        )
        late = soothed.moments[-1]
        return late < soothed.moments[1] and solved.moments[-1] > late + 20

    holds_only_with("dominant-need", claim, apart_from="scripted")


def test_apology_wears_thin_then_grates() -> None:
    """002 一味的道歉: the first apology calms, the third calms nothing and costs trust."""
    c = customer(anger=4)

    def claim(rules: tuple[str, ...]) -> bool:
        once = play(c, "apologize", rules=rules).outcomes[0]
        thrice = play(c, "apologize", "apologize", "apologize", rules=rules).outcomes[2]
        first_calm = once.before.meters.emotion - once.after.meters.emotion
        third_calm = thrice.before.meters.emotion - thrice.after.meters.emotion
        return (
            first_calm > 0
            and third_calm < 0
            and thrice.after.meters.trust < thrice.before.meters.trust
        )

    holds_only_with("complaint-path", claim, apart_from="scripted")


def test_style_matching_direct_suits_demanding_and_grates_on_steady() -> None:
    """000 §三: each buying style rewards its own manner and punishes its opposite."""

    def claim(rules: tuple[str, ...]) -> bool:
        demanding, steady = customer(style="demanding"), customer(style="steady")
        d = play(demanding, "be_direct", rules=rules).last
        s = play(steady, "be_direct", rules=rules).last
        return d.emotion < s.emotion and d.trust > s.trust

    holds_only_with("style-matching", claim)


@pytest.mark.parametrize(
    ("style", "hurts"),
    [
        ("demanding", "ramble"),
        ("influential", "interrupt"),
        ("steady", "rush"),
        ("compliant", "too_familiar"),
    ],
)
def test_style_matching_each_style_has_its_pet_hate(style: str, hurts: str) -> None:
    unbothered = {
        "demanding": "steady",
        "influential": "compliant",
        "steady": "demanding",
        "compliant": "demanding",
    }
    c, other = customer(style=style), customer(style=unbothered[style])

    def claim(rules: tuple[str, ...]) -> bool:
        return play(c, hurts, rules=rules).last.trust < play(other, hurts, rules=rules).last.trust

    holds_only_with("style-matching", claim)


def test_expressing_interpret_reaches_low_comprehension_jargon_loses_it() -> None:
    """004: interpret in simple terms for low comprehension; technical language fails them."""
    c = customer(anger=1, state="none", comprehension="low")

    def claim(rules: tuple[str, ...]) -> bool:
        simple = play(c, "explain_reason+interpret", rules=rules).last
        technical = play(c, "explain_reason+jargon", rules=rules).last
        plain = play(c, "explain_reason+narrate", rules=rules).last
        return simple.trust > plain.trust and technical.emotion > plain.emotion

    holds_only_with("expressing", claim)


def test_expressing_cases_convince_the_sceptic_and_you_are_wrong_costs_trust() -> None:
    c = customer(anger=1, state="none", trusts_self_praise=False)

    def claim(rules: tuple[str, ...]) -> bool:
        case = play(c, "explain_with_case", rules=rules).last.trust
        boast = play(c, "narrate", rules=rules).last.trust
        wrong = play(c, "argue", rules=rules).last.trust
        return case > boast > wrong

    holds_only_with("expressing", claim)


def test_no_in_yes_options_carry_the_no_without_the_damage() -> None:
    """001 用YES的语言表达NO: a flat refusal hurts; options and expectations do not."""
    c = customer(anger=1, state="none", needs=(("understand", 0.9), ("heard", 0.5)))

    def claim(rules: tuple[str, ...]) -> bool:
        flat = play(c, "explain_reason+direct_refusal", rules=rules).last
        yes = play(c, "explain_reason+offer_options", rules=rules).last
        sandwich = play(c, "explain_reason+direct_refusal+offer_options", rules=rules).last
        return yes.emotion < flat.emotion and sandwich.emotion < flat.emotion

    holds_only_with("no-in-yes", claim)


def test_complaint_path_solving_before_clarifying_and_early_thanks_are_worth_less() -> None:
    """002 投诉处理的步骤: accept, calm, clarify, solve, act, thank, in that order."""
    c = customer(anger=2)

    def claim(rules: tuple[str, ...]) -> bool:
        ordered = play(
            c,
            "acknowledge_feeling",
            "open_question",
            "closed_question",
            "propose_solution",
            "act_now",
            "thank",
            rules=rules,
        )
        jumbled = play(
            c,
            "acknowledge_feeling",
            "thank",
            "propose_solution",
            "act_now",
            "closed_question",
            "open_question",
            rules=rules,
        )
        return ordered.score > jumbled.score and ordered.last.trust > jumbled.last.trust

    holds_only_with("complaint-path", claim)


@pytest.mark.parametrize(
    "mistake",
    [
        "premature_blame",
        "stall",
        "meaningless_question",
        "empty_promise",
        "interrupt",
        "question_back",
    ],
)
def test_complaint_path_each_named_mistake_has_its_cost(mistake: str) -> None:
    """002 常见的错误行为: each common handling mistake leaves things worse than listening."""
    c = customer(anger=2)
    start = initial_state(c).meters

    def claim(rules: tuple[str, ...]) -> bool:
        after = play(c, mistake, rules=rules).last
        worse_trust = after.trust < start.trust - 2
        worse_patience = after.patience < play(c, "listen", rules=rules).last.patience - 4
        return worse_trust or worse_patience or after.emotion > start.emotion + 3

    holds_only_with("complaint-path", claim)


@pytest.mark.parametrize(
    ("trait_or_factor", "acts", "worse"),
    [
        ({"traits": ("talkative",)}, "interrupt", True),
        ({"traits": ("proud",)}, "lecture", True),
        ({"privacy": "private"}, "personal_question", True),
        ({"traits": ("opinion_minded",)}, "share_similar", False),
        ({"traits": ("hesitant",)}, "offer_options+propose_solution", False),
        ({"traits": ("hesitant",)}, "offer_options", True),
        ({"time": "punctual"}, "stall", True),
    ],
)
def test_traits_bend_reactions(trait_or_factor: dict[str, object], acts: str, worse: bool) -> None:
    """000 §一, §四: the same words land differently on different people."""
    plain = customer(anger=2, privacy="open", time="relaxed")
    traits = trait_or_factor.get("traits", ())
    factors = {k: str(v) for k, v in trait_or_factor.items() if k != "traits"}
    base = {"privacy": "open", "time": "relaxed", **factors}
    special = customer(anger=2, traits=tuple(traits), **base)  # type: ignore[arg-type]

    def claim(rules: tuple[str, ...]) -> bool:
        a = play(special, acts, rules=rules).outcomes[0].moment
        b = play(plain, acts, rules=rules).outcomes[0].moment
        return a < b if worse else a > b

    holds_only_with("traits", claim)


def test_patience_runs_out_they_walk_out_or_hang_up() -> None:
    """Rule 11: with no patience left they leave; that end is remembered as the worst."""
    c = customer(style="demanding", anger=2, time="punctual")

    def claim(rules: tuple[str, ...]) -> bool:
        counter = play(c, *["stall"] * 20, rules=rules)
        phone = play(c, *["stall"] * 20, rules=rules, channel="phone")
        last = counter.outcomes[-1]
        return (
            last.ended == "walked_out"
            and phone.outcomes[-1].ended == "hung_up"
            and last.moment == min(counter.moments)
        )

    holds_only_with("patience-runs-out", claim)


def test_patience_runs_out_at_the_top_of_anger_they_escalate() -> None:
    c = customer(anger=6, state="angry")

    def claim(rules: tuple[str, ...]) -> bool:
        return play(c, "suppress", "deny", "argue", rules=rules).outcomes[-1].ended == "escalated"

    holds_only_with("patience-runs-out", claim)


def test_each_rung_of_the_anger_ladder_is_best_at_its_own_level() -> None:
    """001 四个复述: the ladder is a ladder, not 'always aim high'. At each level (1, 3-4, 5-6
    stars) its own rung gives the best moment, by a clear margin."""
    rungs = ("acknowledge_feeling", "restate_facts", "voice_unspoken_pain")
    levels = {1: rungs[0], 3: rungs[1], 4: rungs[1], 5: rungs[2], 6: rungs[2]}

    def claim(rules: tuple[str, ...]) -> bool:
        for anger, rung in levels.items():
            c = customer(anger=anger, state="none" if anger <= 1 else "dissatisfied")
            moment = {r: play(c, r, rules=rules).moments[0] for r in rungs}
            if not all(moment[rung] > moment[r] + 2 for r in rungs if r != rung):
                return False
        return True

    holds_only_with("anger-ladder", claim)


def test_dominant_need_first_is_worth_clearly_more_than_a_lesser_need() -> None:
    """001 主导需求: with the fix what matters most, fixing beats explaining by a wide margin,
    and the same explanation is worth more to the customer for whom understanding leads."""
    fix_first = customer(anger=1, state="none", needs=(("solve", 0.9), ("understand", 0.3)))
    why_first = customer(anger=1, state="none", needs=(("solve", 0.3), ("understand", 0.9)))

    def claim(rules: tuple[str, ...]) -> bool:
        fix = play(fix_first, "propose_solution", rules=rules).moments[0]
        explain = play(fix_first, "explain_reason", rules=rules).moments[0]
        explain_to_asker = play(why_first, "explain_reason", rules=rules).moments[0]
        return fix > explain + 10 and explain_to_asker > explain + 10

    holds_only_with("dominant-need", claim)


def test_the_opposite_styles_manner_grates_more_than_a_neighbours() -> None:
    """000 §三 (DISC): steady is the opposite of demanding; compliant a neighbour of it."""
    c = customer(style="demanding", anger=2)

    def claim(rules: tuple[str, ...]) -> bool:
        own = play(c, "propose_solution+be_direct", rules=rules).moments[0]
        neighbour = play(c, "propose_solution+be_precise", rules=rules).moments[0]
        opposite = play(c, "propose_solution+be_calm", rules=rules).moments[0]
        return own > neighbour + 5 and neighbour > opposite + 5

    holds_only_with("style-matching", claim)


def test_nobody_leaves_early_while_calm_and_trusting() -> None:
    """Rule 11: the end of patience ends the episode only for a customer who is not content."""
    from game.engine.meters import State
    from game.engine.turn import evaluate

    c = customer(style="demanding", anger=0, state="none")
    s = initial_state(c)
    tired = State(replace(s.meters, emotion=5.0, trust=90.0, patience=1.0), s.progress)
    assert evaluate(c, tired, ("be_direct",)).ended is None
    upset = State(replace(s.meters, emotion=40.0, trust=40.0, patience=1.0), s.progress)
    assert evaluate(c, upset, ("be_direct",)).ended == "walked_out"


SINK = "acknowledge_feeling+apologize+propose_solution+act_now+take_ownership+compensate+thank"
CORE = "acknowledge_feeling+apologize+propose_solution+act_now"


def test_scripted_everything_at_once_counts_for_less_than_a_reply_that_chooses() -> None:
    """001 机械执行 / 000 讲话要直接而简洁: a reply that does everything lands below one that does
    four of those things; without the rule, more acts would always give more."""
    for c in (customer(anger=2), customer(anger=4, style="demanding")):

        def claim(rules: tuple[str, ...], c: Customer = c) -> bool:
            return play(c, SINK, rules=rules).score < play(c, CORE, rules=rules).score

        holds_only_with("scripted", claim)


def test_scripted_nothing_new_twice_running_sounds_like_a_script() -> None:
    """001 千篇一律: the same reply a third time lands below a reply that answers anew."""
    c = customer(anger=3)
    same = "acknowledge_feeling+propose_solution"

    def claim(rules: tuple[str, ...]) -> bool:
        again = play(c, same, same, same, rules=rules)
        fresh = play(c, same, same, "act_now+thank", rules=rules)
        return again.moments[2] < fresh.moments[2] - 10 and again.score < fresh.score

    holds_only_with("scripted", claim)


def test_scripted_once_more_is_not_yet_a_script() -> None:
    """Saying one thing again once (re-acknowledging after new facts) is natural: no cost."""
    c = customer(anger=3)
    same = "acknowledge_feeling+propose_solution"
    on, off = play(c, same, same), play(c, same, same, rules=without("scripted"))
    assert on.moments == off.moments
