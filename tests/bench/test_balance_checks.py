"""bench/balance.py catches a story a lazy learner can beat (issue #11's six points)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.paths import BENCH
from tests.storykit import tiny_story

BALANCE = BENCH / "balance.py"


def _balance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("balance", BALANCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["balance"] = module
    spec.loader.exec_module(module)
    return module


def test_a_story_with_one_right_answer_for_everyone_is_refused() -> None:
    """The tiny story has the same best reply for every customer: an answer key beats it, and
    the check says so, naming the lazy learners that got away with it."""
    b = _balance().balance(tiny_story(), 40, 1)
    problems = " ".join(b.problems)
    assert "answer_key > best − 15" in problems
    assert "textbook < 75" in problems or "soother" in problems or "longest" in problems
    assert b.echo_share == 1.0 and not b.visual and b.calm_exits == 0


def test_visual_cues_on_the_phone_are_counted() -> None:
    """A phone story whose customer could only be seen is flagged (point 6)."""
    from dataclasses import replace

    from game.engine.text import t

    story = tiny_story(channel="phone")
    hello = replace(story.beats[0], cue=t("She frowns and folds her arms.", "她皱着眉，抱着胳膊。"))
    b = _balance().balance(replace(story, beats=(hello, *story.beats[1:])), 20, 1)
    assert b.visual and any("visual cues" in p for p in b.problems)
