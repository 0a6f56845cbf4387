"""The eleven rules of the customer model (model.md §4), each a named function with its source.

A rule reads the turn (who the customer is, how they feel, the acts of the reply) and bends
the turn's effects in a scratch `Work`; turn.py records what each rule changed. All numbers
live in tuning.py under the rule's id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.engine.act_words import act_words
from game.engine.acts import ACTING, CLARIFY, NEED_ACTS, PROBLEM, SOLVING, SYNC
from game.engine.customer import Customer
from game.engine.facets import EMOTIONAL_NEEDS, MATERIAL_NEEDS, NEED_LABELS, STYLES
from game.engine.meters import State, stars
from game.engine.notes import Note
from game.engine.reactions import REACTIONS_BY_ACT
from game.engine.text import Text, t
from game.engine.tuning import TUNING
from game.engine.worth import worth


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    number: int
    source: str
    title: Text
    summary: Text


class Ctx:
    """The turn as the rules read it: who, how they felt before, and the reply's acts."""

    __slots__ = ("acts", "before", "channel", "customer", "seen", "synced")

    def __init__(self, customer: Customer, before: State, acts: tuple[str, ...], channel: str):
        self.customer = customer
        self.before = before
        self.acts = acts
        self.channel = channel
        self.seen = frozenset(acts)
        self.synced = not SYNC.isdisjoint(self.seen)

    def has(self, *names: str) -> bool:
        seen = self.seen
        return any(a in seen for a in names)

    def any_of(self, names: frozenset[str]) -> bool:
        return not names.isdisjoint(self.seen)

    def count(self, names: frozenset[str] | tuple[str, ...] | list[str]) -> int:
        return sum(1 for a in self.acts if a in names)


class Work:
    """What one turn does, as the rules bend it. Lives only inside turn.evaluate.

    Every change goes through `bump`, which also writes it in `log`, so the turn can say
    exactly what each rule did without comparing snapshots."""

    __slots__ = ("gains", "log", "marks", "meters", "notes", "shift")

    def __init__(self) -> None:
        self.marks: dict[str, int] = {}  # progress the rules keep count of (e.g. "waiting")
        self.meters: dict[str, float] = {"emotion": 0.0, "trust": 0.0, "patience": 0.0}
        self.gains: dict[str, float] = {}  # need -> satisfaction added
        self.shift: dict[str, float] = {}  # need -> priority multiplier
        self.notes: list[Note] = []
        self.log: dict[str, float] = {}

    def bump(self, key: str, amount: float) -> None:
        if key in self.meters:
            self.meters[key] += amount
        else:
            self.gains[key] = self.gains.get(key, 0.0) + amount
        self.log[key] = self.log.get(key, 0.0) + amount

    def add(self, effect: dict[str, float], times: float = 1.0) -> None:
        for key, amount in effect.items():
            self.bump(key, amount * times)

    def scale(self, needs: tuple[str, ...], factor: float) -> bool:
        """Multiplies positive gains on these needs; says whether anything changed."""
        changed = False
        for need in needs:
            gain = self.gains.get(need, 0.0)
            if gain > 0:
                self.bump(need, gain * (factor - 1.0))
                changed = True
        return changed

    def note(self, topic: str, good: bool, en: str, zh: str) -> None:
        self.notes.append(Note(topic, good, t(en, zh)))


RuleFn = Callable[[Ctx, Work], None]
_CLARIFYING: frozenset[str] = CLARIFY | {"restate_facts"}


def _act(name: str) -> Text:
    """How a note names an act: a phrase for what it did (never its id)."""
    return act_words(name)


def _need(name: str) -> Text:
    return NEED_LABELS[name]


def band(n: int) -> str:
    """The rung of the anger ladder for a number of stars (001 四个复述: 1-2, 3-4, 5-6)."""
    return "low" if n <= 2 else "mid" if n <= 4 else "high"


