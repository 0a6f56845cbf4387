"""One turn of the model: a reply's acts meet the customer, the rules fire, the meters move.

`evaluate` runs the rules over a scratch Work (rules/) and keeps the turn's whole record:
every change each rule made, in order, and every note. `Outcome.fired` sums that record into
each rule's Firing the first time it is read, so a look ahead that only wants the moment (the
`best` policy, the debrief's what-ifs) never builds them; what it says is the same either way."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from game.engine.customer import Customer
from game.engine.facets import NEEDS
from game.engine.frozen import quick
from game.engine.meters import Meters, Progress, State, Weights, need_score, weights_of
from game.engine.notes import Note, joined
from game.engine.rules import RULE_FNS, RULE_IDS, Ctx, Facts, RuleFn, Work
from game.engine.text import Text, fixed
from game.engine.tuning import TUNING


@quick
@dataclass(frozen=True, slots=True)
class Firing:
    """One rule's part in a turn: what it changed and why."""

    rule: str
    deltas: tuple[tuple[str, float], ...]  # ("emotion", -8.0), ("need:solve", 0.12), ...
    notes: tuple[Note, ...]

    @property
    def note(self) -> Text:
        return joined(self.notes)


# how a delta is named: a meter by itself, a need as "need:NAME"
_DELTA_NAMES: dict[str, str] = {"emotion": "emotion", "trust": "trust", "patience": "patience"}
_DELTA_NAMES.update({n: "need:" + n for n in NEEDS})
# round(x, 3) per x seen: most of a rule's deltas are numbers of the tuning table, met again
# and again (forgotten all at once when many; zero is never looked up, so -0.0 stays itself)
_ROUNDED: dict[float, float] = {}


def _deltas(log: dict[str, float], mine: dict[str, float]) -> tuple[tuple[str, float], ...]:
    """A rule's changes, rounded, zeros and needs the customer lacks left out."""
    out = []
    for key, value in log.items():
        if value == 0.0:
            continue  # round(0.0, 3) is 0.0: left out, as every zero delta
        d = _ROUNDED.get(value)
        if d is None:
            if len(_ROUNDED) >= 50_000:
                _ROUNDED.clear()
            d = _ROUNDED[value] = _round(value, 3)
        if d and (key in _METER_KEYS or key in mine):
            out.append((_DELTA_NAMES.get(key) or "need:" + key, d))
    return tuple(out)


_METER_KEYS = frozenset(("emotion", "trust", "patience"))
# round(x, n) for a float x (every number rounded here is one), without the built-in's look-up
_round = float.__round__


_UNKNOWN = Firing("", (), ())  # not yet in _FIRINGS


# why they left early, by the way they left: a key of the tables' [note] section
_WHY_EXIT: dict[str, str] = {
    "walked_out": "exit.walked_out",
    "hung_up": "exit.hung_up",
    "escalated": "exit.escalated",
}


@cache
def _exit_firing(kind: str) -> Firing:
    """The early exit's own firing, after every rule's (one per way of leaving)."""
    return Firing("patience-runs-out", (), (Note("exit", False, fixed("note." + _WHY_EXIT[kind])),))


Record = list[tuple[str, dict[str, float], list[Note]]]  # (rule, its log, its notes), in order
# A rule's Firing from its part of the record, kept: the same changes and notes come back turn
# after turn (nine in ten of them), and a Firing is immutable. Keyed by the rule, the needs
# the customer has, the changes, and the notes by identity (each Firing kept holds its notes,
# so an identity is never reused while its key is here). Forgotten all at once when many.
_FIRINGS: dict[tuple[Any, ...], Firing | None] = {}


def firings(record: Record, weights: Weights, ended: str | None) -> tuple[Firing, ...]:
    """Each rule's part, from a turn's record: the changes it made summed per key (in the order
    it first touched them, rounded, needs the customer lacks left out) and its notes; a rule
    that did nothing is left out."""
    out = []
    names = weights.names
    for rule, log, notes in record:
        key = (rule, names, tuple(log.items()), *map(id, notes))
        found = _FIRINGS.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            deltas = _deltas(log, weights.by_need) if log else ()
            found = Firing(rule, deltas, tuple(notes)) if deltas or notes else None
            if len(_FIRINGS) >= 20_000:
                _FIRINGS.clear()
            _FIRINGS[key] = found
        if found is not None:
            out.append(found)
    if ended:
        out.append(_exit_firing(ended))
    return tuple(out)


