"""Sending the class's xAPI statements to an LRS (`frontdesk report DIR... --to-lrs URL`).

xAPI 1.0.3 over HTTP with the standard library: POST URL/statements in batches, Basic auth,
`X-Experience-API-Version: 1.0.3`. The statements' ids are fixed by the saves, so a re-send
is harmless: an LRS answers a batch it partly holds with the ids it stored (200) or with 204
when it held them all; those it did not store count as "already there". A 409 (a statement
differing from the one stored under its id) sends that batch again one statement at a time;
a statement answered 409 alone is there too, as the LRS first recorded it (the id is the save's:
the same session), e.g. Ralph keeps the timestamp it gave a statement that had none.

A connection error, 429 or 5xx is tried again after a short wait that doubles (`WAITS`, or
the LRS's Retry-After up to `MAX_WAIT`); anything else fails at once. Each failure is one
line; the password is never in one (nor in the URL: credentials come from the environment or
a prompt that does not echo).
"""

from __future__ import annotations

import base64
import getpass
import http.client
import json
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from game.textsafe import one_line
from game.usage import fail, warn

VERSION = "1.0.3"
BATCH = 50  # statements per POST
WAITS = (0.5, 1.0, 2.0)  # seconds before each retry: four tries in all
MAX_WAIT = 10.0  # the most a Retry-After is obeyed
TIMEOUT = 30.0  # seconds for one request
AUTH_ENV = "FRONTDESK_LRS_AUTH"  # user:password
PASSWORD_ENV = "FRONTDESK_LRS_PASSWORD"  # the password of --lrs-user
RETRIED = frozenset({429, 500, 502, 503, 504})
LOOPBACK = ("localhost", "127.0.0.1", "::1")

sleep: Callable[[float], None] = time.sleep  # tests make the waits instant


@dataclass(frozen=True, slots=True)
class Target:
    url: str  # the statements resource, .../statements
    user: str
    password: str = field(repr=False)

    def authorization(self) -> str:
        pair = f"{self.user}:{self.password}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")


def statements_url(url: str) -> str:
    """The statements resource of an LRS endpoint (`https://lrs.example/xAPI/` or its
    `.../statements`); refuses any URL that is not http(s) or that carries credentials."""
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 (a port out of range raises here, not later)
    except ValueError:
        fail("report: the LRS address has a port that is not one")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        fail("report: --to-lrs needs the LRS's http:// or https:// address")
    if parts.username is not None or parts.password is not None:
        fail(f"report: keep credentials out of the LRS address: set {AUTH_ENV}=user:password")
    if parts.query or parts.fragment:
        fail("report: --to-lrs takes the LRS's endpoint, without ?query or #fragment")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        warn("report: the LRS address is http://: the password crosses the network unencrypted")
    path = parts.path.rstrip("/")
    if not path.endswith("/statements"):
        path += "/statements"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def target(
    url: str,
    user: str | None = None,
    password_env: str | None = None,
    auth_env: str | None = None,
    environ: Mapping[str, str] | None = None,
    ask: Callable[[str], str] | None = None,
) -> Target:
    """Where to send and as whom: `auth_env` (default FRONTDESK_LRS_AUTH) holds user:password,
    or `user` with the password in `password_env` (default FRONTDESK_LRS_PASSWORD) or, at a
    terminal, asked without echo."""
    env = os.environ if environ is None else environ
    where = statements_url(url)
    if user is not None and auth_env is not None:
        fail("report: give --lrs-user or --lrs-auth-env, not both")
    if user is None and password_env is not None:
        fail("report: --lrs-password-env goes with --lrs-user")
    if user is not None:
        if not user or ":" in user:
            fail("report: --lrs-user must be a user name without ':'")
        var = password_env or PASSWORD_ENV
        password = env.get(var)
        if password is None and ask is None and sys.stdin.isatty():
            ask = getpass.getpass
        if password is None and ask is not None:
            password = ask(f"LRS password for {user}: ")
        if not password:
            fail(f"report: no password for the LRS: set {var} (it is never shown)")
        return Target(where, user, password)
    var = auth_env or AUTH_ENV
    pair = env.get(var)
    if pair is None:
        fail(
            f"report: no credentials for the LRS: set {var}=user:password "
            f"(or --lrs-user USER with {PASSWORD_ENV})"
        )
    name, colon, password = pair.partition(":")
    if not colon or not name or not password:
        fail(f"report: {var} must hold user:password")
    return Target(where, name, password)


@dataclass(slots=True)
class Sent:
    sent: int = 0  # statements the LRS answered for (stored now or before)
    already: int = 0  # of those, the ones it already had
    differ: int = 0  # of those, the ones it holds otherwise (409): kept as it first had them
    failures: list[str] = field(default_factory=list)