# 1. emotion first (001 四个同步; 002 "let the customer analyse the problem in a rational state")
def emotion_first(c: Ctx, w: Work) -> None:
    k = TUNING["emotion-first"]
    calming = sum(k["calm"].get(a, 0.0) for a in c.acts)
    if calming:
        w.bump("emotion", -min(k["calm_cap"], calming))
        w.bump("trust", min(k["trust_cap"], k["trust_per_sync"] * c.count(SYNC)))
        if c.synced:
            w.note("feeling", True, "their feeling was met, so it eased", "情绪被接住了，随之缓和")
        else:
            w.note("soothed", True, "it soothed them a little", "让客户稍稍平静了一点")
    e = c.before.meters.emotion
    if e > k["full_below"]:
        span = k["floor_above"] - k["full_below"]
        f = max(k["floor"], 1.0 - (1.0 - k["floor"]) * (e - k["full_below"]) / span)
        if w.scale(MATERIAL_NEEDS, f):
            w.note(
                "timing",
                False,
                "still upset, so talk of the problem counted for little",
                "情绪未平，谈问题收效甚微",
            )
    if e >= k["not_listening_from"] and c.any_of(PROBLEM) and not c.synced:
        w.bump("emotion", k["not_listening_emotion"])
        w.bump("trust", k["not_listening_trust"])
        w.note(
            "feeling",
            False,
            "went at the problem past their anger: 'you're not listening'",
            "越过情绪直奔问题：“你根本没在听”",
        )


# 2. the anger ladder (001 四个复述): what calms depends on the stars, and each rung is the
# right answer only at its own level: too little for the furious, drama for the calm
RUNGS: dict[str, str] = {
    "low": "acknowledge_feeling",
    "mid": "restate_facts",
    "high": "voice_unspoken_pain",
}


def anger_ladder(c: Ctx, w: Work) -> None:
    n = stars(c.before.meters.emotion)
    level = band(n)
    k = TUNING["anger-ladder"]
    mult = k[level]
    calm = TUNING["emotion-first"]["calm"]
    for act, m in mult.items():
        if act in c.acts and m != 1.0:
            w.bump("emotion", -calm[act] * (m - 1.0))
    rung = RUNGS[level]
    if rung in c.acts:
        w.note("rung", True, f"the right restatement for {n} stars", f"{n}星愤怒，复述对了层次")
    elif any(a in c.acts for a in RUNGS.values()):
        w.add(k["wrong_rung"][level])
        if level == "low" and "voice_unspoken_pain" in c.acts:
            w.note(
                "rung",
                False,
                f"at {n} stars, a speech about unspoken pain sounds like drama",
                f"只有{n}星，替客户说出没说的痛，听来像小题大做",
            )
        else:
            w.note(
                "rung", False, f"the wrong restatement for {n} stars", f"{n}星愤怒，复述不对层次"
            )


# 3. wrong attitudes feed emotion (001 面对消极情绪的错误态度)
def wrong_attitudes(c: Ctx, w: Work) -> None:
    k = TUNING["wrong-attitudes"]
    for act in ("ignore", "divert", "deny", "suppress"):
        if act in c.acts:
            w.bump("emotion", k["emotion"][act])
            w.bump("trust", k["trust"][act])
            w.note(
                "attitude",
                False,
                f"{_act(act).en} fed the emotion it meant to stop",
                f"“{_act(act).zh}”反而助长了情绪",
            )
    if not c.synced and c.before.meters.emotion >= k["lingers_from"]:
        w.bump("emotion", k["lingers"])
        w.note(
            "feeling",
            False,
            "no one named their feeling, so it did not fade",
            "没人接住客户的情绪，情绪不会自己消失",
        )


