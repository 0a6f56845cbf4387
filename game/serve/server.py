"""`frontdesk serve`: the game in browsers, for a classroom, from one laptop.

On top of textual-serve's Server:
- a class key (any Unicode text): the shared link carries `?key=...` once; the server swaps it
  for a cookie that holds a digest of the key, never the key, and sends the browser on to the
  bare page, so the key leaves the address bar; the access log shows `key=***`;
- an Origin check on the websocket, so another web page a student opens can't drive a game;
- a cap on simultaneous games;
- each game in its own process with a bare environment, ended when its browser goes;
- the browser's messages checked: a terminal size is clamped, a malformed message ignored;
- the terminal's scripts served without a directory listing.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import secrets
import signal
import sys
import unicodedata
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus, urlencode

import aiohttp_jinja2
import jinja2
from aiohttp import WSMsgType, web
from aiohttp.web_log import AccessLogger
from aiohttp.web_request import BaseRequest
from rich.logging import RichHandler
from textual_serve.app_service import AppService
from textual_serve.server import LogHighlighter, Server

from game.saves.launch import LaunchError, from_url
from game.serve.sessions import GameService, game_argv, terminal_size

COOKIE = "frontdesk_key"
KEPT = ("actor", "registration", "activityId")  # of a cmi5 launch URL's query
HIDDEN = ("key", "fetch")  # query parameters the access log never shows
REDACTED = "***"
log = logging.getLogger("frontdesk.serve")

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>frontdesk</title>
<style>body{{font-family:sans-serif;background:#0c181f;color:#eee;display:flex;
align-items:center;justify-content:center;height:90vh}}div{{max-width:36em;text-align:center}}
</style></head><body><div><h1>frontdesk</h1><p>{en}</p><p>{zh}</p></div></body></html>"""
NO_KEY = PAGE.format(
    en="This game is for a class. Open the link your trainer shared (it ends in ?key=...).",
    zh="这是课堂专用的游戏。请打开培训师分享的链接（链接以 ?key=... 结尾）。",
)
ERROR = PAGE.format(
    en="Something went wrong on the trainer's computer. Reload the page to try again.",
    zh="培训师的电脑出了点问题。请刷新页面重试。",
)
NO_LAUNCH = PAGE.format(
    en="The link from your learning platform is not complete (cmi5 launch). Open the course "
    "from the platform again.",
    zh="学习平台给出的链接不完整（cmi5 启动参数）。请从学习平台重新打开课程。",
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
        self._key = key_bytes(key)
        self._cookie = key_cookie(key).encode("ascii")
        self.max_sessions = max_sessions
        self.argv = argv or game_argv(saves, workshop, lang)  # argv: another app (benchmarks)
        self.games: dict[str, GameService] = {}
        self._seats = 0

    # --- the guards ---------------------------------------------------------------------

    def _has_key(self, request: web.Request) -> bool:
        given = request.cookies.get(COOKIE, "").encode("utf-8", "surrogatepass")
        return hmac.compare_digest(given, self._cookie)

    def _is_key(self, given: str) -> bool:
        return hmac.compare_digest(key_bytes(given), self._key)

    def _same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None:
            return False
        allowed = {self.public_url.rstrip("/"), f"{request.scheme}://{request.host}"}
        return origin in allowed

    async def _make_app(self) -> web.Application:
        """textual-serve's app, but /static/ lists nothing and follows no link out of itself."""
        app = web.Application(middlewares=[self._one_line_errors, self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/ws/{launch}", self.handle_websocket, name="websocket-launch"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static(
                    "/static",
                    self.statics_path,
                    show_index=False,
                    follow_symlinks=False,
                    name="static",
                ),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    @web.middleware
    async def _one_line_errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """A request that fails is one line in the log (no traceback, no query: no key)."""
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except Exception as error:
            log.error("%s %s failed: %s", request.method, request.path, type(error).__name__)
            return _page(ERROR, 500)

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        path = request.path
        if path.startswith("/static/"):
            return await handler(request)  # the terminal's scripts and styles: no secrets
        given = request.query.get("key")
        if path == "/" and given is not None:
            if not self._is_key(given):
                return _page(NO_KEY, 403)
            # the key goes into a cookie, out of the URL; an LMS's cmi5 launch stays in it
            response = web.HTTPSeeOther("/" + launch_query(request))
            response.set_cookie(
                COOKIE, self._cookie.decode("ascii"), httponly=True, samesite="Strict"
            )
            raise response
        if not self._has_key(request):
            return _page(NO_KEY, 403)
        if path.startswith("/ws/"):
            path = "/ws"  # a game launched from an LMS: the same guards
        if path == "/ws" and not self._same_origin(request):
            log.warning("refused a game from another origin: %s", request.headers.get("Origin"))
            return _page(NO_KEY, 403)
        if path == "/ws" and self._seats >= self.max_sessions:
            return _page(FULL, 503)
        if path == "/" and self._seats >= self.max_sessions:
            return _page(FULL, 503)
        return await handler(request)

    # --- one game per websocket ---------------------------------------------------------

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """textual-serve's page; opened by an LMS (cmi5), its game's websocket carries the
        launch, checked here and again when the game starts (`--cmi5-launch`)."""
        context: dict[str, Any] = await Server.handle_index.__wrapped__(self, request)  # type: ignore[attr-defined]
        query = launch_query(request)
        if query:
            try:
                from_url(query)
            except LaunchError as err:
                log.warning("refused a cmi5 launch: %s", err)
                raise web.HTTPBadRequest(text=NO_LAUNCH, content_type="text/html") from None
            token = base64.urlsafe_b64encode(query.encode("utf-8")).decode("ascii")
            context["app_websocket_url"] += "/" + token
        return context

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        argv = self.argv
        if "launch" in request.match_info:
            query = _launch_of(request.match_info["launch"])
            if query is None:
                raise web.HTTPBadRequest(text=NO_LAUNCH, content_type="text/html")
            argv = [*argv, "--cmi5-launch", query]
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _int(request.query.get("width"), 80)
        height = _int(request.query.get("height"), 24)
        self._seats += 1
        game: GameService | None = None
        try:
            await websocket.prepare(request)
            game = GameService(
                argv,
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

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """textual-serve's loop over the browser's messages, minus its trust: a size is clamped
        (by GameService), and a message that is not what the page sends is ignored."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await app_service.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                size = terminal_size(data.get("width"), data.get("height"))
                if size is not None:
                    await app_service.set_terminal_size(*size)
            elif kind == "ping" and isinstance(data, str):
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    # --- running ------------------------------------------------------------------------

    def initialize_logging(self) -> None:
        """textual-serve's logging, but a traceback never shows local variables (the key)."""
        logging.basicConfig(
            level="DEBUG" if self.debug else "INFO",
            format="%(message)s",
            datefmt="[%X]",
            handlers=[
                RichHandler(
                    show_path=False,
                    show_time=False,
                    rich_tracebacks=True,
                    tracebacks_show_locals=False,
                    highlighter=LogHighlighter(),
                    console=self.console,
                )
            ],
        )

    def serve(self, debug: bool = False) -> None:
        """textual-serve's serve, with an access log that never shows the class key."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        if sys.platform != "win32":  # Windows event loops take no signal handlers
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            print=None,
            access_log_class=KeylessAccessLogger,
        )

    async def on_startup(self, app: web.Application) -> None:
        pass  # the command line prints the link

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(g.stop() for g in list(self.games.values())))


def _page(html: str, status: int) -> web.Response:
    return web.Response(text=html, status=status, content_type="text/html")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or default)
    except ValueError:
        return default


def launch_query(request: web.Request) -> str:
    """The cmi5 launch parameters that name the attempt ('?actor=...&...'), or ''. The LMS's
    `endpoint` and `fetch` (a one-time token's address) are dropped: the game never uses them."""
    found = [(k, v) for k in KEPT for v in request.query.getall(k, [])]
    return "?" + urlencode(found) if found else ""


def _launch_of(token: str) -> str | None:
    """The launch query a websocket path carries, if it is one."""
    try:
        query = base64.urlsafe_b64decode(token.encode("ascii")).decode("utf-8")
        from_url(query)
    except (ValueError, binascii.Error, LaunchError):
        return None
    return query


def new_key() -> str:
    return secrets.token_urlsafe(9)


def key_bytes(key: str) -> bytes:
    """A key as compared: its UTF-8 (NFC first, so an é typed either way is the same key)."""
    return unicodedata.normalize("NFC", key).encode("utf-8", "surrogatepass")


def key_cookie(key: str) -> str:
    """What the cookie carries for a key: a hex digest, ASCII whatever the key; never the key."""
    return hmac.new(key_bytes(key), b"frontdesk serve cookie", hashlib.sha256).hexdigest()


# a query parameter: its name, then its value up to the next parameter (or the end of the line)
_PARAMETER = re.compile(r"(?<=[?&;])([^=&;#\s]*)=([^&;#\s]*)")


def redact(text: str) -> str:
    """A request line or URL with the value of every `key` (and cmi5 `fetch`) parameter
    replaced by ***."""

    def hide(match: re.Match[str]) -> str:
        if unquote_plus(match[1]).strip().lower() in HIDDEN:
            return f"{match[1]}={REDACTED}"
        return match[0]

    return _PARAMETER.sub(hide, text)


class KeylessAccessLogger(AccessLogger):
    """aiohttp's access log with every `key=` value (in the request line, the Referer, any
    header it shows) replaced by ***, for the right key and a wrong one alike."""

    def _format_line(
        self, request: BaseRequest, response: web.StreamResponse, time: float
    ) -> Iterable[tuple[str | tuple[str, str], str]]:
        line = super()._format_line(request, response, time)
        return [(k, redact(v) if isinstance(v, str) else v) for k, v in line]
