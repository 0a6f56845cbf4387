"""The eleven rules of the customer model (model.md §4), each a named function with its source.

A rule reads the turn (who the customer is, how they feel, the acts of the reply) and bends
the turn's effects in a scratch `Work`; turn.py records what each rule changed. All numbers
live in tuning.py under the rule's id.

What makes a turn cheap (issue #16): what does not change from turn to turn is worked out once.
`Facts` is what the rules read from a reply's acts alone (which acts, how many of a kind, what
they serve, what each buying style makes of them), made once per distinct acts tuple; `Profile`
is what they read from the customer alone (style, drain of patience, the reactions their traits
allow), made once per customer. A rule body reads those, the meters before the turn, and the
Work. Every change goes through `Work.bump`, which appends (rule, key, amount) to the turn's
record, and every note through `Work.note`, which appends (rule, note): turn.py sums the record
into each rule's deltas only when someone reads `Outcome.fired`. A note is made once per
wording (`note`). TUNING is a constant table: Facts and Profiles read it when they are made."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from game.engine.act_words import act_words
from game.engine.acts import ACTING, ACTS, CLARIFY, NEED_ACTS, PROBLEM, SOLVING, SYNC
from game.engine.customer import Customer
from game.engine.facets import MATERIAL_NEEDS, NEED_LABELS, STYLES
from game.engine.meters import State, stars, weights_of
from game.engine.notes import Note
from game.engine.reactions import REACTIONS, REACTIONS_BY_ACT, Reaction
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


@cache
def note(topic: str, good: bool, en: str, zh: str) -> Note:
    """The note with these words: made once, then shared (a Note is immutable)."""
    return Note(topic, good, t(en, zh))


_CLARIFYING: frozenset[str] = CLARIFY | {"restate_facts"}
_ATTITUDES = ("ignore", "divert", "deny", "suppress")
_EXPRESS = ("narrate", "explain_with_case", "interpret", "comment")
_YOU_ARE_WRONG = ("criticize", "argue", "doubt")
_GRATING = ("authoritative_tone", "sarcasm", "lecture")


Gains = tuple[tuple[str, float], ...]  # (need, gain)
Serving = tuple[Gains, Gains]  # the acts' gains in the order they touch them, and sorted


class Facts:
    """What the rules read from a reply's acts alone; `facts(acts)` makes it once per tuple."""

    __slots__ = (
        "acting",
        "active",
        "acts",
        "any_rung",
        "attitudes",
        "calming",
        "clarifying",
        "doing",
        "gains",
        "grating",
        "ladder",
        "manners",
        "material",
        "mistakes",
        "need_acts",
        "plan",
        "problem",
        "progressed",
        "reactive",
        "seen",
        "serving",
        "solving",
        "soothing_only",
        "sync_count",
        "synced",
        "wrong",
        "yes",
    )

    def __init__(self, acts: tuple[str, ...]) -> None:
        seen = frozenset(acts)
        self.acts = acts
        self.seen = seen
        # what the acts alone do for each need: summed in the order of the acts, each need in
        # the order they first touch it (`gains`), and as evaluate reports it (`served`)
        gains: dict[str, float] = {}
        for a in acts:
            for n, g in ACTS[a].serves.items():
                gains[n] = gains.get(n, 0.0) + g
        self.gains = tuple(gains.items())
        # the material needs these acts serve: the only ones a rule can find a gain on to scale
        # (no number of the tuning table gives a material need anything: see _check_material)
        self.material = tuple(n for n in MATERIAL_NEEDS if n in gains)
        self.serving: dict[tuple[str, ...], Serving] = {}
        self.synced = not SYNC.isdisjoint(seen)
        self.problem = not PROBLEM.isdisjoint(seen)
        self.solving = not SOLVING.isdisjoint(seen)
        self.acting = not ACTING.isdisjoint(seen)
        self.clarifying = not _CLARIFYING.isdisjoint(seen)
        self.need_acts = not NEED_ACTS.isdisjoint(seen)
        # emotion-first
        calm = TUNING["emotion-first"]["calm"]
        self.calming: float = sum(calm.get(a, 0.0) for a in acts)
        self.sync_count = sum(1 for a in acts if a in SYNC)
        # anger-ladder: per band of stars, the emotion each act's calming gains or loses
        self.ladder = {
            level: tuple(
                -calm[act] * (m - 1.0) for act, m in mult.items() if act in acts and m != 1.0
            )
            for level, mult in TUNING["anger-ladder"].items()
            if level in RUNGS
        }
        self.any_rung = any(a in acts for a in RUNGS.values())
        # wrong-attitudes
        self.attitudes = tuple(a for a in _ATTITUDES if a in acts)
        # dominant-need: only soothing, nothing for the problem
        self.soothing_only = self.synced and not (self.problem or self.clarifying or self.acting)
        # style-matching: what each buying style makes of the manner
        self.manners = {style: _Manner(style, acts) for style in MANNERS}
        # expressing
        self.wrong = sum(1 for a in acts if a in _YOU_ARE_WRONG)
        self.grating = sum(1 for a in acts if a in _GRATING)
        # no-in-yes
        self.yes = "offer_options" in seen or "manage_expectations" in seen
        # complaint-path
        self.mistakes = tuple(a for a in TUNING["complaint-path"]["mistakes"] if a in acts)
        # traits
        self.reactive = any(a in REACTIONS_BY_ACT for a in acts)
        # scripted: what the reply does, apart from how it says it (manner, expressing)
        self.doing: frozenset[str] = frozenset(a for a in acts if ACTS[a].group in _DOING_GROUPS)
        # the rules that can do anything at all with these acts (the others are not run), and
        # the functions of those of every rule, in their order
        self.active = frozenset(r for r in RULE_IDS if r not in ACTS_ON or ACTS_ON[r](self))
        self.plan = tuple((r, RULE_FNS[r]) for r in RULE_IDS if r in self.active)
        # turn.py's steps along the complaint path from a Progress: (id, waiting) -> (it, next)
        self.progressed: dict[tuple[int, int | None], tuple[Any, Any]] = {}

    def serve(self, needs: tuple[str, ...]) -> Serving:
        """What these acts do for a customer with these needs: the gains in the order the
        acts first touch them, and sorted (as Outcome.served)."""
        found = self.serving.get(needs)
        if found is None:
            gains = tuple((n, g) for n, g in self.gains if n in needs)
            found = self.serving[needs] = (gains, tuple(sorted(gains)))
        return found


