"""Where the tests find the project: one home for the paths every test folder needs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the checkout
FIXTURES = ROOT / "tests" / "fixtures"
STORIES = ROOT / "stories"
BENCH = ROOT / "bench"
