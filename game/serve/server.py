"""`frontdesk serve`: the game in browsers, for a classroom, from one laptop.

On top of textual-serve's Server:
- a class key: the shared link carries `?key=...` once; the server swaps it for a cookie and
  sends the browser on to the bare page, so the key leaves the address bar;
- an Origin check on the websocket, so another web page a student opens can't drive a game;
- a cap on simultaneous games;
- each game in its own process with a bare environment, ended when its browser goes.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server

from game.serve.sessions import GameService, game_argv

COOKIE = "frontdesk_key"
log = logging.getLogger("frontdesk.serve")

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>frontdesk</title>
<style>body{{font-family:sans-serif;background:#0c181f;color:#eee;display:flex;
align-items:center;justify-content:center;height:90vh}}div{{max-width:36em;text-align:center}}
</style></head><body><div><h1>frontdesk</h1><p>{en}</p><p>{zh}</p></div></body></html>"""
NO_KEY = PAGE.format(
    en="This game is for a class. Open the link your trainer shared (it ends in ?key=...).",
    zh="这是课堂专用的游戏。请打开培训师分享的链接（链接以 ?key=... 结尾）。",
)
FULL = PAGE.format(
    en="The room is full: every seat is taken. Try again in a minute.",
    zh="人数已满，请稍后再试。",
)


class ClassServer(Server):
    def __init__(
        self,
        *,
        root: Path,
        saves: Path,
        host: str,
        port: int,
        public_url: str,
        key: str,
        max_sessions: int,
        workshop: str | None = None,
        lang: str | None = None,
        argv: list[str] | None = None,
    ) -> None:
        super().__init__(
            "frontdesk", host=host, port=port, title="frontdesk", public_url=public_url
        )
        self.templates_path = Path(__file__).parent / "templates"
        self.root = root
        self.saves = saves
        self.key = key
        self.max_sessions = max_sessions
        self.argv = argv or game_argv(saves, workshop, lang)  # argv: another app (benchmarks)
        self.games: dict[str, GameService] = {}
        self._seats = 0

    # --- the guards ---------------------------------------------------------------------

    def _has_key(self, request: web.Request) -> bool:
        return hmac.compare_digest(request.cookies.get(COOKIE, ""), self.key)

    def _same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None:
            return False
        allowed = {self.public_url.rstrip("/"), f"{request.scheme}://{request.host}"}
        return origin in allowed

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        path = request.path
        if path.startswith("/static/"):
            return await handler(request)  # the terminal's scripts and styles: no secrets
        given = request.query.get("key")
        if path == "/" and given is not None:
            if not hmac.compare_digest(given, self.key):
                return _page(NO_KEY, 403)
            response = web.HTTPSeeOther("/")  # the key goes into a cookie, out of the URL
            response.set_cookie(COOKIE, self.key, httponly=True, samesite="Strict")
            raise response
        if not self._has_key(request):
            return _page(NO_KEY, 403)
        if path == "/ws" and not self._same_origin(request):
            log.warning("refused a game from another origin: %s", request.headers.get("Origin"))
            return _page(NO_KEY, 403)
        if path == "/ws" and self._seats >= self.max_sessions:
            return _page(FULL, 503)
        if path == "/" and self._seats >= self.max_sessions:
            return _page(FULL, 503)
        return await handler(request)

    # --- one game per websocket ---------------------------------------------------------

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _int(request.query.get("width"), 80, 20, 500)
        height = _int(request.query.get("height"), 24, 10, 300)
        self._seats += 1
        game: GameService | None = None
        try:
            await websocket.prepare(request)
            game = GameService(
                self.argv,
                cwd=self.root,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
            )
            await game.start(width, height)
            self.games[game.app_service_id] = game
            await self._process_messages(websocket, game)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # a broken browser message ends that game, not the server
            log.warning("a game ended with an error: %s", error)
        finally:
            if game is not None:
                await game.stop()
                self.games.pop(game.app_service_id, None)
            self._seats -= 1
        return websocket

    async def on_startup(self, app: web.Application) -> None:
        pass  # the command line prints the link

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(g.stop() for g in list(self.games.values())))


def _page(html: str, status: int) -> web.Response:
    return web.Response(text=html, status=status, content_type="text/html")


def _int(text: str | None, default: int, lo: int, hi: int) -> int:
    try:
        value = int(text or default)
    except ValueError:
        return default
    return max(lo, min(hi, value))


def new_key() -> str:
    return secrets.token_urlsafe(9)
