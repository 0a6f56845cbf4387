"""The debrief's pure parts: tips chosen from what went wrong, the timeline chart, the wording."""

from __future__ import annotations

from functools import partial

from game.engine.meters import Meters
from game.engine.session import Result, Session, Turn
from game.engine.text import Text, t
from game.engine.turn import Firing
from game.lessons.changes import changes
from game.lessons.tips import Tip, rule_costs, tips
from game.tui.chart import timeline
from game.tui.debrief_text import signed, stars, tip_text, turn_rows
from tests.tui.kit import SEED, fixture_story

CALM = Meters(20.0, 50.0, 80.0, (("solve", 0.0),), (("solve", 1.0),))


def turn(
    index: int,
    moment: float,
    acts: tuple[str, ...] = ("apologize",),
    fired: tuple[Firing, ...] = (),
) -> Turn:
    return Turn(
        index=index,
        beat_id=f"b{index}",
        line=t("Line", "台词"),
        cues=(),
        reply_id=f"r{index}",
        reply_text=t(f"Reply {index}", f"回答 {index}"),
        acts=acts,
        before=CALM,
        after=CALM,
        moment=moment,
        served=(),
        fired=fired,
        next="x",
    )


def result(moments: tuple[float, ...], peak: int, ended: str | None = None) -> Result:
    kind = ended or "resolved"
    return Result(50.0, 50.0, moments, peak, "end", kind, t("Bye", "再见"), ended)


def hurt(rule: str, emotion: float = 0.0, trust: float = 0.0) -> Firing:
    return Firing(rule, (("emotion", emotion), ("trust", trust)), ())


def test_the_costliest_rule_comes_first_counting_emotion_added_and_trust_taken() -> None:
    turns = (
        turn(
            0, -30, fired=(hurt("wrong-attitudes", emotion=8, trust=-4), hurt("emotion-first", -10))
        ),
        turn(1, -10, fired=(hurt("style-matching", emotion=3, trust=-2),)),
    )
    assert rule_costs(turns)["wrong-attitudes"] == 12
    assert rule_costs(turns)["emotion-first"] == -10
    assert tips(turns, result((-30, -10), 0))[0] == Tip("rule", rule="wrong-attitudes")


def test_the_worst_turn_with_a_named_mistake_is_pointed_at_with_its_mistake_acts() -> None:
    turns = (
        turn(0, -5, acts=("stall",)),
        turn(1, -40, acts=("deny", "apologize", "lecture")),
        turn(2, 20),
    )
    found = tips(turns, result((-5, -40, 20), 1))
    assert Tip("mistake", turn=1, acts=("deny", "lecture")) in found


def test_leaving_early_or_a_bad_end_gets_a_tip_and_there_are_never_more_than_three() -> None:
    bad = (hurt("wrong-attitudes", emotion=9),)
    turns = (turn(0, -20, ("deny",), bad), turn(1, -90, ("argue",), bad))
    left = tips(turns, result((-20, -90), 1, ended="walked_out"))
    assert [tip.kind for tip in left] == ["rule", "mistake", "left"]
    weak_end = tips((turn(0, 30), turn(1, -15)), result((30, -15), 0))
    assert [tip.kind for tip in weak_end] == ["end"]


def test_a_clean_episode_still_gets_advice_on_ending_high() -> None:
    found = tips((turn(0, 40), turn(1, 10)), result((40, 10), 0))
    assert [tip.kind for tip in found] == ["clean"]


def test_when_the_peak_is_the_end_the_tip_says_so_instead_of_asking_for_a_better_end() -> None:
    turns, res = (turn(0, 10), turn(1, 40)), result((10, 40), 1)
    found = tips(turns, res)
    assert [tip.kind for tip in found] == ["clean_end"]
    for lang in ("en", "zh"):
        words = tip_text(found[0], turns, res, partial(Text.get, lang=lang), lang)
        assert (
            ("best moment came last" in words) if lang == "en" else ("最好的一刻就在结尾" in words)
        )
        assert "make the last moment the best" not in words and "让最后一刻成为" not in words


def test_the_lesson_turn_leads_the_tips() -> None:
    turns = (turn(0, -30, acts=("deny",)), turn(1, 10))
    found = tips(turns, result((-30, 10), 0), lesson=0)
    assert found[0] == Tip("lesson", turn=0)


def test_tips_read_as_sentences_naming_rules_replies_and_act_meanings() -> None:
    turns = (turn(0, -40, acts=("deny",), fired=(hurt("wrong-attitudes", 8),)),)
    res = result((-40,), 0)

    def say(text: object) -> str:
        return text.en if hasattr(text, "en") else ""

    words = [tip_text(tip, turns, res, say, "en") for tip in tips(turns, res)]
    assert words[0].startswith("“Wrong attitudes feed emotion” (001) cost you the most")
    assert (
        "Turn 1 was the worst moment. “Reply 0” is a named mistake: denying their feeling"
        in (words[1])
    )


def test_the_chart_marks_peak_and_end_below_their_columns() -> None:
    chart = timeline([-20.0, -80.0, 30.0], peak=1, width=40, height=7, words=("peak", "end", "="))
    lines = chart.plain.splitlines()
    assert (
        lines[0].startswith("+100") and lines[3].startswith("   0┼") and lines[6].startswith("-100")
    )
    arrows, labels = lines[-2], lines[-1]
    assert arrows.count("▲") == 2
    assert labels.index("peak") == arrows.index("▲") and labels.rindex("end") == arrows.rindex("▲")
    below = [line[5:] for line in lines[4:7]]
    assert sum(row.count("█") for row in below) > 0  # the bad moments hang below the line


def test_the_chart_says_once_when_the_peak_is_the_end_and_keeps_chinese_in_its_width() -> None:
    chart = timeline(
        [10.0, 90.0], peak=1, width=30, height=5, words=("峰值", "结尾", "峰值 = 结尾")
    )
    from rich.cells import cell_len

    labels = chart.plain.splitlines()[-1]
    assert labels.strip() == "峰值 = 结尾" and cell_len(labels) <= 30


def test_numbers_in_the_debrief_are_signed_and_stars_follow_the_score() -> None:
    assert signed(8) == "+8" and signed(-4.4) == "−4" and signed(0.3) == "0"
    assert stars(0) == "☆☆☆☆☆" and stars(71) == "★★★★☆" and stars(100) == "★★★★★"


def test_a_real_turn_is_laid_out_with_its_acts_rules_and_meter_changes() -> None:
    s = Session(fixture_story(), SEED)
    assert s.current is not None
    s.choose(next(r.id for r in s.current.replies if r.id == "policy"))
    played = s.turns[0]
    rows = dict(
        (label, content.plain)
        for label, content in turn_rows(played, lambda x: s.say(x, "en"), "en")
    )
    assert rows["You said"] == "Online orders are handled by another team."
    assert "✗ mistake: Changes the subject away from the feeling." in rows["Acts"]
    assert "✗ mistake: Takes or shifts blame" in rows["Acts"]
    assert "divert" not in rows["Acts"] and "premature_blame" not in rows["Acts"]
    assert "changing the subject fed the emotion" in rows["What hurt"]
    assert "(Wrong attitudes feed emotion, 001)" in rows["What hurt"]
    moved = {c.key: c for c in changes(played)}
    assert moved["emotion"].value > 0 and not moved["emotion"].good
    assert "more upset" in rows["Change"] and "+" not in rows["Change"]
