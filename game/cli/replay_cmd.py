"""`frontdesk replay SAVE --check`: re-run saves headless and say whether they are identical."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.cli.args import fail, warn
from game.engine.story import Story
from game.saves.check import check, story_changes
from game.saves.format import Save, SaveError
from game.saves.store import read_save


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


def run_check(paths: list[str], lookup: Callable[[str], Story | None]) -> int:
    """Exit 0 if every save replays identically; 1 naming the first turn that differs."""
    by_id: dict[str, Story | None] = {}
    files = save_files(paths)
    if not files:
        fail("no saves to check")
    saves = [(path, load(path)) for path in files]  # every file readable before any verdict
    bad = 0
    for path, save in saves:
        if save.story.id not in by_id:
            by_id[save.story.id] = lookup(save.story.id)
        story = by_id[save.story.id]
        if story is None:
            fail(f"{path}: its episode {save.story.id!r} is not in the story pack")
        problem = check(save, story)
        if problem is None:
            continue
        bad += 1
        warn(f"{path}: {problem}")
        changes = story_changes(save, story)
        if changes:
            warn(f"{path}: the story changed since the save ({'; '.join(changes)})")
    if bad:
        warn(f"{bad} of {len(saves)} saves differ")
        return 1
    print(f"{len(saves)} save(s) replay identically")
    return 0