class _Failed(Exception):
    """One request that failed for good: its one-line reason."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an error: following one would send the credentials to another address."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)
Open = Callable[[urllib.request.Request, float], Any]


def _open(request: urllib.request.Request, timeout: float) -> Any:
    return _OPENER.open(request, timeout=timeout)


def _detail(err: urllib.error.HTTPError) -> str:
    """What the LRS said about an error, in one short line (its JSON `detail` or `message`)."""
    try:
        body = err.read(2000).decode("utf-8", "replace")
    except OSError:
        return ""
    try:
        obj = json.loads(body)
        said = obj.get("detail") or obj.get("message") if isinstance(obj, dict) else None
        body = said if isinstance(said, str) else body
    except ValueError:
        pass
    text = one_line(body).strip()
    return f": {text[:200]}" if text else ""


def _reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.URLError):
        err = err.reason if isinstance(err.reason, BaseException) else OSError(str(err.reason))
    if isinstance(err, TimeoutError):
        return f"no answer in {TIMEOUT:.0f} s"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return one_line(str(err)) or type(err).__name__


class Client:
    def __init__(self, to: Target, opener: Open = _open, waits: Sequence[float] = WAITS) -> None:
        self.to = to
        self.opener = opener
        self.waits = tuple(waits)

    def _post_once(self, body: bytes) -> tuple[int, bytes]:
        request = urllib.request.Request(self.to.url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        request.add_header("X-Experience-API-Version", VERSION)
        request.add_header("Authorization", self.to.authorization())
        request.add_header("Accept", "application/json")
        request.add_header("User-Agent", "frontdesk")
        with self.opener(request, TIMEOUT) as response:
            return int(response.status), response.read()

    def post(self, statements: Sequence[dict[str, Any]]) -> tuple[int, bytes]:
        """(status, body) of a POST that got a final answer (2xx or 409); `_Failed` if not."""
        body = json.dumps(list(statements), ensure_ascii=False, sort_keys=True).encode("utf-8")
        for attempt in range(len(self.waits) + 1):
            wait: float | None = None
            try:
                return self._post_once(body)
            except urllib.error.HTTPError as err:
                status = err.code
                if status == 409:
                    return status, b""
                if status in (401, 403):
                    raise _Failed(
                        f"the LRS refused the credentials of {self.to.user!r} (HTTP {status})",
                        status,
                    ) from None
                reason = one_line(f"HTTP {status} {err.reason}{_detail(err)}")
                if 300 <= status < 400:
                    where = one_line(err.headers.get("Location", "")) if err.headers else ""
                    raise _Failed(
                        f"{reason}: give --to-lrs the address it sends to ({where})"
                    ) from None
                if status not in RETRIED:
                    raise _Failed(reason, status) from None
                wait = _retry_after(err.headers.get("Retry-After") if err.headers else None)
            except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
                reason = f"cannot reach the LRS at {self.to.url}: {_reason(err)}"
            if attempt == len(self.waits):
                tries = len(self.waits) + 1
                raise _Failed(f"{reason} (after {tries} tries)") from None
            sleep(self.waits[attempt] if wait is None else wait)
        raise AssertionError("unreachable")


def _retry_after(value: str | None) -> float | None:
    try:
        return min(MAX_WAIT, max(0.0, float(value))) if value is not None else None
    except ValueError:
        return None


def _stored(status: int, body: bytes, ids: list[str]) -> int:
    """How many of `ids` the LRS says it stored now (the rest it already had)."""
    if status == 204 or not body.strip():
        return 0
    try:
        answered = json.loads(body)
    except ValueError:
        raise _Failed("the LRS's answer is not the JSON list of stored ids") from None
    if not isinstance(answered, list):
        raise _Failed("the LRS's answer is not the JSON list of stored ids")
    return len(set(ids) & {x for x in answered if isinstance(x, str)})


def send(
    statements: Sequence[dict[str, Any]],
    to: Target,
    opener: Open = _open,
    batch: int = BATCH,
    waits: Sequence[float] = WAITS,
) -> Sent:
    """Sends every statement, batch after batch; a batch that fails is reported and the
    others are still sent (but not after the LRS refused the credentials)."""
    client = Client(to, opener, waits)
    done = Sent()
    chunks = [list(statements[i : i + batch]) for i in range(0, len(statements), batch)]
    for n, chunk in enumerate(chunks, 1):
        first = (n - 1) * batch + 1
        where = f"batch {n} of {len(chunks)} (statements {first}-{first + len(chunk) - 1})"
        try:
            status, body = client.post(chunk)
            if status == 409:
                _one_by_one(client, chunk, first, done)
                continue
            ids = [str(s["id"]) for s in chunk]
            stored = _stored(status, body, ids)
            done.sent += len(chunk)
            done.already += len(chunk) - stored
        except _Failed as err:
            done.failures.append(f"{where}: {err}")
            if err.status in (401, 403):
                break
    return done


def _one_by_one(client: Client, chunk: list[dict[str, Any]], first: int, done: Sent) -> None:
    for k, s in enumerate(chunk, first):
        where = f"statement {k} (id {s['id']})"
        try:
            status, body = client.post([s])
        except _Failed as err:
            done.failures.append(f"{where}: {err}")
            continue
        done.sent += 1
        if status == 409:
            done.already += 1
            done.differ += 1
            continue
        done.already += 1 - _stored(status, body, [str(s["id"])])


def run(statements: Sequence[dict[str, Any]], to: Target) -> int:
    """Sends, says each failure in one line and the outcome in one; 2 if anything failed."""
    if not statements:
        fail("report: no finished session to send")
    done = send(statements, to)
    for line in done.failures:
        warn(f"report: LRS: {line}")
    if done.failures:
        left = len(statements) - done.sent
        fail(f"report: {left} of {len(statements)} statements not sent to {to.url}")
    noun = "statement" if done.sent == 1 else "statements"
    differ = f" ({done.differ} recorded otherwise: the LRS keeps its own)" if done.differ else ""
    print(f"sent {done.sent} {noun}, {done.already} already there{differ}", flush=True)
    return 0
