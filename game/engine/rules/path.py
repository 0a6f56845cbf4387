"""Rules 9 to 12, the handling: the complaint path, traits bend reactions, patience runs out,
not a script."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from game.engine.notes import Note
from game.engine.reactions import REACTIONS_BY_ACT, Reaction
from game.engine.rules.base import Work, act_phrase, note
from game.engine.tuning import TUNING
from game.engine.worth import worth

if TYPE_CHECKING:
    from game.engine.rules.facts import Ctx


# 9. the complaint path (002 投诉处理的步骤 and 常见的错误行为)
@cache
def _mistake_note(act: str) -> Note:
    return note("handling", False, "mistake", act=act_phrase(act))


_ACCEPTED = note("accepted", True, "accepted")
_FIX_FIRST = note("clarify", False, "fix_first")
_CLOSED_FIRST = note("clarify", False, "closed_first")
_THANKS_AFTER = note("thanks", True, "thanks_after")
_THANKS_EARLY = note("thanks", False, "thanks_early")
_ACTED = note("action", True, "acted")
_SORRY_AGAIN = note("apology", False, "sorry_again")
_SORRY_GRATES = note("apology", False, "sorry_grates")


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
    """The note of a reaction, made the first time it fires and then shared."""
    made = _REACTION_NOTES.get(r.key)
    if made is None:
        made = _REACTION_NOTES[r.key] = Note(
            r.key, worth(TUNING["traits"][r.key].items()) > 0, r.note
        )
    return made


_REACTION_NOTES: dict[str, Note] = {}


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
            w.said(_reaction_note(r))


# 11. patience runs out: each turn costs time (see turn.py for the early exit)
_ACTION_BOUGHT_TIME = note("time", True, "bought_time")


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
_TOO_MUCH = note("script", False, "too_much")
_AGAIN = note("script", False, "again")


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
