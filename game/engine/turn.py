"""One turn of the model: a reply's acts meet the customer, the rules fire, the meters move."""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine.acts import ACTING, ACTS, CLARIFY, SOLVING, SYNC
from game.engine.customer import Customer
from game.engine.meters import Meters, State, clamp
from game.engine.rules import RULE_FNS, RULE_IDS, Ctx, Work
from game.engine.text import Text, t
from game.engine.tuning import TUNING


@dataclass(frozen=True, slots=True)
class Firing:
    """One rule's part in a turn: what it changed and why."""

    rule: str
    deltas: tuple[tuple[str, float], ...]  # ("emotion", -8.0), ("need:solve", 0.12), ...
    note: Text


@dataclass(frozen=True, slots=True)
class Outcome:
    acts: tuple[str, ...]
    before: State
    after: State
    moment: float
    served: tuple[tuple[str, float], ...]  # what the acts alone did for each need
    fired: tuple[Firing, ...]
    ended: str | None  # None, or walked_out / hung_up / escalated


def _snapshot(w: Work) -> dict[str, float]:
    snap = {"emotion": w.emotion, "trust": w.trust, "patience": w.patience}
    for need, gain in w.gains.items():
        snap["need:" + need] = gain
    return snap


def _diff(a: dict[str, float], b: dict[str, float]) -> tuple[tuple[str, float], ...]:
    keys = list(b) + [k for k in a if k not in b]
    out = []
    for key in keys:
        d = round(b.get(key, 0.0) - a.get(key, 0.0), 3)
        if d:
            out.append((key, d))
    return tuple(out)


def _join(notes: list[Text]) -> Text:
    return t("; ".join(n.en for n in notes), ";".join(n.zh for n in notes))


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
    work = Work()
    for act in acts:
        for need, gain in ACTS[act].serves.items():
            if need in mine:
                work.gains[need] = work.gains.get(need, 0.0) + gain
    served = tuple(sorted(work.gains.items()))
    fired: list[Firing] = []
    for rule_id in RULE_IDS:
        if rule_id not in rules:
            continue
        before = _snapshot(work)
        n_notes = len(work.notes)
        RULE_FNS[rule_id](ctx, work)
        deltas = _diff(before, _snapshot(work))
        if deltas or len(work.notes) > n_notes:
            fired.append(Firing(rule_id, deltas, _join(work.notes[n_notes:])))
    after = _apply(state, work, acts)
    ended = _early_exit(after.meters, channel) if "patience-runs-out" in rules else None
    moment = moment_of(state.meters, after.meters)
    if ended:
        moment = round(max(-100.0, moment - TUNING["moment"]["exit_penalty"]), 2)
        why = {
            "walked_out": t("out of patience: they walked out", "耐心耗尽:客户转身离开"),
            "hung_up": t("out of patience: they hung up", "耐心耗尽:客户挂断了电话"),
            "escalated": t("at the top of their anger: they demanded a manager",
                           "怒到极点:客户要求找经理"),
        }[ended]
        fired.append(Firing("patience-runs-out", (), why))
    return Outcome(acts, state, after, moment, served, tuple(fired), ended)


def _apply(state: State, w: Work, acts: tuple[str, ...]) -> State:
    m = state.meters
    needs = tuple((n, round(clamp(s + w.gains.get(n, 0.0), 0.0, 1.0), 4)) for n, s in m.needs)
    priority = tuple((n, round(p * w.shift.get(n, 1.0), 4)) for n, p in m.priority)
    meters = Meters(
        emotion=round(clamp(m.emotion + w.emotion, 0.0, 100.0), 2),
        trust=round(clamp(m.trust + w.trust, 0.0, 100.0), 2),
        patience=round(clamp(m.patience + w.patience, 0.0, 100.0), 2),
        needs=needs,
        priority=priority,
    )
    p = state.progress
    aset = set(acts)
    progress = replace(
        p,
        turns=p.turns + 1,
        accepted=p.accepted or bool(aset & SYNC),
        asked_open=p.asked_open or "open_question" in aset,
        clarified=p.clarified or bool(aset & (CLARIFY | {"restate_facts"})),
        solved=p.solved or bool(aset & SOLVING),
        acted=p.acted or bool(aset & ACTING),
        thanked=p.thanked or "thank" in aset,
    )
    return State(meters, progress)


def _early_exit(m: Meters, channel: str) -> str | None:
    if m.emotion >= TUNING["patience-runs-out"]["escalate_at"]:
        return "escalated"
    if m.patience <= 0:
        return "hung_up" if channel == "phone" else "walked_out"
    return None
