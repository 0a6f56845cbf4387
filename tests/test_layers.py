"""The import-linter contracts (pyproject.toml, ARCHITECTURE.md) hold, and breaking one fails:
`./test` runs `lint-imports`, so an upward import or Rich below the UI stops the build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

LINT = Path(sys.executable).with_name("lint-imports")


def lint(where: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the `game` package found in `where`, with the project's contracts."""
    return subprocess.run(
        [str(LINT), str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=where,
    )


def test_the_contracts_hold() -> None:
    out = lint(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_test_runs_the_contracts_before_pytest() -> None:
    lines = (ROOT / "test").read_text(encoding="utf-8").splitlines()
    runs = [i for i, line in enumerate(lines) if "/bin/lint-imports" in line]
    tests = [i for i, line in enumerate(lines) if "/bin/pytest" in line]
    assert runs and tests and runs[0] < tests[0]
    assert "set -euo pipefail" in lines  # a broken contract stops ./test


def test_an_upward_import_and_rich_below_the_ui_break_the_contracts(tmp_path: Path) -> None:
    game = tmp_path / "game"
    shutil.copytree(ROOT / "game", game, ignore=shutil.ignore_patterns("__pycache__"))
    (game / "engine" / "zz_up.py").write_text("from game.saves import store\n", encoding="utf-8")
    (game / "saves" / "zz_rich.py").write_text("import rich.text\n", encoding="utf-8")
    out = lint(tmp_path)
    assert out.returncode != 0
    assert "game.engine is not allowed to import game.saves" in out.stdout
    assert "game.saves.zz_rich -> rich" in out.stdout
    assert "2 broken" in out.stdout
