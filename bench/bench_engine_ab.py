"""Engine speed: turns per second on one core (goal >= 50,000), beside a baseline measured in the
same run, then `frontdesk simulate` as a whole command with one job and with every core.

    .venv/bin/python bench/bench_engine.py            # about half a minute
    .venv/bin/python bench/bench_engine.py --quick    # the engine figures only

The engine plays conversations nobody has played before in this process: a fresh customer of the
default template per conversation, meeting up to 8 replies (a cycle of 8 act lists, from a start
that differs per customer); each turn starts from the state the last one left, as in a game, and
a customer who leaves ends it. Every turn keeps its full record (every change each rule made and
every note); `fired`, the record summed into each rule's Firing, is built when first read, so a
second figure reads it on every turn, as a save or the debrief does.

These machines are shared and noisy: each figure is the median of several rounds, and the
baseline (a bare Python function doing comparable dict work, a few calls per turn's worth) is
measured in between, so `one turn = N calls` compares runs made at different times. Turns/s is
per second of this process's own CPU time (one core); wall-clock figures are printed beside."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine.customer import Customer, CustomerTemplate, generate  # noqa: E402
from game.engine.meters import initial_state  # noqa: E402
from game.engine.rng import Rng  # noqa: E402
from game.engine.turn import evaluate  # noqa: E402

GOAL_TURNS = 50_000
REPLIES = (
    ("acknowledge_feeling", "apologize"),
    ("open_question",),
    ("closed_question", "be_precise"),
    ("propose_solution", "act_now"),
    ("thank",),
    ("deny", "stall"),
    ("offer_options", "manage_expectations"),
    ("voice_unspoken_pain", "take_ownership"),
)
TURNS_PER_CONVERSATION = 8


def customers(n: int, start: int) -> list[Customer]:
    return [generate(CustomerTemplate(), Rng("bench", i)) for i in range(start, start + n)]


def play(people: list[Customer], read_fired: bool) -> int:
    """Every conversation once; the number of turns played."""
    turns = 0
    for i, c in enumerate(people):
        state = initial_state(c)
        for j in range(TURNS_PER_CONVERSATION):
            out = evaluate(c, state, REPLIES[(i + 3 * j) % len(REPLIES)])
            turns += 1
            if read_fired:
                out.fired  # noqa: B018 (what a save or the debrief reads)
            if out.ended:
                break
            state = out.after
    return turns


def bare_calls(n: int = 20_000) -> int:
    """The baseline: n calls of a bare function that copies a small dict and bumps a key per act."""

    def bare(d: dict[str, float], acts: tuple[str, ...]) -> dict[str, float]:
        out = dict(d)
        for a in acts:
            out[a] = out.get(a, 0.0) + 1.0
        return out

    d = {"emotion": 50.0, "trust": 50.0, "patience": 80.0}
    for i in range(n):
        bare(d, REPLIES[i % len(REPLIES)])
    return n


def rate(work: Callable[[], int]) -> tuple[float, float]:
    """(units per CPU second, units per wall second) of one run of `work`."""
    cpu, wall = time.process_time(), time.perf_counter()
    n = work()
    return n / (time.process_time() - cpu), n / (time.perf_counter() - wall)


def engine_figures(rounds: int) -> dict[str, float]:
    """Medians over `rounds`: the baseline, and turns/s without and with `fired` read."""
    base, plain, fired, plain_wall = [], [], [], []
    batch = 1500  # conversations per round, each drawn afresh (about 0.2 s of turns)
    for r in range(rounds):
        base.append(rate(bare_calls)[0])
        people = customers(batch, 10_000 * (2 * r + 1))
        cpu, wall = rate(lambda people=people: play(people, read_fired=False))
        plain.append(cpu)
        plain_wall.append(wall)
        people = customers(batch, 10_000 * (2 * r + 2))
        fired.append(rate(lambda people=people: play(people, read_fired=True))[0])
    return {
        "baseline": statistics.median(base),
        "turns": statistics.median(plain),
        "turns_wall": statistics.median(plain_wall),
        "turns_fired": statistics.median(fired),
    }


def simulate_figure(jobs: int | None, runs: int) -> tuple[float, float, int]:
    """`frontdesk simulate --episode all --policy random` as a subprocess: (turns/s by the wall
    clock, seconds, turns)."""
    exe = [sys.executable, "-m", "game", "simulate", "--episode", "all", "--policy", "random"]
    exe += ["--runs", str(runs), "--json"] + (["--jobs", str(jobs)] if jobs else [])
    start = time.perf_counter()
    out = subprocess.run(exe, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - start
    turns = sum(json.loads(line)["turns_total"] for line in out.splitlines())
    return turns / seconds, seconds, turns


def main() -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--rounds", type=int, default=7, help="engine rounds (median)")
    p.add_argument("--runs", type=int, default=500, help="simulate runs per episode")
    p.add_argument("--quick", action="store_true", help="the engine figures only")
    a = p.parse_args()
    e = engine_figures(a.rounds)
    per_turn = e["baseline"] / e["turns"]
    print(
        f"engine: {e['turns']:,.0f} turns/s on one core (goal >= {GOAL_TURNS:,}) "
        f"{'OK' if e['turns'] >= GOAL_TURNS else 'BELOW GOAL'}; by the wall clock "
        f"{e['turns_wall']:,.0f}; reading every turn's firings {e['turns_fired']:,.0f}"
    )
    print(
        f"baseline: {e['baseline']:,.0f} bare dict-update calls/s in the same run "
        f"(one turn costs {per_turn:.1f} such calls; medians of {a.rounds} rounds)"
    )
    if a.quick:
        return
    cores = os.cpu_count() or 1
    one = [simulate_figure(1, a.runs) for _ in range(3)]
    every = [simulate_figure(None, a.runs) for _ in range(3)]
    turns = one[0][2]
    med1 = statistics.median(x[0] for x in one)
    medn = statistics.median(x[0] for x in every)
    print(
        f"simulate (whole command, {turns:,} turns, random, every episode, {a.runs} runs): "
        f"{med1:,.0f} turns/s with 1 job, {medn:,.0f} with {cores} (every core), "
        f"{medn / med1:.2f}x; medians of 3"
    )


if __name__ == "__main__":
    main()
