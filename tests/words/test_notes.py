"""The rules' notes are keys of the tables' [note] section with parameters (issue #17): each
note keeps its key and parameters, its text is the table's, rendered from them, and a note read
back from a save (text only) is still the same note."""

from __future__ import annotations

from game.engine.notes import Note
from game.engine.rules import base, feeling, manner, needs, path
from game.engine.text import Text, word


def test_a_note_keeps_its_key_and_params_and_its_text_comes_from_the_table() -> None:
    n = base.note("rung", True, "rung.right", stars=3)
    assert (n.key, n.params) == ("rung.right", (("stars", 3),))
    assert (
        n.text
        == word("note.rung.right", stars=3)
        == Text("the right restatement for 3 stars", "3星愤怒，复述对了层次")
    )
    assert base.note("rung", True, "rung.right", stars=3) is n  # made once, then shared


def test_a_note_read_from_a_save_equals_the_note_the_rule_made() -> None:
    n = base.note(
        "attitude", False, "attitude", act=Text("telling them to calm down", "叫客户冷静")
    )
    saved = Note(n.topic, n.good, n.text)  # what a save holds: topic, sign, text
    assert saved == n and hash(saved) == hash(n) and saved.key == ""


def test_every_note_the_rules_keep_is_rendered_from_its_key() -> None:
    kept = [
        v for m in (feeling, manner, needs, path) for v in vars(m).values() if isinstance(v, Note)
    ]
    assert len(kept) >= 20
    for n in kept:
        assert n.key, n
        assert n.text == word(f"note.{n.key}", **dict(n.params)), n.key
