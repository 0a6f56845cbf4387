"""Issue #14, item 7: a key in any script, a key that is not UTF-8 in the address, no key in
the access log, a browser's terminal size bounded and its malformed messages ignored, and no
listing of /static/. (The page taking the keyboard at load is in test_browser.py.)"""

from __future__ import annotations

import asyncio
import http.client
import json
import logging
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest
from yarl import URL

from game.serve.cli import share_link
from game.serve.server import COOKIE, NO_KEY, key_cookie
from game.serve.sessions import MAX_COLUMNS, MAX_ROWS
from tests.serve.kit import ECHO, KEY, origin, raw_get, serve_command, served, with_key

CHINESE_KEY = "课堂密码"


# --- 1. a key in any script ---------------------------------------------------------------


def test_a_key_in_any_script_opens_the_game_and_its_cookie_is_ascii_not_the_key(
    tmp_path: Path,
) -> None:
    async def go() -> None:
        async with served(tmp_path, key=CHINESE_KEY) as (client, _):
            assert (await client.get("/")).status == 403  # was a 500: every request compared
            wrong = await client.get(f"/?key={quote('课堂秘密')}", allow_redirects=False)
            assert wrong.status == 403
            r = await client.get(f"/?key={quote(CHINESE_KEY)}", allow_redirects=False)
            assert r.status == 303 and r.headers["Location"] == "/"
            cookie = r.cookies[COOKIE].value
            assert cookie == key_cookie(CHINESE_KEY) and cookie.isascii()
            assert CHINESE_KEY not in cookie and quote(CHINESE_KEY) not in cookie
            assert re.fullmatch(r"[0-9a-f]{64}", cookie)
            page = await client.get("/")  # the cookie opens the page
            assert page.status == 200 and "textual-terminal" in await page.text()

    asyncio.run(go())


def test_a_key_typed_as_decomposed_accents_is_the_same_key(tmp_path: Path) -> None:
    composed = "café-clé"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    async def go() -> None:
        async with served(tmp_path, key=composed) as (client, _):
            r = await client.get(f"/?key={quote(decomposed)}", allow_redirects=False)
            assert r.status == 303

    asyncio.run(go())


def test_the_shared_link_carries_any_key_whole() -> None:
    for key in (CHINESE_KEY, "a b&c=d+e#f%g", "é?key=x;y", "tab\there"):
        link = share_link("http://192.168.1.20:8000", key)
        assert link.isascii() and " " not in link
        assert URL(link).query.getall("key") == [key]  # nothing cut at &, #, +, ...


def test_the_printed_link_opens_the_game_for_a_key_with_spaces_and_symbols(
    tmp_path: Path,
) -> None:
    key = "课堂 密码 & 1+1 #2"
    with serve_command(tmp_path / "saves", "--key", key) as (port, proc):
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Share this link with the class: http://")
        link = URL(line.split(": ", 1)[1].strip())
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", link.raw_path_qs)
        reply = conn.getresponse()
        assert reply.status == 303  # the key is right: swapped for a cookie
        assert key_cookie(key) in (reply.getheader("Set-Cookie") or "")
        conn.close()


# --- 2. a key that is not ASCII, or not UTF-8 at all, in the address -----------------------

NOT_THE_KEY = (
    "%C3%A9",  # é
    "%E8%AF%BE%E5%A0%82",  # 课堂
    "%F0%9F%98%80",  # an emoji
    "%FF",  # not UTF-8
    "%ED%A0%80",  # a surrogate, encoded: not UTF-8
    "%C3",  # cut in the middle of a character
    "%ZZ",  # not percent-encoding
    "%",
    "%00",
    "caf%C3%A9+%2B",
)


def test_a_key_that_is_not_ascii_or_not_utf8_is_the_wrong_key_page_not_a_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def go() -> None:
        async with served(tmp_path) as (client, _):
            for value in NOT_THE_KEY:
                status, body = await raw_get(client, f"/?key={value}")
                assert (status, body) == (403, NO_KEY), value

    with caplog.at_level(logging.WARNING):
        asyncio.run(go())
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [r.getMessage() for r in errors]


# --- 3. the access log ----------------------------------------------------------------------


def test_the_access_log_never_shows_the_key_right_or_wrong(tmp_path: Path) -> None:
    wrong = "wrong-key-456"
    with serve_command(tmp_path / "saves") as (port, proc):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        asked = [
            (f"/?key={KEY}", {}, 303),
            (f"/?key={wrong}", {}, 403),
            (f"/?lang=en&key={quote(CHINESE_KEY)}", {}, 403),
            (f"/?KEY={KEY}", {}, 403),
            (f"/?%6Bey={KEY}", {}, None),
            ("/favicon.ico", {"Referer": f"http://127.0.0.1:{port}/?key={KEY}"}, 403),
            ("/static/js/textual.js", {}, 200),  # last: its own log line is not checked
        ]
        for target, headers, status in asked:
            conn.request("GET", target, headers=headers)
            reply = conn.getresponse()
            reply.read()
            assert status is None or reply.status == status, target
        conn.close()
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read() + proc.stderr.read()
    logged = "".join(line for line in out.splitlines() if "Share this link" not in line)
    flat = re.sub(r"\s+", "", re.sub(r"\x1b\[[0-9;]*m", "", logged))  # rich wraps long lines
    for secret in (KEY, wrong, quote(CHINESE_KEY), CHINESE_KEY):
        assert secret not in flat, f"{secret!r} is in the log"
    # the lines are there, with the key's value hidden
    assert 'GET/?key=***HTTP/1.1"303' in flat
    assert 'GET/?key=***HTTP/1.1"403' in flat
    assert 'GET/?lang=en&key=***HTTP/1.1"403' in flat
    assert 'GET/?KEY=***HTTP/1.1"403' in flat
    assert f'"http://127.0.0.1:{port}/?key=***"' in flat  # the Referer too


