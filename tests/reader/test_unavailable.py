"""A reader whose model file is missing or damaged: typed replies are refused with a message in
words, the game goes on with the menu, `frontdesk read` says it in one line and exits 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.catalog import story_by_id
from game.cli.main import main
from game.engine.session import Session
from game.reader import ReaderUnavailable, read, reading
from game.reader import model as model_module
from game.tui.i18n import tr
from game.typed_reply import Unheard, hear


def _damaged(tmp_path: Path, content: bytes | None) -> Callable[[str], model_module.Model]:
    """`load` reading model files from tmp_path: garbage bytes, or no file at all (None)."""
    for lang in reading.LANGS:
        if content is not None:
            model_module.model_path(lang, tmp_path).write_bytes(content)
    real = model_module.load
    return lambda lang: real(lang, tmp_path)


@pytest.mark.parametrize(
    "content", [None, b"", b"{not json", b'{"format": 2}', b'{"format": 1, "lang": "en"}']
)
def test_a_missing_or_damaged_model_is_reader_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    monkeypatch.setattr(reading, "_MODELS", {})
    monkeypatch.setattr(model_module, "load", _damaged(tmp_path, content))
    with pytest.raises(ReaderUnavailable) as err:
        read("I'm so sorry", "en")
    assert "en.json" in str(err.value)
    assert "\n" not in str(err.value)
    assert "en" not in reading._MODELS  # nothing half-loaded is kept


def test_a_typed_reply_to_a_broken_reader_is_unheard_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "_MODELS", {})
    monkeypatch.setattr(model_module, "load", _damaged(tmp_path, b"\x00garbage"))
    story = story_by_id("dropped-calls")
    assert story is not None
    session = Session(story, seed=3)
    assert session.current is not None
    with pytest.raises(Unheard) as why:
        hear(session.current, "I'm so sorry, that sounds frustrating")
    assert why.value.key == "typed.unavailable"
    for lang in ("en", "zh"):
        assert tr("typed.unavailable", lang) != "typed.unavailable"
    assert not session.turns


def test_frontdesk_read_with_a_broken_reader_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(reading, "_MODELS", {})
    monkeypatch.setattr(model_module, "load", _damaged(tmp_path, b"{not json"))
    assert main(["read", "--lang", "zh", "您好"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reader could not be loaded" in err
    assert "Traceback" not in err