# 4. dominant need first (001 服务内涵: 主导需求)
def dominant_need(c: Ctx, w: Work) -> None:
    k = TUNING["dominant-need"]
    m = c.before.meters
    top = m.dominant
    unmet = m.need(top) < k["met_at"]
    if unmet and w.gains.get(top, 0.0) <= 0:
        # a lesser need counts for less, the more so the further it lies below the dominant one
        weights = dict(m.priority)
        lf, scaled = k["lesser_factor"], False
        for n in tuple(w.gains):
            if n != top and weights.get(n, 0.0) > 0:
                share = min(1.0, weights[n] / weights[top]) if weights[top] > 0 else 1.0
                scaled = w.scale((n,), lf + (1.0 - lf) * share * share) or scaled
        if scaled:
            w.note(
                "top-need",
                False,
                f"served a lesser need while what they wanted most was {_need(top).en}",
                f"主导需求“{_need(top).zh}”未满足，先满足次要需求事倍功半",
            )
    gain = w.gains.get(top, 0.0)
    if gain > 0:
        w.marks["waiting"] = 0
    if gain >= k["served_min_gain"]:
        w.add(k["served"])
        w.note(
            "top-need",
            True,
            f"went straight at what they wanted most: {_need(top).en}",
            f"抓住了主导需求“{_need(top).zh}”",
        )
    elif unmet and gain <= 0 and c.any_of(NEED_ACTS) and m.emotion < k["calm_enough_below"]:
        w.add(k["off_target"])
        w.note(
            "top-need",
            False,
            f"answered something they did not ask first; they wanted {_need(top).en}",
            f"答非所求：客户最在意的是“{_need(top).zh}”",
        )
    waiting = c.before.progress.waiting
    soothing_only = c.synced and not (
        c.any_of(PROBLEM) or c.any_of(_CLARIFYING) or c.any_of(ACTING)
    )
    calm = m.emotion < k["calm_enough_below"]
    if unmet and top in MATERIAL_NEEDS and soothing_only and calm and gain <= 0:
        # sympathy is not solving: calm enough to want the fix, and only soothing again
        w.marks["waiting"] = waiting + 1
        w.add(k["still_waiting"], min(waiting + 1, k["still_waiting_cap"]))
        w.note(
            "top-need",
            False,
            f"calm enough now, and still nothing done; they wanted {_need(top).en}",
            f"情绪已平复，“{_need(top).zh}”却还没有着落",
        )
    after = m.need(top) + gain
    if after >= k["met_at"] and m.need(top) < k["met_at"]:
        w.shift[top] = k["shift_factor"]
        w.note(
            "top-need-met",
            True,
            f"they got what they wanted most ({_need(top).en}); another need now leads",
            f"“{_need(top).zh}”已满足，其他需求升为主导",
        )
    if c.has("hard_sell"):
        w.add(k["hard_sell"])
        w.note("selling", False, "sold before understanding the need", "未了解需求就推销")


# 5. emotional needs can carry unmet material ones (001 此消彼长): care makes an unmet need
# acceptable (it weighs less once honestly explained), never met
def emotional_carry(c: Ctx, w: Work) -> None:
    k = TUNING["emotional-carry"]
    m = c.before.meters
    mine = dict(m.priority)
    if c.has("imply_unimportant"):
        w.add(k["imply_unimportant"])
        w.note("mattered", False, "implied they did not matter", "暗示客户不重要")
    emotional = sum(w.gains.get(n, 0.0) for n in EMOTIONAL_NEEDS if w.gains.get(n, 0.0) > 0)
    unmet = tuple(
        n for n in MATERIAL_NEEDS if mine.get(n, 0.0) > 0 and m.need(n) < k["unmet_below"]
    )
    if c.has("manage_expectations") and unmet and not c.before.progress.managed:
        # expectation management reorders the customer's needs (001 期望值管理)
        factor = k["cared_reorder"] if emotional > 0 else k["expectations_reorder"]
        for n in unmet:
            w.shift[n] = factor
        w.note(
            "expectations",
            True,
            "honest expectations, said with care: what cannot be done weighs less"
            if emotional > 0
            else "honest expectations made what cannot be done weigh less",
            "坦诚管理期望并照顾感受：做不到的部分不再那么重要"
            if emotional > 0
            else "期望值管理让做不到的部分不再那么重要",
        )
    felt = [m.need(n) for n in EMOTIONAL_NEEDS if mine.get(n, 0.0) > 0]
    if felt and sum(felt) / len(felt) < k["bare_material_below"]:
        material = tuple(n for n in MATERIAL_NEEDS if n in w.gains)
        if emotional <= 0 and w.scale(material, k["bare_material_factor"]):
            w.note(
                "care",
                False,
                "a bare fix, with no regard for how they felt, satisfied less",
                "只解决问题、不顾感受，满意度打了折扣",
            )


# 6. style matching (000 §三: the four buying styles). Each style has its manner; the manner of
# the opposite style (demanding-steady, influential-compliant) is what it cannot stand, and a
# neighbour's manner misses it too.
MANNERS: dict[str, str] = {
    "demanding": "be_direct",
    "influential": "be_warm",
    "steady": "be_calm",
    "compliant": "be_precise",
}
OPPOSITE: dict[str, str] = {
    "demanding": "steady",
    "steady": "demanding",
    "influential": "compliant",
    "compliant": "influential",
}


def _a_style(style: str) -> str:
    word = STYLES[style].en
    return ("an " if word[0] in "aeiou" else "a ") + word


