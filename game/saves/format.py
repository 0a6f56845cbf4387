"""The save file: one played session as JSON, with its whole transcript (README "Saves").

A save holds what happened (every turn's line, reply, acts, meters, the rules that fired), not
only the choices, so it can be shown even when its story has changed or is gone; and it holds
the story's content hash per beat, so `replay --check` can say which beats were edited.

Nothing here trusts the file: `parse_save` checks every field it reads and turns any problem
into one `SaveError` line. Only the standard library (the engine's rule holds here too).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from game.engine.acts import ACTS
from game.engine.cues import Cue
from game.engine.customer import Customer
from game.engine.facets import (
    AGE_BANDS,
    CAUSES,
    COMPREHENSION,
    FACTORS,
    NEEDS,
    STATES,
    STYLES,
    TRAITS,
)
from game.engine.meters import Meters
from game.engine.notes import Note
from game.engine.rules import RULES_BY_ID
from game.engine.session import Result, Session, Turn
from game.engine.story import ENDING_KINDS, Story
from game.engine.text import Text
from game.engine.turn import Firing
from game.engine.worth import worth
from game.saves.strict import MAX_BYTES, SaveError, loads
from game.saves.times import NO_TIMES, STAMP, Times
from game.textsafe import player_name

__all__ = ["MAX_BYTES", "SaveError"]  # re-exported: callers import them from here

# what each save format added: a save is written in the lowest format that holds what it uses,
# so a program that reads format 2 still opens every save without typed replies
FORMAT = 3  # 2: each rule's notes with their topic and sign; 3: typed replies, misreading marks
READABLE_FROM = 2  # the oldest program format that can read every save this one writes
_LEFT = ("walked_out", "hung_up", "escalated")
NAME = re.compile(r"[\w-]{1,80}")  # a save's file stem: letters, digits, _ and - only


@dataclass(frozen=True, slots=True)
class StoryRef:
    id: str
    title: Text
    hash: str  # of the story's content (not its file's bytes: comments may change freely)
    beats: tuple[tuple[str, str], ...]  # (beat or ending id, content hash)


@dataclass(frozen=True, slots=True)
class Save:
    name: str  # the file stem it is written as, inside the saves folder
    story: StoryRef
    seed: int
    lang: str
    player: str
    workshop: str | None
    rules: tuple[str, ...]
    customer: Customer
    turns: tuple[Turn, ...]
    outcome: Result | None
    format: int = FORMAT
    misread: tuple[int, ...] = ()  # turns whose typed reply the learner says was misread
    times: Times = NO_TIMES  # when it was played; never part of what `replay --check` compares

    @property
    def needs_format(self) -> int:
        """The lowest save format that holds this save."""
        typed = self.misread or any(tn.reader is not None for tn in self.turns)
        return 3 if typed else 2

    @property
    def finished(self) -> bool:
        return self.outcome is not None


# --- content hashes ----------------------------------------------------------------------


def _digest(obj: object) -> str:
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def story_ref(story: Story) -> StoryRef:
    parts = [(b.id, _digest(asdict(b))) for b in story.beats]
    parts += [(e.id, _digest(asdict(e))) for e in story.endings]
    whole = asdict(story)
    whole.pop("path"), whole.pop("digest")
    return StoryRef(story.id, story.title, _digest(whole), tuple(parts))


def save_of(
    session: Session,
    *,
    name: str,
    lang: str,
    player: str,
    workshop: str | None = None,
    times: Times = NO_TIMES,
) -> Save:
    return Save(
        name=name,
        story=story_ref(session.story),
        seed=session.seed,
        lang=lang,
        player=player_name(player),  # never a lone surrogate: the save must encode as UTF-8
        workshop=workshop,
        rules=session.rules,
        customer=session.customer,
        turns=session.turns,
        outcome=session.result,
        times=times,
    )


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
    )


def _times_json(t: Times) -> dict[str, Any]:
    # an older program reading format 2 ignores the field: times need no new format
    if t == NO_TIMES:
        return {}
    return {"time": {"started": t.started, "ended": t.ended, "turns": list(t.turns)}}


def dump(s: Save) -> bytes:
    """The bytes of a save: the same session always gives the same bytes."""
    return (json.dumps(to_json(s), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- from JSON: every field checked ------------------------------------------------------


class _Reader:
    """Reads one JSON object, naming the path of any field that is wrong."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, dict):
            raise SaveError(f"{where or 'the save'} is not an object")
        self.obj: dict[str, object] = obj
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str) -> object:
        if key not in self.obj:
            raise SaveError(f"missing field {self._at(key)!r}")
        return self.obj[key]

    def string(self, key: str, pattern: re.Pattern[str] | None = None) -> str:
        v = self.get(key)
        if not isinstance(v, str) or (pattern is not None and not pattern.fullmatch(v)):
            raise SaveError(f"field {self._at(key)!r} is not a valid string")
        return v

    def one_of(self, key: str, allowed: Iterable[str]) -> str:
        v = self.string(key)
        if v not in allowed:
            raise SaveError(f"field {self._at(key)!r} has an unknown value {v!r}")
        return v

    def opt_str(self, key: str) -> str | None:
        return None if self.obj.get(key) is None else self.string(key)

    def whole(self, key: str, lo: int = 0, hi: int = 2**63 - 1) -> int:
        v = self.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise SaveError(f"field {self._at(key)!r} is not a whole number in {lo}..{hi}")
        return v

    def num(self, key: str) -> float:
        v = self.get(key)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v != v:
            raise SaveError(f"field {self._at(key)!r} is not a number")
        return float(v)

    def flag(self, key: str) -> bool:
        v = self.get(key)
        if not isinstance(v, bool):
            raise SaveError(f"field {self._at(key)!r} is not true or false")
        return v

    def sub(self, key: str) -> _Reader:
        return _Reader(self.get(key), self._at(key))

    def items(self, key: str) -> list[object]:
        v = self.get(key)
        if not isinstance(v, list):
            raise SaveError(f"field {self._at(key)!r} is not a list")
        return v

    def strs(self, key: str, allowed: Iterable[str] | None = None) -> tuple[str, ...]:
        items = self.items(key)
        if not all(isinstance(x, str) for x in items):
            raise SaveError(f"field {self._at(key)!r} is not a list of strings")
        known = set(allowed) if allowed is not None else None
        if known is not None and not all(x in known for x in items):
            raise SaveError(f"field {self._at(key)!r} holds an unknown value")
        return tuple(str(x) for x in items)

    def text(self, key: str) -> Text:
        r = self.sub(key)
        return Text(r.string("en"), r.string("zh"))

    def pairs(
        self, key: str, kind: type, keys: Iterable[str] | None = None
    ) -> tuple[tuple[str, Any], ...]:
        r = self.sub(key)
        known = set(keys) if keys is not None else None
        out = []
        for k in r.obj:
            if known is not None and k not in known:
                raise SaveError(f"field {r._at(k)!r} is unknown")
            v = r.num(k) if kind is float else r.string(k)
            out.append((k, v))
        return tuple(out)


