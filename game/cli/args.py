"""An argparse parser whose errors are one line on stderr and exit 2, never a usage dump."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class UsageError(Exception):
    """Bad usage or unreadable input: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (try '{self.prog} --help')")


def fail(message: str) -> NoReturn:
    raise UsageError(message)


def die(err: UsageError) -> int:
    print(
        f"frontdesk: {err}" if not str(err).startswith("frontdesk") else str(err), file=sys.stderr
    )
    return 2
