"""`frontdesk read`: text arguments, 500 lines of stdin in both languages, --json, bad usage."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from game.reader.corpus import examples
from game.textsafe import clean
from tests.paths import ROOT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", "read", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=120,
        encoding="utf-8",
    )


def test_text_arguments_print_each_text_and_its_acts_in_words() -> None:
    out = run("I'm so sorry, Mr. Li", "ok")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "I'm so sorry, Mr. Li"
    assert any("apologize" in line and "saying sorry" in line for line in lines)
    assert "ok" in lines
    assert "(no act)" in out.stdout


def test_json_is_one_object_per_text_with_text_acts_and_rounded_confidence() -> None:
    out = run("--json", "--lang", "zh", "您先冷静一下", "嗯")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert set(record) == {"text", "acts", "confidence"}
        assert set(record["acts"]) <= set(record["confidence"])
        assert all(round(c, 2) == c for c in record["confidence"].values())
    assert records[0]["text"] == "您先冷静一下"
    assert "suppress" in records[0]["acts"]
    assert records[1]["acts"] == []


def test_500_lines_of_stdin_in_both_languages_round_trip_with_exit_0() -> None:
    en = [e.text for e in examples("en") if "\n" not in e.text][:249]
    zh = [e.text for e in examples("zh") if "\n" not in e.text][:249]
    lines = [x for pair in zip(en, zh, strict=True) for x in pair] + ["", "\x1b[31m😀"]
    out = run("--json", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 500
    assert [r["text"] for r in records[:-2]] == [clean(x) for x in lines[:-2]]
    assert records[-1]["text"] == "😀"  # cleaned: the escape sequence is gone
    assert sum(bool(r["acts"]) for r in records) > 450


@pytest.mark.parametrize(
    "args",
    [("--lang", "fr", "hello"), ("--bogus",), ("",), ("--json", "  ")],
)
def test_bad_arguments_are_one_line_on_stderr_and_exit_2(args: tuple[str, ...]) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stdout == ""
