"""The saves folder: safe file names, atomic writes, and reading saves back.

A write never leaves a half-written save: the bytes go to a temporary file in the same
folder, are flushed and fsynced, then `os.replace` swaps it in and the folder is fsynced.
A process killed mid-write leaves at most a temporary file (`.NAME.PID.tmp`), removed the next
time a program opens the folder once the process that wrote it is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from game.saves.claim import Claim
from game.saves.format import NAME, Save, SaveError, dump, parse_save
from game.saves.strict import read_bytes

ENV = "FRONTDESK_SAVES"
_TEMP = re.compile(r"\.(?P<name>[\w-]+)\.json\.(?P<pid>\d+)\.tmp")
_UNSAFE = re.compile(r"[^\w-]+")


def default_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "saves"


def safe_name(text: str, fallback: str = "player") -> str:
    """Letters, digits, `_` and `-` only, at most 24 characters: a name can't be a path."""
    text = unicodedata.normalize("NFKC", text)
    text = _UNSAFE.sub("-", text).strip("-_")[:24].strip("-_")
    return text or fallback


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_temps(folder: Path) -> list[Path]:
    """Removes temporary files left by writers that were killed; returns what it removed."""
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            m = _TEMP.fullmatch(path.name)
            if m and not _alive(int(m["pid"])):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def write_atomic(path: Path, data: bytes) -> None:
    """Replaces `path` with `data` so that a reader sees the old bytes or the new, never a mix."""
    tmp = path.with_name(f".{path.stem}.json.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True, slots=True)
class Store:
    """One saves folder."""

    folder: Path

    @classmethod
    def open(cls, folder: Path | None = None) -> Store:
        store = cls((folder or default_dir()).resolve())
        store.folder.mkdir(parents=True, exist_ok=True)
        clean_temps(store.folder)
        return store

    def path(self, name: str) -> Path:
        if not NAME.fullmatch(name):
            raise SaveError(f"not a save name: {name!r}")
        return self.folder / f"{name}.json"

    def reserve(self, player: str, episode: str, seed: int, workshop: str | None = None) -> str:
        """A new save name no other session has, claimed by creating its file (O_EXCL)."""
        parts = [safe_name(workshop)] if workshop else []
        parts += [safe_name(player), safe_name(episode, "episode"), str(seed)]
        stem = "_".join(parts)
        for n in range(1, 100_000):
            name = stem if n == 1 else f"{stem}_{n}"
            try:
                fd = os.open(self.path(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            os.close(fd)
            return name
        raise SaveError(f"too many saves named {stem}")

    def claim(self, name: str) -> Claim:
        """The right to write this save, for this process alone (SaveError if another game
        holds it). The lock file `.NAME.lock` stays; only the lock on it comes and goes."""
        self.path(name)  # a save name, or SaveError
        return Claim(self.folder / f".{name}.lock")

    def write(self, save: Save) -> Path:
        path = self.path(save.name)
        write_atomic(path, dump(save))
        return path

    def saves(self) -> list[Path]:
        """Save files here, newest first (an empty file is a name just reserved)."""
        found = []
        for p in self.folder.glob("*.json"):
            with contextlib.suppress(OSError):
                st = p.stat()
                if st.st_size:
                    found.append((st.st_mtime_ns, p.name, p))
        return [p for _, _, p in sorted(found, key=lambda x: (-x[0], x[1]))]

    def best_scores(self, player: str, look: int = 2000) -> dict[str, float]:
        """This player's best finished score per episode, from their saves (the newest `look`)."""
        stem = safe_name(player)
        best: dict[str, float] = {}
        for path in self.saves()[:look]:
            if f"{stem}_" not in path.name:
                continue  # file names carry the player: skip others' saves unread
            with contextlib.suppress(SaveError):
                save = read_save(path)
                if save.outcome is not None and save.player == player:
                    episode = save.story.id
                    best[episode] = max(best.get(episode, 0.0), save.outcome.score)
        return best

    def latest_unfinished(self, player: str, look: int = 50) -> Save | None:
        """This player's newest save that did not reach an ending (among their newest `look`;
        others' saves, told apart by the file name, are skipped unread however many there are)."""
        stem = safe_name(player)
        mine = [p for p in self.saves() if f"{stem}_" in p.name]
        for path in mine[:look]:
            with contextlib.suppress(SaveError):
                save = read_save(path)
                if not save.finished and save.player == player and save.name == path.stem:
                    return save
        return None


def read_save(path: Path) -> Save:
    """A save from a file; `SaveError` (one line) if it can't be read or isn't a good save."""
    try:
        return parse_save(read_bytes(path))
    except SaveError as err:
        raise SaveError(f"{path}: {err}") from None
