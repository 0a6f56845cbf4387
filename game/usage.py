"""Usage errors for every command: one line on stderr and exit 2, never a usage dump.

Below the commands that raise them (game.cli, game.report.cli, game.serve.cli, game.catalog) and
above the engine, which never raises them (the layers in pyproject.toml)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from game.textsafe import clean


class UsageError(Exception):
    """Bad usage or unreadable input: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (try '{self.prog} --help')")


def launcher() -> str:
    """How the person started frontdesk, for the commands a message tells them to type: the
    README's `./play` sets FRONTDESK_LAUNCHER, an installed copy is plain `frontdesk`."""
    return clean(os.environ.get("FRONTDESK_LAUNCHER", "")).strip() or "frontdesk"


def fail(message: str) -> NoReturn:
    raise UsageError(message)


def warn(message: str) -> None:
    """A line on stderr, every escape and control character taken out: messages quote save
    files, names and paths, which must never reach the terminal raw."""
    print(clean(message), file=sys.stderr)


def die(err: UsageError) -> int:
    warn(f"frontdesk: {err}" if not str(err).startswith("frontdesk") else str(err))
    return 2
