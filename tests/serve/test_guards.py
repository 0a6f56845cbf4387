"""The class key, the Origin check, the session cap, the bare environment, and no game process
outliving its browser (even one that leaves within a second), each against a real server."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import aiohttp
import pytest

from game.serve.server import COOKIE, key_cookie
from game.serve.sessions import PASSED
from tests.serve.kit import KEY, alive, origin, served, with_key


def test_the_class_key_becomes_a_cookie_and_leaves_the_address(tmp_path: Path) -> None:
    async def go() -> None:
        async with served(tmp_path) as (client, _):
            assert (await client.get("/")).status == 403
            assert (await client.get("/?key=wrong", allow_redirects=False)).status == 403
            r = await client.get(f"/?key={KEY}", allow_redirects=False)
            assert r.status == 303 and r.headers["Location"] == "/"
            assert r.cookies[COOKIE].value == key_cookie(KEY) and r.cookies[COOKIE]["httponly"]
            assert KEY not in r.cookies[COOKIE].value  # a digest of the key, never the key
            page = await client.get("/")  # the cookie now opens the page
            text = await page.text()
            assert page.status == 200 and "textual-terminal" in text
            assert "googleapis" not in text and "https://" not in text  # nothing off the room

    asyncio.run(go())


@pytest.mark.parametrize(
    ("cookie", "sent_origin", "status"),
    [
        (False, "self", 403),  # no key
        (True, "http://evil.example", 403),  # another web page driving a game
        (True, None, 403),  # no Origin at all
    ],
)
def test_a_game_needs_the_key_and_the_pages_own_origin(
    tmp_path: Path, cookie: bool, sent_origin: str | None, status: int
) -> None:
    async def go() -> None:
        async with served(tmp_path) as (client, server):
            if cookie:
                with_key(client)
            headers = {}
            if sent_origin is not None:
                headers["Origin"] = origin(client) if sent_origin == "self" else sent_origin
            with pytest.raises(aiohttp.WSServerHandshakeError) as err:
                await client.ws_connect("/ws", headers=headers)
            assert err.value.status == status
            assert not server.games

    asyncio.run(go())


async def _game_started(client: aiohttp.test_utils.TestClient) -> aiohttp.ClientWebSocketResponse:  # type: ignore[type-arg]
    ws = await client.ws_connect("/ws?width=80&height=24", headers={"Origin": origin(client)})
    await ws.send_json(["resize", {"width": 80, "height": 24}])
    return ws


async def _first_bytes(ws: aiohttp.ClientWebSocketResponse) -> bytes:
    while True:
        msg = await asyncio.wait_for(ws.receive(), 30)
        if msg.type == aiohttp.WSMsgType.BINARY:
            data: bytes = msg.data
            return data


def test_games_are_capped_and_a_seat_frees_when_a_browser_leaves(tmp_path: Path) -> None:
    async def go() -> None:
        async with served(tmp_path, max_sessions=1) as (client, server):
            with_key(client)
            first = await _game_started(client)
            await _first_bytes(first)
            with pytest.raises(aiohttp.WSServerHandshakeError) as err:
                await client.ws_connect("/ws", headers={"Origin": origin(client)})
            assert err.value.status == 503
            await first.close()
            for _ in range(100):
                if not server.games:
                    break
                await asyncio.sleep(0.1)
            second = await _game_started(client)  # the seat is free again
            await _first_bytes(second)
            await second.close()

    asyncio.run(go())


@pytest.mark.parametrize("stay", [0.0, 0.3, 1.0, 3.0])
def test_a_game_ends_when_its_browser_goes_however_soon(tmp_path: Path, stay: float) -> None:
    async def go() -> None:
        async with served(tmp_path) as (client, server):
            with_key(client)
            ws = await _game_started(client)
            for _ in range(50):
                if server.games:
                    break
                await asyncio.sleep(0.02)
            pids = [g.pid for g in server.games.values()]
            assert pids and all(p is not None for p in pids)
            await asyncio.sleep(stay)
            await ws.close()
            for _ in range(100):  # QUIT_GRACE + TERM_GRACE is 2.5 s; allow 10
                if not any(alive(p) for p in pids if p is not None) and not server.games:
                    break
                await asyncio.sleep(0.1)
            assert not any(alive(p) for p in pids if p is not None), "a game outlived its browser"
            assert not server.games

    asyncio.run(go())


def test_a_game_sees_only_the_environment_it_needs(tmp_path: Path) -> None:
    os.environ["FRONTDESK_TEST_SECRET"] = "hunter2"
    try:

        async def go() -> None:
            async with served(tmp_path) as (client, server):
                with_key(client)
                ws = await _game_started(client)
                await _first_bytes(ws)
                (game,) = server.games.values()
                raw = Path(f"/proc/{game.pid}/environ").read_bytes()
                names = {item.split(b"=", 1)[0].decode() for item in raw.split(b"\0") if item}
                await ws.close()
                assert "FRONTDESK_TEST_SECRET" not in names
                assert "HOME" not in names
                assert names <= set(PASSED) | {
                    "TEXTUAL_DRIVER", "TEXTUAL_FPS", "TEXTUAL_COLOR_SYSTEM", "TERM_PROGRAM",
                    "TERM_PROGRAM_VERSION", "COLUMNS", "ROWS", "PYTHONIOENCODING",
                    "PYTHONUNBUFFERED",
                }  # fmt: skip

        asyncio.run(go())
    finally:
        del os.environ["FRONTDESK_TEST_SECRET"]


STUBBORN = (
    "import signal, sys, time\n"
    "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    "sys.stdout.write('__GANGLION__\\n'); sys.stdout.flush()\n"
    "while True: time.sleep(0.01)\n"  # ignores quit, ignores SIGTERM, never reads its input
)


def test_a_game_that_ignores_quit_and_sigterm_is_killed_and_reaped(tmp_path: Path) -> None:
    """What textual-serve 1.1.3 was measured to leave behind: a process deaf to quit and TERM."""
    import sys

    from textual_serve.download_manager import DownloadManager

    from game.serve.sessions import QUIT_GRACE, TERM_GRACE, GameService

    async def nothing(_: object = None) -> None:
        return None

    async def go() -> None:
        game = GameService(
            [sys.executable, "-c", STUBBORN],
            cwd=tmp_path,
            write_bytes=nothing,
            write_str=nothing,
            close=nothing,
            download_manager=DownloadManager(),
        )
        await game.start(80, 24)
        await asyncio.sleep(0.3)
        assert game.pid is not None and alive(game.pid)
        started = asyncio.get_running_loop().time()
        await game.stop()
        took = asyncio.get_running_loop().time() - started
        assert not alive(game.pid)
        assert took < QUIT_GRACE + TERM_GRACE + 2

    asyncio.run(go())
