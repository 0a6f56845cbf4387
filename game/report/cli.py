"""`frontdesk report DIR... [--format ...] [--out FILE]` (being written)."""

from __future__ import annotations

from pathlib import Path

from game.cli.args import fail


def run_report(dirs: list[str], fmt: str, out: Path | None) -> int:
    fail("report is not built yet")
