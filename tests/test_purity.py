"""The pure layers stay pure (house style, Harlequin's check): every module of every pure package,
however deep, imports only the standard library and the game packages below it, and loading them
in a fresh interpreter loads nothing else: no textual, no rich, no UI, no saves. The import-linter
contracts in pyproject.toml say the same about packages; this test also holds for the standard
library line, which import-linter does not draw."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT

GAME = ROOT / "game"
BOTTOM = ("game.textsafe", "game.words")  # stdlib only, usable by every layer
# each pure package or module, and the game packages it may import (itself included)
PURE: dict[str, tuple[str, ...]] = {
    "game.engine": ("game.engine", *BOTTOM),
    "game.lessons": ("game.lessons", "game.engine", *BOTTOM),
    "game.reader": ("game.reader", "game.engine", *BOTTOM),
    "game.textsafe": BOTTOM,
    "game.workshop": ("game.workshop", "game.engine", *BOTTOM),  # seeds by engine.rng
    "game.typed_reply": ("game.typed_reply", "game.reader", "game.engine", *BOTTOM),
    "game.words": BOTTOM,
}


def files_of(target: str) -> list[Path]:
    """Every source file of a package, recursively, or the one file of a module."""
    path = ROOT.joinpath(*target.split("."))
    if path.is_dir():
        return sorted(path.rglob("*.py"))
    return [path.with_suffix(".py")]


def module_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def allowed(name: str, prefixes: tuple[str, ...]) -> bool:
    return name.split(".")[0] in sys.stdlib_module_names or any(
        name == p or name.startswith(p + ".") for p in prefixes
    )


def imports_of(path: Path) -> list[str]:
    """Every absolute import in the file, the ones inside functions and TYPE_CHECKING too."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: a relative import; the house style is absolute"
            assert node.module
            names.append(node.module)
    return names


def loaded_beyond(modules: list[str], prefixes: tuple[str, ...], path: Path = ROOT) -> list[str]:
    """The modules that importing `modules` in a fresh interpreter loads and that are neither
    standard library nor allowed by `prefixes` (nor the root `game`, a docstring; what site
    loaded before is left out)."""
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=path
    )
    return [m for m in out.stdout.split() if m != "game" and not allowed(m, prefixes)]


@pytest.mark.parametrize("target", sorted(PURE))
def test_a_pure_package_imports_only_stdlib_and_the_layers_below(target: str) -> None:
    files = files_of(target)
    assert files and all(f.is_file() for f in files)
    for path in files:
        for name in imports_of(path):
            assert allowed(name, PURE[target]), f"{path.relative_to(ROOT)} imports {name}"


@pytest.mark.parametrize("target", sorted(PURE))
def test_a_pure_package_loads_only_stdlib_and_the_layers_below(target: str) -> None:
    modules = [module_of(f) for f in files_of(target)]
    bad = loaded_beyond(modules, PURE[target])
    assert bad == [], f"importing {target} loads {', '.join(bad)}"
    assert not any(m.split(".")[0] in ("textual", "rich") for m in bad)


def test_the_packages_are_read_recursively() -> None:
    engine = {module_of(f) for f in files_of("game.engine")}
    assert "game.engine.rules" in engine and "game.engine" in engine
    assert [module_of(f) for f in files_of("game.textsafe")] == ["game.textsafe"]
    assert len(files_of("game.reader")) >= 5 and len(files_of("game.lessons")) >= 5


def test_the_checks_catch_a_module_reaching_up_or_out(tmp_path: Path) -> None:
    pkg = tmp_path / "pure"
    (pkg / "deep").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "deep" / "__init__.py").write_text("", encoding="utf-8")
    bad = pkg / "deep" / "bad.py"
    bad.write_text("def f() -> None:\n    from game.tui.i18n import tr\n", encoding="utf-8")
    assert imports_of(bad) == ["game.tui.i18n"]
    assert not allowed("game.tui.i18n", PURE["game.engine"])
    assert not allowed("game.textual_thing", PURE["game.engine"])
    bad.write_text("import rich.text\n", encoding="utf-8")
    loaded = loaded_beyond(["pure.deep.bad"], ("pure",), tmp_path)
    assert "rich" in loaded and "rich.text" in loaded
