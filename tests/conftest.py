"""Every test runs with its own empty config folder: no test reads or writes the real profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.profile import ENV


@pytest.fixture(autouse=True)
def _config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv(ENV, str(folder))
    return folder
