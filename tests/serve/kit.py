"""A `frontdesk serve` for tests: in-process (aiohttp's test server) or as a real command."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from game.serve.server import COOKIE, ClassServer

ROOT = Path(__file__).resolve().parents[2]
KEY = "class-key-123"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def alive(pid: int) -> bool:
    """Whether the process exists (and is not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(x) for x in (task / "children").read_text().split()]
    return [p for p in found if alive(p)]


@contextlib.asynccontextmanager
async def served(
    saves: Path, max_sessions: int = 40
) -> AsyncIterator[tuple[TestClient, ClassServer]]:  # type: ignore[type-arg]
    port = free_port()
    server = ClassServer(
        root=ROOT,
        saves=saves,
        host="127.0.0.1",
        port=port,
        public_url=f"http://127.0.0.1:{port}",
        key=KEY,
        max_sessions=max_sessions,
    )
    app = await server._make_app()
    async with TestClient(TestServer(app, port=port)) as client:
        try:
            yield client, server
        finally:
            await server.on_shutdown(app)


def origin(client: TestClient) -> str:  # type: ignore[type-arg]
    return f"http://127.0.0.1:{client.port}"


def with_key(client: TestClient) -> None:  # type: ignore[type-arg]
    client.session.cookie_jar.update_cookies({COOKIE: KEY})


@contextlib.contextmanager
def serve_command(saves: Path, *extra: str) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """`frontdesk serve` as a user starts it; yields (port, process) once it listens."""
    port = free_port()
    env = {**os.environ, "FRONTDESK_SAVES": str(saves)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "game", "serve", "--port", str(port), "--key", KEY, *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        end = time.monotonic() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None or time.monotonic() > end:
                raise AssertionError(
                    f"serve did not start: {proc.stderr.read() if proc.stderr else ''}"
                )
            time.sleep(0.1)
        yield port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
