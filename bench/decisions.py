"""Per decision of one episode: what each reply is worth, for whom. A tool for story authors.

    python bench/decisions.py twenty-minutes [--runs 300] [--policy textbook]

Plays the episode with a policy (textbook by default, so the decisions a good player meets) and,
at every decision reached, asks the engine what each offered reply would do for that customer
(`Session.preview`, the next moment). Per reply it prints the mean next moment, how often it is
the best one, the same split by buying style, and its length in both languages. A reply that is
best for nearly everyone is an answer key waiting to be learned; one that is best only for some
customers is where reading the person pays.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.engine.facets import STYLES  # noqa: E402
from game.engine.policies import make_policy  # noqa: E402
from game.engine.session import Session  # noqa: E402
from game.engine.storyfile import load_story  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("episode")
    p.add_argument("--runs", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--policy", default="textbook")
    a = p.parse_args(argv)
    story = load_story(ROOT / "stories" / f"{a.episode}.toml")
    moments: dict[tuple[str, str], list[float]] = defaultdict(list)
    wins: dict[tuple[str, str], int] = defaultdict(int)
    style_wins: dict[tuple[str, str, str], int] = defaultdict(int)
    style_visits: dict[tuple[str, str], int] = defaultdict(int)
    visits: dict[str, int] = defaultdict(int)
    for i in range(a.runs):
        s = Session(story, a.seed + i)
        choose = make_policy(a.policy, a.seed + i)
        while (v := s.current) is not None:
            scores = {r.id: s.preview(r.id).moment for r in v.replies}
            top = max(scores.values())
            best = sorted(rid for rid, m in scores.items() if m == top)[0]
            visits[v.beat_id] += 1
            style_visits[(v.beat_id, s.customer.style)] += 1
            wins[(v.beat_id, best)] += 1
            style_wins[(v.beat_id, best, s.customer.style)] += 1
            for rid, m in scores.items():
                moments[(v.beat_id, rid)].append(m)
            s.choose(choose(s, v))
    styles = list(STYLES)
    for beat in story.beats:
        n = visits.get(beat.id, 0)
        if not n:
            continue
        print(
            f"\n{beat.id}  (reached {n}×)   best share by style: " + " ".join(s[:4] for s in styles)
        )
        for r in beat.replies:
            ms = moments[(beat.id, r.id)]
            by_style = " ".join(
                f"{style_wins[(beat.id, r.id, st)] / max(1, style_visits[(beat.id, st)]):4.0%}"
                for st in styles
            )
            print(
                f"  {r.id:16} mean {sum(ms) / len(ms):6.1f}  best {wins[(beat.id, r.id)] / n:4.0%}"
                f"  [{by_style}]  en {len(r.text.en):3} zh {len(r.text.zh):3}  {'+'.join(r.acts)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