def style_matching(c: Ctx, w: Work) -> None:
    k = TUNING["style-matching"]
    style = c.customer.style
    liked = min(k["cap"], c.count(k["likes"][style]))
    disliked = min(k["cap"], c.count(k["dislikes"][style]))
    if liked:
        w.add(k["liked"], liked)
    if disliked:
        w.add(k["disliked"], disliked)
    opposite = MANNERS[OPPOSITE[style]]
    if MANNERS[style] in c.acts:
        w.scale(MATERIAL_NEEDS, k["own_needs_factor"])
    missed = ""
    if opposite in c.acts:
        w.add(k["opposite"])
        w.scale(MATERIAL_NEEDS, k["opposite_needs_factor"])
        missed = "opposite"
    elif (
        any(a in c.acts for s, a in MANNERS.items() if s != style) and MANNERS[style] not in c.acts
    ):
        w.add(k["adjacent"])
        w.scale(MATERIAL_NEEDS, k["adjacent_needs_factor"])
        missed = "adjacent"
    _manner_note(w, style, bool(liked), bool(disliked), missed)


def _manner_note(w: Work, style: str, liked: bool, disliked: bool, missed: str) -> None:
    """One note on the manner, so a reply is never said to both fit and grate."""
    who, zh = _a_style(style), STYLES[style].zh
    if liked and (disliked or missed):
        w.note(
            "manner",
            False,
            f"part of it suited {who} customer, and part of it grated",
            f"有的地方合{zh}客户的心意，有的地方却让人反感",
        )
    elif liked:
        w.note("manner", True, f"the manner {who} customer wants", f"符合{zh}客户想要的方式")
    elif missed == "opposite":
        w.note(
            "manner",
            False,
            f"the manner of the opposite style: it grates on {who} customer",
            f"用了与{zh}相反的方式，格格不入",
        )
    elif disliked:
        w.note(
            "manner", False, f"the manner {who} customer cannot stand", f"正是{zh}客户反感的方式"
        )
    elif missed:
        w.note(
            "manner",
            False,
            f"a manner meant for someone else misses {who} customer",
            f"方式不是{zh}客户要的，没说到点子上",
        )


_EXPRESS = ("narrate", "explain_with_case", "interpret", "comment")


# 7. the right way of expressing (004); "you are wrong" costs trust
def expressing(c: Ctx, w: Work) -> None:
    k = TUNING["expressing"]
    pref = c.customer.expression
    if pref in c.acts:
        w.add(k["matched"])
        w.scale(("understand",), k["matched_understand_factor"])
        w.note(
            "expression",
            True,
            f"{_act(pref).en}: the way to reach this customer",
            f"“{_act(pref).zh}”正是适合这位客户的表达方式",
        )
    if "narrate" in c.acts and pref == "explain_with_case":
        w.bump("trust", k["self_praise_to_sceptic_trust"])
        w.note(
            "expression", False, "they do not trust a company praising itself", "客户不相信自卖自夸"
        )
    if "explain_with_case" in c.acts and pref == "narrate":
        w.bump("patience", k["long_case_patience"])
    if "jargon" in c.acts:
        low = pref == "interpret"
        w.add(k["jargon_low"] if low else k["jargon"])
        if low and w.gains.get("understand", 0.0) > 0:
            w.bump("understand", -w.gains["understand"])
        w.note(
            "words",
            False,
            "technical language instead of service language",
            "用了技术语言而非服务语言",
        )
    wrong = c.count(("criticize", "argue", "doubt"))
    if wrong:
        w.add(k["you_are_wrong"], wrong)
        w.note("words", False, "told them, in effect, 'you are wrong'", "等于在说“您错了”")
    grating = c.count(("authoritative_tone", "sarcasm", "lecture"))
    if grating:
        w.add(k["grating"], grating)
        w.note("tone", False, "a tone that grates on the ear", "语气刺耳")


# 8. NO in the language of YES (001 用YES的语言表达NO; 3F; sandwich)
def no_in_yes(c: Ctx, w: Work) -> None:
    k = TUNING["no-in-yes"]
    yes = c.has("offer_options", "manage_expectations")
    if c.has("direct_refusal"):
        w.add(k["refusal"], k["sandwich_factor"] if yes else 1.0)
        w.note(
            "no",
            False,
            "a flat NO" if not yes else "a NO softened by options (sandwich)",
            "生硬的拒绝" if not yes else "拒绝夹在选择之间（三明治法）",
        )
    elif yes:
        w.add(k["yes_language"])
        w.note("no", True, "a NO said in the language of YES", "用YES的语言表达了NO")
    if c.has("share_similar") and c.has("explain_reason", "offer_options"):
        w.add(k["three_f"])
        w.note("3f", True, "feel, felt, found (3F)", "3F法：感受、同感、发现")


