"""TUI speed against a bare Textual app, in the same run: cold start and key press to frame."""

# Both apps run as real processes in a pseudo-terminal of 100×30, the way a player meets them.
# Cold start is from spawning the process to the last byte of its first settled frame (output
# then quiet for QUIET seconds); a key's time is from writing it to the last byte of the frame
# it caused. The bare app is this file run with `--bare`: a Header, a Static, an OptionList and
# a Footer. Runs alternate between the two apps so a noisy machine slows both alike; medians.
#
# Goals: start <= 1.15x the bare app, key to frame <= 1.2x, for the same kind of key: moving the
# highlight in an OptionList (the title menu, the replies). Saying a reply redraws the whole
# play screen (cues, talk, replies); it is timed too and printed beside the bare app's key.
#
#     .venv/bin/python bench/bench_tui.py [--runs N]

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "tests" / "fixtures" / "stories" / "tui-story.toml"
COLS, ROWS = 100, 30
QUIET = 0.25  # seconds without output that end a frame
TIMEOUT = 20.0
GOAL_START, GOAL_KEY = 1.15, 1.2
SAVES = tempfile.mkdtemp(prefix="frontdesk-bench-saves-")  # empty: the project's saves/ untouched
DOWN, UP = b"\x1b[B", b"\x1b[A"


def bare_app() -> None:
    """The baseline: the least a Textual screen like ours needs."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList, Static

    class Bare(App[None]):
        BINDINGS = [("ctrl+q", "quit", "Quit"), ("question_mark", "bell", "Help")]  # noqa: RUF012

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("A bare Textual app: the baseline for frontdesk's benchmark.")
            yield OptionList(*(f"Option {i}" for i in range(1, 6)))
            yield Footer()

    Bare().run()


class Term:
    """A process on a pseudo-terminal, with a timestamp for every chunk it writes."""

    def __init__(self, argv: Sequence[str]) -> None:
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS))
        env["TEXTUAL_ANIMATIONS"] = "none"
        env["FRONTDESK_SAVES"] = SAVES  # a first-time player: no Continue, no saves to scan
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: size its terminal, then become the app
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe(argv[0], list(argv), env)
        self.pid, self.fd = pid, fd
        self.output = bytearray()

    def settle(self) -> float:
        """Reads until the output has been quiet for QUIET seconds; the time of the last byte."""
        last = time.perf_counter()
        deadline = last + TIMEOUT
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], QUIET)
            if not ready:
                return last
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return last
            if not chunk:
                return last
            last = time.perf_counter()
            self.output += chunk
            if b"\x1b[6n" in chunk or b"\x1b[c" in chunk:
                os.write(self.fd, b"\x1b[1;1R")  # answer a cursor or device query
        raise TimeoutError("the app never went quiet")

    def first_frame(self, marker: bytes) -> float:
        """Seconds from spawning to the last byte of the first frame that shows `marker`."""
        while marker not in self.output:
            self.settle()
            if time.perf_counter() - self.started > TIMEOUT:
                raise TimeoutError(f"{marker!r} never appeared")
        return self.settle() - self.started

    def key(self, data: bytes) -> float:
        """Seconds from writing a key to the last byte of the frame it caused."""
        self.output.clear()
        sent = time.perf_counter()
        os.write(self.fd, data)
        last = self.settle()
        if not self.output:
            raise RuntimeError(f"key {data!r} changed nothing on screen")
        return last - sent

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


PY = sys.executable
BARE = [PY, str(Path(__file__).resolve()), "--bare"]
OURS = [PY, "-m", "game"]
TUI_ONLY = [PY, "-c", "from game.tui.launch import launch; raise SystemExit(launch())"]
OURS_PLAY = [PY, "-m", "game", "play", str(STORY), "--seed", "7", "--lang", "en"]


def start(argv: Sequence[str], marker: bytes) -> float:
    term = Term(argv)
    try:
        return term.first_frame(marker)
    finally:
        term.close()


def keys(argv: Sequence[str], marker: bytes, presses: Sequence[bytes]) -> list[float]:
    term = Term(argv)
    try:
        term.first_frame(marker)
        return [term.key(k) for k in presses]
    finally:
        term.close()


def ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


def verdict(ratio: float, goal: float) -> str:
    return f"{ratio:5.2f}x  (goal <= {goal}x: {'met' if ratio <= goal else 'MISSED'})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare_app()
        return 0
    os.chdir(ROOT)
    menu = [DOWN, UP] * 10
    bare_start: list[float] = []
    ours_start: list[float] = []
    tui_start: list[float] = []
    bare_key: list[float] = []
    ours_key: list[float] = []
    move_key: list[float] = []
    reply_key: list[float] = []
    for _ in range(args.runs):  # alternate, so both meet the same machine
        bare_start.append(start(BARE, b"Option 5"))
        ours_start.append(start(OURS, b"Quit"))
        tui_start.append(start(TUI_ONLY, b"Quit"))
    for _ in range(max(2, args.runs // 2)):
        bare_key += keys(BARE, b"Option 5", menu)
        ours_key += keys(OURS, b"Quit", menu)
        move_key += keys(OURS_PLAY, b"What do you say", menu)
        reply_key += keys(OURS_PLAY, b"What do you say", [b"1", b"1", b"1"])
    print(f"frontdesk TUI benchmark, {COLS}x{ROWS} pseudo-terminal, medians of {args.runs}+ runs")
    print(f"cold start to first screen   bare {ms(bare_start)}   frontdesk {ms(ours_start)}")
    s = statistics.median(ours_start) / statistics.median(bare_start)
    print(f"  start ratio                {verdict(s, GOAL_START)}")
    t = statistics.median(tui_start) / statistics.median(bare_start)
    print(
        f"  the TUI alone, no CLI      {ms(tui_start)}, {t:.2f}x (the CLI's imports are the rest)"
    )
    print(f"key to frame: title menu ↓↑  bare {ms(bare_key)}   frontdesk {ms(ours_key)}")
    k = statistics.median(ours_key) / statistics.median(bare_key)
    print(f"  ratio                      {verdict(k, GOAL_KEY)}")
    print(f"key to frame: replies ↓↑     bare {ms(bare_key)}   frontdesk {ms(move_key)}")
    m = statistics.median(move_key) / statistics.median(bare_key)
    print(f"  ratio                      {verdict(m, GOAL_KEY)}")
    print(f"key to frame: say a reply    bare {ms(bare_key)}   frontdesk {ms(reply_key)}")
    r = statistics.median(reply_key) / statistics.median(bare_key)
    print(f"  ratio (a whole new turn against one highlight move; for information) {r:.1f}x")
    return 0 if s <= GOAL_START and k <= GOAL_KEY and m <= GOAL_KEY else 1


if __name__ == "__main__":
    raise SystemExit(main())
