"""The saves folder: safe file names, atomic writes, and reading saves back.

A write never leaves a half-written save: the bytes go to a temporary file in the same
folder, are flushed and fsynced, then `os.replace` swaps it in and the folder is fsynced.
A process killed mid-write leaves at most a temporary file (`.NAME.PID.tmp`), removed the next
time a program opens the folder once the process that wrote it is gone.

The game writes in the background (`Store.write_later`): one writer thread, writes of one save
in the order given, a write that has not begun replaced by a later one of the same save, and
nothing lost (`flush`, a thread the interpreter waits for, reads here that flush first, and
claims held until their save's last write has landed).

The save format (and with it the engine) is imported where a save is read or written, not with
this module: the title screen opens the folder before its first frame and needs neither.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from game.saves.claim import Claim
from game.saves.strict import SaveError, read_bytes

if TYPE_CHECKING:
    from game.saves.format import Save

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


OnError = Callable[[Exception], None]


class Writer:
    """Writes saves on one background thread, so the caller goes on at once.

    - atomic: each write is `write_atomic` (temporary file, fsync, rename, fsync of the folder);
    - in order: one thread writes one save at a time, in the order given; a write of a save that
      has not begun is replaced by a later write of the same save (which holds everything the
      earlier one did), so an earlier turn never lands after a later one;
    - never lost: `flush` waits for every write given so far; the thread is not a daemon, so
      the interpreter waits for it too before the process ends;
    - errors go to the `on_error` given with the write, called on the writer's thread.

    A caller that holds saves before giving them (the game takes a turn's save only once the
    next frame is out) adds itself as a source: a `flush` on its thread first has it give
    them, so reading saves there always sees every turn played.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: dict[Path, tuple[Store, Save, OnError]] = {}  # oldest first
        self._writing: Path | None = None
        self._after: dict[Path, list[Callable[[], None]]] = {}
        self._thread: threading.Thread | None = None
        self._sources: list[tuple[int, Callable[[], None]]] = []

    def add_source(self, give: Callable[[], None]) -> Callable[[], None]:
        """`give` hands this writer the saves its caller still holds; a `flush` on this thread
        calls it first. Returns the function that removes it again."""
        entry = (threading.get_ident(), give)
        self._sources.append(entry)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._sources.remove(entry)

        return remove

    def submit(self, store: Store, save: Save, on_error: OnError) -> None:
        path = store.path(save.name)  # a bad name is the caller's SaveError, at once
        with self._cond:
            self._queue[path] = (store, save, on_error)  # a waiting write keeps its place
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="frontdesk-saves")
                self._thread.start()

    def flush(self, timeout: float | None = None) -> bool:
        """Waits until every write given so far has landed (or failed); False on timeout."""
        if threading.current_thread() is self._thread:
            return False  # the writer itself (in an `on_error`) must not wait for itself
        me = threading.get_ident()
        for ident, give in list(self._sources):
            if ident == me:
                give()
        with self._cond:
            return self._cond.wait_for(lambda: self._thread is None, timeout)

    def after(self, path: Path, then: Callable[[], None]) -> None:
        """Calls `then` once no write of `path` is waiting or under way (now, if none is)."""
        with self._cond:
            if path in self._queue or path == self._writing:
                self._after.setdefault(path, []).append(then)
                return
        then()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._queue:
                    self._thread = None
                    self._cond.notify_all()
                    return
                path = next(iter(self._queue))
                store, save, on_error = self._queue.pop(path)
                self._writing = path
            try:
                store.write(save)
            except Exception as err:  # shown to the player by on_error, never fatal here
                with contextlib.suppress(Exception):
                    on_error(err)
            with self._cond:
                self._writing = None
                done = self._after.pop(path, []) if path not in self._queue else []
                self._cond.notify_all()
            for then in done:
                with contextlib.suppress(Exception):
                    then()


WRITER = Writer()  # one per process: every background write of every store


def flush(timeout: float | None = None) -> bool:
    """Waits for this process's background writes (see `Writer.flush`)."""
    return WRITER.flush(timeout)


class _Claim(Claim):
    """A claim whose release, while its save is still being written, waits for that write."""

    def __init__(self, lock_path: Path, save_path: Path) -> None:
        super().__init__(lock_path)
        self._save_path = save_path

    def release(self) -> None:
        WRITER.after(self._save_path, partial(Claim.release, self))


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
        from game.saves.format import NAME

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
        holds it). The lock file `.NAME.lock` stays; only the lock on it comes and goes; a
        release while the save is being written in the background waits for that write."""
        path = self.path(name)  # a save name, or SaveError
        return _Claim(self.folder / f".{name}.lock", path)

    def write(self, save: Save) -> Path:
        """Writes `save` now, atomically (see `write_atomic`)."""
        from game.saves.format import dump

        path = self.path(save.name)
        write_atomic(path, dump(save))
        return path

    def write_later(self, save: Save, on_error: OnError) -> None:
        """Gives `save` to the background writer (see `Writer`); a bad name is a SaveError now,
        a failed write goes to `on_error`, on the writer's thread."""
        WRITER.submit(self, save, on_error)

    def saves(self) -> list[Path]:
        """Save files here, newest first (an empty file is a name just reserved); this process's
        background writes land first."""
        WRITER.flush()
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
    """A save from a file; `SaveError` (one line) if it can't be read or isn't a good save.
    A background write of this file in this process lands first."""
    from game.saves.format import parse_save

    WRITER.flush()  # at once when nothing is being written
    try:
        return parse_save(read_bytes(path))
    except SaveError as err:
        raise SaveError(f"{path}: {err}") from None
