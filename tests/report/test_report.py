"""`frontdesk report`: the numbers, the groups, the formats, and what it does with bad input."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from game.cli.main import main
from game.engine.acts import ACTS
from game.engine.session import Session
from game.lessons.skills import SKILLS_BY_ID
from game.report import collect as collect_mod
from game.report.collect import collect, save_files
from game.report.csv_report import COLUMNS
from game.saves.format import MAX_BYTES, dump, save_of
from game.saves.store import Store, read_save
from tests.tui.kit import fixture_story

# the fixture story's decisions: box -> size -> stock -> close -> an ending
GOOD = ("feel", "check", "now", "thanks")
XSS = "<script>alert(1)</script>"


def write(
    folder: Path,
    player: str,
    replies: Sequence[str] = GOOD,
    *,
    workshop: str | None = None,
    seed: int = 7,
    lang: str = "en",
) -> Path:
    """One session of the fixture story with these replies (fewer than four: unfinished)."""
    session = Session(fixture_story(), seed)
    for reply in replies:
        session.choose(reply)
    store = Store.open(folder)
    name = store.reserve(player, "tui-story", seed, workshop)
    return store.write(save_of(session, name=name, lang=lang, player=player, workshop=workshop))


def firing(rule: str, **deltas: float) -> dict[str, object]:
    return {"rule": rule, "deltas": deltas, "note": {"en": "", "zh": ""}}


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], *dirs: Path) -> dict[str, object]:
    code, out, err = report(capsys, *map(str, dirs), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def only(data: dict[str, object], key: str) -> dict[str, object]:
    items = data[key]
    assert isinstance(items, list) and len(items) == 1
    item = items[0]
    assert isinstance(item, dict)
    return item


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Random play of every episode of the pack, saved as the game saves."""
    folder = tmp_path_factory.mktemp("sim")
    args = ["simulate", "--episode", "all", "--policy", "random", "--runs", "6", "--save-dir"]
    code = main([*args, str(folder)])
    assert code == 0
    return folder


@pytest.fixture
def klass(tmp_path: Path) -> Path:
    """A small class: four students split at the "size" decision, one unfinished session."""
    folder = tmp_path / "class"
    write(folder, "Ann", ("feel", "check", "now", "thanks"), workshop="AAAA-2222")
    write(folder, "Bob", ("feel", "check", "now", "thanks"), workshop="AAAA-2222")
    write(folder, "Cy", ("feel", "ask", "now", "thanks"), workshop="AAAA-2222")
    write(folder, "Di", ("feel", "ask", "now", "thanks"), workshop="AAAA-2222")
    write(folder, "Ed", ("feel", "ask"), workshop="AAAA-2222")
    return folder


# --- the numbers -------------------------------------------------------------------------


