"""bench/reader_agreement.py scores a second labelling against the shipped labels (issue #13):
checked on a hand-made five-line corpus whose figures are worked out by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.paths import BENCH

SHIPPED = """# group: tiny
acknowledge_feeling\tI can hear how frustrating this is
apologize+premature_blame\tsorry, my colleague messed up
suppress\tcalm down
-\tok
offer_options\ta refund or a voucher
"""
# the second labeller: one line agrees, one misses the blame, one adds rush, one agrees on no
# act, one reads a single fix where the corpus has options; one line is not in the corpus
SECOND = """I can hear how frustrating this is\tacknowledge_feeling
sorry, my colleague messed up\tapologize
calm down\tsuppress+rush
ok\t-
a refund or a voucher\tpropose_solution
a line nobody has any more\tthank
"""


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reader_agreement", BENCH / "reader_agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reader_agreement"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tiny(tmp_path: Path) -> dict[str, Path]:
    corpus, stories, labels = tmp_path / "corpus", tmp_path / "stories", tmp_path / "labels"
    for folder in (corpus, stories, labels):
        folder.mkdir()
    (corpus / "en-tiny.tsv").write_text(SHIPPED, encoding="utf-8")
    (labels / "en.tsv").write_text(SECOND, encoding="utf-8")
    return {"corpus": corpus, "stories": stories, "labels": labels}


def test_the_figures_of_a_five_line_example(
    tiny: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """tp 3 (acknowledge, apologize, suppress), fp 2 (rush, propose), fn 2 (blame, options):
    micro-F1 6/10; must-find 3 of 5 (4 main acts and the blame); mistakes 1 right, rush extra,
    blame missed: P = R = 0.5. The acts they disagree on come first (F1 0), then the ones
    they agree on (1), by name."""
    m = _module()
    labels, problems = m.read_labels(tiny["labels"] / "en.tsv")
    assert problems == []
    data = m.examples("en", tiny["corpus"], tiny["stories"])
    figures = m.report("en", data, labels, None)
    assert figures == pytest.approx(
        {"micro_f1": 0.6, "must_find": 0.6, "mistake_p": 0.5, "mistake_r": 0.5}
    )
    out = capsys.readouterr().out
    assert "5 lines labelled twice (1 no longer in the training data)" in out
    assert "micro_f1                   0.600" in out
    table = out.split("least agreed acts")[1].splitlines()[1:]
    rows = [line.split() for line in table if line.strip()]
    assert [r[0] for r in rows] == [
        "offer_options",
        "premature_blame",
        "propose_solution",
        "rush",
        "acknowledge_feeling",
        "apologize",
        "suppress",
    ]
    assert [r[1] for r in rows] == ["0.00"] * 4 + ["1.00"] * 3
    assert rows[0][2:4] == ["n=1", "m=0"]  # the corpus has options once, the second labeller never


def test_the_command_prints_the_table_and_the_disagreements(
    tiny: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    m = _module()
    folders = [f"--{k}={v}" for k, v in tiny.items()]
    assert m.main(["--lang", "en", "--no-reader", *folders]) == 0
    assert "mistake_p                  0.500" in capsys.readouterr().out
    assert m.main(["diff", "--lang", "en", *folders]) == 0
    diff = capsys.readouterr().out.splitlines()
    assert len(diff) == 3  # blame missed, rush added, options read as a fix
    assert "en-tiny.tsv\toffer_options\tpropose_solution\ta refund or a voucher" in diff


def test_bad_input_is_one_line_on_stderr_and_exit_2(
    tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    m = _module()
    assert m.main(["--labels", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    (tiny["labels"] / "en.tsv").write_text("calm down\tshout_louder\n", encoding="utf-8")
    rows, problems = m.read_labels(tiny["labels"] / "en.tsv")
    assert rows == [] and problems == ["en.tsv:1: unknown act shout_louder"]


def test_the_sample_is_seeded_stratified_and_sorted(tiny: dict[str, Path]) -> None:
    """Every main act keeps at least two lines (or all it has), the size is exact, the draw
    repeats itself, and the texts come out sorted, without labels."""
    m = _module()
    alloc = m.allocate({"a": 10, "b": 1, "c": 89}, 20)
    assert sum(alloc.values()) == 20 and alloc["b"] == 1 and alloc["a"] >= 2
    assert alloc["c"] > alloc["a"]
    data = m.examples("en", tiny["corpus"], tiny["stories"])
    first = m.draw(data, "en", size=3)
    assert first == m.draw(data, "en", size=3) == sorted(first)
    assert len(first) == 3
    assert all("\t" not in t for t in first)
