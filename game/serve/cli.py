"""`frontdesk serve`: prints the link to share, then serves until Ctrl+C."""

from __future__ import annotations

import argparse
import contextlib
import socket
from pathlib import Path
from urllib.parse import quote

from game.serve.server import ClassServer, new_key
from game.usage import fail

ROOT = Path(__file__).resolve().parents[2]


def public_address(host: str) -> str:
    """The address students type: this machine's LAN address when listening on all of them."""
    if host not in ("0.0.0.0", "::", ""):
        return host
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))  # picks the outgoing interface; sends nothing
        address = s.getsockname()[0]
        if isinstance(address, str):
            return address
    return socket.gethostname()


def share_link(url: str, key: str) -> str:
    """The link that opens the game, the key percent-encoded: any text survives (a space, &,
    +, #, 课堂密码), and the link is ASCII, so every chat app and console passes it whole."""
    return f"{url}/?key={quote(key, safe='')}"


def run_serve(args: argparse.Namespace, saves: Path, workshop: str | None) -> int:
    host, port = args.host, args.port
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as err:
            fail(f"cannot listen on {host}:{port}: {err.strerror}")
    key = args.key or new_key()
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        fail("--key must be text (it has bytes that are not UTF-8)")
    address = public_address(host)
    url = f"http://{'[' + address + ']' if ':' in address else address}:{port}"
    server = ClassServer(
        root=ROOT,
        saves=saves,
        host=host,
        port=port,
        public_url=url,
        key=key,
        max_sessions=args.max_sessions,
        workshop=workshop,
        lang=getattr(args, "lang", None),
    )
    print(f"Share this link with the class: {share_link(url, key)}", flush=True)
    if host in ("127.0.0.1", "localhost", "::1"):
        print("(only this computer can open it; use --host 0.0.0.0 for the room)", flush=True)
    print(f"Saves go to {saves}. Press Ctrl+C to stop.", flush=True)
    server.serve()
    return 0
