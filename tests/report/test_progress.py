"""The trainer's report over a class that played for weeks (issue #15): who improves, the
student x episode grid, the weakest skill and where to practise it, all in plain words."""

from __future__ import annotations

import json
import os
import re
import statistics
from pathlib import Path
from typing import Any

import pytest

from game.catalog import load_pack
from game.cli.main import main
from game.engine.acts import ACTS
from game.engine.rules import RULE_IDS
from game.engine.story import Story
from game.engine.worth import worth
from game.lessons.skills import SKILLS_BY_ID
from game.saves.format import parse_save
from tests.report.kit import PLAN, klass, write_save

EPISODES = ("twenty-minutes", "opening-hours", "the-500-yuan-bill")


@pytest.fixture(scope="module")
def pack() -> list[Story]:
    return list(load_pack())


@pytest.fixture(scope="module")
def stories(pack: list[Story]) -> list[Story]:
    by_id = {s.id: s for s in pack}
    return [by_id[e] for e in EPISODES]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, stories: list[Story]) -> Path:
    return klass(tmp_path_factory.mktemp("klass"), stories)


@pytest.fixture(scope="module")
def chinese(tmp_path_factory: pytest.TempPathFactory, stories: list[Story]) -> Path:
    return klass(tmp_path_factory.mktemp("banji"), stories, lang="zh")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def group(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, Any]:
    data = json.loads(run(capsys, str(folder), "--format", "json"))
    (g,) = data["workshops"]
    assert isinstance(g, dict)
    return g


def students(g: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["player"]: s for s in g["progress"]["students"]}