def _check_material(table: dict[str, Any]) -> None:
    """Facts.material holds only if a material need gains from the acts alone: a rule scales
    gains, never starts one, and no effect in the tuning table names a material need."""
    for key, value in table.items():
        if key in MATERIAL_NEEDS:
            raise RuntimeError(f"tuning: an effect on the material need {key!r}; see Facts")
        if isinstance(value, dict):
            _check_material(value)


_check_material(TUNING)
_FACTS: dict[tuple[str, ...], Facts] = {}


_DOING_GROUPS = ("sync", "clarify", "need", "close")


def facts(acts: tuple[str, ...]) -> Facts:
    """The Facts of these acts, made on first use (the cache is cleared when it grows large)."""
    found = _FACTS.get(acts)
    if found is None:
        if len(_FACTS) >= 20_000:
            _FACTS.clear()
        found = _FACTS[acts] = Facts(acts)
    return found


class Profile:
    """What the rules read from the customer alone; `profile(customer)` makes it once."""

    __slots__ = ("customer", "drain", "reacts", "style")

    def __init__(self, cu: Customer) -> None:
        self.customer = cu
        self.style = cu.style
        k = TUNING["patience-runs-out"]
        drain = k["drain"] * k["style"][cu.style] * k["time"].get(cu.factor("time"), 1.0)
        if cu.cause == "tired":
            drain *= k["tired"]
        self.drain: float = drain  # before the heat of the moment (rule 11)
        self.reacts: dict[str, bool] = {}  # rule 10: reaction -> whether they react so

    def reacts_to(self, r: Reaction) -> bool:
        """Whether this customer is one who reacts so (asked once per reaction)."""
        found = self.reacts.get(r.key)
        if found is None:
            found = self.reacts[r.key] = r.who(self.customer)
        return found


