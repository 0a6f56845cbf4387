"""Engine speed: turns per second on one core (goal >= 50,000), and `validate` over the pack.

A baseline measured in the same run (a bare Python function call doing comparable dict
work) shows how fast this machine is right now, since these machines are noisy."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine.customer import CustomerTemplate, generate  # noqa: E402
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


def turns_per_second(seconds: float = 2.0) -> float:
    customers = [generate(CustomerTemplate(), Rng("bench", i)) for i in range(64)]
    states = [initial_state(c) for c in customers]
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for i in range(1000):
            c, s = customers[i % 64], states[i % 64]
            evaluate(c, s, REPLIES[i % len(REPLIES)])
        n += 1000
    return n / (time.perf_counter() - start)


def baseline_calls_per_second(seconds: float = 1.0) -> float:
    def bare(d: dict[str, float], acts: tuple[str, ...]) -> dict[str, float]:
        out = dict(d)
        for a in acts:
            out[a] = out.get(a, 0.0) + 1.0
        return out

    d = {"emotion": 50.0, "trust": 50.0, "patience": 80.0}
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for i in range(1000):
            bare(d, REPLIES[i % len(REPLIES)])
        n += 1000
    return n / (time.perf_counter() - start)


def validate_seconds() -> float:
    exe = [sys.executable, "-m", "game", "validate"]
    start = time.perf_counter()
    subprocess.run(exe, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def python_start_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def main() -> None:
    base = baseline_calls_per_second()
    tps = turns_per_second()
    print(
        f"engine: {tps:,.0f} turns/s on one core (goal >= {GOAL_TURNS:,}) "
        f"{'OK' if tps >= GOAL_TURNS else 'BELOW GOAL'}"
    )
    print(
        f"baseline: {base:,.0f} bare dict-update calls/s in the same run "
        f"(one turn costs {base / tps:.1f} such calls)"
    )
    py = python_start_seconds()
    val = validate_seconds()
    print(f"validate: {val:.3f} s for the whole pack (bare 'python -c pass': {py:.3f} s)")


if __name__ == "__main__":
    main()