def test_mean_scores_are_the_means_of_the_saved_outcomes(
    simulated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saves = [json.loads(p.read_bytes()) for p in sorted(simulated.glob("*.json"))]
    data = as_json(capsys, simulated)
    group = only(data, "workshops")
    assert group["workshop"] is None and group["sessions"] == len(saves)
    episodes = group["episodes"]
    assert isinstance(episodes, list) and len(episodes) == len({s["story"]["id"] for s in saves})
    for e in episodes:
        scores = [s["outcome"]["score"] for s in saves if s["story"]["id"] == e["episode"]]
        assert e["score_mean"] == round(math.fsum(scores) / len(scores), 2)
        assert e["scores"]["min"] == round(min(scores), 2)
        assert e["scores"]["max"] == round(max(scores), 2)
        assert sum(e["scores"]["histogram"]) == len(scores)
        left = [s for s in saves if s["story"]["id"] == e["episode"] and s["outcome"]["ended"]]
        assert e["early_exits"] == len(left)
    everything = [s["outcome"]["score"] for s in saves]
    assert group["score_mean"] == round(math.fsum(everything) / len(everything), 2)


def test_the_light_reader_agrees_with_read_save(simulated: Path) -> None:
    found = collect(save_files([simulated]))
    assert not found.problems
    for r in found.records:
        s = read_save(Path(r.path))
        assert (r.episode, r.player, r.seed, r.workshop) == (
            s.story.id, s.player, s.seed, s.workshop
        )  # fmt: skip
        assert [(x.beat, x.reply) for x in r.steps] == [(t.beat_id, t.reply_id) for t in s.turns]
        assert s.outcome is not None and r.ending is not None
        assert r.ending.score == s.outcome.score
        assert r.ending.peak == s.outcome.moments[s.outcome.peak]
        assert r.ending.end == s.outcome.moments[-1]


def test_the_split_is_the_decision_the_class_split_on(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    e = only(only(as_json(capsys, klass), "workshops"), "episodes")
    split = e["split"]
    assert isinstance(split, dict)
    assert split["beat"] == "size" and split["visits"] == 5
    assert [(c["reply"], c["count"]) for c in split["replies"]] == [("ask", 3), ("check", 2)]
    assert split["entropy_bits"] == round(-(0.6 * math.log2(0.6) + 0.4 * math.log2(0.4)), 3)
    assert split["replies"][0]["text"]["en"].startswith("Tell me what you need")


def test_unfinished_sessions_are_counted_not_scored(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = only(as_json(capsys, klass), "workshops")
    assert (group["sessions"], group["finished"], group["unfinished"]) == (5, 4, 1)
    finished = [read_save(p) for p in sorted(klass.glob("*.json"))]
    scores = [s.outcome.score for s in finished if s.outcome is not None]
    assert group["score_mean"] == round(math.fsum(scores) / 4, 2)
    students = group["students"]
    assert isinstance(students, list)
    ed = next(s for s in students if s["player"] == "Ed")
    assert ed["unfinished"] == 1 and ed["score_mean"] is None


def test_two_workshops_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "a", "Ann", GOOD, workshop="AAAA-2222")
    write(tmp_path / "b", "Ann", ("policy", "lecture", "cant", "next"), workshop="BBBB-3333")
    write(tmp_path / "b", "Bo", GOOD, workshop="BBBB-3333")
    write(tmp_path / "c", "Ann", GOOD)
    data = as_json(capsys, tmp_path)
    groups = data["workshops"]
    assert isinstance(groups, list)
    assert [g["workshop"] for g in groups] == ["AAAA-2222", "BBBB-3333", None]
    a, b, none = groups
    assert [s["player"] for s in a["students"]] == ["Ann"] and a["sessions"] == 1
    assert [s["player"] for s in b["students"]] == ["Ann", "Bo"] and b["sessions"] == 2
    assert none["sessions"] == 1
    assert a["students"][0]["score_mean"] != b["students"][0]["score_mean"]
    bad_ann = b["students"][0]
    assert {m["act"] for m in bad_ann["mistakes"]} >= {"divert", "lecture", "direct_refusal"}
    assert a["students"][0]["mistakes"] == []


def noted(rule: str, goods: Sequence[bool], **deltas: float) -> dict[str, object]:
    notes = [{"topic": "x", "good": g, "text": {"en": "n", "zh": "n"}} for g in goods]
    return {"rule": rule, "deltas": deltas, "notes": notes}


def listed(e: dict[str, object], key: str) -> list[dict[str, Any]]:
    items = e[key]
    assert isinstance(items, list)
    return items


def test_a_firing_helped_or_hurt_as_its_notes_say_and_a_rule_running_on_its_own_is_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    obj = json.loads(write(tmp_path, "Ann").read_bytes())
    for turn in obj["turns"]:
        turn["rules"] = [
            noted("emotion-first", [True], emotion=-5.0),  # the note says it helped
            noted("anger-ladder", [True, False], trust=-2.0, **{"need:solve": 0.03}),  # worth +1
            noted("wrong-attitudes", [False], emotion=3.0, patience=1.0),  # the note: hurt
            noted("patience-runs-out", [], patience=-6.0),  # time passing: context, neither
            noted("style-matching", [True], patience=-1.0),  # helped, though patience fell
        ]
    (tmp_path / next(tmp_path.glob("*.json")).name).write_text(json.dumps(obj))
    e = only(only(as_json(capsys, tmp_path), "workshops"), "episodes")
    turns = len(obj["turns"])
    assert [(r["rule"], r["count"]) for r in listed(e, "rules_helped")] == [
        ("anger-ladder", turns),
        ("emotion-first", turns),
        ("style-matching", turns),
    ]
    assert [(r["rule"], r["count"]) for r in listed(e, "rules_hurt")] == [
        ("wrong-attitudes", turns)
    ]
    assert "patience-runs-out" not in {r["rule"] for r in listed(e, "rules")}


def test_format_1_firings_keep_the_sign_of_their_deltas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    obj = json.loads(write(tmp_path, "Ann").read_bytes())
    for turn in obj["turns"]:
        turn["rules"] = [
            {"rule": "emotion-first", "deltas": {"emotion": -5.0}, "note": {"en": "a", "zh": "a"}},
            {"rule": "traits", "deltas": {"trust": -4.0}, "note": {"en": "b", "zh": "b"}},
            firing("patience-runs-out", patience=-6.0),  # no note: context
        ]
    (tmp_path / next(tmp_path.glob("*.json")).name).write_text(json.dumps(obj))
    e = only(only(as_json(capsys, tmp_path), "workshops"), "episodes")
    assert [r["rule"] for r in listed(e, "rules_helped")] == ["emotion-first"]
    assert [r["rule"] for r in listed(e, "rules_hurt")] == ["traits"]


# --- bad input ---------------------------------------------------------------------------


def _bad_files(folder: Path) -> dict[str, Path]:
    good = dump(save_of(Session(fixture_story(), 7), name="x", lang="en", player="Ann"))
    obj = json.loads(good)
    bad_turn = json.loads(dump(save_of(_played(), name="y", lang="en", player="Ann")))
    bad_turn["turns"][1]["rules"][0]["deltas"] = {"emotion": "lots"}
    files = {
        "newer": json.dumps(dict(obj, format=99, oldest_readable=99)).encode(),
        "truncated": good[: len(good) // 2],
        "not-json": b"this is not a save\n",
        "huge": b" " * (MAX_BYTES + 10),
        "outside": json.dumps(dict(obj, name="../../etc/x")).encode(),
        "bad-turn": json.dumps(bad_turn).encode(),
        "list": b"[1, 2]",
        "empty": b"",
    }
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.json"
        paths[name].write_bytes(data)
    return paths


def _played() -> Session:
    session = Session(fixture_story(), 7)
    for reply in GOOD:
        session.choose(reply)
    return session


def test_unreadable_files_are_listed_and_the_rest_reported(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_files(klass / "junk")
    data = as_json(capsys, klass)
    assert only(data, "workshops")["sessions"] == 5
    listed = data["unreadable"]
    assert isinstance(listed, list)
    assert sorted(p["path"] for p in listed) == sorted(str(p) for p in bad.values())
    why = {Path(p["path"]).stem: p["error"] for p in listed}
    assert "newer frontdesk" in why["newer"] and "broken JSON" in why["truncated"]
    assert "too large" in why["huge"] and "outside the saves folder" in why["outside"]
    assert "turns[1].rules[0].deltas.emotion" in why["bad-turn"] and "empty" in why["empty"]
    assert all("\n" not in e for e in why.values())
    code, out, err = report(capsys, str(klass))
    assert code == 0 and "Ann" in out
    assert err.count("unreadable:") == len(bad)
    code, out, err = report(capsys, str(klass), "--format", "md")
    assert code == 0 and "## Unreadable files" in out and "newer.json" in out


@pytest.mark.parametrize("case", ["missing", "empty", "only-bad"])
def test_nothing_to_report_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    target = tmp_path / "saves"
    if case == "empty":
        target.mkdir()
    elif case == "only-bad":
        _bad_files(target)
    out_file = tmp_path / "report.html"
    out_file.write_text("the old report")
    code, out, err = report(capsys, str(target), "--format", "html", "--out", str(out_file))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(target) in err and "Traceback" not in err
    assert out_file.read_text() == "the old report"


def test_out_writes_the_file_and_leaves_the_report_file_itself_unread(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = klass / "report.json"
    for _ in range(2):
        code, out, err = report(capsys, str(klass), "--format", "json", "--out", str(out_file))
        assert code == 0 and out == "" and err == ""
    data = json.loads(out_file.read_text())
    assert data["unreadable"] == [] and data["files"] == 5
    assert not [p for p in klass.iterdir() if p.name.endswith(".tmp")]


# --- the formats -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "csv", "md", "html", "json", "xapi"])
def test_every_format_is_the_same_bytes_for_the_same_folder(
    simulated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(simulated, copy)
    _bad_files(copy / "junk")
    first = report(capsys, str(copy), "--format", fmt)
    for f in sorted(copy.glob("*.json"), reverse=True)[:5]:  # a fresh inode, the same date
        data, stat = f.read_bytes(), f.stat()
        f.unlink()
        f.write_bytes(data)
        os.utime(f, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # saves without time go by it
    assert report(capsys, str(copy), "--format", fmt) == first
    assert first[0] == 0 and first[1]


def test_csv_has_one_row_per_student_and_episode(
    tmp_path: Path, simulated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(simulated, tmp_path / "sim")
    write(tmp_path / "k", "Ann", GOOD, workshop="AAAA-2222")
    write(tmp_path / "k", "Ann", GOOD, workshop="AAAA-2222", seed=8)
    write(tmp_path / "k", "=cmd|' /C calc'!A0", GOOD, workshop="AAAA-2222")
    code, out, _ = report(capsys, str(tmp_path), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0].keys()) == COLUMNS
    saves = [json.loads(p.read_bytes()) for p in simulated.glob("*.json")]
    pairs = {("no workshop", s["player"], s["story"]["id"]) for s in saves}
    pairs |= {("AAAA-2222", "Ann", "tui-story"), ("AAAA-2222", "'=cmd|' /C calc'!A0", "tui-story")}
    assert sorted((r["workshop"], r["player"], r["episode"]) for r in rows) == sorted(pairs)
    ann = next(r for r in rows if r["player"] == "Ann")
    assert ann["sessions"] == "2" and ann["title"] == "The wrong size"


def test_html_is_self_contained_and_escapes_what_players_typed(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(klass, XSS, ("policy", "lecture", "cant", "next"), workshop="AAAA-2222")
    _bad_files(klass / f"{XSS}")
    code, out, _ = report(capsys, str(klass), "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<script" not in out.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", out, re.I)
    assert "@import" not in out and "url(" not in out
    assert "<svg" in out and "Where the class split most" in out and "Unreadable files" in out
    legend = out[out.index("The mistakes named in this report") :]
    assert "<td>lecturing them</td><td>Lectures them on what they should have done.</td>" in legend
    assert "<td>lecture</td>" not in legend


def test_xapi_has_one_statement_per_finished_save(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = report(capsys, str(klass), "--format", "xapi")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4  # Ed did not finish
    statements = [json.loads(line) for line in lines]
    for s in statements:
        assert set(s) == {"id", "actor", "verb", "object", "result", "context"}
        assert s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
        assert s["object"]["id"] == "urn:frontdesk:episode:tui-story"
        assert s["object"]["definition"]["name"] == {"en-US": "The wrong size", "zh-CN": "尺码不对"}
        assert s["actor"]["account"] == {
            "homePage": "urn:frontdesk",
            "name": f"AAAA-2222/{s['actor']['name']}",
        }
        score = s["result"]["score"]
        assert score["scaled"] == round(score["raw"] / 100, 4)
        assert s["context"]["extensions"]["urn:frontdesk:seed"] == 7
        assert s["context"]["extensions"]["urn:frontdesk:workshop"] == "AAAA-2222"
    assert len({s["id"] for s in statements}) == 4
    assert report(capsys, str(klass), "--format", "xapi")[1] == out


def test_table_shows_students_and_the_split(
    klass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(klass, "[bold]Mallory[/bold]", GOOD, workshop="AAAA-2222")
    code, out, _ = report(capsys, str(klass))
    assert code == 0
    assert "Workshop AAAA-2222" in out and "[bold]Mallory[/bold]" in out
    flat = " ".join(out.split())  # a table's title wraps to the table's width
    assert "Where the class split most (the class met this moment 6 times)" in flat
    assert "most: size" not in flat and "bits" not in flat


def test_many_files_are_read_by_workers_with_the_same_result(
    simulated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = save_files([simulated])
    alone = collect(files, digest=True)
    monkeypatch.setattr(collect_mod, "PARALLEL_FROM", 2)
    monkeypatch.setattr(collect_mod, "CHUNK", 5)
    assert collect(files, digest=True) == alone


def test_a_large_folder_shows_a_progress_bar_on_a_terminal_and_none_in_a_pipe(
    tmp_path: Path,
) -> None:
    import os
    import pty
    import subprocess
    import sys

    from game.report.progress import FROM

    one = write(tmp_path, "Ann")
    for i in range(FROM):
        shutil.copy(one, tmp_path / f"copy{i}.json")
    command = [sys.executable, "-m", "game", "report", str(tmp_path), "--format", "csv"]
    piped = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "Reading saves" not in piped.stderr
    leader, follower = pty.openpty()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)  # the child holds the terminal now; reading it ends when the child does
    seen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            seen += chunk
    os.close(leader)
    out, _ = child.communicate()
    assert child.returncode == 0
    assert b"Reading saves" in seen
    assert out.decode() == piped.stdout  # the bar never reaches the report itself


# --- the labels' language ----------------------------------------------------------------


def test_every_label_exists_in_both_languages_with_the_same_fields() -> None:
    import string

    from game.report.labels import LABELS

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, text in LABELS.items():
        assert text.en.strip() and text.zh.strip(), key
        assert fields(text.en) == fields(text.zh), key
        if key.startswith("n.") and not key.endswith("s"):
            assert key + "s" in LABELS, key


ENGLISH_HEADINGS = (
    "Class report",
    "Students",
    "Went well",
    "To work on",
    "Progress over time",
    "Who is improving",
    "Class median",
    "Where the class split",
    "Most frequent mistakes",
    "Workshop ",
    "Unreadable files",
    "The mistakes named",
)


def _rule_titles(capsys: pytest.CaptureFixture[str], folder: Path) -> list[str]:
    e = only(only(as_json(capsys, folder), "workshops"), "episodes")
    helped, hurt = e["rules_helped"], e["rules_hurt"]
    assert isinstance(helped, list) and isinstance(hurt, list) and helped and hurt
    return [SKILLS_BY_ID[r["rule"]].name.zh for r in (helped[0], hurt[0])]


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_a_chinese_report_has_chinese_labels_and_rule_titles(
    klass: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    write(klass, "Di", ("feel", "lecture", "now", "thanks"), workshop="AAAA-2222")
    _bad_files(klass / "junk")
    titles = _rule_titles(capsys, klass)
    code, out, _ = report(capsys, str(klass), "--format", fmt, "--lang", "zh")
    assert code == 0
    for heading in ("学员", "得分", "峰值", "结尾", "平均", "提前离开", "未完成"):
        assert heading in out, heading
    for heading in ("全班分歧最大的地方", "最常见的失误", "课堂 AAAA-2222"):
        assert heading in out, heading
    assert all(title in out for title in titles)
    assert "、" in out  # the Chinese list separator (the mistakes of a reply)
    if fmt != "table":
        assert "做得好的" in out and "需要改进的" in out
    for english in ENGLISH_HEADINGS:
        assert english not in out, english
    if fmt == "html":
        assert '<html lang="zh-CN">' in out and "<title>课堂报告 · frontdesk</title>" in out
        legend = out[out.index("本报告中出现的失误") :]
        assert f"<td>教育客户</td><td>{ACTS['lecture'].meaning.zh}</td>" in legend
        assert "无法读取的文件" in out
    # the global option before the command reads the same
    assert main(["--lang", "zh", "report", str(klass), "--format", fmt]) == 0
    assert capsys.readouterr().out == out


def test_the_labels_follow_the_class_unless_lang_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "小明", GOOD, workshop="AAAA-2222", lang="zh")
    write(tmp_path, "小红", ("feel", "ask", "now", "thanks"), workshop="AAAA-2222", lang="zh")
    code, chinese, _ = report(capsys, str(tmp_path), "--format", "html")
    assert code == 0 and '<html lang="zh-CN">' in chinese and "<h3>学员</h3>" in chinese
    assert "尺码不对" in chinese  # the story's own title, in the class's language
    code, english, _ = report(capsys, str(tmp_path), "--format", "html", "--lang", "en")
    assert code == 0 and '<html lang="en">' in english and "<h3>Students</h3>" in english
    # the episodes' names follow the report's language; what was said stays as it was said
    assert "The wrong size" in english and "尺码不对" not in english
    assert "那你们打算怎么办？" in english
    code, table, _ = report(capsys, str(tmp_path))
    assert code == 0 and table.startswith("课堂报告：") and "Students" not in table


@pytest.mark.parametrize("fmt", ["csv", "json", "xapi"])
def test_machine_formats_ignore_lang(
    klass: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    write(klass, "小明", GOOD, workshop="AAAA-2222", lang="zh")
    plain = report(capsys, str(klass), "--format", fmt)
    assert plain[0] == 0 and plain[1]
    assert report(capsys, str(klass), "--format", fmt, "--lang", "zh") == plain
    assert report(capsys, str(klass), "--format", fmt, "--lang", "en") == plain