def profile(cu: Customer) -> Profile:
    found: Profile | None = cu._memo.get("rules")
    if found is None:
        found = cu._memo["rules"] = Profile(cu)
    return found


class Ctx:
    """The turn as the rules read it: who, how they felt before, and the reply's acts."""

    __slots__ = (
        "acts",
        "customer",
        "emotion",
        "f",
        "mine",
        "needs",
        "profile",
        "progress",
        "seen",
        "top",
        "weights",
    )

    def __init__(self, customer: Customer, before: State, acts: tuple[str, ...]) -> None:
        m = before.meters
        self.customer = customer
        # profile(customer) and facts(acts), their look-ups written out (this runs every turn)
        self.profile = customer._memo.get("rules") or profile(customer)
        self.progress = before.progress
        self.emotion = m.emotion
        self.needs = dict(m.needs)  # need -> satisfaction before the turn
        weights = weights_of(m.priority)
        self.weights = weights
        self.mine = weights.by_need  # need -> weight: this customer's needs (read only)
        self.top = weights.dominant  # the dominant need before the turn
        self.acts = acts
        f = self.f = _FACTS.get(acts) or facts(acts)
        self.seen = f.seen


class Work:
    """What one turn does, as the rules bend it. Lives only inside turn.evaluate.

    Every change goes through `bump` (or `add`, `scale`) and every note through `note` (or
    `said`), which also write it in the running rule's `log` (key -> sum of its changes, in the
    order first touched) and `notes`; evaluate files them under the rule when it returns, so
    the turn can say exactly what each rule did without comparing snapshots."""

    __slots__ = ("gains", "log", "meters", "notes", "shift", "waiting")

    def __init__(self, gains: dict[str, float]) -> None:
        self.waiting: int | None = None  # turns waited for the dominant need, if it changed
        self.meters: dict[str, float] = {"emotion": 0.0, "trust": 0.0, "patience": 0.0}
        self.gains = gains  # need -> satisfaction added (the acts' own gains to begin with)
        self.shift: dict[str, float] = {}  # need -> priority multiplier
        self.log: dict[str, float] = {}  # the running rule's changes
        self.notes: list[Note] = []  # the running rule's notes

    def bump(self, key: str, amount: float) -> None:
        meters = self.meters
        if key in meters:
            meters[key] += amount
        else:
            gains = self.gains
            gains[key] = gains.get(key, 0.0) + amount
        log = self.log
        log[key] = log.get(key, 0.0) + amount

    def add(self, effect: dict[str, float], times: float = 1.0) -> None:
        meters, gains, log = self.meters, self.gains, self.log
        for key, amount in effect.items():  # bump(key, amount * times), written out
            amount *= times
            if key in meters:
                meters[key] += amount
            else:
                gains[key] = gains.get(key, 0.0) + amount
            log[key] = log.get(key, 0.0) + amount

    def scale(self, needs: Iterable[str], factor: float) -> bool:
        """Multiplies positive gains on these needs; says whether anything changed."""
        changed = False
        gains, log = self.gains, self.log
        for need in needs:
            gain = gains.get(need, 0.0)
            if gain > 0:
                amount = gain * (factor - 1.0)  # bump(need, amount), written out
                gains[need] = gain + amount
                log[need] = log.get(need, 0.0) + amount
                changed = True
        return changed

    def damp(self, factor: float) -> None:
        """Scales the good part of what the reply did so far: calm, trust and patience won,
        and every need served."""
        meters = self.meters
        for key, good in (("emotion", -1.0), ("trust", 1.0), ("patience", 1.0)):
            if meters[key] * good > 0:
                self.bump(key, meters[key] * (factor - 1.0))
        self.scale(tuple(self.gains), factor)

    def note(self, topic: str, good: bool, en: str, zh: str) -> None:
        self.notes.append(note(topic, good, en, zh))

    def said(self, made: Note) -> None:
        """A note made beforehand (a constant, or a cached one's)."""
        self.notes.append(made)


