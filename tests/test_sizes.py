"""No module in game/ is over 400 lines (issue #17): a file that grows past it is split by role
(as rules/ and the story loader were), so each stays small enough to read whole."""

from __future__ import annotations

from tests.paths import ROOT

MOST = 400


def test_no_module_in_game_is_over_400_lines() -> None:
    sizes = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
        for p in sorted((ROOT / "game").rglob("*.py"))
    }
    assert len(sizes) > 100, "the scan found the modules"
    over = {name: n for name, n in sizes.items() if n > MOST}
    assert over == {}, f"split these by role: {over}"
