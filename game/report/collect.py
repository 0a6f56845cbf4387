"""Reading saves for the class report: every save under some folders, reduced to what it needs.

A class report reads thousands of saves, and `read_save` builds the whole engine `Save` (every
cue and meter of every turn checked): about three times the cost of the JSON parse alone. So
the report reads only the fields it uses (`READS`), by the names, kinds and checks of the save's
field table (`game/saves/fields.py`, compiled once by `game/saves/decode.py`); any file that
fails a check is listed as unreadable with one line saying why, the way `read_save` words it,
and never stops the report.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from game.engine.acts import ACTS
from game.engine.text import Text
from game.engine.worth import worth
from game.lessons.skills import verdict
from game.report import progress
from game.saves.decode import Only, decoder
from game.saves.fields import FIRING, NOTE, OUTCOME, SAVE, TEXT, TURN, Shape
from game.saves.format import SaveError, format_of, parse_save
from game.saves.launch import Launch
from game.saves.strict import loads, read_bytes
from game.saves.times import parse
from game.textsafe import clean

CHUNK = 250  # files a worker reads at a time
PARALLEL_FROM = 1000  # files; below this, starting workers costs more than it saves
MAX_WORKERS = 8
_T = TypeVar("_T")
_BAD_ACTS = frozenset(a.name for a in ACTS.values() if not a.good)


@dataclass(frozen=True, slots=True)
class Step:
    """One turn, as the report sees it."""

    beat: str
    line: Text  # what the customer said at this beat
    reply: str
    reply_text: Text
    mistakes: tuple[str, ...]  # the reply's acts that the documents name as mistakes
    # rules that said this turn's reply helped the customer, and those that said it hurt
    # (lessons/skills.verdict: the rule's notes; a firing with no note is context, neither)
    helped: tuple[str, ...]
    hurt: tuple[str, ...]
    typed: bool = False  # typed in the player's own words: `reply` is TYPED, acts as heard
    acts: tuple[str, ...] = ()


# the reply id of every typed reply (no story id has brackets): the split counts them as one
TYPED = "(typed)"
TYPED_TEXT = Text("(typed in their own words)", "（用自己的话输入）")


@dataclass(frozen=True, slots=True)
class Misread:
    """A typed reply the learner marked as misread: what they typed and what the reader heard,
    for a trainer collecting corrections."""

    turn: int
    text: str
    acts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ending:
    score: float  # peak-end, 0..100
    average: float  # plain average of the moments, 0..100
    peak: float | None  # the remembered moment, -100..100 (None if no turn was played)
    end: float | None  # the last moment
    left: str | None  # walked_out / hung_up / escalated when the customer left early


@dataclass(frozen=True, slots=True)
class Record:
    """One readable save."""

    path: str
    name: str
    episode: str
    title: Text
    seed: int
    lang: str
    player: str
    workshop: str | None
    steps: tuple[Step, ...]
    ending: Ending | None  # None: unfinished
    digest: str  # sha256 of the file's bytes, when asked for (it names the xAPI statement)
    misread: tuple[Misread, ...] = ()
    started: str | None = None  # the save's time.started (UTC stamp); None in older saves
    # when it was played, for putting attempts in order: time.started (else time.ended), in
    # seconds since 1970; a save without times gets its file's date (`timed` False)
    when: float = 0.0
    timed: bool = False
    ended: str | None = None  # the save's time.ended (xAPI: timestamp and duration)
    launch: Launch | None = None  # the LMS launch (cmi5) it was played in, if any


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str  # one line


@dataclass(frozen=True, slots=True)
class Collection:
    records: tuple[Record, ...]  # sorted by record_key
    problems: tuple[Problem, ...]  # sorted by path
    files: int


# --- finding files -----------------------------------------------------------------------


def save_files(targets: Iterable[Path], skip: Path | None = None) -> list[Path]:
    """Every `*.json` under the folders (recursively, hidden ones left out) and the files named.

    Each file once (folders given twice or inside one another are read once), in a stable
    order; `skip` (the report's own output file) is left out.
    """
    seen = {str(skip.resolve())} if skip is not None else set()
    out: list[Path] = []
    for target in targets:
        real = str(target.resolve())
        if not target.is_dir():
            if real not in seen:
                seen.add(real)
                out.append(target)
            continue
        for root, dirs, files in os.walk(target):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            real_root = os.path.normpath(os.path.join(real, os.path.relpath(root, target)))
            for f in sorted(files):
                key = os.path.join(real_root, f)
                if f.endswith(".json") and not f.startswith(".") and key not in seen:
                    seen.add(key)
                    out.append(Path(root, f))
    return out


# --- reading one save --------------------------------------------------------------------

# the fields of the save the report reads (`game/saves/fields.py` names and checks them all):
# None reads a field whole, a mapping only those of its fields
READS: Only = {
    "program": None,
    "name": None,
    "story": {"id": None, "title": None},
    "seed": None,
    "lang": None,
    "player": None,
    "workshop": None,
    "turns": {
        "beat": None,
        "line": None,
        "reply": None,
        "reply_text": None,
        "acts": None,
        "rules": {"rule": None, "deltas": None, "note": None, "notes": {"good": None}},
        "reader": None,
    },
    "outcome": {"score": None, "average": None, "moments": None, "peak": None, "ended": None},
    "misread": None,
    "time": None,
    "launch": None,
}


def _s(x: str) -> str:
    """A string from the save, with every escape and control character taken out: the report
    writes it to terminals, markdown and HTML."""
    return _one(clean(x))


# Equal values read from different saves become one object (`_one`), so that a worker's
# records pickle small: the same beats, texts and rule lists recur in every save.
_ONE: dict[Any, Any] = {}


def _one(x: _T) -> _T:
    return _ONE.setdefault(x, x)  # type: ignore[no-any-return]


def _t(x: tuple[str, str]) -> Text:
    return _one(Text(clean(x[0]), clean(x[1])))


def _way(f: dict[str, Any], _: int) -> tuple[str, int]:
    """A firing: its rule, and whether it said the reply helped (1), hurt (-1) or neither."""
    deltas = f["deltas"]
    if "note" in f:  # format 1: one note, its sign the firing's
        en, zh = f["note"]
        goods: tuple[bool, ...] = (worth(deltas) >= 0,) if en or zh else ()
    else:
        goods = f["notes"]
    return f["rule"], verdict(goods, deltas)


def _step(t: dict[str, Any], _: int) -> Step:
    acts: tuple[str, ...] = t["acts"]
    typed = "reader" in t
    step = Step(
        beat=_s(t["beat_id"]),
        line=_t(t["line"]),
        reply=TYPED if typed else _s(t["reply_id"]),
        reply_text=_t(t["reply_text"]),
        mistakes=_one(tuple(a for a in acts if a in _BAD_ACTS)),
        helped=_one(tuple(rule for rule, way in t["fired"] if way > 0)),
        hurt=_one(tuple(rule for rule, way in t["fired"] if way < 0)),
        typed=typed,
        acts=_one(acts),
    )
    return _one(step)


def _ending(o: dict[str, Any], _: int) -> Ending:
    moments, peak = o["moments"], o["peak"]
    return Ending(
        score=o["score"],
        average=o["average"],
        peak=moments[peak] if peak < len(moments) else None,
        end=moments[-1] if moments else None,
        left=o["ended"],
    )


_READ = decoder(
    Shape(SAVE.name, SAVE.fields[2:], SAVE.first[2:]),  # after the format (`format_of`)
    {
        TEXT.name: lambda v, _: (v["en"], v["zh"]),  # `_t` cleans it
        NOTE.name: lambda v, _: v["good"],
        FIRING.name: _way,
        TURN.name: _step,
        OUTCOME.name: _ending,
    },
    READS,
)


def _record(obj: Any, path: str) -> Record:
    format_of(obj)
    v = _READ(obj, "", [0])
    steps: tuple[Step, ...] = v["turns"]
    misread = tuple(Misread(k, steps[k].reply_text.en, steps[k].acts) for k in v.get("misread", ()))
    time = v.get("times", {})
    started, ended = time.get("started"), time.get("ended")
    stamp = started or ended
    workshop = v["workshop"]
    return Record(
        path=path,
        name=v["name"],
        episode=_s(v["story"]["id"]),
        title=_t(v["story"]["title"]),
        seed=v["seed"],
        lang=v["lang"],
        player=_s(v["player"]),
        workshop=None if workshop is None else _s(workshop),
        steps=steps,
        ending=v["outcome"],
        digest="",
        misread=misread,
        started=started,
        when=parse(stamp).timestamp() if stamp else 0.0,
        timed=stamp is not None,
        ended=ended,
        launch=v.get("launch"),
    )


def parse_record(data: bytes, path: str, digest: bool = False) -> Record:
    """The report's view of one save, or `SaveError` (one line) saying what is wrong.

    The fields the report uses are checked here; when one is wrong, the engine's own reader
    (`parse_save`, which checks every field) finds the words for it.
    """
    try:
        record = _record(loads(data), path)
        return replace(record, digest=hashlib.sha256(data).hexdigest()) if digest else record
    except (SaveError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        pass
    parse_save(data)  # raises SaveError naming the problem
    raise SaveError("not a save the report can read")


def read_record(path: Path, digest: bool = False) -> Record:
    """One file's record, or `SaveError` with one line (without the path) saying why not."""
    data = read_bytes(path)
    if not data:
        raise SaveError("empty (a session that had not saved its first turn yet)")
    record = parse_record(data, str(path), digest)
    if record.timed:
        return record
    try:  # no time in the save: the file's date orders it
        return replace(record, when=os.stat(path).st_mtime)
    except OSError:
        return record


def record_key(r: Record) -> tuple[bool, str, str, str, str, str]:
    """Workshops by code, the saves without one last; then player, episode, save."""
    return (r.workshop is None, r.workshop or "", r.player, r.episode, r.name, r.path)


def _read_all(paths: list[Path], digest: bool) -> tuple[list[Record], list[Problem]]:
    records: list[Record] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            records.append(read_record(path, digest))
        except SaveError as err:
            problems.append(Problem(str(path), str(err)))
    _ONE.clear()
    return records, problems


def collect(paths: list[Path], digest: bool = False) -> Collection:
    """Reads every file, on every core when there are many; `digest`: hash each file (xAPI)."""
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    workers = min(os.cpu_count() or 1, MAX_WORKERS, len(chunks))
    records: list[Record] = []
    problems: list[Problem] = []

    def take(part: tuple[list[Record], list[Problem]]) -> None:
        records.extend(part[0])
        problems.extend(part[1])

    forks = "fork" in multiprocessing.get_all_start_methods()  # not on Windows: read alone
    if forks and workers > 1 and len(paths) >= PARALLEL_FROM:
        # the workers fork before the progress bar starts its thread: submit all, then wait
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {pool.submit(_read_all, chunk, digest): len(chunk) for chunk in chunks}
            with progress.reading(len(paths)) as tick:
                for done in as_completed(futures):
                    take(done.result())
                    tick(futures[done])
    else:
        with progress.reading(len(paths)) as tick:
            for chunk in chunks:
                take(_read_all(chunk, digest))
                tick(len(chunk))
    records.sort(key=record_key)
    problems.sort(key=lambda p: p.path)
    return Collection(tuple(records), tuple(problems), len(paths))
