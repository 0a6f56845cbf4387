"""validate: a resolved ending that no customer the [customer] template allows can reach."""

from __future__ import annotations

from typing import Any

import pytest

from game.engine import storyreach
from game.engine.storyfile import StoryError, parse_story
from tests.storykit import EXITS, RESOLVED, UNRESOLVED, toml_head

ENDINGS = RESOLVED + UNRESOLVED + EXITS


def beat(bid: str, when: str, target: str, nxt: str, acts: str = '["propose_solution"]') -> str:
    """A beat with one reply: `next` is `nxt`, and a branch on `when` goes to `target`."""
    return f"""
[[beat]]
id = "{bid}"
line = {{ en = "Broken.", zh = "坏了。" }}

[[beat.reply]]
id = "fix"
text = {{ en = "I'll fix it.", zh = "我来修。" }}
acts = {acts}
next = "{nxt}"
[[beat.reply.branch]]
when = {when}
next = "{target}"
"""


def story(customer: str, *beats: str, endings: str = ENDINGS) -> bytes:
    head = toml_head("tiny", ("Tiny", "小"))
    return f"""{head}
[customer]
{customer}
{"".join(beats)}{endings}""".encode()


def problems(data: bytes) -> list[tuple[int, str]]:
    with pytest.raises(StoryError) as caught:
        parse_story(data, "tiny.toml")
    return [(p.line, p.message) for p in caught.value.problems]


def line_of(data: bytes, text: str, after: int = 0) -> int:
    lines = data.decode().split("\n")
    return next(i for i, s in enumerate(lines, start=1) if i > after and s.startswith(text))


# (a template no customer of meets `when`, one that allows someone who does, when, the reason)
DEAD = [
    ("anger = [0, 1]", "anger = [0, 6]", "{ anger = [5, 6] }", "allows anger = [0, 1])"),
    ("max_traits = 0", "max_traits = 1", '{ trait = ["proud"] }', "that trait"),
    ('traits = ["shy"]', 'traits = ["shy", "proud"]', '{ trait = ["proud"] }', "with max_traits"),
    ("anger = [0, 1]", "anger = [1, 2]", '{ state = ["angry"] }', 'state is always "none"'),
    ('styles = ["steady"]', "", '{ style = ["demanding"] }', 'allows styles = ["steady"]'),
    ('causes = ["tired"]', 'causes = ["hurt"]', '{ cause = ["hurt"] }', 'causes = ["tired"]'),
    (
        "[customer.needs]\nsolve = [0.5, 1.0]",
        "[customer.needs]\npleasure = [0.5, 1.0]",
        '{ dominant = ["pleasure"] }',
        "that need never leads",
    ),
    # none is the state at anger 0-1 when it is listed, so these never meet
    (
        'states = ["none", "angry"]',
        'states = ["angry"]',
        '{ anger = [0, 1], state = ["angry"] }',
        "never hold together",
    ),
    # what changes during the episode may hold, so a dead template still shows in the mix
    (
        "anger = [0, 1]",
        "anger = [0, 6]",
        '{ anger = [6, 6], mood = ["furious"], trust = ["low"], patience = ["thin"] }',
        "that anger",
    ),
]


@pytest.mark.parametrize(("dead", "alive", "when", "why"), DEAD)
def test_a_resolved_ending_no_allowed_customer_can_reach_is_an_error(
    dead: str, alive: str, when: str, why: str
) -> None:
    data = story(dead, beat("hello", when, target="done", nxt="meh"))
    found = problems(data)
    assert len(found) == 2
    assert found[0][0] == line_of(data, "when = ")
    assert found[0][1].startswith("the branch to 'done' is never taken: ")
    assert why in found[0][1]
    assert found[1] == (
        line_of(data, 'id = "done"'),
        "no customer that [customer] allows can reach a resolved ending ('done'): "
        "a condition on every way there never holds for them",
    )
    parse_story(story(alive, beat("hello", when, target="done", nxt="meh")), "tiny.toml")