RuleFn = Callable[[Ctx, Work], None]


def _act(name: str) -> Text:
    """How a note names an act: a phrase for what it did (never its id)."""
    return act_words(name)


def _need(name: str) -> Text:
    return NEED_LABELS[name]


def band(n: int) -> str:
    """The rung of the anger ladder for a number of stars (001 四个复述: 1-2, 3-4, 5-6)."""
    return "low" if n <= 2 else "mid" if n <= 4 else "high"


# 1. emotion first (001 四个同步; 002 "let the customer analyse the problem in a rational state")
_EASED = note("feeling", True, "their feeling was met, so it eased", "情绪被接住了，随之缓和")
_SOOTHED = note("soothed", True, "it soothed them a little", "让客户稍稍平静了一点")
_TOO_SOON = note(
    "timing",
    False,
    "still upset, so talk of the problem counted for little",
    "情绪未平，谈问题收效甚微",
)
_NOT_LISTENING = note(
    "feeling",
    False,
    "went at the problem past their anger: 'you're not listening'",
    "越过情绪直奔问题：“你根本没在听”",
)


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
        return note(
            "rung", True, f"the right restatement for {n} stars", f"{n}星愤怒，复述对了层次"
        )
    if drama:
        return note(
            "rung",
            False,
            f"at {n} stars, a speech about unspoken pain sounds like drama",
            f"只有{n}星，替客户说出没说的痛，听来像小题大做",
        )
    return note("rung", False, f"the wrong restatement for {n} stars", f"{n}星愤怒，复述不对层次")


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
    return note(
        "attitude",
        False,
        f"{_act(act).en} fed the emotion it meant to stop",
        f"“{_act(act).zh}”反而助长了情绪",
    )


_UNATTENDED = note(
    "feeling",
    False,
    "no one named their feeling, so it did not fade",
    "没人接住客户的情绪，情绪不会自己消失",
)


def wrong_attitudes(c: Ctx, w: Work) -> None:
    k = TUNING["wrong-attitudes"]
    for act in c.f.attitudes:  # ignore, divert, deny, suppress: those said
        w.bump("emotion", k["emotion"][act])
        w.bump("trust", k["trust"][act])
        w.said(_attitude_note(act))
    if not c.f.synced and c.emotion >= k["lingers_from"]:
        w.bump("emotion", k["lingers"])
        w.said(_UNATTENDED)


# 4. dominant need first (001 服务内涵: 主导需求)
@cache
def _top_note(top: str, what: str) -> Note:
    en, zh = _need(top).en, _need(top).zh
    if what == "lesser":
        return note(
            "top-need",
            False,
            f"served a lesser need while what they wanted most was {en}",
            f"主导需求“{zh}”未满足，先满足次要需求事倍功半",
        )
    if what == "served":
        return note(
            "top-need",
            True,
            f"went straight at what they wanted most: {en}",
            f"抓住了主导需求“{zh}”",
        )
    if what == "off_target":
        return note(
            "top-need",
            False,
            f"answered something they did not ask first; they wanted {en}",
            f"答非所求：客户最在意的是“{zh}”",
        )
    if what == "still_waiting":
        return note(
            "top-need",
            False,
            f"calm enough now, and still nothing done; they wanted {en}",
            f"情绪已平复，“{zh}”却还没有着落",
        )
    return note(
        "top-need-met",
        True,
        f"they got what they wanted most ({en}); another need now leads",
        f"“{zh}”已满足，其他需求升为主导",
    )


_HARD_SELL = note("selling", False, "sold before understanding the need", "未了解需求就推销")


