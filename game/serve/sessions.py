"""One browser, one game process: started without a shell, with a bare environment, and always
ended when its browser goes (asked to quit, then terminated, then killed, and reaped).

textual-serve 1.1.3 starts each game through a shell with the server's whole environment, and
a browser that leaves during the game's first second leaves the process running forever; here
every process gets its own process group and is waited for.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from importlib.metadata import version
from pathlib import Path

from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

QUIT_GRACE = 1.5  # seconds a game has to quit when asked, before it is terminated
TERM_GRACE = 1.0  # seconds after SIGTERM before SIGKILL
# what a game process may see of the server's environment; nothing else passes
PASSED = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "SYSTEMROOT", "FRONTDESK_STORIES")
# the largest terminal a browser may ask for: a frame of 6000 x 6000 cells is ~145 MB
MAX_COLUMNS, MAX_ROWS = 300, 100


def terminal_size(width: object, height: object) -> tuple[int, int] | None:
    """The terminal a browser asks for, within 1 x 1 and MAX_COLUMNS x MAX_ROWS; None when it
    is not a size (not a number, negative, infinite), so the request is ignored."""
    size: list[int] = []
    for value, most in ((width, MAX_COLUMNS), (height, MAX_ROWS)):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not math.isfinite(value) or value < 0:
            return None
        size.append(max(1, min(most, int(value))))
    return size[0], size[1]


def game_environment(width: int, height: int) -> dict[str, str]:
    env = {k: os.environ[k] for k in PASSED if k in os.environ}
    env.update(
        {
            "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
            "TEXTUAL_FPS": "60",
            "TEXTUAL_COLOR_SYSTEM": "truecolor",
            "TERM_PROGRAM": "textual",
            "TERM_PROGRAM_VERSION": version("textual-serve"),
            "COLUMNS": str(width),
            "ROWS": str(height),
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.setdefault("LANG", "C.UTF-8")
    return env


class GameService(AppService):
    """An AppService whose process is ours to end."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        write_bytes: Callable[[bytes], Awaitable[None]],
        write_str: Callable[[str], Awaitable[None]],
        close: Callable[[], Awaitable[object]],
        download_manager: DownloadManager,
    ) -> None:
        super().__init__(
            " ".join(argv),
            write_bytes=write_bytes,
            write_str=write_str,
            close=self._close,
            download_manager=download_manager,
        )
        self._close_socket = close
        self.argv = list(argv)
        self.cwd = cwd
        self._stopped = False

    async def _close(self) -> None:
        await self._close_socket()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def set_terminal_size(self, width: int, height: int) -> None:
        """Tell the game its new size, clamped; a size that is not one is ignored."""
        size = terminal_size(width, height)
        if size is not None:
            await super().set_terminal_size(*size)

    async def start(self, width: int, height: int) -> None:
        await super().start(*(terminal_size(width, height) or (80, 24)))

    async def _open_app_process(
        self, width: int = 80, height: int = 24
    ) -> asyncio.subprocess.Process:
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=game_environment(width, height),
            cwd=self.cwd,
            start_new_session=True,  # its own process group: nothing it starts outlives it
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        """Ask the game to quit; terminate it if it doesn't; kill it if that fails; reap it."""
        if self._stopped:
            return
        self._stopped = True
        process = self._process
        if process is None:
            return
        with contextlib.suppress(Exception):
            await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.send_meta({"type": "quit"}), 0.5)
        if not await _ended(process, QUIT_GRACE):
            _signal_group(process.pid, signal.SIGTERM)
            if not await _ended(process, TERM_GRACE):
                _signal_group(process.pid, signal.SIGKILL)
                await process.wait()
        _signal_group(process.pid, signal.SIGKILL)  # anything left in its group
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, 2.0)
            self._task = None


async def _ended(process: asyncio.subprocess.Process, seconds: float) -> bool:
    try:
        await asyncio.wait_for(process.wait(), seconds)
    except TimeoutError:
        return False
    return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def game_argv(saves: Path, workshop: str | None, lang: str | None) -> list[str]:
    """The command each browser's game runs: this Python, this package, the shared saves."""
    argv = [sys.executable, "-m", "game", "--saves-dir", str(saves), "--ask-name"]
    if workshop:
        argv += ["--workshop", workshop]
    if lang:
        argv += ["--lang", lang]
    return argv
