"""`simulate --save-dir` and `replay --check` from the command line, as CI and trainers run them."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.catalog import load_pack
from game.saves.format import FORMAT, MAX_BYTES, dump
from tests.paths import ROOT
from tests.savekit import saved


def run(*args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env=env,
    )


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """At least 1,000 random sessions over the whole pack, saved under PYTHONHASHSEED=1."""
    folder = tmp_path_factory.mktemp("saves")
    runs = math.ceil(1000 / len(load_pack()))
    out = run(
        "simulate", "--episode", "all", "--policy", "random", "--runs", str(runs),
        "--save-dir", str(folder), hashseed="1",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return folder


@pytest.mark.parametrize("hashseed", ["2", "4242"])
def test_a_thousand_simulated_sessions_replay_identically(thousand: Path, hashseed: str) -> None:
    files = list(thousand.glob("*.json"))
    assert len(files) >= 1000
    out = run("replay", "--check", str(thousand), hashseed=hashseed)
    assert out.returncode == 0, out.stderr
    assert f"{len(files)} saves replay identically" in out.stdout


def test_simulated_saves_are_the_games_own_format(thousand: Path) -> None:
    one = json.loads(next(iter(sorted(thousand.glob("*.json")))).read_bytes())
    # no typed replies: the lowest format that holds them, so older programs still open them
    assert one["format"] == one["oldest_readable"] == 2 < FORMAT
    assert one["player"] == "random" and one["turns"]


def test_a_hand_edited_save_fails_the_check_naming_the_turn(thousand: Path, tmp_path: Path) -> None:
    source = next(
        p for p in sorted(thousand.glob("*.json")) if len(json.loads(p.read_bytes())["turns"]) >= 3
    )
    obj = json.loads(source.read_bytes())
    obj["turns"][2]["reply"] = obj["turns"][2]["reply"] + "-x"
    bad = tmp_path / source.name
    bad.write_text(json.dumps(obj))
    out = run("replay", "--check", str(bad))
    assert out.returncode == 1
    assert "turn 3:" in out.stderr and "has no reply" in out.stderr


def _bad_saves(folder: Path) -> dict[str, Path]:
    good = dump(saved())
    obj = json.loads(good)
    newer = dict(obj, format=99, oldest_readable=99)
    outside = dict(obj, name="../../etc/x")
    files = {
        "newer": json.dumps(newer).encode(),
        "truncated": good[: len(good) // 2],
        "not-json": b"this is not a save\n",
        "huge": b" " * (MAX_BYTES + 10),
        "outside": json.dumps(outside).encode(),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name}.json"
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.mark.parametrize("check", [True, False], ids=["check", "open"])
def test_bad_saves_are_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, check: bool
) -> None:
    paths = _bad_saves(tmp_path)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    for name, path in paths.items():
        args = ("replay", "--check", str(path)) if check else ("replay", str(path))
        out = run(*args)
        assert out.returncode == 2, (name, out.stderr)
        assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr, out.stderr
        assert str(path) in out.stderr
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_a_save_whose_episode_is_gone_cannot_be_checked(tmp_path: Path) -> None:
    obj = json.loads(dump(saved()))  # the TUI fixture story is not in the pack
    path = tmp_path / "s.json"
    path.write_text(json.dumps(obj))
    out = run("replay", "--check", str(path))
    assert out.returncode == 2 and "not in the story pack" in out.stderr


def test_a_saves_dir_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("keep me")
    out = run(
        "simulate", "--episode", "all", "--policy", "first", "--runs", "1", "--save-dir", str(f)
    )
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert f.read_text() == "keep me"