# 9. the complaint path (002 投诉处理的步骤 and 常见的错误行为)
def complaint_path(c: Ctx, w: Work) -> None:
    k = TUNING["complaint-path"]
    p = c.before.progress
    if p.turns == 0 and (c.synced or c.has("apologize")):
        w.bump("trust", k["accepted_at_once_trust"])
        w.note("accepted", True, "accepted the complaint at once", "立即受理了投诉")
    clarifying = c.any_of(_CLARIFYING)
    if c.any_of(SOLVING) and not p.clarified and not clarifying:
        w.scale(MATERIAL_NEEDS, k["solve_before_clarify_factor"])
        w.bump("trust", k["solve_before_clarify_trust"])
        w.note(
            "clarify", False, "offered a fix before clarifying the problem", "还没澄清问题就给方案"
        )
    if c.has("closed_question") and not p.asked_open and not c.has("open_question"):
        w.add(k["closed_before_open"])
        w.note(
            "clarify",
            False,
            "closed questions before letting them tell it",
            "没让客户讲述就用封闭式问题盘问",
        )
    if c.has("thank"):
        if p.solved or c.any_of(SOLVING):
            w.add(k["thanks_after_solving"])
            w.note("thanks", True, "thanked them once it was solved", "问题解决后致谢")
        else:
            w.add(k["thanks_too_early"])
            w.note("thanks", False, "thanked them before solving anything", "问题未解决就道谢")
    if c.any_of(ACTING) and (p.solved or c.any_of(SOLVING)):
        w.bump("trust", k["acted_after_solving_trust"])
        w.note("action", True, "followed the solution with action", "方案之后立即行动")
    for act, effect in k["mistakes"].items():
        if act in c.acts:
            w.add(effect)
            w.note(
                "handling",
                False,
                f"a common complaint-handling mistake: {_act(act).en}",
                f"处理投诉的常见错误：{_act(act).zh}",
            )
    if c.has("apologize") and p.apologies:
        # 002 一味的道歉: the second apology is worth half, the third grates
        calm = TUNING["emotion-first"]["calm"]["apologize"]
        if p.apologies == 1:
            w.bump("emotion", calm * k["second_apology_fades"])
            w.note("apology", False, "sorry again: it counts for less", "再次道歉，效果减半")
        else:
            w.bump("emotion", calm)
            w.add(k["apology_grates"])
            w.scale(("respect",), 0.0)
            w.note(
                "apology",
                False,
                "sorry yet again, and nothing done: it grates",
                "一味的道歉，不解决问题，更招人烦",
            )


# 10. traits and diversity factors bend reactions (000 §一, §四); who reacts: reactions.py
def traits(c: Ctx, w: Work) -> None:
    k = TUNING["traits"]
    done: set[str] = set()
    for act in c.acts:
        for r in REACTIONS_BY_ACT.get(act, ()):
            if r.key in done or (r.unless and r.unless in c.seen) or not r.who(c.customer):
                continue
            if r.along and r.along not in c.seen:
                continue
            done.add(r.key)
            w.add(k[r.key])
            w.notes.append(Note(r.key, worth(k[r.key].items()) > 0, r.note))


# 11. patience runs out: each turn costs time (see turn.py for the early exit)
def patience_runs_out(c: Ctx, w: Work) -> None:
    k = TUNING["patience-runs-out"]
    cu = c.customer
    drain = k["drain"] * k["style"][cu.style] * k["time"].get(cu.factor("time"), 1.0)
    if cu.cause == "tired":
        drain *= k["tired"]
    if c.before.meters.emotion >= k["hot_from"]:
        drain *= k["hot"]
    w.bump("patience", -drain)
    if c.any_of(ACTING):
        w.bump("patience", k["acting_restores"])
        w.note("time", True, "action with a time frame bought patience", "有时限的行动换来了耐心")


