"""Killing a process mid-autosave (SIGKILL, 200 times, at random moments) never corrupts a save.

A child process writes two versions of a save in turn, as fast as it can, with the same atomic
write the game uses; we kill it at a random moment and read what is on disk. It must be one of
the two versions, whole. Each version is padded to a few hundred KB so kills land mid-write.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from game.saves.format import dump, parse_save
from game.saves.store import clean_temps
from tests.paths import ROOT
from tests.savekit import saved

KILLS = 200

CHILD = """
import sys
from pathlib import Path
from game.saves.store import write_atomic
target, a, b = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()
print("ready", flush=True)
while True:
    write_atomic(target, b)
    write_atomic(target, a)
"""


def version(seed: int, pad: int) -> bytes:
    obj = json.loads(dump(saved(seed=seed)))
    obj["padding"] = "x" * pad  # an unknown field: the loader ignores it
    return json.dumps(obj).encode()


def test_a_killed_autosave_leaves_the_old_save_or_the_new_one(tmp_path: Path) -> None:
    a, b = version(7, 300_000), version(8, 200_000)
    (tmp_path / "a").write_bytes(a)
    (tmp_path / "b").write_bytes(b)
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "Ann_tui-story_7.json"
    target.write_bytes(a)
    rng = random.Random(20261124)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen = {"a": 0, "b": 0}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(tmp_path / "a"), str(tmp_path / "b")],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        data = target.read_bytes()
        assert data in (a, b), "a killed write left a mixed or partial save"
        assert parse_save(data).turns
        seen["a" if data == a else "b"] += 1
    assert seen["a"] and seen["b"], f"the kills never landed between writes: {seen}"
    clean_temps(folder)
    assert [p.name for p in folder.iterdir()] == [target.name], "temporary files were left"
