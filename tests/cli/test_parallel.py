"""`simulate`, `replay --check` and the engine's ordered_map on every core (issue #16): the same
output, byte for byte and line for line, whatever `--jobs` says, failures included."""

from __future__ import annotations

import contextlib
import io
import json
import threading
from pathlib import Path

import pytest

from game.cli.main import main as frontdesk
from game.engine.cores import ordered_map, piece_size
from game.engine.session import Session
from game.engine.simulate import simulate, simulate_all
from tests.storykit import tiny_story


def run(*argv: str) -> tuple[int, str, str]:
    """frontdesk ARGV in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = frontdesk(list(argv))
    return code, out.getvalue(), err.getvalue()


def _without_seconds(text: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in text.splitlines()]
    for row in rows:
        row.pop("seconds")
    return rows


@pytest.mark.parametrize("form", [["--json", "--per-run"], [], ["--json"]])
def test_simulate_says_the_same_with_one_job_and_with_several(form: list[str]) -> None:
    args = ["simulate", "--episode", "all", "--policy", "textbook", "--runs", "30", *form]
    said = [run(*args, "--jobs", str(j)) for j in (1, 2, 3)]
    assert all(code == 0 and err == "" for code, _, err in said)
    if form == ["--json"]:  # seconds are measured, not played
        assert _without_seconds(said[0][1]) == _without_seconds(said[1][1])
        assert _without_seconds(said[0][1]) == _without_seconds(said[2][1])
    else:
        assert said[0][1] == said[1][1] == said[2][1]
    assert said[0][1].count("\n") == (12 * 30 if "--per-run" in form else 12)


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


def test_saves_are_the_same_files_with_the_same_bytes(tmp_path: Path) -> None:
    folders = []
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs{jobs}"
        for _ in range(2):  # the second time into the same folder: the names get _2
            args = ["simulate", "--episode", "all", "--policy", "random", "--runs", "9"]
            code, _, err = run(*args, "--save-dir", str(folder), "--jobs", jobs)
            assert code == 0, err
        folders.append(_folder(folder))
    one, two = folders
    assert one == two
    assert len(one) == 2 * 12 * 9 and any(name.endswith("_2.json") for name in one)


@pytest.fixture(scope="module")
def saves(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("saves")
    code, _, err = run(
        "simulate", "--episode", "all", "--policy", "random", "--runs", "5",
        "--save-dir", str(folder), "--jobs", "1",
    )  # fmt: skip
    assert code == 0, err
    return folder


def _check(folder: Path) -> list[tuple[int, str, str]]:
    return [run("replay", "--check", str(folder), "--jobs", j) for j in ("1", "2", "4")]


def test_replay_check_passes_alike(saves: Path) -> None:
    said = _check(saves)
    assert said[0] == said[1] == said[2] == (0, "60 saves replay identically\n", "")


def test_replay_check_names_the_same_saves_in_the_same_order(saves: Path, tmp_path: Path) -> None:
    folder = tmp_path / "some-bad"
    folder.mkdir()
    for i, path in enumerate(sorted(saves.glob("*.json"))):
        obj = json.loads(path.read_bytes())
        if i % 7 == 3 and obj["turns"]:
            obj["turns"][0]["moment"] = obj["turns"][0]["moment"] + 1.0
        (folder / path.name).write_text(json.dumps(obj), encoding="utf-8")
    said = _check(folder)
    assert said[0] == said[1] == said[2]
    code, out, err = said[0]
    assert code == 1 and out == "" and err.count("differs in moment") == 9


@pytest.mark.parametrize("broken", ["unreadable", "gone"])
def test_replay_check_stops_at_the_same_save_alike(
    saves: Path, tmp_path: Path, broken: str
) -> None:
    folder = tmp_path / broken
    folder.mkdir()
    for i, path in enumerate(sorted(saves.glob("*.json"))):
        data = path.read_bytes()
        if i in (20, 41):  # two of them: the first, in the order of the files, is named
            obj = json.loads(data)
            obj["story"]["id"] = "no-such-episode"
            data = b"not a save" if broken == "unreadable" else json.dumps(obj).encode()
        (folder / path.name).write_bytes(data)
    said = _check(folder)
    assert said[0] == said[1] == said[2]
    code, out, err = said[0]
    assert code == 2 and out == "" and err.count("\n") == 1
    assert sorted(folder.glob("*.json"))[20].name in err


def _twice(x: int) -> int:
    return 2 * x


@pytest.mark.parametrize("jobs", [1, 2, 5])
def test_ordered_map_keeps_the_order(jobs: int) -> None:
    assert list(ordered_map(_twice, list(range(40)), jobs)) == [2 * x for x in range(40)]
    assert list(ordered_map(_twice, [], jobs)) == []


def test_pieces_are_a_few_per_worker_and_never_tiny() -> None:
    assert piece_size(500, 2, 8) == 63 and piece_size(20, 4, 8) == 8 and piece_size(7, 1, 8) == 7


def test_a_process_with_threads_gets_the_same_from_a_fork_server() -> None:
    """A process with threads (a test runner, a server) must not fork: the same runs come
    back from workers a fork server starts."""
    story = tiny_story()
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        played = list(simulate_all([story], "textbook", 24, 3, 2))
    finally:
        stop.set()
        helper.join()
    assert played[0].runs == simulate(story, "textbook", 24, 3)[0]


def _stop_at_seed_5(session: Session, payload: int) -> str | None:
    return f"stopped at {payload}" if session.seed == 5 else None


@pytest.mark.parametrize("jobs", [1, 2])
def test_simulate_all_gives_each_story_in_seed_order_and_stops_at_a_problem(jobs: int) -> None:
    story = tiny_story()
    played = list(simulate_all([story, story], "random", 20, 1, jobs))
    alone, _ = simulate(story, "random", 20, 1)
    assert [p.runs for p in played] == [alone, alone] and all(p.problem is None for p in played)
    names = [[f"s{s}r{i}" for i in range(20)] for s in range(2)]
    stopped = list(simulate_all([story, story], "random", 20, 1, jobs, _stop_at_seed_5, names))
    assert len(stopped) == 1 and stopped[0].problem == "stopped at s0r4"
    assert [r.seed for r in stopped[0].runs][-1] == 5
