"""`frontdesk report DIR... [--format table|csv|md|html|json|xapi] [--out FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

from game.catalog import stories_dir
from game.engine.story import Story
from game.engine.storyfile import load_stories
from game.report.collect import Collection, collect, save_files
from game.report.stats import Report, build
from game.saves.store import write_atomic
from game.usage import fail, warn


def _read(dirs: list[str], out: Path | None, digest: bool) -> Collection:
    targets = [Path(d) for d in dirs]
    for t in targets:
        if not t.exists():
            fail(f"report: no such folder: {t}")
    files = save_files(targets, skip=out)
    where = ", ".join(dirs)
    if not files:
        fail(f"report: no save (*.json) in {where}")
    found = collect(files, digest)
    if not found.records:
        first = found.problems[0]
        fail(
            f"report: no readable save in {where} ({len(found.problems)} unreadable; "
            f"{first.path}: {first.message})"
        )
    return found


def _stories() -> list[Story]:
    """The pack's readable stories, where the report looks for the episode to practise; a
    broken story is left out (the report is about the saves, not the pack)."""
    folder = stories_dir()
    return load_stories([folder])[0] if folder.is_dir() else []


def _render(report: Report, fmt: str, terminal: bool, lang: str | None) -> str:
    """`lang`: the labels' language of table, md and html (None: the class's); csv and json
    keep their stable English keys whatever it is."""
    if fmt == "json":
        from game.report import json_report

        return json_report.render(report)
    if fmt == "csv":
        from game.report import csv_report

        return csv_report.render(report)
    if fmt == "md":
        from game.report import md_report

        return md_report.render(report, lang)
    if fmt == "html":
        from game.report import html_report

        return html_report.render(report, lang)
    from game.report import table_report

    return table_report.render(report, color=terminal, lang=lang)


def run_report(dirs: list[str], fmt: str, out: Path | None, lang: str | None = None) -> int:
    found = _read(dirs, out, digest=fmt == "xapi")
    if fmt == "xapi":
        from game.report import xapi_statements

        text = xapi_statements.render(found.records)
    else:
        terminal = out is None and sys.stdout.isatty()
        text = _render(build(found, _stories()), fmt, terminal, lang)
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            write_atomic(out, text.encode("utf-8"))
        except OSError as err:
            fail(f"report: cannot write {out}: {err.strerror}")
    if fmt in ("table", "xapi", "csv"):
        for p in found.problems:
            warn(f"unreadable: {p.path}: {p.message}")
    return 0


def run_to_lrs(
    dirs: list[str],
    url: str,
    user: str | None = None,
    password_env: str | None = None,
    auth_env: str | None = None,
) -> int:
    """`report DIR... --to-lrs URL`: the statements `--format xapi` writes, sent to an LRS."""
    from game.report import lrs, xapi_statements

    to = lrs.target(url, user, password_env, auth_env)  # before reading: a wrong option fails fast
    found = _read(dirs, None, digest=True)
    for p in found.problems:
        warn(f"unreadable: {p.path}: {p.message}")
    return lrs.run(xapi_statements.all_statements(found.records), to)
