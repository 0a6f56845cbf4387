"""Progress over time for the class report (issue #15): who improves, and what to practise.

Inside one workshop: a student x episode grid of scores (latest and best, in time order) with
the class median per episode; per student, first / best / latest per episode and overall with
a trend, their weakest skill (game.lessons.skills) and the episode to practise it; for the
class, the median score per week and per attempt (first try, second, ...). Attempts are put
in order by the save's time, or its file's date when it has none (`untimed` counts those).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import groupby

from game.engine.story import Story
from game.lessons.skills import Practice, Standing, practise, standing_of, tally, weakest_of
from game.lessons.trend import since_first
from game.report.collect import Record

TREND_BY = 5.0  # score points between the latest and the first attempt that make a trend
TRIES = 3  # the class's median by attempt: first, second, third and later
RECENT = 5  # the sessions a student's skills are judged over (lessons.skills.standing)


@dataclass(frozen=True, slots=True)
class Cell:
    """One student on one episode: their finished attempts' scores in time order."""

    episode: str
    scores: tuple[float, ...]
    sessions: int  # finished or not

    @property
    def first(self) -> float | None:
        return self.scores[0] if self.scores else None

    @property
    def best(self) -> float | None:
        return max(self.scores) if self.scores else None

    @property
    def latest(self) -> float | None:
        return self.scores[-1] if self.scores else None

    @property
    def trend(self) -> str:
        return trend(self.first, self.latest, len(self.scores))


@dataclass(frozen=True, slots=True)
class Growth:
    """One student over time."""

    player: str
    cells: tuple[Cell | None, ...]  # one per episode of the group, in its order; None: not played
    first: float | None  # mean over the episodes they finished of their first score
    best: float | None
    latest: float | None
    trend: str  # up, down, steady, new (no episode finished twice)
    timeline: tuple[float, ...]  # every finished score, in time order
    skills: tuple[Standing, ...]  # lessons.skills.standing over their recent sessions
    weakest: str | None  # the skill to work on (its id, for code)
    practice: Practice | None  # where to practise it


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # the Monday the week starts, 2026-11-30 (UTC)
    sessions: int  # finished
    students: int
    median: float


@dataclass(frozen=True, slots=True)
class Tries:
    attempt: int  # 1, 2, ..., TRIES (and later)
    sessions: int
    median: float


@dataclass(frozen=True, slots=True)
class ClassGrowth:
    episodes: tuple[str, ...]  # the grid's columns
    median_latest: tuple[float | None, ...]  # per episode: the median of the students' latest
    median_best: tuple[float | None, ...]
    students: tuple[Growth, ...]
    weeks: tuple[Period, ...]
    tries: tuple[Tries, ...]
    untimed: int  # sessions without a time, ordered by their file's date


def trend(first: float | None, latest: float | None, attempts: int) -> str:
    return since_first(first, latest, attempts, TREND_BY)


def in_order(records: Sequence[Record]) -> list[Record]:
    """Oldest first: by time (or file date), then save name and path."""
    return sorted(records, key=lambda r: (r.when, r.name, r.path))


def _scores(records: Sequence[Record]) -> tuple[float, ...]:
    return tuple(r.ending.score for r in records if r.ending is not None)


def _mean(xs: Sequence[float]) -> float | None:
    return round(statistics.fmean(xs), 2) if xs else None


def _median(xs: Sequence[float]) -> float | None:
    return round(statistics.median(xs), 2) if xs else None


def _week(when: float) -> str:
    day = datetime.fromtimestamp(when, UTC).date()
    return (day - timedelta(days=day.weekday())).isoformat()


def student(records: Sequence[Record], episodes: Sequence[str], stories: Sequence[Story]) -> Growth:
    mine = in_order(records)
    by_episode = {
        e: list(g)
        for e, g in groupby(sorted(mine, key=lambda r: r.episode), key=lambda r: r.episode)
    }
    cells = tuple(
        Cell(e, _scores(in_order(by_episode[e])), len(by_episode[e])) if e in by_episode else None
        for e in episodes
    )
    done = [c for c in cells if c is not None and c.scores]
    again = [c for c in done if len(c.scores) > 1]
    first, latest = _mean([c.scores[0] for c in done]), _mean([c.scores[-1] for c in done])
    if again:
        d = statistics.fmean(c.scores[-1] - c.scores[0] for c in again)
        overall = "up" if d >= TREND_BY else "down" if d <= -TREND_BY else "steady"
    else:
        overall = "new"
    history = [tally([(s.helped, s.hurt) for s in r.steps]) for r in mine]
    skills = tuple(standing_of(history, RECENT))
    weak = weakest_of(skills)
    return Growth(
        player=mine[0].player,
        cells=cells,
        first=first,
        best=_mean([max(c.scores) for c in done]),
        latest=latest,
        trend=overall,
        timeline=_scores(mine),
        skills=skills,
        weakest=weak.id if weak else None,
        practice=practise(weak, stories) if weak else None,
    )


def growth_of(
    records: Sequence[Record], episodes: Sequence[str], stories: Sequence[Story]
) -> ClassGrowth:
    """`records`: one workshop's, sorted by player (collect.record_key)."""
    students = tuple(
        student(list(g), episodes, stories) for _, g in groupby(records, key=lambda r: r.player)
    )
    latest, best = [], []
    for i in range(len(episodes)):
        cells = [s.cells[i] for s in students if s.cells[i] is not None]
        latest.append(_median([c.latest for c in cells if c and c.latest is not None]))
        best.append(_median([c.best for c in cells if c and c.best is not None]))
    finished = [r for r in in_order(records) if r.ending is not None]
    weeks = []
    for start, g in groupby(finished, key=lambda r: _week(r.when)):
        rs = list(g)
        weeks.append(
            Period(start, len(rs), len({r.player for r in rs}), _median(_scores(rs)) or 0.0)
        )
    nth: dict[int, list[float]] = {}
    for s in students:
        for c in s.cells:
            for k, score in enumerate(c.scores if c else ()):
                nth.setdefault(min(k + 1, TRIES), []).append(score)
    tries = tuple(Tries(k, len(v), _median(v) or 0.0) for k, v in sorted(nth.items()))
    return ClassGrowth(
        episodes=tuple(episodes),
        median_latest=tuple(latest),
        median_best=tuple(best),
        students=students,
        weeks=tuple(weeks),
        tries=tries,
        untimed=sum(1 for r in records if not r.timed),
    )
