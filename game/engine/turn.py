"""One turn of the model: a reply's acts meet the customer, the rules fire, the meters move."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.acts import ACTING, ACTS, CLARIFY, SOLVING, SYNC
from game.engine.customer import Customer
from game.engine.meters import Meters, Progress, State, clamp
from game.engine.notes import Note, joined
from game.engine.rules import RULE_FNS, RULE_IDS, Ctx, Work
from game.engine.text import Text, t
from game.engine.tuning import TUNING


@dataclass(frozen=True, slots=True)
class Firing:
    """One rule's part in a turn: what it changed and why."""

    rule: str
    deltas: tuple[tuple[str, float], ...]  # ("emotion", -8.0), ("need:solve", 0.12), ...
    notes: tuple[Note, ...]

    @property
    def note(self) -> Text:
        return joined(self.notes)


@dataclass(frozen=True, slots=True)
class Outcome:
    acts: tuple[str, ...]
    before: State
    after: State
    moment: float
    served: tuple[tuple[str, float], ...]  # what the acts alone did for each need
    fired: tuple[Firing, ...]
    ended: str | None  # None, or walked_out / hung_up / escalated


_CLARIFYING = CLARIFY | {"restate_facts"}
_METERS = ("emotion", "trust", "patience")
_ALL_FNS = tuple((r, RULE_FNS[r]) for r in RULE_IDS)


def _deltas(log: dict[str, float], mine: dict[str, float]) -> tuple[tuple[str, float], ...]:
    out = []
    for key, value in log.items():
        d = round(value, 3)
        if d and key in _METERS:
            out.append((key, d))
        elif d and key in mine:
            out.append(("need:" + key, d))
    return tuple(out)


def moment_of(before: Meters, after: Meters) -> float:
    """The customer's experience of this turn, -100..100 (model.md §2)."""
    k = TUNING["moment"]
    value = (
        k["emotion"] * (k["calm_point"] - after.emotion)
        + k["trust"] * (after.trust - 50.0)
        + k["needs"] * (after.need_score() - k["needs_baseline"])
        + k["relief"] * (before.emotion - after.emotion)
    )
    return round(clamp(value, -100.0, 100.0), 2)


def evaluate(
    customer: Customer,
    state: State,
    acts: tuple[str, ...],
    channel: str = "counter",
    rules: tuple[str, ...] = RULE_IDS,
) -> Outcome:
    """Applies one reply. Pure: the same inputs always give the same Outcome."""
    ctx = Ctx(customer, state, acts, channel)
    mine = dict(state.meters.priority)
    fns = _ALL_FNS if rules is RULE_IDS else tuple((r, RULE_FNS[r]) for r in RULE_IDS if r in rules)
    work = Work()
    for act in acts:
        for need, gain in ACTS[act].serves.items():
            if need in mine:
                work.bump(need, gain)
    served = tuple(sorted(work.gains.items()))
    fired: list[Firing] = []
    for rule_id, fn in fns:
        work.log = {}
        work.notes = []
        fn(ctx, work)
        deltas = _deltas(work.log, mine) if work.log else ()
        if deltas or work.notes:
            fired.append(Firing(rule_id, deltas, tuple(work.notes)))
    after = _apply(state, work, acts)
    ended = _early_exit(after.meters, channel) if "patience-runs-out" in rules else None
    moment = moment_of(state.meters, after.meters)
    if ended:
        moment = round(max(-100.0, moment - TUNING["moment"]["exit_penalty"]), 2)
        why = {
            "walked_out": t("out of patience: they walked out", "耐心耗尽：客户转身离开"),
            "hung_up": t("out of patience: they hung up", "耐心耗尽：客户挂断了电话"),
            "escalated": t(
                "at the top of their anger: they demanded a manager", "怒到极点：客户要求找经理"
            ),
        }[ended]
        fired.append(Firing("patience-runs-out", (), (Note("exit", False, why),)))
    return Outcome(acts, state, after, moment, served, tuple(fired), ended)


def _apply(state: State, w: Work, acts: tuple[str, ...]) -> State:
    m = state.meters
    d = w.meters
    needs = tuple((n, round(clamp(s + w.gains.get(n, 0.0), 0.0, 1.0), 4)) for n, s in m.needs)
    priority = tuple((n, round(p * w.shift.get(n, 1.0), 4)) for n, p in m.priority)
    meters = Meters(
        emotion=round(clamp(m.emotion + d["emotion"], 0.0, 100.0), 2),
        trust=round(clamp(m.trust + d["trust"], 0.0, 100.0), 2),
        patience=round(clamp(m.patience + d["patience"], 0.0, 100.0), 2),
        needs=needs,
        priority=priority,
    )
    p = state.progress
    seen = frozenset(acts)
    progress = Progress(
        turns=p.turns + 1,
        accepted=p.accepted or not SYNC.isdisjoint(seen),
        asked_open=p.asked_open or "open_question" in seen,
        clarified=p.clarified or not _CLARIFYING.isdisjoint(seen),
        solved=p.solved or not SOLVING.isdisjoint(seen),
        acted=p.acted or not ACTING.isdisjoint(seen),
        thanked=p.thanked or "thank" in seen,
        apologies=p.apologies + ("apologize" in seen),
        waiting=w.marks.get("waiting", p.waiting),
        managed=p.managed or "manage_expectations" in seen,
    )
    return State(meters, progress)


def _early_exit(m: Meters, channel: str) -> str | None:
    k = TUNING["patience-runs-out"]
    if m.emotion >= k["escalate_at"]:
        return "escalated"
    content = m.emotion < k["content_below"] and m.trust >= k["content_trust_from"]
    if m.patience <= 0 and not content:  # calm and trusting, they stay, however long it takes
        return "hung_up" if channel == "phone" else "walked_out"
    return None