def test_the_student_who_learns_is_improving_and_the_one_who_slips_is_not(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    who = students(group(capsys, folder))
    assert set(who) == set(PLAN)
    ann, bob, cy = who["Ann"], who["Bob"], who["Cy"]
    assert ann["latest"] > ann["first"] and ann["trend"] == "up"
    assert bob["latest"] < bob["first"] and bob["trend"] == "down"
    assert cy["trend"] == "steady"
    # in time order, though the files were written newest first
    for e in ann["episodes"]:
        assert e["scores"][0] == e["first"] < e["scores"][-1] == e["latest"]
        assert e["trend"] == "up"
    table = run(capsys, str(folder))
    trends = {
        ln.split()[0]: ln
        for ln in table.splitlines()
        if ln.split() and ln.split()[0] in PLAN and any(a in ln for a in "↑↓→")
    }
    assert "↑ improving" in trends["Ann"] and "↓ slipping" in trends["Bob"]
    assert "→ steady" in trends["Cy"]


def test_the_grid_holds_latest_and_best_with_the_class_median(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = group(capsys, folder)
    who = students(g)
    medians = {m["episode"]: m for m in g["progress"]["class_median"]}
    for e in EPISODES:
        cells = {p: next(c for c in s["episodes"] if c["episode"] == e) for p, s in who.items()}
        bob = cells["Bob"]
        assert bob["latest"] == bob["scores"][-1] and bob["best"] == max(bob["scores"])
        assert bob["best"] > bob["latest"]  # he slipped: his best was earlier
        latest = [c["latest"] for c in cells.values()]
        assert medians[e]["latest"] == round(statistics.median(latest), 2)
    md = run(capsys, str(folder), "--format", "md")
    grid = md[md.index("Scores by episode") :]
    row = next(ln for ln in grid.splitlines() if ln.startswith("| Bob |"))
    bob = next(c for c in who["Bob"]["episodes"] if c["episode"] == g["episodes"][0]["episode"])
    assert f"{bob['latest']:.0f} / {bob['best']:.0f} ▼" in row
    assert "| Class median |" in grid


def test_the_class_over_time_is_a_median_per_week_and_per_attempt(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = group(capsys, folder)["progress"]
    assert [w["week"] for w in p["weeks"]] == ["2026-11-02", "2026-11-09", "2026-11-16"]
    assert all(w["students"] == 3 and w["sessions"] == 9 for w in p["weeks"])
    assert [a["attempt"] for a in p["attempts"]] == [1, 2, 3] and p["untimed"] == 0


def test_each_student_gets_a_weakest_skill_and_an_episode_to_practise_it(
    folder: Path, pack: list[Story], capsys: pytest.CaptureFixture[str]
) -> None:
    who = students(group(capsys, folder))
    ids = {s.id for s in pack}
    for s in who.values():
        assert s["weakest_skill"]["skill"] in SKILLS_BY_ID
        assert s["practise"]["episode"] in ids
    html = run(capsys, str(folder), "--format", "html")
    bob = who["Bob"]
    assert SKILLS_BY_ID[bob["weakest_skill"]["skill"]].name.en.replace("'", "&#x27;") in html
    assert bob["practise"]["customer"]["en"] in html


def test_helped_and_hurt_never_share_a_rule_and_time_passing_is_not_a_finding(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = group(capsys, folder)
    for e in g["episodes"]:
        helped = {r["rule"] for r in e["rules_helped"]}
        hurt = {r["rule"] for r in e["rules_hurt"]}
        assert helped and hurt and not helped & hurt
        # patience wearing thin is no finding; a customer who ran out of it and left is (some
        # early exits are the story's own endings, not the rule's)
        out = [r["count"] for r in e["rules_hurt"] if r["rule"] == "patience-runs-out"]
        assert out == [] or 0 < out[0] <= e["early_exits"]
    careful = tmp_path / "cy"
    careful.mkdir()
    for path in sorted(folder.glob("Cy_*.json")):
        (careful / path.name).write_bytes(path.read_bytes())
    for e in group(capsys, careful)["episodes"]:
        assert e["early_exits"] == 0
        assert "patience-runs-out" not in {r["rule"] for r in e["rules_hurt"]}
    # though patience drains on every turn of every save, and that costs the customer
    for path in sorted(folder.glob("*.json")):
        save = parse_save(path.read_bytes())
        for turn in save.turns:
            drain = [f for f in turn.fired if f.rule == "patience-runs-out"]
            assert drain and sum(worth(f.deltas) for f in drain) < 0


SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_a_chinese_report_names_no_ids(
    chinese: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = run(capsys, str(chinese), "--format", fmt, "--lang", "zh")
    if fmt == "html":
        out = re.sub(r"<style>.*?</style>|<[^>]+>", " ", out, flags=re.S)
    for rule in RULE_IDS:
        if "-" in rule:
            assert rule not in out, rule
    for episode in EPISODES:
        assert episode not in out, episode
    assert not {w for w in SNAKE.findall(out) if w in ACTS}, SNAKE.findall(out)
    assert "bits" not in out and "entropy" not in out
    for words in (
        "进步情况",
        "谁在进步",
        "最需加强的技能",
        "下一步练习",
        "全班中位数",
        "需要改进的",
    ):
        assert words in out, words
    assert "Went well" not in out and "Who is improving" not in out


def test_saves_without_time_go_by_their_file_date_and_are_counted(
    tmp_path: Path, stories: list[Story], capsys: pytest.CaptureFixture[str]
) -> None:
    story = stories[0]
    early = write_save(tmp_path, story, "Di", "textbook", 1, timed=False)
    late = write_save(tmp_path, story, "Di", "worst", 0, timed=False)
    os.utime(early, (1_700_000_000, 1_700_000_000))
    os.utime(late, (1_700_100_000, 1_700_100_000))  # the "week 0" file was played last
    (di,) = group(capsys, tmp_path)["progress"]["students"]
    assert di["trend"] == "down" and di["first"] > di["latest"]
    md = run(capsys, str(tmp_path), "--format", "md")
    assert "2 sessions had no time; ordered by file date." in md


def test_a_bad_time_makes_that_file_unreadable_in_one_line(
    tmp_path: Path, stories: list[Story], capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_save(tmp_path, stories[0], "Ann", "textbook", 0)
    bad = write_save(tmp_path, stories[0], "Bob", "textbook", 0)
    obj = json.loads(bad.read_bytes())
    obj["time"]["started"] = "yesterday"
    bad.write_text(json.dumps(obj))
    data = json.loads(run(capsys, str(tmp_path), "--format", "json"))
    (problem,) = data["unreadable"]
    assert problem["path"] == str(bad) and "time.started" in problem["error"]
    assert "\n" not in problem["error"]
    assert [s["player"] for s in data["workshops"][0]["students"]] == ["Ann"]
    assert good.exists()
