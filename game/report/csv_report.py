"""The report as CSV: one row per student and episode, with a header row (`--format csv`)."""

from __future__ import annotations

import csv
import io

from game.report.labels import workshop_key
from game.report.stats import Report

COLUMNS = (
    "workshop",
    "player",
    "episode",
    "title",
    "sessions",
    "finished",
    "unfinished",
    "early_exits",
    "score_mean",
    "score_best",
    "peak_moment_mean",
    "end_moment_mean",
    "average_mean",
    "mistakes",
    "score_first",
    "score_latest",
    "trend",
    "class_median_latest",
    "weakest_skill",
    "practise_episode",
)


def _text(x: str) -> str:
    """A name a spreadsheet would run as a formula (`=...`) gets a leading apostrophe."""
    return "'" + x if x[:1] in ("=", "+", "-", "@", "\t", "\r") else x


def _cell(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def render(r: Report) -> str:
    """Scores are blank where no session of the row finished; mistakes read `deny:3 stall:1`."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for g in r.groups:
        grown = {x.player: x for x in g.growth.students} if g.growth else {}
        medians = (
            dict(zip(g.growth.episodes, g.growth.median_latest, strict=True)) if g.growth else {}
        )
        for s in g.students:
            mine = grown.get(s.player)
            cells = {c.episode: c for c in mine.cells if c} if mine else {}
            for p in s.played:
                f = p.figures
                c = cells.get(p.episode)
                w.writerow(
                    (
                        _text(workshop_key(g.workshop)),
                        _text(s.player),
                        _text(p.episode),
                        _text(p.title.get(g.lang)),
                        f.sessions,
                        f.finished,
                        f.unfinished,
                        f.early_exits,
                        _cell(f.score),
                        _cell(f.best),
                        _cell(f.peak),
                        _cell(f.end),
                        _cell(f.average),
                        " ".join(f"{act}:{n}" for act, n in p.mistakes),
                        _cell(c.first if c else None),
                        _cell(c.latest if c else None),
                        c.trend if c else "",
                        _cell(medians.get(p.episode)),
                        (mine.weakest or "") if mine else "",
                        mine.practice.story if mine and mine.practice else "",
                    )
                )
    return buf.getvalue()
