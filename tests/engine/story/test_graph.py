"""The graph check is linear: a 20,000-beat chain validates, its faults are found exactly, and
the steps taken grow with the beats, not with their square."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from game.engine import storyfile
from game.engine.storyfile import StoryError, parse_story
from game.engine.storygraph import check_graph
from game.engine.storyreach import check_reach
from tests.storykit import TOML_ENDINGS, toml_head

HEAD = toml_head("long", ("Long", "长"), ("Be patient.", "要耐心。"), start="b0")
ENDINGS = TOML_ENDINGS
BEAT_LINES = 9  # lines per beat below


def chain(n: int, nexts: Callable[[int], str] | None = None, reverse: bool = False) -> bytes:
    """Beats b0 -> b1 -> ... -> b(n-1) -> done, in file order or the reverse."""
    to = nexts or (lambda i: f"b{i + 1}" if i < n - 1 else "done")
    beats = [
        f'\n[[beat]]\nid = "b{i}"\nline = {{ en = "L{i}", zh = "L{i}" }}\n[[beat.reply]]\n'
        f'id = "r"\ntext = {{ en = "T", zh = "T" }}\nacts = ["listen"]\nnext = "{to(i)}"\n'
        for i in range(n)
    ]
    return (HEAD + "".join(reversed(beats) if reverse else beats) + ENDINGS).encode()


def id_line(i: int) -> int:
    """The line of `id = "b<i>"` in chain(n), in file order."""
    return HEAD.count("\n") + 3 + i * BEAT_LINES


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Lines of Python run by each graph check parse_story makes (check_graph, check_reach
    and all they call): steps that do not depend on the machine, unlike wall time."""
    counts: list[int] = []

    def counted(check: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            count = 0

            def tracer(frame: FrameType, event: str, arg: Any) -> Any:
                nonlocal count
                count += event == "line"
                return tracer

            sys.settrace(tracer)
            try:
                return check(*args)
            finally:
                sys.settrace(None)
                counts.append(count)

        return run

    monkeypatch.setattr(storyfile, "check_graph", counted(check_graph))
    monkeypatch.setattr(storyfile, "check_reach", counted(check_reach))
    return counts


PER_BEAT = 100  # lines of the checks per beat of a chain (about 70 now)


def test_a_20000_beat_chain_validates_in_steps_in_proportion_to_its_beats(
    steps: list[int],
) -> None:
    """Was 5.0 s at 5,000 beats (0.6 s in reverse) and 140 s at 20,000: quadratic. Four times
    the beats take about four times the steps; a quadratic check would take sixteen times."""
    parse_story(chain(5_000), "long.toml")
    small = sum(steps)
    for reverse in (False, True):
        steps.clear()
        story = parse_story(chain(20_000, reverse=reverse), "long.toml")
        assert len(story.beats) == 20_000 and story.start == "b0"
        assert len(steps) == 2  # the graph, then who can reach the resolved ending
        assert sum(steps) <= PER_BEAT * 20_000
        if not reverse:
            assert sum(steps) <= 4.2 * small


def test_a_loop_in_a_20000_beat_chain_is_found_beat_by_beat(steps: list[int]) -> None:
    """b12345 answers back to itself: the beats up to it have no way to an ending, and the
    beats after it cannot be reached."""
    n, cut = 20_000, 12_345
    data = chain(n, lambda i: f"b{i}" if i == cut else f"b{i + 1}" if i < n - 1 else "done")
    lines = data.decode().split("\n")
    assert lines[id_line(cut) - 1] == f'id = "b{cut}"'
    with pytest.raises(StoryError) as caught:
        parse_story(data, "long.toml")
    found = [(p.line, p.message) for p in caught.value.problems]
    assert found == [
        (id_line(i), f"beat 'b{i}' has no way to any ending")
        if i <= cut
        else (id_line(i), f"beat 'b{i}' cannot be reached from start 'b0'")
        for i in range(n)
    ]
    assert len(steps) == 1 and steps[0] <= PER_BEAT * n  # no reach check on a broken graph


def test_a_beat_that_could_not_be_read_does_not_shift_the_lines_of_the_next() -> None:
    """A beat with no line is left out; the beats after it keep their own lines."""
    data = chain(3).replace(b'line = { en = "L1", zh = "L1" }\n', b"")
    lines = data.decode().split("\n")
    with pytest.raises(StoryError) as caught:
        parse_story(data, "long.toml")
    found = [(p.line, p.message) for p in caught.value.problems]
    assert (lines.index('id = "b1"'), "line of beat 'b1' is missing") in found  # its [[beat]]
    assert (lines.index('id = "b2"') + 1, "beat 'b2' cannot be reached from start 'b0'") in found
