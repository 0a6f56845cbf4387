"""Assertions for mutants that survived the suite (issue 14): each fails if its line is broken."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from game.engine.meters import Meters
from game.engine.scoring import peak_end
from game.report.collect import parse_record
from game.saves.format import SaveError, dump, parse_save
from game.tui.replay_text import side_text
from tests.kit import customer, play
from tests.savekit import saved


def test_the_report_counts_patience_bought_as_help() -> None:
    """The rule's note decides (lessons/skills.verdict): time bought is help even when the
    turn's drain outweighs it; a firing with no note (the drain alone) is neither."""
    obj = json.loads(dump(saved()))
    good = [{"topic": "time", "good": True, "text": {"en": "bought time", "zh": "换来耐心"}}]
    bad = [{"topic": "manner", "good": False, "text": {"en": "off", "zh": "不对"}}]
    obj["turns"][0]["rules"] = [
        {"rule": "patience-runs-out", "deltas": {"patience": -1.0}, "notes": good},
        {"rule": "style-matching", "deltas": {"patience": -5.0}, "notes": bad},
        {"rule": "traits", "deltas": {"patience": -5.0}, "notes": []},
    ]
    step = parse_record(json.dumps(obj).encode(), "x.json").steps[0]
    assert step.helped == ("patience-runs-out",) and step.hurt == ("style-matching",)


def test_the_first_moment_weighs_a_tenth() -> None:
    # peak 50 and end 50 weigh .45 each, the first moment (10) .1: 50 + (22.5 + 22.5 + 1) / 2
    assert peak_end([10.0, 50.0]) == pytest.approx(73.0)
    assert peak_end([30.0, 50.0]) - peak_end([10.0, 50.0]) == pytest.approx(0.1 * 20 / 2)


def test_options_with_a_recommendation_never_also_count_as_unguided() -> None:
    hesitant = customer(anger=2, traits=("hesitant",))
    fired = play(hesitant, "offer_options+propose_solution").outcomes[0].fired
    topics = {n.topic for f in fired if f.rule == "traits" for n in f.notes}
    assert "hesitant_recommended" in topics and "hesitant_unguided" not in topics


def test_a_save_from_another_program_is_refused() -> None:
    obj = json.loads(dump(saved()))
    obj["program"] = "elsewhere"
    with pytest.raises(SaveError, match="not a frontdesk save"):
        parse_save(json.dumps(obj).encode())


def test_the_replay_says_when_trust_changes_band() -> None:
    turn = saved().turns[0]
    before = replace(turn.before, trust=50.0)
    after: Meters = replace(turn.after, trust=70.0)
    text = side_text(replace(turn, before=before, after=after), "en").plain
    assert "Their trust in you: guarded → trusting." in text
    same = side_text(replace(turn, before=before, after=replace(after, trust=55.0)), "en").plain
    assert "Their trust in you" not in same


def test_textbook_prefers_the_manner_of_the_style_it_has_read() -> None:
    from game.engine.policies import _judge
    from game.engine.session import ReplyView
    from game.engine.text import t

    direct = ReplyView("direct", t("a", "a"), ("propose_solution", "be_direct"))
    calm = ReplyView("calm", t("b", "b"), ("propose_solution", "be_calm"))

    def worth(r: ReplyView, styles: tuple[str, ...]) -> float:
        return _judge(r, "calm", styles, None, "narrate", set())

    assert worth(direct, ("demanding",)) > worth(calm, ("demanding",))
    assert worth(calm, ("steady",)) > worth(direct, ("steady",))
    # read only half (fast pace: demanding or influential), the opposite manner still loses
    assert worth(direct, ("demanding", "influential")) > worth(calm, ("demanding", "influential"))
