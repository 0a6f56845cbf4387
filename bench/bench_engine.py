"""Engine speed: turns per second on one core (goal >= 50,000), beside a baseline measured in the
same run, then `frontdesk simulate` as a whole command with one job and with every core.

    .venv/bin/python bench/bench_engine.py            # about a minute
    .venv/bin/python bench/bench_engine.py --quick    # the engine figures only

Two workloads, each turn keeping its full record (every change each rule made, and every note;
`Outcome.fired`, that record summed into each rule's Firing, is built when first read):

- the issue's (the one issue #16 measured at 15,066 turns/s): 64 customers of the default
  template, each meeting one of 8 act lists from the state it comes in with, again and again;
- fresh conversations: a customer drawn afresh for each conversation, meeting up to 8 replies
  (the 8 act lists from a start that differs per customer), each turn from the state the last
  one left, as in a game; a customer who leaves ends it. Per-customer work is paid each time.
  A third figure reads `fired` on every turn of these, as a save or the debrief does.

These machines are shared and noisy: each figure is the median of several rounds, and the
baseline (a bare Python function doing comparable dict work) is measured in every round too, so
`one turn = N calls` compares runs made at different times. Turns/s is per second of this
process's own CPU time (one core); the wall clock is printed beside."""

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
from game.engine.meters import State, initial_state  # noqa: E402
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


def customers(n: int, start: int) -> list[tuple[Customer, State]]:
    """n customers drawn afresh, each with the state it comes in with."""
    drawn = [generate(CustomerTemplate(), Rng("bench", i)) for i in range(start, start + n)]
    return [(c, initial_state(c)) for c in drawn]


def conversations(people: list[tuple[Customer, State]], read_fired: bool) -> int:
    """Every customer's conversation once; the number of turns played."""
    turns = 0
    for i, (c, state) in enumerate(people):
        for j in range(TURNS_PER_CONVERSATION):
            out = evaluate(c, state, REPLIES[(i + 3 * j) % len(REPLIES)])
            turns += 1
            if read_fired:
                out.fired  # noqa: B018 (what a save or the debrief reads)
            if out.ended:
                break
            state = out.after
    return turns


ISSUE_PEOPLE = customers(64, 0)  # the issue's workload: always these 64, as they come in


def issue_turns(n: int = 10_000) -> int:
    """The loop issue #16 measured: customer i % 64 meets act list i % 8, from its first state."""
    people = ISSUE_PEOPLE
    for i in range(n):
        c, s = people[i % 64]
        evaluate(c, s, REPLIES[i % len(REPLIES)])
    return n


def bare_calls(n: int = 200_000) -> int:
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
    """Medians over `rounds` of the baseline and of each workload's turns/s."""
    got: dict[str, list[float]] = {}

    def keep(name: str, value: float) -> None:
        got.setdefault(name, []).append(value)

    batch = 1500  # conversations per round, each drawn afresh (about 0.3 s of turns)
    issue_turns(2000)  # the 64 customers' first turns, once
    for r in range(rounds):
        keep("baseline", rate(bare_calls)[0])
        cpu, wall = rate(issue_turns)
        keep("issue", cpu)
        keep("issue_wall", wall)
        people = customers(batch, 10_000 * (2 * r + 1))
        cpu, wall = rate(lambda people=people: conversations(people, read_fired=False))
        keep("fresh", cpu)
        keep("fresh_wall", wall)
        people = customers(batch, 10_000 * (2 * r + 2))
        keep("fired", rate(lambda people=people: conversations(people, read_fired=True))[0])
    return {name: statistics.median(values) for name, values in got.items()}


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


def _verdict(turns: float) -> str:
    return "OK" if turns >= GOAL_TURNS else "BELOW GOAL"


def main() -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--rounds", type=int, default=7, help="engine rounds (median)")
    p.add_argument("--runs", type=int, default=500, help="simulate runs per episode")
    p.add_argument("--quick", action="store_true", help="the engine figures only")
    a = p.parse_args()
    e = engine_figures(a.rounds)
    base = e["baseline"]
    print(
        f"engine, the issue's workload: {e['issue']:,.0f} turns/s on one core "
        f"(goal >= {GOAL_TURNS:,}) {_verdict(e['issue'])}; wall clock {e['issue_wall']:,.0f}; "
        f"one turn costs {base / e['issue']:.1f} baseline calls"
    )
    print(
        f"engine, fresh conversations: {e['fresh']:,.0f} turns/s on one core "
        f"{_verdict(e['fresh'])}; wall clock {e['fresh_wall']:,.0f}; one turn costs "
        f"{base / e['fresh']:.1f} baseline calls; reading every turn's firings "
        f"{e['fired']:,.0f} ({base / e['fired']:.1f} calls)"
    )
    print(
        f"baseline: {base:,.0f} bare dict-update calls/s in the same run "
        f"(medians of {a.rounds} rounds)"
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