class Outcome:
    """What a reply does: the state before and after, the moment, and each rule's part.

    Read-only (the type checker holds every field Final). `fired` is worked out from the turn's
    record when first read (see `firings`)."""

    __slots__ = (
        "_fired",
        "_record",
        "_weights",
        "acts",
        "after",
        "before",
        "ended",
        "moment",
        "served",
    )

    def __init__(
        self,
        acts: tuple[str, ...],
        before: State,
        after: State,
        moment: float,
        served: tuple[tuple[str, float], ...],
        ended: str | None,
        record: Record,
        weights: Weights,
    ) -> None:
        self.acts: Final = acts
        self.before: Final = before
        self.after: Final = after
        self.moment: Final = moment
        self.served: Final = served  # what the acts alone did for each need
        self.ended: Final = ended  # None, or walked_out / hung_up / escalated
        self._record = record  # what each rule that did something did: see `firings`
        self._weights = weights  # of the priority before the turn
        self._fired: tuple[Firing, ...] | None = None

    @property
    def fired(self) -> tuple[Firing, ...]:
        found = self._fired
        if found is None:
            found = firings(self._record, self._weights, self.ended)
            self._fired = found
        return found

    def _key(self) -> tuple[Any, ...]:
        fields = (self.acts, self.before, self.after, self.moment, self.served)
        return (*fields, self.fired, self.ended)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Outcome):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        names = ("acts", "before", "after", "moment", "served", "fired", "ended")
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self._key(), strict=True))
        return f"Outcome({shown})"


Plan = tuple[tuple[str, ...], tuple[tuple[str, RuleFn], ...]]  # rule ids; (id, function)s
_ALL: Plan = (RULE_IDS, tuple((r, RULE_FNS[r]) for r in RULE_IDS))
_PLANS: dict[tuple[str, ...], Plan] = {RULE_IDS: _ALL}


def _plan(rules: tuple[str, ...]) -> Plan:
    """The rules to run, in their own order, whatever order `rules` names them in."""
    found = _PLANS.get(rules)
    if found is None:
        ids = tuple(r for r in RULE_IDS if r in rules)
        found = (ids, tuple((r, RULE_FNS[r]) for r in ids))
        if len(_PLANS) < 1000:
            _PLANS[rules] = found
    return found


_MOMENT = TUNING["moment"]
# the moment's numbers (model.md §2), read once
_K_EMOTION, _CALM_POINT, _K_TRUST = _MOMENT["emotion"], _MOMENT["calm_point"], _MOMENT["trust"]
_K_NEEDS, _NEEDS_BASELINE, _K_RELIEF = (
    _MOMENT["needs"],
    _MOMENT["needs_baseline"],
    _MOMENT["relief"],
)


def moment_of(before: Meters, after: Meters) -> float:
    """The customer's experience of this turn, -100..100 (model.md §2)."""
    return _moment(before, after, after.need_score())


def _moment(before: Meters, after: Meters, need_score: float) -> float:
    value = (
        _K_EMOTION * (_CALM_POINT - after.emotion)
        + _K_TRUST * (after.trust - 50.0)
        + _K_NEEDS * (need_score - _NEEDS_BASELINE)
        + _K_RELIEF * (before.emotion - after.emotion)
    )
    return _round(-100.0 if value < -100.0 else 100.0 if value > 100.0 else value, 2)


def evaluate(
    customer: Customer,
    state: State,
    acts: tuple[str, ...],
    channel: str = "counter",
    rules: tuple[str, ...] = RULE_IDS,
) -> Outcome:
    """Applies one reply. Pure: the same inputs always give the same Outcome."""
    ctx = Ctx(customer, state, acts)
    f = ctx.f
    gains, served = f.serve(ctx.weights.names)
    work = Work(dict(gains))
    if rules is RULE_IDS:
        order, steps = RULE_IDS, f.plan
    else:
        order, fns = _plan(rules)
        steps = tuple(step for step in fns if step[0] in f.active)
    record: Record = []
    for rule_id, fn in steps:  # the rules that can do anything with these acts (Facts.active)
        fn(ctx, work)
        if work.log or work.notes:  # file what it did under its name, and start afresh
            record.append((rule_id, work.log, work.notes))
            work.log, work.notes = {}, []
    after, score = _apply(state, work, ctx)
    m = after.meters
    ended = _early_exit(m, channel) if "patience-runs-out" in order else None
    if score is None:  # a need shifted: the need score under the new weights
        score = need_score(m.needs, weights_of(m.priority, rounded=True))
    moment = _moment(state.meters, m, score)
    if ended:
        moment = round(max(-100.0, moment - _MOMENT["exit_penalty"]), 2)
    return Outcome(acts, state, after, moment, served, ended, record, ctx.weights)


def clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _apply(state: State, w: Work, ctx: Ctx) -> tuple[State, float | None]:
    """The state after the turn: each meter, need and priority moved and rounded, each step of
    the complaint path marked; and the need score after it (Meters.need_score), unless a need
    shifted. This runs every turn, so the clamps are written out, and a priority no need
    shifted is kept as it was (its weights are rounded already)."""
    m = state.meters
    d = w.meters
    gains, shift = w.gains, w.shift
    weights = ctx.weights
    steady = weights.steady and not shift
    squares = weights.squares
    needs, parts = [], []
    for n, s in m.needs:
        x = s + gains.get(n, 0.0)
        x = _round(0.0 if x < 0.0 else 1.0 if x > 1.0 else x, 4)
        needs.append((n, x))
        if steady:
            parts.append(squares[n] * x)
    if steady:
        priority = m.priority
        score: float | None = 0.0 if weights.total <= 0 else sum(parts) / weights.total
    else:
        priority = tuple([(n, round(p * shift.get(n, 1.0), 4)) for n, p in m.priority])
        score = None
    e, tr, pa = m.emotion + d["emotion"], m.trust + d["trust"], m.patience + d["patience"]
    meters = Meters(
        _round(0.0 if e < 0.0 else 100.0 if e > 100.0 else e, 2),
        _round(0.0 if tr < 0.0 else 100.0 if tr > 100.0 else tr, 2),
        _round(0.0 if pa < 0.0 else 100.0 if pa > 100.0 else pa, 2),
        tuple(needs),
        priority,
    )
    p = state.progress
    f = ctx.f
    key = (id(p), w.waiting)
    known = f.progressed.get(key)  # the same step from the same Progress, met before?
    if known is not None and known[0] is p:
        progress = known[1]
    else:
        progress = _progressed(p, f, w.waiting)
        if len(f.progressed) >= 256:
            f.progressed.clear()
        f.progressed[key] = (p, progress)  # holding p: its id stays its own while kept
    return State(meters, progress), score


def _progressed(p: Progress, f: Facts, waiting: int | None) -> Progress:
    """The step along the complaint path that a reply with these acts makes."""
    seen = f.seen
    again = f.doing <= p.said  # nothing it does is new
    return _progress(
        (
            p.turns + 1,
            p.accepted or f.synced,
            p.asked_open or "open_question" in seen,
            p.clarified or f.clarifying,
            p.solved or f.solving,
            p.acted or f.acting,
            p.thanked or "thank" in seen,
            p.apologies + ("apologize" in seen),
            p.waiting if waiting is None else waiting,
            p.managed or "manage_expectations" in seen,
            p.said if again else p.said | f.doing,
            p.stale + 1 if f.doing and again else 0,
        )
    )


_PROGRESS: dict[tuple[Any, ...], Progress] = {}


def _progress(fields: tuple[Any, ...]) -> Progress:
    """The Progress with these fields (in their order). There are few distinct ones, and a
    Progress is immutable, so each is made once and shared."""
    found = _PROGRESS.get(fields)
    if found is None:
        if len(_PROGRESS) >= 20_000:
            _PROGRESS.clear()
        found = _PROGRESS[fields] = Progress(*fields)
    return found


_ESCALATE_AT, _CONTENT_BELOW, _CONTENT_TRUST_FROM = (
    TUNING["patience-runs-out"]["escalate_at"],
    TUNING["patience-runs-out"]["content_below"],
    TUNING["patience-runs-out"]["content_trust_from"],
)


def _early_exit(m: Meters, channel: str) -> str | None:
    if m.emotion >= _ESCALATE_AT:
        return "escalated"
    content = m.emotion < _CONTENT_BELOW and m.trust >= _CONTENT_TRUST_FROM
    if m.patience <= 0 and not content:  # calm and trusting, they stay, however long it takes
        return "hung_up" if channel == "phone" else "walked_out"
    return None