def dominant_need(c: Ctx, w: Work) -> None:
    k = TUNING["dominant-need"]
    top, gains, met_at = c.top, w.gains, k["met_at"]
    had = c.needs.get(top, 0.0)
    unmet = had < met_at
    if unmet and gains.get(top, 0.0) <= 0:
        # a lesser need counts for less, the more so the further it lies below the dominant one
        weights = c.mine
        lf, scaled = k["lesser_factor"], False
        for n in tuple(gains):
            if n != top and weights.get(n, 0.0) > 0:
                share = min(1.0, weights[n] / weights[top]) if weights[top] > 0 else 1.0
                scaled = w.scale((n,), lf + (1.0 - lf) * share * share) or scaled
        if scaled:
            w.said(_top_note(top, "lesser"))
    gain = gains.get(top, 0.0)
    if gain > 0:
        w.waiting = 0
    calm = c.emotion < k["calm_enough_below"]
    if gain >= k["served_min_gain"]:
        w.add(k["served"])
        w.said(_top_note(top, "served"))
    elif unmet and gain <= 0 and c.f.need_acts and calm:
        w.add(k["off_target"])
        w.said(_top_note(top, "off_target"))
    waiting = c.progress.waiting
    if unmet and top in MATERIAL_NEEDS and c.f.soothing_only and calm and gain <= 0:
        # sympathy is not solving: calm enough to want the fix, and only soothing again
        w.waiting = waiting + 1
        w.add(k["still_waiting"], min(waiting + 1, k["still_waiting_cap"]))
        w.said(_top_note(top, "still_waiting"))
    if had + gain >= met_at and unmet:
        w.shift[top] = k["shift_factor"]
        w.said(_top_note(top, "met"))
    if "hard_sell" in c.seen:
        w.add(k["hard_sell"])
        w.said(_HARD_SELL)


# 5. emotional needs can carry unmet material ones (001 此消彼长): care makes an unmet need
# acceptable (it weighs less once honestly explained), never met
_NOT_MATTERING = note("mattered", False, "implied they did not matter", "暗示客户不重要")
_BARE_FIX = note(
    "care",
    False,
    "a bare fix, with no regard for how they felt, satisfied less",
    "只解决问题、不顾感受，满意度打了折扣",
)


def emotional_carry(c: Ctx, w: Work) -> None:
    k = TUNING["emotional-carry"]
    had, gains = c.needs, w.gains
    if "imply_unimportant" in c.seen:
        w.add(k["imply_unimportant"])
        w.said(_NOT_MATTERING)
    # whether the reply served an emotional need (any of the three, had or not)
    cared = gains.get("respect", 0.0) > 0 or gains.get("heard", 0.0) > 0
    cared = cared or gains.get("pleasure", 0.0) > 0
    if "manage_expectations" in c.seen and not c.progress.managed:
        below = k["unmet_below"]
        unmet = tuple(n for n in c.weights.material if had.get(n, 0.0) < below)
        if unmet:
            # expectation management reorders the customer's needs (001 期望值管理)
            factor = k["cared_reorder"] if cared else k["expectations_reorder"]
            for n in unmet:
                w.shift[n] = factor
            w.note(
                "expectations",
                True,
                "honest expectations, said with care: what cannot be done weighs less"
                if cared
                else "honest expectations made what cannot be done weigh less",
                "坦诚管理期望并照顾感受：做不到的部分不再那么重要"
                if cared
                else "期望值管理让做不到的部分不再那么重要",
            )
    if cared or not c.weights.emotional:
        return
    felt = [had.get(n, 0.0) for n in c.weights.emotional]  # the emotional needs they have
    bare = sum(felt) / len(felt) < k["bare_material_below"]
    if bare and w.scale(c.f.material, k["bare_material_factor"]):
        w.said(_BARE_FIX)


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


class _Manner:
    """What a customer of one buying style makes of the manner of these acts (rule 6)."""

    __slots__ = ("disliked", "liked", "missed", "note", "own")

    def __init__(self, style: str, acts: tuple[str, ...]) -> None:
        k = TUNING["style-matching"]
        self.liked = min(k["cap"], sum(1 for a in acts if a in k["likes"][style]))
        self.disliked = min(k["cap"], sum(1 for a in acts if a in k["dislikes"][style]))
        self.own = MANNERS[style] in acts
        self.missed = ""  # "opposite", "adjacent" or ""
        if MANNERS[OPPOSITE[style]] in acts:
            self.missed = "opposite"
        elif not self.own and any(a in acts for s, a in MANNERS.items() if s != style):
            self.missed = "adjacent"
        self.note = _manner_note(style, bool(self.liked), bool(self.disliked), self.missed)


