"""Typed replies learners marked as misread reach the trainer in every report format (issue
#13): who, which episode and turn, the words as typed (escaped for the format, never markup)
and what the reader heard, in words; no section when nothing was marked."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from game.catalog import story_by_id
from game.cli.main import main
from game.engine.session import Session
from game.saves.format import dump, save_of
from game.typed_reply import hear

SAID = "sorry | <b>really</b> [bold]sorry[/bold], that sounds awful"
FIXED = "I'll fix it right now and call you back within 15 minutes"


def _class(folder: Path, marked: bool) -> Path:
    story = story_by_id("dropped-calls")
    assert story is not None
    s = Session(story, 5)
    for text in (SAID, FIXED):
        assert s.current is not None
        s.type_reply(hear(s.current, text, "en"))
    save = save_of(s, name="Ann_dropped-calls_5", lang="en", player="Ann", workshop="KLAS-2222")
    if marked:
        save = replace(save, misread=(0,))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Ann_dropped-calls_5.json").write_bytes(dump(save))
    return folder


def _report(folder: Path, fmt: str, capsys: pytest.CaptureFixture[str], lang: str = "en") -> str:
    assert main(["report", str(folder), "--format", fmt, "--lang", lang]) == 0
    return capsys.readouterr().out


def test_the_table_lists_the_marked_reply_with_what_was_heard_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _report(_class(tmp_path, True), "table", capsys)
    part = out[out.index("Typed replies marked as misread") :]
    assert "Ann" in part and "Dropped calls" in part
    assert "[bold]sorry[/bold]" in part  # shown as typed, not read as markup
    assert "saying sorry" in part  # the acts in words
    assert "apologize" not in part  # never an internal id


def test_markdown_and_html_escape_the_typed_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _class(tmp_path, True)
    md = _report(folder, "md", capsys)
    section = md[md.index("## Typed replies marked as misread") :]
    row = next(line for line in section.splitlines() if line.startswith("| Ann"))
    assert row.count(" | ") == 4  # the typed pipe does not add a column
    assert "<b>" not in row
    html = _report(folder, "html", capsys, lang="zh")
    section = html[html.index("<h2 id='misread'>") :]
    assert "学员标记为听错的输入回复" in section and "道歉" in section
    assert "&lt;b&gt;really&lt;/b&gt;" in section and "<b>really" not in section


def test_json_names_the_save_and_the_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_report(_class(tmp_path, True), "json", capsys))
    (mark,) = data["misread"]
    assert mark["player"] == "Ann" and mark["turn"] == 1 and mark["text"] == SAID
    assert "apologize" in mark["acts"]


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_no_section_when_nothing_was_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = _report(_class(tmp_path, False), fmt, capsys)
    assert "marked as misread" not in out and "id='misread'" not in out


@pytest.mark.parametrize(
    ("fmt", "said"),
    [("table", "not compared"), ("md", "not compared"), ("html", "Not compared")],
)
def test_a_typed_class_is_not_said_to_have_chosen_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, said: str
) -> None:
    folder = _class(tmp_path / "a", False)
    other = _class(tmp_path / "b", False)  # a second student, the same typed replies
    (other / "Ann_dropped-calls_5.json").rename(folder / "Bo_dropped-calls_5.json")
    out = _report(folder, fmt, capsys)
    assert said in out and "every decision went the same way" not in out
