"""One session per save file, across processes: a claim is an exclusive lock on a lock file.

The lock is the kernel's (flock), so a process that is killed cannot leave it stuck: its locks
go with it. Where flock does not exist (Windows), claims always succeed."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from game.saves.strict import SaveError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class Claim:
    """Held while a game writes one save; `release` (or the process ending) frees it."""

    def __init__(self, lock_path: Path) -> None:
        self.path = lock_path
        self._fd: int | None = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is None:
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise SaveError(
                "this save is open in another game; finish or close that one first"
            ) from None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file drops the lock
            self._fd = None
