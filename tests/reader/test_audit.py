"""The corpus audit (game/reader/audit.py) finds what it is for: near-duplicate texts labelled
differently, and not texts that merely share a topic or share their labels. The corpus also
keeps the conventions of corpus/CONVENTIONS.md on the one case the writers disagreed on."""

from __future__ import annotations

import re

import pytest

from game.engine.acts import ACTS, MISTAKES
from game.reader.audit import main, near_duplicates
from game.reader.corpus import CORPUS, Example, corpus_files, read_tsv


def ex(text: str, acts: str) -> Example:
    return Example(text, tuple(acts.split("+")) if acts else (), f"g:{text}", "t.tsv")


def test_near_duplicates_with_different_labels_are_found() -> None:
    data = [
        ex("Come back tomorrow, next please.", "stall+rush"),
        ex("Come back tomorrow. Next please!", "rush+imply_unimportant"),
        ex("I can hear how frustrating this is", "acknowledge_feeling"),
        ex("I can hear how frustrating this is!", "acknowledge_feeling"),
        ex("Your refund went out yesterday", "narrate"),
    ]
    assert [(i, j) for _, i, j in near_duplicates(data)] == [(0, 1)]


def test_the_conventions_name_every_act() -> None:
    text = (CORPUS / "CONVENTIONS.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^\| ([a-z_]+) \|", text, re.MULTILINE))
    assert named - {"act"} == set(ACTS)


def test_a_bare_sorry_but_before_a_mistake_is_not_labelled_an_apology_in_english() -> None:
    """CONVENTIONS.md, as the stories label it: 'I'm sorry, but we don't compensate' is the
    mistake alone; 'sorry about this, but ...' names a trouble and is an apology."""
    bare = re.compile(r"^(?:well,? )?(?:i'm |im )?(?:so |really )?sorry,? but\b", re.IGNORECASE)
    offenders = []
    for path in corpus_files("en", CORPUS):
        for e in read_tsv(path)[0]:
            if bare.search(e.text) and "apologize" in e.acts and set(e.acts) & MISTAKES:
                offenders.append(e.text)
    assert offenders == []


def test_a_bad_argument_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--frobnicate" in err
