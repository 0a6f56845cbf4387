"""A save as JSON: the same session always gives the same bytes."""

from __future__ import annotations

import json
from typing import Any

from game.engine.customer import Customer
from game.engine.meters import Meters
from game.engine.notes import Note
from game.engine.session import Result, Turn
from game.engine.text import Text
from game.saves.launch import launch_json
from game.saves.save import Save
from game.saves.times import NO_TIMES, Times

# --- to JSON -----------------------------------------------------------------------------


def _text(x: Text) -> dict[str, str]:
    return {"en": x.en, "zh": x.zh}


def _meters(m: Meters) -> dict[str, Any]:
    return {
        "emotion": m.emotion,
        "trust": m.trust,
        "patience": m.patience,
        "needs": dict(m.needs),
        "priority": dict(m.priority),
    }


def turn_json(tn: Turn) -> dict[str, Any]:
    return {
        "beat": tn.beat_id,
        "line": _text(tn.line),
        "cues": [{"key": c.key, "text": _text(c.text)} for c in tn.cues],
        "reply": tn.reply_id,
        "reply_text": _text(tn.reply_text),
        "acts": list(tn.acts),
        "before": _meters(tn.before),
        "after": _meters(tn.after),
        "moment": tn.moment,
        "served": dict(tn.served),
        "rules": [
            {"rule": f.rule, "deltas": dict(f.deltas), "notes": [_note(n) for n in f.notes]}
            for f in tn.fired
        ],
        "next": tn.next,
    } | ({"reader": tn.reader} if tn.reader is not None else {})


def _note(n: Note) -> dict[str, Any]:
    return {"topic": n.topic, "good": n.good, "text": _text(n.text)}


def customer_json(c: Customer) -> dict[str, Any]:
    return {
        "name": _text(c.name),
        "age": c.age,
        "look": _text(c.look),
        "style": c.style,
        "traits": list(c.traits),
        "state": c.state,
        "cause": c.cause,
        "anger": c.anger,
        "needs": dict(c.needs),
        "factors": dict(c.factors),
        "comprehension": c.comprehension,
        "trusts_self_praise": c.trusts_self_praise,
    }


def outcome_json(r: Result) -> dict[str, Any]:
    return {
        "score": r.score,
        "average": r.average,
        "moments": list(r.moments),
        "peak": r.peak,
        "ending": r.ending_id,
        "kind": r.kind,
        "line": _text(r.line),
        "ended": r.ended,
    }


def to_json(s: Save) -> dict[str, Any]:
    fmt = s.needs_format
    return (
        {
            "format": fmt,
            "oldest_readable": fmt,
            "program": "frontdesk",
            "name": s.name,
            "story": {
                "id": s.story.id,
                "title": _text(s.story.title),
                "hash": s.story.hash,
                "beats": dict(s.story.beats),
            },
            "seed": s.seed,
            "lang": s.lang,
            "player": s.player,
            "workshop": s.workshop,
            "rules": list(s.rules),
            "customer": customer_json(s.customer),
            "turns": [turn_json(tn) for tn in s.turns],
            "outcome": outcome_json(s.outcome) if s.outcome else None,
        }
        | ({"misread": list(s.misread)} if s.misread else {})
        | _times_json(s.times)
        | ({"launch": launch_json(s.launch)} if s.launch is not None else {})
    )


def _times_json(t: Times) -> dict[str, Any]:
    # an older program reading format 2 ignores the field: times need no new format
    if t == NO_TIMES:
        return {}
    return {"time": {"started": t.started, "ended": t.ended, "turns": list(t.turns)}}


def dump(s: Save) -> bytes:
    """The bytes of a save: the same session always gives the same bytes."""
    return (json.dumps(to_json(s), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
