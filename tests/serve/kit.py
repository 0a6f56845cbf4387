"""A `frontdesk serve` for tests: in-process (aiohttp's test server) or as a real command."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from game.serve.server import COOKIE, ClassServer, key_cookie
from tests.paths import ROOT

KEY = "class-key-123"
# a game that echoes: its terminal size first ("COLUMNSxROWS"), then every packet the server
# sends it (a resize is its JSON), each as a data packet the browser receives; ends on quit
ECHO = (
    "import os, sys\n"
    "out, inp = sys.stdout.buffer, sys.stdin.buffer\n"
    "def send(body):\n"
    "    out.write(b'D' + len(body).to_bytes(4, 'big') + body); out.flush()\n"
    "out.write(b'__GANGLION__\\n'); out.flush()\n"
    "send(f\"{os.environ['COLUMNS']}x{os.environ['ROWS']}\".encode())\n"
    "while len(head := inp.read(5)) == 5:\n"
    "    body = inp.read(int.from_bytes(head[1:], 'big'))\n"
    "    send(body)\n"
    "    if b'\"quit\"' in body: break\n"
)


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
    saves: Path,
    max_sessions: int = 40,
    *,
    key: str = KEY,
    argv: list[str] | None = None,
    statics: Path | None = None,
) -> AsyncIterator[tuple[TestClient, ClassServer]]:  # type: ignore[type-arg]
    port = free_port()
    server = ClassServer(
        root=ROOT,
        saves=saves,
        host="127.0.0.1",
        port=port,
        public_url=f"http://127.0.0.1:{port}",
        key=key,
        max_sessions=max_sessions,
        argv=argv,
    )
    if statics is not None:
        server.statics_path = statics
    app = await server._make_app()
    async with TestClient(TestServer(app, port=port)) as client:
        try:
            yield client, server
        finally:
            await server.on_shutdown(app)


def origin(client: TestClient) -> str:  # type: ignore[type-arg]
    return f"http://127.0.0.1:{client.port}"


def with_key(client: TestClient, key: str = KEY) -> None:  # type: ignore[type-arg]
    client.session.cookie_jar.update_cookies({COOKIE: key_cookie(key)})


async def raw_get(
    client: TestClient,  # type: ignore[type-arg]
    target: str,
    headers: dict[str, str] | None = None,
) -> tuple[int, str]:
    """GET `target` exactly as written (no client tidies `..` or `%` away): (status, body)."""
    port = client.port
    assert port is not None
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [f"GET {target} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), 30)
    writer.close()
    await writer.wait_closed()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body.decode("utf-8", "replace")


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