# --- 4. the terminal size a browser asks for ------------------------------------------------


async def _next_bytes(ws: aiohttp.ClientWebSocketResponse) -> bytes:
    while True:
        msg = await asyncio.wait_for(ws.receive(), 30)
        assert msg.type not in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), "game ended"
        if msg.type == aiohttp.WSMsgType.BINARY:
            data: bytes = msg.data
            return data


MALFORMED = (
    '["resize", {"width": "wide", "height": 24}]',
    '["resize", {"width": -5, "height": 24}]',
    '["resize", {"width": 80, "height": -1}]',
    '["resize", {"width": 80}]',
    '["resize", {"width": true, "height": 24}]',
    '["resize", {"width": NaN, "height": 24}]',
    '["resize", {"width": 1e999, "height": 24}]',
    '["resize", {"width": null, "height": null}]',
    '["resize", "80x24"]',
    '["resize", [80, 24]]',
    '["resize", null]',
    '["resize"]',
    "not json",
    '{"resize": {"width": 80, "height": 24}}',
    "[]",
    '["stdin", 5]',
    '["ping", {"not": "text"}]',
    "[" * 100_000,  # nested deeper than Python's stack
)


def test_a_browser_cannot_ask_for_a_huge_terminal_nor_break_its_game_with_bad_messages(
    tmp_path: Path,
) -> None:
    async def go() -> None:
        async with served(tmp_path, argv=[sys.executable, "-c", ECHO]) as (client, server):
            with_key(client)
            ws = await client.ws_connect(
                "/ws?width=6000&height=6000", headers={"Origin": origin(client)}
            )
            assert await _next_bytes(ws) == f"{MAX_COLUMNS}x{MAX_ROWS}".encode()  # at start
            await ws.send_json(["resize", {"width": 6000, "height": 6000}])
            resize = {"type": "resize", "width": MAX_COLUMNS, "height": MAX_ROWS}
            assert json.loads(await _next_bytes(ws)) == resize
            for message in MALFORMED:
                await ws.send_str(message)
            await ws.send_bytes(b"\x00\xff")
            await ws.send_json(["resize", {"width": 0, "height": 0.5}])
            # nothing malformed reached the game: the next thing it got is this resize
            assert json.loads(await _next_bytes(ws)) == {"type": "resize", "width": 1, "height": 1}
            await ws.send_json(["resize", {"width": 120.7, "height": 40}])
            assert json.loads(await _next_bytes(ws)) == {
                "type": "resize",
                "width": 120,
                "height": 40,
            }
            await ws.send_json(["ping", "42"])
            pong = await asyncio.wait_for(ws.receive(), 30)
            assert pong.type == aiohttp.WSMsgType.TEXT and json.loads(pong.data) == ["pong", "42"]
            assert len(server.games) == 1  # the game lives on
            await ws.close()

    asyncio.run(go())


# --- 5. /static/ ------------------------------------------------------------------------------


def test_static_files_are_served_but_never_listed_and_nothing_outside_them(
    tmp_path: Path,
) -> None:
    async def go() -> None:
        async with served(tmp_path) as (client, _):
            status, body = await raw_get(client, "/static/js/textual.js")  # the page needs it
            assert status == 200 and "xterm" in body
            for listing in ("/static/", "/static", "/static/js/", "/static/css", "/static/./"):
                status, body = await raw_get(client, listing)
                assert status in (403, 404), listing
                assert not any(name in body for name in ("textual.js", "xterm.css", "Index of"))
            for outside in (
                "/static/../server.py",
                "/static/%2e%2e/server.py",
                "/static/%2E%2E%2Fserver.py",
                "/static/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd",
                "/static/js/../../__init__.py",
                "/static//etc/passwd",
            ):
                status, body = await raw_get(client, outside)
                assert status in (400, 403, 404), outside
                assert "import" not in body and "root:" not in body, outside

        statics = tmp_path / "static"
        (statics / "js").mkdir(parents=True)
        (statics / "js" / "ok.js").write_text("ok")
        (tmp_path / "secret.txt").write_text("secret")
        (statics / "js" / "out.txt").symlink_to(tmp_path / "secret.txt")
        (statics / "up").symlink_to(tmp_path, target_is_directory=True)
        async with served(tmp_path / "saves", statics=statics) as (client, _):
            assert await raw_get(client, "/static/js/ok.js") == (200, "ok")
            for linked in ("/static/js/out.txt", "/static/up/secret.txt"):
                status, body = await raw_get(client, linked)
                assert status in (403, 404) and "secret" not in body, linked

    asyncio.run(go())
