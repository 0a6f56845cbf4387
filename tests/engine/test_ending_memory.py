"""An ending's words reconcile the path with the memory (model.md §6, stories/README.md).

A path that reaches the resolved ending but leaves a bad memory (a mistake early, good replies
after: peak-end keeps the worst moment) ends with the resolved ending's own `badly` variant:
thanks for how it ended, and the pain they will remember. It is not swapped for the story's
unresolved ending, whose cold words would contradict the warm last beat. The other way round,
an unresolved ending remembered well says its `well` variant: not solved, but treated well.
Every shipped story writes both, first among the ending's variants (the first that holds wins).
"""

from __future__ import annotations

from functools import cache

import pytest

from game.catalog import load_pack
from game.engine.session import Session, remembered
from game.engine.story import Condition, Ending, Story

BADLY, WELL = Condition(remembered=("badly",)), Condition(remembered=("well",))

# story, seed, the replies in order, the ending the last reply leads to, the memory
PATHS = [
    # talking down about the signs at the start, every reply after it a good one
    (
        "too-young",
        0,
        ("sign", "second-chance", "jets-pass", "carrying", "improve", "sorry-again"),
        "resolved",
        "badly",
    ),
    # "that's probably nothing" to a frightened caller, then the textbook
    (
        "midnight-text",
        1,
        (
            "probably-nothing",
            "exact",
            "check-log",
            "wrong-number",
            "sorry-why",
            "options-rec",
            "daytime-text",
        ),
        "resolved",
        "badly",
    ),
    # "one moment, I just need to finish this entry" after twenty minutes in the queue
    (
        "twenty-minutes",
        0,
        ("one-moment", "fair", "restate", "both", "options", "others-too", "thanks"),
        "resolved",
        "badly",
    ),
    # treated well all along, then rushed off: still unconvinced about the five thousand
    (
        "24-hour-wait",
        64,
        (
            "unspoken",
            "mine-now",
            "in-your-time",
            "should-have",
            "exact-steps",
            "phone-orders",
            "anything-else",
        ),
        "unconvinced",
        "well",
    ),
    # a good visit whose goodbye finds trust low: no shuttle, but kindly treated
    (
        "too-young",
        288,
        ("feel", "interpret", "crouch", "show", "name-card", "improve", "anything-more"),
        "unhappy",
        "well",
    ),
]


@cache
def pack() -> dict[str, Story]:
    return {s.id: s for s in load_pack()}


def _ending(story: Story, ending_id: str) -> Ending:
    ending = story.ending(ending_id)
    assert ending is not None
    return ending


@pytest.mark.parametrize(
    ("story_id", "seed", "replies", "reached", "memory"),
    PATHS,
    ids=[f"{p[0]}-{p[3]}-{p[4]}" for p in PATHS],
)
def test_the_path_keeps_its_ending_and_says_the_words_for_the_memory(
    story_id: str, seed: int, replies: tuple[str, ...], reached: str, memory: str
) -> None:
    story = pack()[story_id]
    s = Session(story, seed)
    for reply in replies:
        s.choose(reply)
    r = s.result
    assert r is not None and s.turns[-1].next == reached, "the path reaches this ending"
    assert remembered(r.score) == memory, f"score {r.score}"
    ending = _ending(story, reached)
    assert r.ending_id == reached and r.kind == ending.kind
    own = ending.variants[0]
    assert own.when.remembered == (memory,)
    assert r.line.en.endswith(own.line.en) and r.line.zh.endswith(own.line.zh)
    other = "unresolved" if ending.kind == "resolved" else "resolved"
    for e in story.endings:
        if e.kind == other:
            assert e.line.en not in r.line.en and e.line.zh not in r.line.zh


def test_too_young_ends_warm_beat_then_thanks_and_the_memory() -> None:
    """The case that was played: a warm goodbye beat, then not 'Forty minutes for nothing'."""
    story = pack()["too-young"]
    s = Session(story, 0)
    for reply in PATHS[0][2]:
        s.choose(reply)
    r = s.result
    assert r is not None
    assert "Forty minutes for nothing" not in r.line.en and "白排了40分钟" not in r.line.zh
    assert "Thank you" in r.line.en and "谢谢" in r.line.zh
    assert "remember" in r.line.en and "记住" in r.line.zh


@pytest.mark.parametrize("story_id", sorted(pack()))
def test_every_resolved_ending_has_badly_first_and_every_unresolved_well_first(
    story_id: str,
) -> None:
    story = pack()[story_id]
    checked = 0
    for e in story.endings:
        if e.kind not in ("resolved", "unresolved"):
            continue
        want = BADLY if e.kind == "resolved" else WELL
        assert e.variants, f"{e.id}: no variant"
        first = e.variants[0]
        assert first.when == want, f"{e.id}: first variant is {first.when}"
        for lang in story.languages:
            words = first.line.get(lang).strip()
            assert words and words != e.line.get(lang).strip(), f"{e.id} ({lang})"
        checked += 1
    assert checked >= 2, "a resolved ending and an unresolved one at least"


def test_the_pack_is_the_twelve_shipped_stories() -> None:
    assert len(pack()) >= 12
