"""Headless Chromium driven over the DevTools protocol, for end-to-end tests of `serve`.

Only what the tests need: open a page, press keys, read what the game sent down its websocket
(the terminal draws on a canvas, so the page's DOM holds no text), take a screenshot.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
)
KEYS = {"enter": ("Enter", 13, "\r"), "tab": ("Tab", 9, "\t")}


def chromium() -> str | None:
    for name in CHROMIUM:
        found = shutil.which(name)
        if found:
            return found
    return None


class Page:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.frames: list[str] = []  # what the game sent, decoded as text
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            data = json.loads(msg.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                frame = data["params"]["response"]
                payload = frame["payloadData"]
                if frame.get("opcode") == 2:
                    payload = base64.b64decode(payload).decode("utf-8", "replace")
                self.frames.append(payload)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        n = next(self.ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[n] = future
        await self.ws.send_json({"id": n, "method": method, "params": params})
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def seen(self) -> str:
        return "".join(self.frames)

    async def wait_for(self, text: str, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while text not in self.seen():
            if time.monotonic() > end:
                tail = self.seen()[-2000:]
                raise AssertionError(f"{text!r} never appeared; the page got: {tail!r}")
            await asyncio.sleep(0.1)

    async def click(self, x: int, y: int) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            await self.send(
                "Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1
            )

    async def type(self, text: str) -> None:
        for ch in text:
            await self.send("Input.dispatchKeyEvent", type="keyDown", text=ch, key=ch)
            await self.send("Input.dispatchKeyEvent", type="keyUp", key=ch)
            await asyncio.sleep(0.02)

    async def press(self, key: str) -> None:
        name, code, text = KEYS[key]
        await self.send(
            "Input.dispatchKeyEvent",
            type="keyDown",
            key=name,
            code=name,
            windowsVirtualKeyCode=code,
            text=text,
        )
        await self.send("Input.dispatchKeyEvent", type="keyUp", key=name, code=name)

    async def screenshot(self, path: Path) -> None:
        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


@contextlib.asynccontextmanager
async def browser(size: tuple[int, int] = (1200, 800)) -> AsyncIterator[Page]:
    """A headless Chromium with one blank page; `Page` drives it."""
    exe = chromium()
    if exe is None:
        raise AssertionError("Chromium is not installed (the CI script installs it: .ci/run)")
    profile = Path(tempfile.mkdtemp(prefix="frontdesk-chromium-"))
    proc = subprocess.Popen(
        [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        end = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > end or proc.poll() is not None:
                raise AssertionError("Chromium did not start")
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        async with aiohttp.ClientSession() as http:
            async with http.put(f"http://127.0.0.1:{port}/json/new?about:blank") as r:
                target = await r.json()
            async with http.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                page = Page(ws)
                await page.send("Page.enable")
                await page.send("Network.enable")
                try:
                    yield page
                finally:
                    page.reader.cancel()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