def style_matching(c: Ctx, w: Work) -> None:
    k = TUNING["style-matching"]
    manner = c.f.manners[c.profile.style]
    if manner.liked:
        w.add(k["liked"], manner.liked)
    if manner.disliked:
        w.add(k["disliked"], manner.disliked)
    if manner.own:
        w.scale(c.f.material, k["own_needs_factor"])
    if manner.missed == "opposite":
        w.add(k["opposite"])
        w.scale(c.f.material, k["opposite_needs_factor"])
    elif manner.missed == "adjacent":
        w.add(k["adjacent"])
        w.scale(c.f.material, k["adjacent_needs_factor"])
    if manner.note is not None:
        w.said(manner.note)


def _manner_note(style: str, liked: bool, disliked: bool, missed: str) -> Note | None:
    """One note on the manner, so a reply is never said to both fit and grate."""
    who, zh = _a_style(style), STYLES[style].zh
    if liked and (disliked or missed):
        return note(
            "manner",
            False,
            f"part of it suited {who} customer, and part of it grated",
            f"有的地方合{zh}客户的心意，有的地方却让人反感",
        )
    if liked:
        return note("manner", True, f"the manner {who} customer wants", f"符合{zh}客户想要的方式")
    if missed == "opposite":
        return note(
            "manner",
            False,
            f"the manner of the opposite style: it grates on {who} customer",
            f"用了与{zh}相反的方式，格格不入",
        )
    if disliked:
        return note(
            "manner", False, f"the manner {who} customer cannot stand", f"正是{zh}客户反感的方式"
        )
    if missed:
        return note(
            "manner",
            False,
            f"a manner meant for someone else misses {who} customer",
            f"方式不是{zh}客户要的，没说到点子上",
        )
    return None


# 7. the right way of expressing (004); "you are wrong" costs trust
@cache
def _expression_note(pref: str) -> Note:
    return note(
        "expression",
        True,
        f"{_act(pref).en}: the way to reach this customer",
        f"“{_act(pref).zh}”正是适合这位客户的表达方式",
    )


_SELF_PRAISE = note(
    "expression", False, "they do not trust a company praising itself", "客户不相信自卖自夸"
)
_JARGON = note(
    "words", False, "technical language instead of service language", "用了技术语言而非服务语言"
)
_WRONG_WORDS = note("words", False, "told them, in effect, 'you are wrong'", "等于在说“您错了”")
_GRATING_TONE = note("tone", False, "a tone that grates on the ear", "语气刺耳")


def expressing(c: Ctx, w: Work) -> None:
    k = TUNING["expressing"]
    pref, seen = c.customer.expression, c.seen
    if pref in seen:
        w.add(k["matched"])
        w.scale(("understand",), k["matched_understand_factor"])
        w.said(_expression_note(pref))
    if "narrate" in seen and pref == "explain_with_case":
        w.bump("trust", k["self_praise_to_sceptic_trust"])
        w.said(_SELF_PRAISE)
    if "explain_with_case" in seen and pref == "narrate":
        w.bump("patience", k["long_case_patience"])
    if "jargon" in seen:
        low = pref == "interpret"
        w.add(k["jargon_low"] if low else k["jargon"])
        if low and w.gains.get("understand", 0.0) > 0:
            w.bump("understand", -w.gains["understand"])
        w.said(_JARGON)
    if c.f.wrong:
        w.add(k["you_are_wrong"], c.f.wrong)
        w.said(_WRONG_WORDS)
    if c.f.grating:
        w.add(k["grating"], c.f.grating)
        w.said(_GRATING_TONE)


# 8. NO in the language of YES (001 用YES的语言表达NO; 3F; sandwich)
_YES_LANGUAGE = note("no", True, "a NO said in the language of YES", "用YES的语言表达了NO")
_THREE_F = note("3f", True, "feel, felt, found (3F)", "3F法：感受、同感、发现")


