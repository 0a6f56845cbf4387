"""Class-report speed: `frontdesk report DIR --format json|html` over 10,000 saves (goal <= 3 s).

The saves come from `frontdesk simulate --policy random --save-dir` (kept in a cache folder
between runs: making them takes about a minute). A baseline measured in the same run, only
`json.loads` of every file in one process, shows how fast this machine reads JSON right now.

    .venv/bin/python bench/bench_report.py [--saves N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 3.0
FRONTDESK = [sys.executable, "-m", "game"]


def make_saves(folder: Path, n: int) -> None:
    have = len(list(folder.glob("*.json"))) if folder.exists() else 0
    if have >= n:
        return
    sys.path.insert(0, str(ROOT))
    from game.catalog import load_pack

    runs = math.ceil(n / len(load_pack()))
    print(f"making {runs * len(load_pack()):,} saves in {folder} ...", flush=True)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [*FRONTDESK, "simulate", "--episode", "all", "--policy", "random", "--runs", str(runs),
         "--seed", "1", "--save-dir", str(folder)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def baseline(folder: Path) -> float:
    start = time.perf_counter()
    for path in sorted(folder.glob("*.json")):
        json.loads(path.read_bytes())
    return time.perf_counter() - start


def report(folder: Path, fmt: str) -> tuple[float, int]:
    start = time.perf_counter()
    out = subprocess.run(
        [*FRONTDESK, "report", str(folder), "--format", fmt],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start, len(out.stdout)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--saves", type=int, default=10_000)
    p.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-saves"
    )
    args = p.parse_args()
    make_saves(args.dir, args.saves)
    files = len(list(args.dir.glob("*.json")))
    size = sum(f.stat().st_size for f in args.dir.glob("*.json"))
    print(f"{files:,} saves, {size / 1e6:.0f} MB")
    base = min(baseline(args.dir) for _ in range(2))
    print(f"baseline  json.loads of every file, one process:  {base:5.2f} s")
    ok = True
    for fmt in ("json", "html"):
        seconds, length = min(report(args.dir, fmt) for _ in range(3))
        ok &= seconds <= GOAL_SECONDS
        print(
            f"report --format {fmt:5} (whole command, best of 3): {seconds:5.2f} s  "
            f"goal <= {GOAL_SECONDS:.0f} s  ({seconds / base:.2f}x the baseline; "
            f"{length / 1e3:,.0f} kB out)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
