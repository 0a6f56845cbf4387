"""Hostile and unlucky saves (issue 14): escapes, huge numbers, NaN, FIFOs, names that are not
UTF-8, many newer saves. Each test fails on the code before its fix."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from game.cli.main import main
from game.saves.format import SaveError, dump, parse_save
from game.saves.store import Store, read_save
from tests.paths import ROOT
from tests.savekit import saved

HOSTILE = "Amy\x1b]0;PWNED\x1b\\\x1b[41mRED\x07\x9b31m"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def raw(**changes: object) -> dict[str, Any]:
    obj: dict[str, Any] = json.loads(dump(saved()))
    obj.update(changes)
    return obj


def put(folder: Path, name: str, obj: object | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    data = obj if isinstance(obj, bytes) else json.dumps(obj, ensure_ascii=False).encode()
    path.write_bytes(data)
    return path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        errors="surrogateescape",
    )


@pytest.mark.parametrize("fmt", ["table", "md", "csv", "html", "json", "xapi"])
def test_a_hostile_player_name_writes_no_control_character_to_the_terminal(
    tmp_path: Path, fmt: str
) -> None:
    obj = raw(player=HOSTILE, name="Amy_tui-story_7")
    obj["story"]["title"]["en"] = "Title\x1b[2J[x](javascript:alert(1))"
    put(tmp_path, "Amy_tui-story_7", obj)
    out = cli("report", str(tmp_path), "--format", fmt)
    assert out.returncode == 0, out.stderr
    assert not CONTROL.search(out.stdout.replace("\n", "").replace("\r", "")), repr(out.stdout)
    assert "AmyRED" in out.stdout  # the name is shown, its escape sequences are not
    if fmt == "md":
        assert "Title" in out.stdout and not re.search(r"(?<!\\)\]\(javascript:", out.stdout)


def test_replay_check_prints_a_saves_beat_ids_without_their_escapes(tmp_path: Path) -> None:
    obj = raw()
    obj["turns"][0]["beat"] = "box\x1b]0;PWNED\x07"
    put(tmp_path, "Ann_tui-story_7", obj)
    out = cli("replay", "--check", str(tmp_path))
    assert out.returncode in (1, 2)
    assert "\x1b" not in out.stderr and "\x07" not in out.stderr


@pytest.mark.parametrize(
    "bad",
    [
        b'"seed": ' + b"9" * 5000,
        b'"seed": 1e999',
        b'"seed": NaN',
        b'"seed": Infinity',
        b'"seed": -Infinity',
    ],
    ids=["5000-digits", "1e999", "NaN", "Infinity", "-Infinity"],
)
def test_an_oversized_or_infinite_number_is_a_bad_save_not_a_traceback(
    tmp_path: Path, bad: bytes
) -> None:
    good = dump(saved())
    data = re.sub(rb'"seed": \d+', bad.replace(b"\\", b"\\\\"), good, count=1)
    assert data != good
    with pytest.raises(SaveError):
        parse_save(data)
    put(tmp_path, "Ann_tui-story_7", data)
    put(tmp_path, "Bob_tui-story_7", json.loads(dump(saved(name="Bob_tui-story_7"))))
    for args in (("report", str(tmp_path)), ("report", str(tmp_path), "--format", "xapi")):
        out = cli(*args)
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
        assert "unreadable" in out.stderr
    xapi = cli("report", str(tmp_path), "--format", "xapi").stdout
    for line in xapi.splitlines():
        json.loads(line, parse_constant=lambda c: pytest.fail(f"xapi wrote {c}"))
    check = cli("replay", "--check", str(tmp_path))
    assert check.returncode == 2 and "Traceback" not in check.stderr
    assert len(check.stderr.strip().splitlines()) == 1
    store = Store.open(tmp_path)
    assert store.latest_unfinished("Ann") is None  # the title screen: skipped, no crash


def test_nan_in_a_moment_is_refused(tmp_path: Path) -> None:
    data = re.sub(rb'"moment": -?[\d.]+', b'"moment": NaN', dump(saved()), count=1)
    with pytest.raises(SaveError, match="NaN"):
        parse_save(data)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_json_does_not_hang_replay_check_or_report(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "stuck.json")
    put(tmp_path, "Ann_tui-story_7", json.loads(dump(saved())))
    out = cli("report", str(tmp_path))  # the subprocess timeout would fail a hang
    assert out.returncode == 0 and "not a regular file" in out.stderr
    check = cli("replay", "--check", str(tmp_path))
    assert check.returncode == 2 and "not a regular file" in check.stderr
    with pytest.raises(SaveError, match="not a regular file"):
        read_save(tmp_path / "stuck.json")


def test_a_name_that_is_not_utf8_is_saved_cleanly(tmp_path: Path) -> None:
    from game.engine.session import Session
    from game.saves.format import save_of
    from tests.tui.kit import SEED, fixture_story

    s = Session(fixture_story(), SEED)
    s.choose("feel")
    name = b"Ann\xff\xfe".decode("utf-8", "surrogateescape")
    save = save_of(s, name="Ann_tui-story_7", lang="en", player=name)
    data = dump(save)  # raised UnicodeEncodeError before
    assert parse_save(data).player == "Ann"


def test_continue_finds_the_players_save_after_many_newer_saves_of_others(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    mine = store.reserve("Ann", "tui-story", 7)
    store.write(saved(("feel",), name=mine))
    old = os.stat(store.path(mine)).st_mtime_ns - 10**9
    os.utime(store.path(mine), ns=(old, old))
    for i in range(60):
        other = store.reserve(f"Student{i}", "tui-story", 7)
        store.write(saved(("feel",), name=other))
    found = store.latest_unfinished("Ann")
    assert found is not None and found.name == mine


def test_one_game_per_save_a_second_claim_is_refused_until_the_first_is_released(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path)
    name = store.reserve("Ann", "tui-story", 7)
    first = store.claim(name)
    # another process: the lock is the kernel's, so it holds across processes
    code = (
        "import sys; from pathlib import Path; from game.saves.store import Store\n"
        "from game.saves.format import SaveError\n"
        f"s = Store.open(Path({str(tmp_path)!r}))\n"
        f"try:\n    s.claim({name!r}).release(); print('claimed')\n"
        "except SaveError as e:\n    print('refused:', e)\n"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert other.stdout.startswith("refused: this save is open in another game"), other.stderr
    first.release()
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert again.stdout.strip() == "claimed"


def test_a_killed_game_leaves_no_stuck_claim(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    name = store.reserve("Ann", "tui-story", 7)
    code = (
        "import os; from pathlib import Path; from game.saves.store import Store\n"
        f"c = Store.open(Path({str(tmp_path)!r})).claim({name!r})\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    store.claim(name).release()  # no SaveError: the kernel dropped the dead process's lock


def test_main_reports_unreadable_files_in_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tmp_path, "Ann_tui-story_7", json.loads(dump(saved())))
    put(tmp_path, "bad", b'{"format": 1e999}')
    assert main(["report", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