def _read_meters(r: _Reader) -> Meters:
    return Meters(
        emotion=r.num("emotion"),
        trust=r.num("trust"),
        patience=r.num("patience"),
        needs=r.pairs("needs", float, NEEDS),
        priority=r.pairs("priority", float, NEEDS),
    )


def _read_notes(r: _Reader, rule: str, deltas: tuple[tuple[str, float], ...]) -> tuple[Note, ...]:
    if "notes" not in r.obj:  # format 1: one note, its sign the firing's
        text = r.text("note")
        return (Note(rule, worth(deltas) >= 0, text),) if text.en or text.zh else ()
    notes = []
    for i, n in enumerate(r.items("notes")):
        nr = _Reader(n, f"{r.where}.notes[{i}]")
        notes.append(Note(nr.string("topic"), nr.flag("good"), nr.text("text")))
    return tuple(notes)


def _read_turn(r: _Reader, index: int) -> Turn:
    cues = []
    for i, c in enumerate(r.items("cues")):
        cr = _Reader(c, f"{r.where}.cues[{i}]")
        cues.append(Cue(cr.string("key"), cr.text("text")))
    fired = []
    for i, f in enumerate(r.items("rules")):
        fr = _Reader(f, f"{r.where}.rules[{i}]")
        rule = fr.one_of("rule", RULES_BY_ID)
        deltas = fr.pairs("deltas", float)
        fired.append(Firing(rule, deltas, _read_notes(fr, rule, deltas)))
    return Turn(
        index=index,
        beat_id=r.string("beat"),
        line=r.text("line"),
        cues=tuple(cues),
        reply_id=r.string("reply"),
        reply_text=r.text("reply_text"),
        acts=r.strs("acts", ACTS),
        before=_read_meters(r.sub("before")),
        after=_read_meters(r.sub("after")),
        moment=r.num("moment"),
        served=r.pairs("served", float, NEEDS),
        fired=tuple(fired),
        next=r.string("next"),
        reader=r.opt_str("reader"),
    )


