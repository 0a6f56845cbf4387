"""The command line contract of interfaces.md: exit codes, one-line errors, JSON fields."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.paths import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.mark.parametrize(
    "args",
    [
        ("simulate", "--episode", "all", "--policy", "cheat"),
        ("simulate", "--episode", "all", "--policy", "random", "--runs", "-3"),
        ("simulate", "--episode", "nope", "--policy", "random"),
        ("simulate", "--policy", "random"),
        ("try", "--customer", "style=bossy", "--turn", "listen"),
        ("try", "--customer", "anger=9", "--turn", "listen"),
        ("try", "--customer", "style", "--turn", "listen"),
        ("try", "--turn", "listen+apologise"),
        ("validate", "no/such/file.toml"),
        ("play", "no-such-episode"),
        ("--bogus",),
        ("frobnicate",),
    ],
)
def test_bad_usage_is_one_line_on_stderr_and_exit_2(args: tuple[str, ...]) -> None:
    out = run(*args)
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_try_json_has_the_documented_fields() -> None:
    out = run(
        "try",
        "--customer",
        "style=demanding,anger=5,dominant=solve,traits=proud",
        "--turn",
        "acknowledge_feeling+apologize",
        "--turn",
        "deny",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["customer"]["style"] == "demanding" and doc["customer"]["anger"] == 5
    assert doc["customer"]["traits"] == ["proud"] and doc["customer"]["dominant"] == "solve"
    first, second = doc["turns"]
    assert first["acts"] == ["acknowledge_feeling", "apologize"]
    assert set(first["meters"]) == {"emotion", "trust", "patience", "needs"}
    assert "emotion-first" in first["rules"] and "wrong-attitudes" in second["rules"]
    assert second["meters"]["emotion"] > first["meters"]["emotion"]
    assert doc["ended"] is None and 0 <= doc["score"] <= 100


def test_try_stops_when_the_customer_leaves() -> None:
    out = run(
        "try",
        "--customer",
        "anger=6,state=angry",
        "--turn",
        "suppress",
        "--turn",
        "deny",
        "--turn",
        "argue",
        "--turn",
        "thank",
        "--json",
    )
    doc = json.loads(out.stdout)
    assert doc["ended"] == "escalated" and len(doc["turns"]) < 4


def test_acts_and_rules_list_the_vocabulary() -> None:
    acts = run("acts").stdout
    assert "voice_unspoken_pain" in acts and "MISTAKE" in acts
    rules = run("rules").stdout.splitlines()
    assert len(rules) == 12 and "emotion-first" in rules[0]
