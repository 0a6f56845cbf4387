"""What the rules read, worked out once (issue #16): `Facts` from a reply's acts alone, made once
per distinct acts tuple; `Profile` from the customer alone, made once per customer; `Ctx`, the
turn as a rule reads it (who, the meters before, the acts); `ACTS_ON`, when a rule can do
anything at all by the acts alone. TUNING is a constant table: Facts and Profiles read it when
they are made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine.acts import ACTING, ACTS, CLARIFY, NEED_ACTS, PROBLEM, SOLVING, SYNC
from game.engine.customer import Customer
from game.engine.facets import MATERIAL_NEEDS
from game.engine.meters import State, weights_of
from game.engine.reactions import REACTIONS_BY_ACT, Reaction
from game.engine.rules.base import Work
from game.engine.rules.feeling import RUNGS
from game.engine.rules.manner import EXPRESS, MANNERS, Manner
from game.engine.rules.table import RULE_FNS, RULE_IDS
from game.engine.tuning import TUNING

_CLARIFYING: frozenset[str] = CLARIFY | {"restate_facts"}
_ATTITUDES = ("ignore", "divert", "deny", "suppress")
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
        self.manners = {style: Manner(style, acts) for style in MANNERS}
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


RuleFn = Callable[[Ctx, Work], None]


# When a rule can do anything at all, by the acts alone: a rule left out here may do something
# whatever is said. Each says what its rule's branches need of the acts (a superset: a rule
# let through may still do nothing); evaluate skips the rules that cannot, which changes
# nothing (tests/engine/test_engine_identical.py runs the skipped ones to make sure).
_EXPRESSING = frozenset((*EXPRESS, "jargon"))
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
