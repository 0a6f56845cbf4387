"""The shipped model files: re-training from the corpus reproduces them, they read their own
training data well, cover every act the data uses, and load back byte for byte."""

from __future__ import annotations

import hashlib

import pytest

from game.engine.acts import ACTS
from game.reader.corpus import CORPUS, corpus_files, examples, read_tsv
from game.reader.learn import train
from game.reader.model import from_json, load, model_path, to_json

# the model reads its training data far better than held-out text (bench/bench_reader.py):
# a model file that does not, was not trained on this data
FLOOR = 0.80


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shipped_model_reads_its_training_data_above_the_floor(lang: str) -> None:
    model = load(lang)
    tp = fp = fn = 0
    for e in examples(lang):
        got = set(model.read(e.text)[0])
        gold = set(e.acts)
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    assert 2 * tp / (2 * tp + fp + fn) >= FLOOR


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_model_knows_every_act_its_data_uses(lang: str) -> None:
    model = load(lang)
    used = {a for e in examples(lang) for a in e.acts}
    assert used <= set(model.acts)
    assert list(model.acts) == [a for a in ACTS if a in model.acts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_model_file_loads_and_writes_back_byte_for_byte(lang: str) -> None:
    raw = model_path(lang).read_text(encoding="utf-8")
    assert to_json(from_json(raw)) == raw
    assert len(raw.encode()) < 1_500_000  # about a megabyte: the weights and the nearest replies


def test_the_corpus_files_read_without_problems() -> None:
    files = corpus_files("en", CORPUS) + corpus_files("zh", CORPUS)
    assert files
    for path in files:
        _, problems = read_tsv(path)
        assert problems == [], problems[:3]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_retraining_from_the_committed_corpus_reproduces_the_model_file(lang: str) -> None:
    """Training is deterministic and quick (seconds): a model file that differs was trained on
    another corpus or by other code. Re-train with `python -m game.reader.train`."""
    fresh = to_json(train(examples(lang), lang))
    shipped = model_path(lang).read_text(encoding="utf-8")
    # compared as digests: pytest's diff of two half-megabyte strings would run for hours
    same = hashlib.sha256(fresh.encode()).digest() == hashlib.sha256(shipped.encode()).digest()
    assert same, f"{model_path(lang).name} differs from a fresh training: re-run game.reader.train"
