"""Bad input never crashes and reads as no act or sensible acts; readings are deterministic;
importing the reader loads no model."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from game.engine.acts import ACTS
from game.reader import Reading, read, reader_version
from game.reader.model import DATA, FORMAT, model_path
from game.reader.normalize import MAX_CHARS, NAME, normalize


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \t\n ",
        "😀😀😀",
        "\x00\x07\x1b[31m\x9b\u202e",
        "[bold][/bold]",
        "<b></b>",
        "\ud800",
        "\ue000" * 50,
        "a" * 10_000,
        "sorry " * 2_000,
        "抱歉" * 5_000,
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh", None])
def test_bad_input_reads_without_crashing(text: str, lang: str | None) -> None:
    reading = read(text, lang)
    assert isinstance(reading, Reading)
    assert all(a in ACTS for a in reading.acts)
    assert list(reading.acts) == [a for a in ACTS if a in reading.acts]  # ACTS order
    assert set(reading.acts) <= set(reading.confidence)
    assert all(0.0 <= c <= 1.0 for c in reading.confidence.values())


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "\x1b[2J\x07", "[bold]  [/bold]", "<i> </i>"])
def test_empty_and_symbol_only_text_performs_no_act(text: str) -> None:
    assert read(text, "en").acts == ()
    assert read(text, "zh").acts == ()


def test_markup_and_control_characters_are_read_through() -> None:
    assert read("[bold]I'm so sorry[/bold]", "en").acts == read("I'm so sorry", "en").acts
    assert read("\x1b[31mI'm so sorry\x07", "en").acts == read("I'm so sorry", "en").acts
    assert "apologize" in read("[b]I'm so sorry[/b]", "en").acts


def test_normalizing_folds_width_case_runs_and_names() -> None:
    assert normalize("ＳＯＲＲＹ，Ｍｒ．Ｌｉ") == f"sorry, {NAME}"
    assert normalize("sooooorry") == "soorry"
    assert normalize("王先生您好") == f"{NAME}您好"
    assert normalize("这点小钱") == "这点小钱"  # 钱 is a surname, but not here
    assert normalize("{name}, I'm sorry") == f"{NAME}, i'm sorry"
    assert len(normalize("x " * 10_000)) <= MAX_CHARS


def test_a_long_text_reads_like_its_first_two_thousand_characters() -> None:
    head = ("I'm really sorry, let me fix this right now. " * 50)[:MAX_CHARS]
    assert read(head + "calm down! " * 1000, "en") == read(head, "en")


def test_the_same_text_gives_the_same_reading_twice_and_in_a_fresh_interpreter() -> None:
    text = "I understand, but please calm down, sir"
    first = read(text, "en")
    assert read(text, "en") == first
    code = (
        "from game.reader import read\n"
        f"r = read({text!r}, 'en')\n"
        "print(repr((r.acts, sorted(r.confidence.items()))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == repr((first.acts, sorted(first.confidence.items())))


def test_the_version_is_the_format_and_the_digest_of_the_model_files() -> None:
    digest = hashlib.sha256()
    for lang in ("en", "zh"):
        digest.update(model_path(lang, DATA).read_bytes())
    assert reader_version() == f"{FORMAT}:{digest.hexdigest()[:12]}"


def test_importing_the_reader_loads_no_model() -> None:
    code = (
        "import sys, game.reader\n"
        "print(sorted(m for m in sys.modules if m.startswith('game.reader')))\n"
        "from game.reader import reading\n"
        "print(len(reading._MODELS))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules, loaded = out.stdout.strip().splitlines()
    assert "game.reader.model" not in modules
    assert "game.reader.features" not in modules
    assert loaded == "0"


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no reader for language 'fr'"):
        read("bonjour", "fr")