def test_said_is_the_acts_of_the_reply_the_branch_is_on() -> None:
    when = '{ said = ["apologize"] }'
    found = problems(story("", beat("hello", when, "done", "meh")))
    assert "reply 'fix' says none of it (its acts: [\"propose_solution\"])" in found[0][1]
    parse_story(story("", beat("hello", when, "done", "meh", acts='["apologize"]')), "tiny.toml")


def test_who_gets_to_a_beat_follows_the_path() -> None:
    """Only demanding customers reach `second`; its branch asks for a steady one."""
    first = beat("hello", '{ style = ["demanding"] }', target="second", nxt="meh")
    second = beat("second", '{ style = ["steady"] }', target="done", nxt="meh")
    data = story("", first, second)
    found = problems(data)
    assert [line for line, _ in found] == [
        line_of(data, "when = ", after=line_of(data, 'id = "second"')),
        line_of(data, 'id = "done"'),
    ]
    assert "no customer who gets here has that style" in found[0][1]
    parse_story(story('styles = ["steady"]', second.replace('"second"', '"hello"')), "tiny.toml")


def test_a_branch_that_always_holds_cuts_off_the_replys_next() -> None:
    data = story('styles = ["steady"]', beat("hello", '{ style = ["steady"] }', "meh", "done"))
    found = problems(data)
    assert found[0] == (
        line_of(data, 'next = "done"'),
        "reply 'fix' never goes on to 'done': for every customer who gets here one of its "
        "branches holds first",
    )
    parse_story(story("", beat("hello", '{ style = ["steady"] }', "meh", "done")), "tiny.toml")


def test_a_story_needs_a_resolved_ending() -> None:
    endings = ENDINGS.replace('kind = "resolved"', 'kind = "unresolved"')
    data = story("", beat("hello", '{ mood = ["calm"] }', "done", "meh"), endings=endings)
    assert problems(data) == [
        (
            line_of(data, "[[ending]]"),
            "a story needs a resolved ending: a way to settle the complaint",
        )
    ]


def test_when_facets_are_dropped_for_size_the_check_stays_sound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No room for classes: the style is let go (any style is taken to be possible), so the
    dead end that needs two styles told apart is no longer seen, but nothing false is; `said`,
    which needs no classes, is still checked."""
    first = beat("hello", '{ style = ["demanding"] }', target="second", nxt="meh")
    second = beat("second", '{ style = ["steady"] }', target="done", nxt="meh")
    styles = story("", first, second)
    said = story("", beat("hello", '{ said = ["apologize"] }', "done", "meh"))
    assert problems(styles) and problems(said)
    monkeypatch.setattr(storyreach, "MEMORY_WORDS", 0)
    parse_story(styles, "tiny.toml")
    assert problems(said)


def test_work_past_the_budget_drops_facets_and_still_finishes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A story whose conditions tell many customers apart, over beats that loop back: with no
    room to spread, facets are dropped one by one down to a single class, and it passes."""
    n = 300
    styles = ["demanding", "influential", "steady", "compliant"]
    causes = ["tired", "frustrated", "confused", "hurt", "venting"]
    beats = [
        beat(
            "hello" if i == 0 else f"b{i}",
            f'{{ style = ["{styles[i % 4]}"], anger = [{i % 7}, 6], cause = ["{causes[i % 5]}"] }}',
            target=f"b{(i * 37 + 11) % n or 1}",
            nxt=f"b{i + 1}" if i < n - 1 else "done",
        )
        for i in range(n)
    ]
    data = story("", *beats)
    tried: list[list[int]] = []
    real = storyreach.Classes

    def spy(*args: Any) -> storyreach.Classes:
        classes = real(*args)
        tried.append(classes.sizes)
        return classes

    monkeypatch.setattr(storyreach, "Classes", spy)
    parse_story(data, "tiny.toml")
    assert tried == [[4, 1, 7, 6]]  # 4 styles, 7 angers, 5 causes and the rest
    tried.clear()
    monkeypatch.setattr(storyreach, "WORK", 1)
    parse_story(data, "tiny.toml")
    assert tried == [[4, 1, 7, 6], [4, 1, 1, 6], [4, 1, 1, 1], [1, 1, 1, 1]]
