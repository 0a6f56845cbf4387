"""Cues carry what a careful agent could read in person, and an iceberg hides it."""

from __future__ import annotations

from dataclasses import replace

from game.engine.cues import Cue, read_cues
from game.engine.meters import initial_state
from tests.kit import customer, play


def keys(c_cues: tuple[Cue, ...]) -> set[str]:
    return {c.key for c in c_cues}


def test_cues_show_mood_need_and_one_axis_of_style_never_numbers() -> None:
    c = customer(style="demanding", anger=5)
    cues = read_cues(c, initial_state(c).meters, "counter")
    assert {"pace.fast", "mood.furious", "need.solve"} <= keys(cues)
    for cue in cues:
        assert not any(ch.isdigit() for ch in cue.text.en + cue.text.zh)
        assert cue.text.en and cue.text.zh


def test_no_single_cue_fixes_a_buying_style_but_two_turns_do() -> None:
    """000: never type a customer by one sign. Each cue is shared by two styles (DISC axes);
    the pace of one turn and the focus of the next tell the four apart."""
    shown: dict[str, set[str]] = {}
    pairs = set()
    for style in ("demanding", "influential", "steady", "compliant"):
        c = customer(style=style)
        m = initial_state(c).meters
        first = {k for k in keys(read_cues(c, m, "counter", turn=0)) if "." in k}
        second = {k for k in keys(read_cues(c, m, "counter", turn=1)) if "." in k}
        for key in first | second:
            shown.setdefault(key, set()).add(style)
        pace = next(k for k in first if k.startswith("pace."))
        focus = next(k for k in second if k.startswith("focus."))
        pairs.add((pace, focus))
    assert all(len(styles) >= 2 for key, styles in shown.items() if key[:5] in ("pace.", "focus"))
    assert len(pairs) == 4


def test_on_the_phone_every_cue_and_look_can_be_heard() -> None:
    """001's four synchronizations: on a call only voice, breathing, pace and words come through."""
    from game.engine.people import LOOKS, look_of
    from game.engine.visual import looks_visual

    for name in LOOKS["phone"]:
        assert not looks_visual(look_of("phone", name))
    assert any(looks_visual(look_of("counter", name)) for name in LOOKS["counter"])
    for style in ("demanding", "influential", "steady", "compliant"):
        for anger in range(7):
            c = customer(style=style, anger=anger, comprehension="low")
            for m in (initial_state(c).meters, play(c, "deny", "suppress", "ignore").last):
                for turn in (0, 1):
                    for cue in read_cues(c, m, "phone", initial_state(c).meters, turn):
                        assert not looks_visual(cue.text), cue.text.en


def test_an_iceberg_shows_little_while_the_meters_fall() -> None:
    c = customer(style="demanding", anger=5, traits=("iceberg",))
    m = initial_state(c).meters
    cues = read_cues(c, m, "counter")
    assert keys(cues) == {"iceberg"}
    worse = play(c, "deny", "suppress").last
    assert worse.emotion > m.emotion
    assert not any(k.startswith("mood.") for k in keys(read_cues(c, worse, "counter")))


def test_a_conflict_avoider_looks_calmer_than_they_are() -> None:
    open_c = customer(anger=5, conflict="confronts")
    shy_c = replace(open_c, factors=customer(anger=5, conflict="avoids").factors)
    m = initial_state(open_c).meters
    assert "mood.furious" in keys(read_cues(open_c, m, "counter"))
    assert "mood.upset" in keys(read_cues(shy_c, m, "counter"))


def test_cues_show_how_the_last_reply_landed() -> None:
    c = customer(anger=4)
    start = initial_state(c).meters
    after = play(c, "deny").last
    assert "trend.harder" in keys(read_cues(c, after, "counter", start))
    calmer = play(c, "restate_facts+apologize").last
    assert "trend.softer" in keys(read_cues(c, calmer, "counter", start))


def test_phone_cues_are_heard_not_seen() -> None:
    c = customer(anger=5)
    text = " ".join(cue.text.en for cue in read_cues(c, initial_state(c).meters, "phone"))
    assert "counter" not in text and "Leaning" not in text