RULES: tuple[Rule, ...] = (
    Rule(
        "emotion-first",
        1,
        "001, 002",
        t("Emotion first", "先处理情绪"),
        t(
            "While they are upset, talk of the problem counts for little; meeting the feeling "
            "brings them back to reason.",
            "客户情绪激动时谈问题收效甚微;先同步情绪，让客户回到理性状态。",
        ),
    ),
    Rule(
        "anger-ladder",
        2,
        "001",
        t("The anger ladder", "愤怒指数"),
        t(
            "1-2 stars: answer the key pain with feeling; 3-4: restate the pain they spoke; "
            "5-6: voice the pain they did not speak.",
            "1-2星：带情绪回应关键的痛;3-4星：复述说出的痛;5-6星：说出没有说出的痛。",
        ),
    ),
    Rule(
        "wrong-attitudes",
        3,
        "001",
        t("Wrong attitudes feed emotion", "错误态度助长情绪"),
        t(
            "Ignoring, diverting, denying or suppressing a feeling makes it grow; a feeling "
            "nobody attends to never leaves.",
            "忽略、转移、否定、压制只会让情绪更强;不去理解和引导，情绪永远不会走。",
        ),
    ),
    Rule(
        "dominant-need",
        4,
        "001",
        t("Dominant need first", "先满足主导需求"),
        t(
            "Serve the need that matters most first; once it is met, another leads.",
            "先满足主导需求;满足之后，其他需求会升为主导。",
        ),
    ),
    Rule(
        "emotional-carry",
        5,
        "001",
        t("Emotional needs carry material ones", "情感需求与物质需求此消彼长"),
        t(
            "Respect, being heard and honest expectations can leave them satisfied even when "
            "the material need cannot be met; a bare fix does not guarantee it.",
            "物质需求无法满足时，满足情感需求、管理期望，客户仍可能满意;只满足物质需求未必满意。",
        ),
    ),
    Rule(
        "style-matching",
        6,
        "000",
        t("Style matching", "因人而异的服务方式"),
        t(
            "Demanding: direct and fast. Influential: warm, time to talk. Steady: calm, no "
            "pressure. Compliant: precise, no closeness.",
            "要求型：直接、快速;影响型：热情、让其倾诉;稳定型：平和、不施压;恭顺型：准确、保持距离。",
        ),
    ),
    Rule(
        "expressing",
        7,
        "004",
        t("The right way of expressing", "合适的表达方式"),
        t(
            "Narrate to the direct, explain with cases to the sceptical, interpret for low "
            "comprehension, comment to the entrenched; 'you are wrong' costs trust.",
            "对直接的人直说，对多疑的人举实例，对理解力弱的人浅显解释，对固执的人含蓄评述;"
            "说“您错了”只会失去信任。",
        ),
    ),
    Rule(
        "no-in-yes",
        8,
        "001",
        t("NO in the language of YES", "用YES的语言表达NO"),
        t(
            "A flat refusal hurts; options, honest expectations, 3F and the sandwich carry the "
            "same NO without the damage.",
            "直接拒绝伤人;给予选择、管理期望、3F法与三明治法能传达同样的NO而不伤人。",
        ),
    ),
    Rule(
        "complaint-path",
        9,
        "002",
        t("The complaint path", "投诉处理的步骤"),
        t(
            "Accept, calm, clarify (open then closed questions), solve, act, thank; each "
            "common handling mistake has its cost.",
            "受理、平息、澄清（先开放后封闭）、解决、行动、感谢;每种常见错误都有代价。",
        ),
    ),
    Rule(
        "traits",
        10,
        "000",
        t("Traits bend reactions", "个性影响反应"),
        t(
            "Talkative, proud, hesitant, shy, private or punctual people react in their own "
            "way to the same words.",
            "健谈、自大、犹豫、腼腆、注重隐私或守时的客户，对同一句话反应各不相同。",
        ),
    ),
    Rule(
        "patience-runs-out",
        11,
        "000, 002",
        t("Patience runs out", "耐心会耗尽"),
        t(
            "Every turn costs time; with no patience left, or at the top of their anger, they "
            "walk out, hang up or demand a manager.",
            "每一轮都在消耗耐心;耐心耗尽或怒到极点，客户会离开、挂断或要求找经理。",
        ),
    ),
)

RULE_FNS: dict[str, RuleFn] = {
    "emotion-first": emotion_first,
    "anger-ladder": anger_ladder,
    "wrong-attitudes": wrong_attitudes,
    "dominant-need": dominant_need,
    "emotional-carry": emotional_carry,
    "style-matching": style_matching,
    "expressing": expressing,
    "no-in-yes": no_in_yes,
    "complaint-path": complaint_path,
    "traits": traits,
    "patience-runs-out": patience_runs_out,
}
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RULES)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