def no_in_yes(c: Ctx, w: Work) -> None:
    k = TUNING["no-in-yes"]
    yes, seen = c.f.yes, c.seen
    if "direct_refusal" in seen:
        w.add(k["refusal"], k["sandwich_factor"] if yes else 1.0)
        w.note(
            "no",
            False,
            "a flat NO" if not yes else "a NO softened by options (sandwich)",
            "生硬的拒绝" if not yes else "拒绝夹在选择之间（三明治法）",
        )
    elif yes:
        w.add(k["yes_language"])
        w.said(_YES_LANGUAGE)
    if "share_similar" in seen and ("explain_reason" in seen or "offer_options" in seen):
        w.add(k["three_f"])
        w.said(_THREE_F)


# 9. the complaint path (002 投诉处理的步骤 and 常见的错误行为)
@cache
def _mistake_note(act: str) -> Note:
    return note(
        "handling",
        False,
        f"a common complaint-handling mistake: {_act(act).en}",
        f"处理投诉的常见错误：{_act(act).zh}",
    )


_ACCEPTED = note("accepted", True, "accepted the complaint at once", "立即受理了投诉")
_FIX_FIRST = note(
    "clarify", False, "offered a fix before clarifying the problem", "还没澄清问题就给方案"
)
_CLOSED_FIRST = note(
    "clarify",
    False,
    "closed questions before letting them tell it",
    "没让客户讲述就用封闭式问题盘问",
)
_THANKS_AFTER = note("thanks", True, "thanked them once it was solved", "问题解决后致谢")
_THANKS_EARLY = note("thanks", False, "thanked them before solving anything", "问题未解决就道谢")
_ACTED = note("action", True, "followed the solution with action", "方案之后立即行动")
_SORRY_AGAIN = note("apology", False, "sorry again: it counts for less", "再次道歉，效果减半")
_SORRY_GRATES = note(
    "apology",
    False,
    "sorry yet again, and nothing done: it grates",
    "一味的道歉，不解决问题，更招人烦",
)


def complaint_path(c: Ctx, w: Work) -> None:
    k = TUNING["complaint-path"]
    p, f, seen = c.progress, c.f, c.seen
    if p.turns == 0 and (f.synced or "apologize" in seen):
        w.bump("trust", k["accepted_at_once_trust"])
        w.said(_ACCEPTED)
    if f.solving and not p.clarified and not f.clarifying:
        w.scale(f.material, k["solve_before_clarify_factor"])
        w.bump("trust", k["solve_before_clarify_trust"])
        w.said(_FIX_FIRST)
    if "closed_question" in seen and not p.asked_open and "open_question" not in seen:
        w.add(k["closed_before_open"])
        w.said(_CLOSED_FIRST)
    if "thank" in seen:
        if p.solved or f.solving:
            w.add(k["thanks_after_solving"])
            w.said(_THANKS_AFTER)
        else:
            w.add(k["thanks_too_early"])
            w.said(_THANKS_EARLY)
    if f.acting and (p.solved or f.solving):
        w.bump("trust", k["acted_after_solving_trust"])
        w.said(_ACTED)
    for act in f.mistakes:  # in the order of the tuning table
        w.add(k["mistakes"][act])
        w.said(_mistake_note(act))
    if "apologize" in seen and p.apologies:
        # 002 一味的道歉: the second apology is worth half, the third grates
        calm = TUNING["emotion-first"]["calm"]["apologize"]
        if p.apologies == 1:
            w.bump("emotion", calm * k["second_apology_fades"])
            w.said(_SORRY_AGAIN)
        else:
            w.bump("emotion", calm)
            w.add(k["apology_grates"])
            w.scale(("respect",), 0.0)
            w.said(_SORRY_GRATES)


# 10. traits and diversity factors bend reactions (000 §一, §四); who reacts: reactions.py
def _reaction_note(r: Reaction) -> Note:
    return Note(r.key, worth(TUNING["traits"][r.key].items()) > 0, r.note)


_REACTION_NOTES: dict[str, Note] = {r.key: _reaction_note(r) for r in REACTIONS}


