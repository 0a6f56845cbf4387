"""The numbers of a class report: per workshop, per student, per episode (issue #6).

A workshop is never mixed with another: every figure is computed inside one workshop (saves
without a code form their own group). Unfinished sessions are counted, never scored. When a
student played an episode more than once, their figures are means over the finished attempts.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from game.engine.story import Story
from game.engine.text import Text
from game.lessons.skills import PAR, level_of
from game.report.collect import TYPED, TYPED_TEXT, Collection, Misread, Problem, Record, Step
from game.report.growth import ClassGrowth, growth_of

BUCKETS = 10  # the score histogram: 0-10, 10-20, ..., 90-100
SPLIT_REACH = 0.25  # a decision counts for "where the class split" if this share reached it


@dataclass(frozen=True, slots=True)
class Figures:
    sessions: int
    finished: int
    unfinished: int
    early_exits: int  # finished, but the customer walked out, hung up or escalated
    score: float | None  # mean peak-end score of the finished sessions (None: none finished)
    best: float | None
    peak: float | None  # mean remembered (most intense) moment, -100..100
    end: float | None  # mean last moment
    average: float | None  # mean plain average of the moments, 0..100


@dataclass(frozen=True, slots=True)
class Played:
    """One student's sessions of one episode."""

    episode: str
    title: Text
    figures: Figures
    mistakes: tuple[tuple[str, int], ...]  # bad acts, most frequent first


@dataclass(frozen=True, slots=True)
class Student:
    player: str
    figures: Figures
    mistakes: tuple[tuple[str, int], ...]
    played: tuple[Played, ...]


@dataclass(frozen=True, slots=True)
class Spread:
    """The finished scores of an episode."""

    low: float
    q1: float
    median: float
    q3: float
    high: float
    histogram: tuple[int, ...]  # BUCKETS counts


@dataclass(frozen=True, slots=True)
class Choice:
    reply: str
    text: Text
    count: int
    mistakes: tuple[str, ...]  # the acts of this reply that the documents name as mistakes
    score: float | None = None  # mean final score of the finished sessions that chose it


@dataclass(frozen=True, slots=True)
class Split:
    """The decision where the class chose most differently (highest entropy of replies)."""

    beat: str
    line: Text  # what the customer said there
    visits: int
    bits: float  # entropy of the replies chosen: 0 all alike, 1 an even two-way split, ...
    choices: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class Episode:
    episode: str
    title: Text
    figures: Figures
    turns: int
    spread: Spread | None
    split: Split | None
    # each rule in one list only: where it said the reply helped more often than it hurt
    # (helped), or not (hurt); the count is that list's. `rules`: (rule, helped, hurt) counts
    helped: tuple[tuple[str, int], ...]
    hurt: tuple[tuple[str, int], ...]
    mistakes: tuple[tuple[str, int], ...]
    rules: tuple[tuple[str, int, int], ...] = ()
    typed: bool = False  # every reply was typed (a typed workshop): no menu choice to compare


@dataclass(frozen=True, slots=True)
class Group:
    """One workshop (or the saves without one)."""

    workshop: str | None
    lang: str
    figures: Figures
    students: tuple[Student, ...]
    episodes: tuple[Episode, ...]
    growth: ClassGrowth | None = None


@dataclass(frozen=True, slots=True)
class Report:
    groups: tuple[Group, ...]  # workshops by code, then the saves without one
    problems: tuple[Problem, ...]
    files: int
    # typed replies learners marked as misread, with the save they are in: corrections to collect
    misread: tuple[tuple[Record, Misread], ...] = ()


def _mean(xs: Sequence[float]) -> float | None:
    return round(math.fsum(xs) / len(xs), 2) if xs else None


def figures(records: Sequence[Record]) -> Figures:
    ends = [r.ending for r in records if r.ending is not None]
    scores = [e.score for e in ends]
    return Figures(
        sessions=len(records),
        finished=len(ends),
        unfinished=len(records) - len(ends),
        early_exits=sum(1 for e in ends if e.left),
        score=_mean(scores),
        best=round(max(scores), 2) if scores else None,
        peak=_mean([e.peak for e in ends if e.peak is not None]),
        end=_mean([e.end for e in ends if e.end is not None]),
        average=_mean([e.average for e in ends]),
    )


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _mistakes(records: Sequence[Record]) -> tuple[tuple[str, int], ...]:
    return _ranked(Counter(m for r in records for s in r.steps for m in s.mistakes))


