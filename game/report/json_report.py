"""The report as one JSON object with stable keys (`--format json`)."""

from __future__ import annotations

import json
from typing import Any

from game.engine.text import Text
from game.lessons.skills import SKILLS_BY_ID
from game.report.collect import Misread, Record
from game.report.growth import Cell, ClassGrowth, Growth
from game.report.labels import rule_source
from game.report.stats import Episode, Figures, Group, Played, Report, Split, Spread, Student

VERSION = 1  # keys are only ever added


def _text(t: Text) -> dict[str, str]:
    return {"en": t.en, "zh": t.zh}


def _counts(pairs: tuple[tuple[str, int], ...], key: str) -> list[dict[str, Any]]:
    return [{key: name, "count": n} for name, n in pairs]


def _rules(pairs: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
    return [{"rule": r, "source": rule_source(r), "count": n} for r, n in pairs]


def _figures(f: Figures) -> dict[str, Any]:
    return {
        "sessions": f.sessions,
        "finished": f.finished,
        "unfinished": f.unfinished,
        "early_exits": f.early_exits,
        "score_mean": f.score,
        "score_best": f.best,
        "peak_moment_mean": f.peak,
        "end_moment_mean": f.end,
        "average_mean": f.average,
    }


def _played(p: Played) -> dict[str, Any]:
    return {
        "episode": p.episode,
        "title": _text(p.title),
        **_figures(p.figures),
        "mistakes": _counts(p.mistakes, "act"),
    }


def _student(s: Student) -> dict[str, Any]:
    return {
        "player": s.player,
        "episodes_played": len(s.played),
        **_figures(s.figures),
        "mistakes": _counts(s.mistakes, "act"),
        "episodes": [_played(p) for p in s.played],
    }


def _spread(s: Spread | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "min": s.low,
        "q1": s.q1,
        "median": s.median,
        "q3": s.q3,
        "max": s.high,
        "histogram": list(s.histogram),
    }


def _split(s: Split | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "beat": s.beat,
        "line": _text(s.line),
        "visits": s.visits,
        "entropy_bits": s.bits,
        "replies": [
            {"reply": c.reply, "text": _text(c.text), "count": c.count, "score_mean": c.score}
            for c in s.choices
        ],
    }


def _episode(e: Episode) -> dict[str, Any]:
    return {
        "episode": e.episode,
        "title": _text(e.title),
        **_figures(e.figures),
        "turns": e.turns,
        "scores": _spread(e.spread),
        "split": _split(e.split),
        "rules_helped": _rules(e.helped),
        "rules_hurt": _rules(e.hurt),
        "rules": [{"rule": r, "helped": h, "hurt": k} for r, h, k in e.rules],
        "mistakes": _counts(e.mistakes, "act"),
    }


def _cell(c: Cell) -> dict[str, Any]:
    return {
        "episode": c.episode,
        "sessions": c.sessions,
        "scores": list(c.scores),
        "first": c.first,
        "best": c.best,
        "latest": c.latest,
        "trend": c.trend,
    }


def _growth(s: Growth) -> dict[str, Any]:
    weak = SKILLS_BY_ID[s.weakest] if s.weakest else None
    p = s.practice
    return {
        "player": s.player,
        "first": s.first,
        "best": s.best,
        "latest": s.latest,
        "trend": s.trend,
        "scores": list(s.timeline),
        "episodes": [_cell(c) for c in s.cells if c is not None],
        "weakest_skill": None if weak is None else {"skill": weak.id, "name": _text(weak.name)},
        "practise": None
        if p is None
        else {
            "episode": p.story,
            "title": _text(p.title),
            "seed": p.seed,
            "customer": _text(p.customer),
        },
        "skills": [
            {"skill": k.skill.id, "level": k.level, "trend": k.trend, "good": k.good, "bad": k.bad}
            for k in s.skills
        ],
    }


def _progress(g: ClassGrowth | None) -> dict[str, Any] | None:
    if g is None:
        return None
    return {
        "class_median": [
            {"episode": e, "latest": a, "best": b}
            for e, a, b in zip(g.episodes, g.median_latest, g.median_best, strict=True)
        ],
        "weeks": [
            {"week": w.start, "sessions": w.sessions, "students": w.students, "median": w.median}
            for w in g.weeks
        ],
        "attempts": [
            {"attempt": t.attempt, "sessions": t.sessions, "median": t.median} for t in g.tries
        ],
        "untimed": g.untimed,
        "students": [_growth(s) for s in g.students],
    }


def _group(g: Group) -> dict[str, Any]:
    return {
        "workshop": g.workshop,
        "lang": g.lang,
        **_figures(g.figures),
        "students": [_student(s) for s in g.students],
        "episodes": [_episode(e) for e in g.episodes],
        "progress": _progress(g.growth),
    }


def _misread(s: Record, m: Misread) -> dict[str, Any]:
    """A typed reply its learner said was misread: a correction for the reader's corpus."""
    where = {"player": s.player, "episode": s.episode, "save": s.name, "turn": m.turn + 1}
    return where | {"text": m.text, "acts": list(m.acts)}


def as_dict(r: Report) -> dict[str, Any]:
    return {
        "report": "frontdesk class report",
        "version": VERSION,
        "files": r.files,
        "saves": sum(g.figures.sessions for g in r.groups),
        "workshops": [_group(g) for g in r.groups],
        "unreadable": [{"path": p.path, "error": p.message} for p in r.problems],
        "misread": [_misread(s, m) for s, m in r.misread],
    }


def render(r: Report) -> str:
    return json.dumps(as_dict(r), ensure_ascii=False, indent=1) + "\n"