def traits(c: Ctx, w: Work) -> None:
    if not c.f.reactive:
        return
    k = TUNING["traits"]
    who, seen = c.profile, c.seen
    done: set[str] = set()
    for act in c.acts:
        for r in REACTIONS_BY_ACT.get(act, ()):
            if r.key in done or (r.unless and r.unless in seen) or not who.reacts_to(r):
                continue
            if r.along and r.along not in seen:
                continue
            done.add(r.key)
            w.add(k[r.key])
            w.said(_REACTION_NOTES[r.key])


# 11. patience runs out: each turn costs time (see turn.py for the early exit)
_ACTION_BOUGHT_TIME = note(
    "time", True, "action with a time frame bought patience", "有时限的行动换来了耐心"
)


def patience_runs_out(c: Ctx, w: Work) -> None:
    k = TUNING["patience-runs-out"]
    drain = c.profile.drain
    if c.emotion >= k["hot_from"]:
        drain *= k["hot"]
    w.bump("patience", -drain)
    if c.f.acting:
        w.bump("patience", k["acting_restores"])
        w.said(_ACTION_BOUGHT_TIME)


# 12. scripted: nothing new again, or everything at once, is heard as a script, not as an
# answer (001 服务次级化: 机械执行，而忘记灵魂; 从千篇一律到投其所好;
# 000 讲话要直接而简洁，抓住主要问题). Menus rarely do either; typed replies can.
_TOO_MUCH = note(
    "script",
    False,
    "everything at once: it sounded like a script, and each part counted for less",
    "一口气什么都说了：听起来像背稿子，每一句都打了折扣",
)
_AGAIN = note(
    "script",
    False,
    "nothing new again: they heard the same lines as before, not an answer to what they said",
    "又是老一套：客户听到的是重复的话，不是对自己的回应",
)


def scripted(c: Ctx, w: Work) -> None:
    k = TUNING["scripted"]
    doing = c.f.doing
    if len(doing) > k["at_once"]:
        w.damp(k["at_once"] / len(doing))
        w.add(k["too_much"])
        w.said(_TOO_MUCH)
    p = c.progress
    if doing and p.stale and doing <= p.said:
        w.damp(k["again_factor"])
        w.add(k["again"])
        w.said(_AGAIN)


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
    Rule(
        "scripted",
        12,
        "000, 001",
        t("Not a script", "不背稿子"),
        t(
            "An answer to this customer, now: a reply that does everything at once, or nothing "
            "new twice running, sounds like a script and counts for less.",
            "回应眼前这位客户：一口气什么都说，或连着两次毫无新意，听起来就像背稿子，效果大打折扣。",
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
    "scripted": scripted,
}
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RULES)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

# When a rule can do anything at all, by the acts alone: a rule left out here may do something
# whatever is said. Each says what its rule's branches need of the acts (a superset: a rule
# let through may still do nothing); evaluate skips the rules that cannot, which changes
# nothing (tests/test_engine_identical.py runs the skipped ones to make sure).
_EXPRESSING = frozenset((*_EXPRESS, "jargon"))
_CARRYING: frozenset[str] = frozenset(("imply_unimportant", "manage_expectations"))
_PATH: frozenset[str] = frozenset(("apologize", "closed_question", "thank"))
ACTS_ON: dict[str, Callable[[Facts], bool]] = {
    "emotion-first": lambda f: bool(f.calming or f.material or f.problem),
    "anger-ladder": lambda f: f.any_rung or any(f.ladder.values()),
    "wrong-attitudes": lambda f: bool(f.attitudes) or not f.synced,
    "emotional-carry": lambda f: bool(f.material) or not f.seen.isdisjoint(_CARRYING),
    "style-matching": lambda f: any(m.note is not None or m.own for m in f.manners.values()),
    "expressing": lambda f: bool(f.wrong or f.grating) or not f.seen.isdisjoint(_EXPRESSING),
    "no-in-yes": lambda f: f.yes or "direct_refusal" in f.seen or "share_similar" in f.seen,
    "complaint-path": lambda f: (
        f.synced or f.solving or f.acting or bool(f.mistakes) or not f.seen.isdisjoint(_PATH)
    ),
    "traits": lambda f: f.reactive,
    "scripted": lambda f: bool(f.doing),
}