def _read_customer(r: _Reader) -> Customer:
    return Customer(
        name=r.text("name"),
        age=r.one_of("age", AGE_BANDS),
        look=r.text("look"),
        style=r.one_of("style", STYLES),
        traits=r.strs("traits", TRAITS),
        state=r.one_of("state", STATES),
        cause=r.one_of("cause", CAUSES),
        anger=r.whole("anger", 0, 6),
        needs=r.pairs("needs", float, NEEDS),
        factors=_factors(r),
        comprehension=r.one_of("comprehension", COMPREHENSION),
        trusts_self_praise=r.flag("trusts_self_praise"),
    )


def _factors(r: _Reader) -> tuple[tuple[str, str], ...]:
    pairs = r.pairs("factors", str, FACTORS)
    for k, v in pairs:
        if v not in FACTORS[k]:
            raise SaveError(f"field 'customer.factors.{k}' has an unknown value {v!r}")
    return pairs


def _read_outcome(r: _Reader, turns: int) -> Result:
    moments = r.items("moments")
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in moments):
        raise SaveError(f"field {r.where}.moments is not a list of numbers")
    return Result(
        score=r.num("score"),
        average=r.num("average"),
        moments=tuple(float(x) for x in moments),  # type: ignore[arg-type]
        peak=r.whole("peak", 0, max(turns - 1, 0)),
        ending_id=r.string("ending"),
        kind=r.one_of("kind", ENDING_KINDS),
        line=r.text("line"),
        ended=_ended(r),
    )


def _ended(r: _Reader) -> str | None:
    ended = r.opt_str("ended")
    if ended is not None and ended not in _LEFT:
        raise SaveError(f"field {r.where}.ended has an unknown value {ended!r}")
    return ended


def parse_save(data: bytes) -> Save:
    """A save from its bytes, or `SaveError` with one line saying what is wrong."""
    r = _Reader(loads(data), "")
    fmt = r.whole("format", 1)
    if fmt > FORMAT and r.whole("oldest_readable", 1) > FORMAT:
        raise SaveError(
            f"written by a newer frontdesk (save format {fmt}; this one reads up to "
            f"{FORMAT}): update frontdesk to open it"
        )
    if r.get("program") != "frontdesk":
        raise SaveError("not a frontdesk save")
    name = r.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise SaveError("the save names a file outside the saves folder; refused")
    sr = r.sub("story")
    beats = sr.pairs("beats", str)
    story = StoryRef(sr.string("id"), sr.text("title"), sr.string("hash"), beats)
    turns = tuple(_read_turn(_Reader(x, f"turns[{i}]"), i) for i, x in enumerate(r.items("turns")))
    outcome = None if r.obj.get("outcome") is None else _read_outcome(r.sub("outcome"), len(turns))
    lang = r.string("lang")
    if lang not in ("en", "zh"):
        raise SaveError("field 'lang' must be en or zh")
    return Save(
        name=name,
        story=story,
        seed=r.whole("seed"),
        lang=lang,
        player=r.string("player"),
        workshop=r.opt_str("workshop"),
        rules=r.strs("rules", RULES_BY_ID),
        customer=_read_customer(r.sub("customer")),
        turns=turns,
        outcome=outcome,
        format=min(fmt, FORMAT),
        misread=_misread(r, len(turns)),
        times=_times(r, len(turns)),
    )


def _times(r: _Reader, turns: int) -> Times:
    if r.obj.get("time") is None:
        return NO_TIMES
    t = r.sub("time")
    started, ended = t.opt_str("started"), t.opt_str("ended")
    stamps = t.strs("turns")
    for where, stamp in [("started", started), ("ended", ended)] + [
        (f"turns[{i}]", x) for i, x in enumerate(stamps)
    ]:
        if stamp is not None and not STAMP.fullmatch(stamp):
            raise SaveError(f"field time.{where} is not a UTC time like 2026-12-01T09:30:00Z")
    if len(stamps) > turns:
        raise SaveError("field time.turns has more times than the save has turns")
    return Times(started, ended, stamps)


def _misread(r: _Reader, turns: int) -> tuple[int, ...]:
    if r.obj.get("misread") is None:
        return ()
    marks = r.items("misread")
    if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x < turns for x in marks):
        raise SaveError("field 'misread' is not a list of turn numbers of this save")
    return tuple(sorted(set(marks)))  # type: ignore[arg-type]


def renamed(s: Save, name: str) -> Save:
    return replace(s, name=name)
