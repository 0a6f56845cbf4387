"""Plays stories headless with a policy: the numbers behind balance tables, CI and benchmarks.

`simulate` plays one story in this process. `simulate_all` plays several on every core: each
story's runs are cut into pieces of consecutive seeds, worker processes play the pieces, and
the results come back in the order one process would give them, run for run the same (a run
depends only on its story, seed and policy). See cores.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from game.engine.cores import jobs_wanted, ordered_map, piece_size
from game.engine.policies import make_policy
from game.engine.session import Session
from game.engine.story import Story


@dataclass(frozen=True, slots=True)
class Run:
    episode: str
    seed: int
    score: float
    moments: tuple[float, ...]
    choices: tuple[str, ...]
    decisions: tuple[str, ...]
    ended: str | None
    session: Session | None = field(default=None, compare=False, repr=False)  # if kept


def play(story: Story, seed: int, policy: str) -> tuple[Session, Run]:
    session = Session(story, seed)
    choose = make_policy(policy, seed)
    while (view := session.current) is not None:
        session.choose(choose(session, view))
    result = session.result
    assert result is not None
    run = Run(
        episode=story.id,
        seed=seed,
        score=result.score,
        moments=result.moments,
        choices=tuple(t.reply_id for t in session.turns),
        decisions=tuple(t.beat_id for t in session.turns),
        ended=result.ended,
    )
    return session, run


def summarize(
    story: Story, policy: str, runs: list[Run], seed: int, seconds: float
) -> dict[str, object]:
    scores = [r.score for r in runs]
    return {
        "episode": story.id,
        "policy": policy,
        "runs": len(runs),
        "seed": seed,
        "score_mean": round(sum(scores) / len(scores), 2) if scores else 0.0,
        "score_min": min(scores) if scores else 0.0,
        "score_max": max(scores) if scores else 0.0,
        "turns_total": sum(len(r.choices) for r in runs),
        "early_exits": sum(1 for r in runs if r.ended),
        "seconds": round(seconds, 3),
    }


def simulate(
    story: Story, policy: str, runs: int, seed: int, keep: bool = False
) -> tuple[list[Run], float]:
    """Run `i` plays seed `seed + i`; `keep` holds on to each session (to save it)."""
    start = time.perf_counter()
    out = []
    for i in range(runs):
        session, run = play(story, seed + i, policy)
        out.append(replace(run, session=session) if keep else run)
    return out, time.perf_counter() - start


# --- on every core ------------------------------------------------------------------------

# What a worker does with each session it plays, besides reporting its Run (the command line
# writes it as a save): called as each(session, payload), where payload is that run's item of
# the payloads given; returns None, or a message that stops everything (the first one wins).
Each = Callable[[Session, Any], str | None]
SMALLEST_PIECE = 8  # runs: fewer are not worth a trip to another process


@dataclass(frozen=True, slots=True)
class _Piece:
    story: int  # which of the stories
    first: int  # its first run (seed + first)
    payloads: tuple[Any, ...]  # one per run, for `each`; its length is the number of runs


@dataclass(frozen=True, slots=True)
class _Done:
    runs: list[Run]
    seconds: float
    problem: str | None  # what `each` said, if it stopped


_STORIES: Sequence[Story] = ()  # in a worker: the stories, given once when it starts


def _know(stories: Sequence[Story]) -> None:
    global _STORIES
    _STORIES = stories


def _play_piece(job: tuple[_Piece, str, int, Each | None]) -> _Done:
    piece, policy, seed, each = job
    story = _STORIES[piece.story]
    start = time.perf_counter()
    runs = []
    for i, payload in enumerate(piece.payloads, start=piece.first):
        session, run = play(story, seed + i, policy)
        runs.append(run)
        problem = each(session, payload) if each is not None else None
        if problem is not None:
            return _Done(runs, time.perf_counter() - start, problem)
    return _Done(runs, time.perf_counter() - start, None)


@dataclass(frozen=True, slots=True)
class Played:
    """One story's runs, in seed order, and the seconds spent playing them (over every worker);
    `problem`: what stopped it, if `each` did."""

    story: Story
    runs: list[Run]
    seconds: float
    problem: str | None = None


def simulate_all(
    stories: Sequence[Story],
    policy: str,
    runs: int,
    seed: int,
    jobs: int | None = None,
    each: Each | None = None,
    payloads: Sequence[Sequence[Any]] | None = None,
) -> Iterator[Played]:
    """`simulate` for each story, in order, on `jobs` processes (None: every core); each story
    is yielded as soon as all its runs are in, and the first `each` problem ends the lot.
    `each` and `payloads` (per story, one per run) let a worker do more with a session."""
    size = piece_size(runs, jobs_wanted(jobs), SMALLEST_PIECE)
    pieces = []
    for s in range(len(stories)):
        items = tuple(payloads[s]) if payloads is not None else (None,) * runs
        pieces += [_Piece(s, i, items[i : i + size]) for i in range(0, runs, size)]
        if not runs:
            pieces.append(_Piece(s, 0, ()))
    tasks = [(p, policy, seed, each) for p in pieces]
    done = ordered_map(_play_piece, tasks, jobs, _know, (tuple(stories),))
    out: list[Run] = []
    seconds = 0.0
    for i, (piece, result) in enumerate(zip(pieces, done, strict=True)):
        out += result.runs
        seconds += result.seconds
        if result.problem is not None:
            yield Played(stories[piece.story], out, seconds, result.problem)
            return
        if i + 1 == len(pieces) or pieces[i + 1].story != piece.story:
            yield Played(stories[piece.story], out, seconds)
            out, seconds = [], 0.0
