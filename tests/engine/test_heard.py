"""The customer answers what was said: every named mistake is heard, in their style and heat,
and the last words agree with what they will remember (model.md §6)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.engine.acts import ACTS
from game.engine.echoes import GOOD_ECHOES, MISTAKE_ECHOES
from game.engine.facets import STYLES
from game.engine.heard import heard
from game.engine.meters import initial_state
from game.engine.said import Typed
from game.engine.session import COLD_BELOW, WARM_FROM, Session
from game.engine.story import Condition, Ending, Story, Variant
from game.engine.text import t
from tests.kit import customer, play
from tests.storykit import tiny_story

MISTAKES = [a for a in ACTS.values() if not a.good]


@pytest.mark.parametrize("act", [a.name for a in MISTAKES])
def test_every_named_mistake_is_answered_in_every_style_and_both_languages(act: str) -> None:
    lines = set()
    for style in STYLES:
        for hot in (0, 1):
            echo = MISTAKE_ECHOES[act][style][hot]
            assert echo.en.strip() and echo.zh.strip()
            lines.add(echo.en)
    assert len(lines) == 8, "each style and heat says it its own way"


def test_the_answer_follows_the_mistake_and_the_heat() -> None:
    c = customer(style="demanding", anger=2)
    m = initial_state(c).meters
    cool = heard(c, ("deny",), m, play(c, "deny").last, frozenset())
    assert cool == MISTAKE_ECHOES["deny"]["demanding"][0]
    furious = replace(m, emotion=90.0)
    assert heard(c, ("deny",), m, furious, frozenset()) == MISTAKE_ECHOES["deny"]["demanding"][1]
    assert (
        heard(c, ("suppress",), m, furious, frozenset()) != MISTAKE_ECHOES["deny"]["demanding"][1]
    )


def test_a_good_move_is_heard_too() -> None:
    c = customer(style="steady", anger=5)
    before = initial_state(c).meters
    after = play(c, "voice_unspoken_pain").last
    assert heard(c, ("voice_unspoken_pain",), before, after, frozenset()) in {
        GOOD_ECHOES["rung"]["steady"][0],
        GOOD_ECHOES["rung"]["steady"][1],
    }


def test_the_next_line_starts_with_the_answer_to_the_mistake() -> None:
    s = Session(tiny_story(anger=(2, 2)), 4)
    s.choose("deny")
    view = s.current
    assert view is not None and view.heard is not None
    assert view.line.en.startswith(view.heard.en) and view.line.zh.startswith(view.heard.zh)
    assert view.line.en.endswith("So?")


def test_a_line_about_what_was_said_asks_for_it() -> None:
    """A customer never answers words nobody spoke: `said` and `promised` conditions."""
    story = tiny_story(anger=(2, 2))
    fix = story.beats[1]
    promised = Variant(Condition(promised=("act_now",)), t("Now, you said.", "你说马上。"))
    said_deny = Variant(Condition(said=("deny",)), t("Not that bad?", "没那么严重?"))
    story = replace(story, beats=(story.beats[0], replace(fix, variants=(promised, said_deny))))
    s = Session(story, 4)
    s.choose("deny")
    assert s.current is not None and s.current.line.en.endswith("Not that bad?")
    s2 = Session(story, 4)
    s2.choose("calm")
    assert s2.current is not None and s2.current.line.en.endswith("So?")


def _ending_story(resolved_line: str) -> Story:
    story = tiny_story(anger=(2, 2))
    endings = (
        Ending("done", "resolved", t(resolved_line, resolved_line)),
        Ending("meh", "unresolved", t("Whatever.", "随便吧。")),
        *story.endings[1:],
    )
    return replace(story, endings=endings)


def test_words_agree_with_memory_a_bad_memory_does_not_end_warm() -> None:
    story = _ending_story("Wonderful, thank you!")
    scores = []
    for seed in range(40):
        for path in (("deny", "thank"), ("calm", "fix"), ("stall", "deny", "thank")):
            s = Session(story, seed)
            for reply in path:
                if s.current is not None:
                    s.choose(reply)
            r = s.result
            if r is None:
                continue
            scores.append(r.score)
            if r.kind == "resolved":
                assert r.score >= WARM_FROM
            if r.kind == "unresolved":
                assert r.score < COLD_BELOW
    assert min(scores) < WARM_FROM <= max(scores), "both memories were met"


def test_a_line_written_for_what_was_said_replaces_the_generic_answer() -> None:
    story = tiny_story(anger=(2, 2))
    fix = story.beats[1]
    own = Variant(Condition(said=("deny",)), t("Not that bad? It is.", "没那么严重？就是很严重。"))
    story = replace(story, beats=(story.beats[0], replace(fix, variants=(own,))))
    s = Session(story, 4)
    s.choose("deny")
    view = s.current
    assert view is not None and view.line == own.line and view.heard == own.line


def test_a_named_mistake_is_still_answered_before_a_line_written_for_the_rest() -> None:
    """001: a named mistake is always answered. A typed "Calm down, I'll do it now" meets the
    author's line for doing it now, but hears the mistake first; a variant that answers the
    mistake itself stays the whole answer."""
    base = tiny_story(anger=(2, 2))
    fix = base.beats[1]
    now = Variant(Condition(said=("act_now",)), t("Now? Good.", "马上？好。"))
    calm = Variant(Condition(said=("suppress",)), t("Calm? I am calm.", "冷静？我很冷静。"))
    cases: list[tuple[Variant, tuple[str, ...], bool]] = [
        (now, ("suppress", "act_now"), False),
        (now, ("act_now",), True),
        (calm, ("suppress", "act_now"), True),
    ]
    for own, acts, whole in cases:
        story = replace(base, beats=(base.beats[0], replace(fix, variants=(own,))))
        s = Session(story, 4)
        s.type_reply(Typed("Calm down, I'll do it now.", acts, "calm", "test"))
        view = s.current
        assert view is not None
        if whole:
            assert view.line == own.line
        else:
            echo = MISTAKE_ECHOES["suppress"][s.customer.style][0]
            assert view.heard == echo and view.line.en == f"{echo.en} {now.line.en}"
            assert view.line.zh == echo.zh + now.line.zh


def test_an_ending_written_for_the_memory_keeps_its_words() -> None:
    """A `remembered` variant is the author's own agreement with the memory: no fallback."""
    from game.engine.session import remembered

    story = _ending_story("Wonderful, thank you!")
    done = story.endings[0]
    badly = Variant(Condition(remembered=("badly",)), t("Done. Not great.", "办完了。不怎么样。"))
    story = replace(story, endings=(replace(done, variants=(badly,)), *story.endings[1:]))
    for seed in range(40):
        s = Session(story, seed)
        s.choose("deny")
        if s.current is not None:
            s.choose("thank")
        r = s.result
        if r is not None and r.ending_id == "done" and remembered(r.score) == "badly":
            assert r.line.en.endswith("Done. Not great.")
            return
    raise AssertionError("no run remembered the episode badly")
