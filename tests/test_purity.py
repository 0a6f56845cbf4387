"""The pure layers stay pure (house style, Harlequin's check): the engine imports the standard
library and itself only; game/lessons adds the engine. Neither ever loads textual or rich."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

GAME = Path(__file__).resolve().parents[1] / "game"
# each pure package and the game packages it may import
PURE = {"engine": ("game.engine",), "lessons": ("game.engine", "game.lessons")}


def modules_of(package: str) -> list[str]:
    root = GAME / package
    return sorted(
        "game." + ".".join(p.relative_to(GAME).with_suffix("").parts)
        for p in root.rglob("*.py")
        if p.stem != "__init__"
    )


@pytest.mark.parametrize("package", sorted(PURE))
def test_a_pure_package_loads_no_textual_or_rich_in_a_fresh_interpreter(package: str) -> None:
    modules = modules_of(package)
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert len(modules) >= 5


def imports_of(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("package", sorted(PURE))
def test_a_pure_package_imports_only_stdlib_and_the_layers_below(package: str) -> None:
    stdlib = set(sys.stdlib_module_names)
    for path in (GAME / package).rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            ok = top in stdlib or any(name == p or name.startswith(p + ".") for p in PURE[package])
            assert ok, f"{path.relative_to(GAME)} imports {name}"


def test_the_check_catches_an_engine_module_reaching_up_into_the_tui(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from game.tui.i18n import tr\n", encoding="utf-8")
    assert imports_of(bad) == ["game.tui.i18n"]
    assert not any("game.tui.i18n".startswith(p) for p in PURE["engine"])