def spread(scores: Sequence[float]) -> Spread | None:
    if not scores:
        return None
    xs = sorted(scores)
    if len(xs) > 1:
        q1, median, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    else:
        q1 = median = q3 = xs[0]
    histogram = [0] * BUCKETS
    for x in xs:
        histogram[min(max(int(x // (100 / BUCKETS)), 0), BUCKETS - 1)] += 1
    return Spread(
        round(xs[0], 2),
        round(q1, 2),
        round(median, 2),
        round(q3, 2),
        round(xs[-1], 2),
        tuple(histogram),
    )


def entropy(counts: Sequence[int]) -> float:
    total = sum(counts)
    return -math.fsum(c / total * math.log2(c / total) for c in counts if c) if total else 0.0


def split(records: Sequence[Record]) -> Split | None:
    """Among decisions that at least SPLIT_REACH of the sessions reached, the one whose replies
    have the highest entropy; ties go to the one more sessions reached, then to the beat id."""
    chosen: dict[str, Counter[str]] = {}
    lines: dict[str, Text] = {}
    replies: dict[tuple[str, str], Step] = {}
    ends: dict[tuple[str, str], list[float]] = {}
    for r in records:
        for s in r.steps:
            chosen.setdefault(s.beat, Counter())[s.reply] += 1
            if r.ending is not None:
                ends.setdefault((s.beat, s.reply), []).append(r.ending.score)
            lines.setdefault(s.beat, s.line)
            replies.setdefault((s.beat, s.reply), s)
    reach = max(2, math.ceil(SPLIT_REACH * len(records)))
    candidates = []
    for beat, counter in chosen.items():
        visits = sum(counter.values())
        if visits >= reach:
            bits = round(entropy(list(counter.values())), 6)
            candidates.append((-bits, -visits, beat))
    if not candidates:
        return None
    neg_bits, neg_visits, beat = min(candidates)
    if neg_bits == 0:
        return None
    choices = tuple(
        Choice(reply, TYPED_TEXT, n, (), _mean(ends.get((beat, reply), [])))
        if reply == TYPED
        else Choice(
            reply,
            replies[beat, reply].reply_text,
            n,
            replies[beat, reply].mistakes,
            _mean(ends.get((beat, reply), [])),
        )
        for reply, n in _ranked(chosen[beat])
    )
    return Split(beat, lines[beat], -neg_visits, round(-neg_bits, 3), choices)


def _short(rule: str, helped: int, hurt: int) -> bool:
    """The class fell short on a rule: it hurt, and less often helped than a skilled player
    makes it (lessons/skills: the level is not strong)."""
    return hurt > 0 and level_of(rule, helped / (helped + hurt)) != "strong"


def episode(records: Sequence[Record]) -> Episode:
    helped: Counter[str] = Counter()
    hurt: Counter[str] = Counter()
    turns = 0
    for r in records:
        turns += len(r.steps)
        for s in r.steps:
            helped.update(s.helped)
            hurt.update(s.hurt)
    rules = [(r, helped[r], hurt[r]) for r in sorted(set(helped) | set(hurt))]
    # worst first: the turns that went wrong beyond what a skilled player gets wrong there
    hurt_by = [
        (-(k - (h + k) * (1 - PAR.get(r, 1.0))), r, k) for r, h, k in rules if _short(r, h, k)
    ]
    return Episode(
        episode=records[0].episode,
        title=records[0].title,
        figures=figures(records),
        turns=turns,
        spread=spread([r.ending.score for r in records if r.ending is not None]),
        split=split(records),
        helped=_ranked(Counter({r: h for r, h, k in rules if h and not _short(r, h, k)})),
        hurt=tuple((r, k) for _, r, k in sorted(hurt_by)),
        mistakes=_mistakes(records),
        rules=tuple(rules),
        typed=turns > 0 and all(s.typed for r in records for s in r.steps),
    )


def student(records: Sequence[Record]) -> Student:
    played = tuple(
        Played(rs[0].episode, rs[0].title, figures(rs), _mistakes(rs))
        for rs in (list(g) for _, g in groupby(records, key=lambda r: r.episode))
    )
    return Student(records[0].player, figures(records), _mistakes(records), played)


def group(records: Sequence[Record], stories: Sequence[Story] = ()) -> Group:
    """`records` of one workshop, sorted by player, episode, save; `stories`: where to look
    for the episode each student should practise (none: no practice is named)."""
    langs = Counter(r.lang for r in records)
    lang = min(langs, key=lambda k: (-langs[k], k))
    students = tuple(student(list(g)) for _, g in groupby(records, key=lambda r: r.player))
    by_episode = sorted(records, key=lambda r: (r.episode, r.player, r.name, r.path))
    episodes = tuple(episode(list(g)) for _, g in groupby(by_episode, key=lambda r: r.episode))
    grown = growth_of(records, [e.episode for e in episodes], stories)
    return Group(records[0].workshop, lang, figures(records), students, episodes, grown)


def build(c: Collection, stories: Sequence[Story] = ()) -> Report:
    """`c.records` come sorted by workshop, player, episode, save (`collect.record_key`)."""
    groups = tuple(group(list(g), stories) for _, g in groupby(c.records, key=lambda r: r.workshop))
    misread = tuple((r, m) for r in c.records for m in r.misread)
    return Report(groups, c.problems, c.files, misread)
