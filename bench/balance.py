"""Balance of the story pack: every episode × policy, and how much each decision depends on
who the customer is. Writes `stories/BALANCE.md` (issue #3's targets are checked and shown).

    python bench/balance.py                      # 1,000 runs each, writes stories/BALANCE.md
    python bench/balance.py --episode escort --runs 300   # one episode, print only

"Best reply differs": at every decision a customer reaches (under the random policy, so every
branch is visited), the reply that would do them most good right now is found with
`Session.preview`. A decision *depends on the customer* when at least 10% of the customers who
reach it are best served by a reply other than the most common best one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.engine.policies import make_policy  # noqa: E402
from game.engine.session import Session  # noqa: E402
from game.engine.simulate import simulate  # noqa: E402
from game.engine.story import Story  # noqa: E402
from game.engine.storyfile import StoryError, load_story  # noqa: E402

POLICIES = ("random", "textbook", "best", "worst")
DEPENDS = 0.10  # share of customers served best by another reply, for a decision to "depend"
GOAL_TEXTBOOK, GOAL_WORST, GOAL_DEPENDS = 25.0, 15.0, 0.50


@dataclass(frozen=True)
class Decision:
    beat: str
    visits: int
    best: str  # the reply most often best
    differs: float  # share of visits whose best reply is another one


@dataclass(frozen=True)
class Balance:
    episode: str
    means: dict[str, float]
    exits: dict[str, float]
    decisions: tuple[Decision, ...]

    @property
    def problems(self) -> list[str]:
        m, out = self.means, []
        if m["textbook"] < m["random"] + GOAL_TEXTBOOK:
            out.append(f"textbook < random + {GOAL_TEXTBOOK:g}")
        if m["worst"] > m["random"] - GOAL_WORST:
            out.append(f"worst > random - {GOAL_WORST:g}")
        if m["best"] < m["textbook"]:
            out.append("best < textbook")
        return out


def decisions(story: Story, runs: int, seed: int) -> tuple[Decision, ...]:
    best_at: dict[str, Counter[str]] = defaultdict(Counter)
    for i in range(runs):
        session = Session(story, seed + i)
        choose = make_policy("random", seed + i)
        while (view := session.current) is not None:
            scores = [(session.preview(r.id).moment, r.id) for r in view.replies]
            top = max(m for m, _ in scores)
            best = sorted(rid for m, rid in scores if m == top)[0]  # ties: a stable pick
            best_at[view.beat_id][best] += 1
            session.choose(choose(session, view))
    out = []
    for beat in story.beats:
        counts = best_at.get(beat.id)
        if not counts:
            continue
        visits = sum(counts.values())
        reply, most = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Decision(beat.id, visits, reply, 1 - most / visits))
    return tuple(out)


def balance(story: Story, runs: int, seed: int) -> Balance:
    means, exits = {}, {}
    for policy in POLICIES:
        results, _ = simulate(story, policy, runs, seed)
        means[policy] = sum(r.score for r in results) / len(results)
        exits[policy] = sum(1 for r in results if r.ended) / len(results)
    return Balance(story.id, means, exits, decisions(story, runs, seed))


def _one(job: tuple[Path, str, int, int]) -> Balance:
    folder, episode, runs, seed = job
    return balance(load_story(folder / f"{episode}.toml"), runs, seed)


def markdown(results: list[Balance], runs: int, seed: int) -> str:
    lines = [
        "# Balance of the story pack",
        "",
        f"Written by `python bench/balance.py` ({runs:,} runs per episode and policy, "
        f"seed {seed}).",
        "Mean peak-end score (0-100); in brackets, the share of runs where the customer left",
        "early. Targets (issue #3): textbook ≥ random + 25, worst ≤ random − 15, best ≥ textbook.",
        "",
        "| episode | random | textbook | best | worst | targets |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for b in results:
        cells = [f"{b.means[p]:.1f} ({b.exits[p]:.0%})" for p in POLICIES]
        verdict = "met" if not b.problems else "MISSED: " + "; ".join(b.problems)
        lines.append(f"| {b.episode} | " + " | ".join(cells) + f" | {verdict} |")
    all_decisions = [d for b in results for d in b.decisions]
    depending = sum(1 for d in all_decisions if d.differs >= DEPENDS)
    share = depending / len(all_decisions) if all_decisions else 0.0
    lines += [
        "",
        "## Does the best reply depend on the customer?",
        "",
        "At each decision, over the customers who reach it (random play), the reply that would",
        "do them most good right now. *Differs* is the share of those customers best served by",
        f"another reply than the most common best one; a decision depends on the customer at "
        f"≥ {DEPENDS:.0%}.",
        "",
        f"**{depending} of {len(all_decisions)} decisions ({share:.0%}) depend on the customer** "
        f"(goal ≥ {GOAL_DEPENDS:.0%}: {'met' if share >= GOAL_DEPENDS else 'MISSED'}).",
        "",
        "| episode | decision | reached | most often best | differs |",
        "|---|---|---:|---|---:|",
    ]
    for b in results:
        for d in b.decisions:
            lines.append(f"| {b.episode} | {d.beat} | {d.visits} | {d.best} | {d.differs:.0%} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--episode", help="one episode only; prints, does not write BALANCE.md")
    p.add_argument("--stories", type=Path, default=ROOT / "stories")
    p.add_argument("--out", type=Path, default=None, help="default: STORIES/BALANCE.md")
    p.add_argument("--jobs", type=int, default=None, help="worker processes")
    a = p.parse_args(argv)
    ids = []
    for path in sorted(a.stories.glob("*.toml")):
        try:
            ids.append(load_story(path).id)
        except StoryError as err:
            print("\n".join(str(problem) for problem in err.problems), file=sys.stderr)
            return 2
    if a.episode:
        if a.episode not in ids:
            p.error(f"no episode {a.episode!r} (have: {', '.join(ids)})")
        ids = [a.episode]
    jobs = [(a.stories, e, a.runs, a.seed) for e in ids]
    with ProcessPoolExecutor(a.jobs) as pool:
        results = list(pool.map(_one, jobs))
    text = markdown(results, a.runs, a.seed)
    print(text)
    if not a.episode:
        out = a.out or a.stories / "BALANCE.md"
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    return 0 if all(not b.problems for b in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
