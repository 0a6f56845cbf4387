"""`frontdesk simulate`: episodes played headless by a built-in policy, on every core.

The output is the same whatever `--jobs` says (engine/simulate.py gives each episode's runs back
in seed order). With `--save-dir`, every save's name is reserved here first, in the order one
process would reserve them, and the workers write the saves themselves."""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from game.catalog import find_story, load_pack
from game.engine.session import Session
from game.engine.simulate import simulate_all, summarize
from game.saves.format import save_of
from game.saves.store import Store, default_dir
from game.usage import fail


def run_simulate(args: argparse.Namespace) -> int:
    stories = load_pack() if args.episode == "all" else [find_story(args.episode)]
    store = _store(args.save_dir) if args.save_dir else None
    names = None
    if store is not None:  # one name per run, as one process would reserve them, in order
        names = [
            [store.reserve(args.policy, s.id, args.seed + i) for i in range(args.runs)]
            for s in stories
        ]
    each = partial(_write, store, args.policy) if store is not None else None
    for played in simulate_all(
        stories, args.policy, args.runs, args.seed, args.jobs, each=each, payloads=names
    ):
        if played.problem is not None:
            fail(played.problem)
        story, runs = played.story, played.runs
        if args.per_run:
            for r in runs:
                print(
                    json.dumps(
                        {
                            "episode": r.episode,
                            "seed": r.seed,
                            "score": r.score,
                            "moments": list(r.moments),
                            "choices": list(r.choices),
                            "decisions": list(r.decisions),
                            "ended": r.ended,
                        },
                        ensure_ascii=False,
                    )
                )
            continue
        summary = summarize(story, args.policy, runs, args.seed, played.seconds)
        if args.json:
            print(json.dumps(summary, ensure_ascii=False))
        else:
            print(
                f"{story.id:18} {args.policy:9} mean {summary['score_mean']:6}  "
                f"min {summary['score_min']:6}  max {summary['score_max']:6}  "
                f"early exits {summary['early_exits']}/{summary['runs']}"
            )
    return 0


def _store(folder: Path) -> Store:
    try:
        return Store.open(folder)
    except OSError as err:
        fail(f"cannot use the saves folder {folder or default_dir()}: {err.strerror}")


def _write(store: Store, policy: str, session: Session, name: str) -> str | None:
    """In a worker: the session written as the save reserved for it; a problem, or None."""
    try:
        store.write(save_of(session, name=name, lang="en", player=policy))
    except OSError as err:
        return f"cannot write {store.path(name)}: {err.strerror}"
    return None
