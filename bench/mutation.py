"""Mutation testing of the pure core: plant one small bug at a time in game/engine and
game/saves, run the fast tests, and count how many bugs the tests catch ("kill").

Prints the share of mutants killed beside the goal (90 %). Each mutant is made in a scratch
copy of the project, never in this checkout. Deterministic: the same --seed samples the same
mutants. No dependency: the mutations are made on the AST.

    .venv/bin/python bench/mutation.py --sample 40 --seed 1
"""

from __future__ import annotations

import argparse
import ast
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ("game/engine", "game/saves")
SKIP = {"echoes", "act_words.py", "__init__.py"}  # words, not logic (echoes/: the lines)
TESTS = [
    "tests/engine/test_rules.py",
    "tests/engine/test_session.py",
    "tests/saves/test_saves.py",
    "tests/engine/test_scoring.py",
    "tests/engine/test_cues.py",
    "tests/engine/test_customer.py",
    "tests/engine/test_heard.py",
    "tests/engine/test_policies.py",
    "tests/engine/test_survivors.py",
    "tests/engine/story/test_file.py",
    "tests/bench/test_balance_checks.py",
    "tests/cli/test_cli_saves.py",
    "tests/hardening/test_hostile_saves.py",
    "tests/lessons",
]
GOAL = 0.90
SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Add: ast.Sub, ast.Sub: ast.Add,
    ast.Mult: ast.Div, ast.Div: ast.Mult, ast.And: ast.Or, ast.Or: ast.And,
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    path: str
    line: int
    kind: str
    index: int  # which mutable node of the file, in walk order


def _points(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and type(node.ops[0]) in SWAPS:
            found.append((node, "compare"))
        elif isinstance(node, ast.BinOp) and type(node.op) in SWAPS:
            found.append((node, "arith"))
        elif isinstance(node, ast.BoolOp) and type(node.op) in SWAPS:
            found.append((node, "bool"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            found.append((node, "not"))
        elif (
            isinstance(node, ast.Constant)
            and type(node.value) in (int, float)
            and not isinstance(node.value, bool)
        ):
            found.append((node, "number"))
    return found


def mutants() -> list[Mutant]:
    out = []
    for target in TARGETS:
        for path in sorted((ROOT / target).rglob("*.py")):
            if path.name in SKIP or not SKIP.isdisjoint(path.parts):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for i, (node, kind) in enumerate(_points(tree)):
                rel = str(path.relative_to(ROOT))
                out.append(Mutant(rel, getattr(node, "lineno", 0), kind, i))
    return out


def mutate(source: str, index: int) -> str:
    tree = ast.parse(source)
    node, kind = _points(tree)[index]
    if kind == "compare":
        assert isinstance(node, ast.Compare)
        node.ops[0] = SWAPS[type(node.ops[0])]()
    elif kind in ("arith", "bool"):
        assert isinstance(node, ast.BinOp | ast.BoolOp)
        node.op = SWAPS[type(node.op)]()
    elif kind == "not":
        assert isinstance(node, ast.UnaryOp)
        node.op = ast.UAdd()  # `not x` becomes `+x`: truthiness kept, negation gone
        node.operand = ast.Call(ast.Name("bool", ast.Load()), [node.operand], [])
    else:
        assert isinstance(node, ast.Constant) and isinstance(node.value, int | float)
        node.value = node.value + 1 if node.value in (0, 1) else node.value * 2
    return ast.unparse(ast.fix_missing_locations(tree))


def run(m: Mutant, scratch: Path) -> bool:
    """True when the tests catch the mutant (fail or time out)."""
    path = scratch / m.path
    original = (ROOT / m.path).read_text(encoding="utf-8")
    path.write_text(mutate(original, m.index), encoding="utf-8")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS],
            cwd=scratch,
            capture_output=True,
            timeout=300,
        )
        return result.returncode != 0
    except subprocess.TimeoutExpired:
        return True
    finally:
        path.write_text(original, encoding="utf-8")


def _ignored(folder: str, names: list[str]) -> set[str]:
    skip = {".venv", ".git", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    if Path(folder) == ROOT:
        skip |= {"saves"}  # the player's saves stay here
    return skip & set(names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=40, help="mutants to try (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    every = mutants()
    chosen = every if args.sample <= 0 else random.Random(args.seed).sample(every, args.sample)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "frontdesk"
        shutil.copytree(ROOT, scratch, ignore=_ignored)
        clean = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS],
            cwd=scratch,
            capture_output=True,
        )
        if clean.returncode != 0:
            print("the tests fail without any mutant: fix them first", file=sys.stderr)
            return 2
        killed, survived = 0, []
        for n, m in enumerate(chosen, 1):
            if run(m, scratch):
                killed += 1
            else:
                survived.append(m)
            print(f"  {n}/{len(chosen)}: {killed} killed", end="\r", flush=True)
    share = killed / len(chosen) if chosen else 1.0
    print(f"mutants: {len(every)} in {', '.join(TARGETS)}; tried {len(chosen)} (seed {args.seed})")
    for m in survived:
        print(f"  survived: {m.path}:{m.line} ({m.kind})")
    print(f"killed {killed} of {len(chosen)}: {share:.0%}  (goal {GOAL:.0%})")
    return 0 if share >= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
