"""Plays stories headless with a policy: the numbers behind balance tables, CI and benchmarks."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

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
