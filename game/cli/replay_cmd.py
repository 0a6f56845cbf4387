"""`frontdesk replay SAVE --check`: re-run saves headless and say whether they are identical.

The saves are read and re-run on every core (`--jobs`), a piece of files per worker, and what
is found is said in the order of the files, as one process would say it: every file must be
readable before any verdict, and a save whose episode is gone stops the check where it lies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.engine.cores import chunks, jobs_wanted, ordered_map, piece_size
from game.engine.story import Story
from game.engine.text import counted
from game.saves.check import check, story_changes
from game.saves.format import Save, SaveError
from game.saves.store import read_save
from game.usage import UsageError, fail, warn

Lookup = Callable[[str], Story | None]


def save_files(paths: list[str]) -> list[Path]:
    """The files named, and the *.json files of folders named (sorted)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.glob("*.json")))
        elif path.exists():
            files.append(path)
        else:
            fail(f"no such save file or folder: {name}")
    return files


def load(path: Path) -> Save:
    try:
        return read_save(path)
    except SaveError as err:
        fail(str(err))


@dataclass(frozen=True, slots=True)
class Verdict:
    """What re-running one save found: a message that ends the check (`unreadable` in the first
    pass over the files, `stop` in the second), or its problem and the story's changes."""

    unreadable: str | None = None
    stop: str | None = None
    problem: str | None = None
    changes: tuple[str, ...] = ()


_STORIES: dict[str, Story | None] = {}  # in a worker: the episodes met so far, by id


def _verdict(path: Path, lookup: Lookup) -> Verdict:
    try:
        save = read_save(path)
    except SaveError as err:
        return Verdict(unreadable=str(err))
    try:
        if save.story.id not in _STORIES:
            _STORIES[save.story.id] = lookup(save.story.id)
    except UsageError as err:  # the episode's file is broken: that ends the check, there
        return Verdict(stop=str(err))
    story = _STORIES[save.story.id]
    if story is None:
        return Verdict(stop=f"{path}: its episode {save.story.id!r} is not in the story pack")
    problem = check(save, story)
    if problem is None:
        return Verdict()
    return Verdict(problem=problem, changes=tuple(story_changes(save, story)))


def _verdicts(job: tuple[Sequence[Path], Lookup]) -> list[Verdict]:
    files, lookup = job
    return [_verdict(path, lookup) for path in files]


def run_check(paths: list[str], lookup: Lookup, jobs: int | None = None) -> int:
    """Exit 0 if every save replays identically; 1 naming the first turn that differs."""
    files = save_files(paths)
    if not files:
        fail("no saves to check")
    size = piece_size(len(files), jobs_wanted(jobs), least=16)
    _STORIES.clear()  # this process may be a worker too: episodes are read afresh per check
    found = [
        v
        for piece in ordered_map(_verdicts, [(p, lookup) for p in chunks(files, size)], jobs)
        for v in piece
    ]
    for v in found:  # every file readable before any verdict
        if v.unreadable is not None:
            fail(v.unreadable)
    bad = 0
    for path, v in zip(files, found, strict=True):
        if v.stop is not None:
            fail(v.stop)
        if v.problem is None:
            continue
        bad += 1
        warn(f"{path}: {v.problem}")
        if v.changes:
            warn(f"{path}: the story changed since the save ({'; '.join(v.changes)})")
    if bad:
        warn(f"{bad} of {len(files)} saves differ")
        return 1
    print(f"{counted(len(files), 'save')} replay identically")
    return 0
