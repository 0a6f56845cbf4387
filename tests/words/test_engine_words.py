"""The engine's words live in the tables (issue #17): no prose is written in game/engine's code
any more (so none can creep back), the names the code keeps and the keys the tables hold agree,
and the words are looked up where they are used, never at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import game.words as words
from game.engine.act_table import ALL
from game.engine.echoes import FAMILIES, GOOD_ECHOES, GOOD_MOVES, MISTAKE_ECHOES
from game.engine.facets import STYLES
from game.engine.text import LANGS, Text, Words
from tests.paths import ROOT

ENGINE = ROOT / "game" / "engine"
HOME = ENGINE / "text.py"  # where `t` and `Text` are defined


def _words(node: ast.AST) -> bool:
    """A string or an f-string, or a sum that starts with one (`"Mr. " + name`)."""
    while isinstance(node, ast.BinOp):
        node = node.left
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def prose(path: Path) -> list[str]:
    """The calls in a module that write words in code: `t(...)` of any kind, and `Text(...)`
    given a string or an f-string (joining texts made elsewhere is structure, not words)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        name = node.func.id
        if name == "t" or (name == "Text" and any(_words(a) for a in node.args)):
            found.append(f"{path.name}:{node.lineno}: {name}(...)")
    return found


def test_no_module_of_the_engine_writes_words_in_its_code() -> None:
    modules = sorted(p for p in ENGINE.rglob("*.py") if p != HOME)
    assert len(modules) > 40
    assert [hit for path in modules for hit in prose(path)] == []


def test_the_scan_finds_words_written_in_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        'A = t("Hello", "你好")\n'
        'B = Text(f"Mr. {x}", "先生")\n'
        "C = Text(a.en, b.zh)\n"  # structure, not words
        "D = t(name, name)\n"
        'E = Text("; ".join(x), "；".join(y))\n'
        'F = Text("Ms. " + en, zh)\n',
        encoding="utf-8",
    )
    assert prose(bad) == [
        "bad.py:1: t(...)",
        "bad.py:2: Text(...)",
        "bad.py:4: t(...)",
        "bad.py:6: Text(...)",
    ]


def _mappings() -> list[Words]:
    import game.engine.act_words as act_words
    import game.engine.facets as facets

    return [v for m in (facets, act_words) for v in vars(m).values() if isinstance(v, Words)]


def test_each_words_mapping_names_exactly_the_keys_under_its_prefix() -> None:
    table = words.table("en")
    found = _mappings()
    assert {w.prefix for w in found} >= {"facet.style", "facet.need", "act.phrase"}
    for w in found:
        under = [k.removeprefix(w.prefix + ".") for k in table if k.startswith(w.prefix + ".")]
        assert under == list(w), w.prefix  # the same names, in the same order
        assert all(isinstance(text, Text) and text.en and text.zh for text in w.values())


def test_a_words_mapping_refuses_a_name_it_does_not_have() -> None:
    assert "demanding" in STYLES and "bossy" not in STYLES
    assert STYLES.get("bossy") is None
    assert STYLES["steady"] == Text("steady", "稳定型")


def test_the_customers_lines_are_every_mistake_and_move_in_every_style_and_heat() -> None:
    heats = ("cool", "hot")
    made = {
        f"speech.{family}.{act}.{style}.{heat}"
        for family, acts in FAMILIES.items()
        for act in acts
        for style in STYLES
        for heat in heats
    }
    made |= {f"speech.good.{m}.{s}.{h}" for m in GOOD_MOVES for s in STYLES for h in heats}
    ends = {f"speech.end.{kind}" for kind in ("walked_out", "hung_up", "escalated")}
    assert {k for k in words.table("en") if k.startswith("speech.")} == made | ends
    mistakes = {a.name for a in ALL if not a.good}
    assert set(MISTAKE_ECHOES) == {act for acts in FAMILIES.values() for act in acts} <= mistakes
    assert list(GOOD_ECHOES) == list(GOOD_MOVES)
    cool, hot = MISTAKE_ECHOES["deny"]["demanding"]
    assert hot.en == words.get("speech.feeling.deny.demanding.hot", "en")
    assert cool.zh == words.get("speech.feeling.deny.demanding.cool", "zh")
    assert GOOD_ECHOES["rung"]["steady"][0] == Text(
        *(words.get("speech.good.rung.steady.cool", lang) for lang in LANGS)
    )
    assert list(MISTAKE_ECHOES["deny"]) == list(STYLES)
    with pytest.raises(KeyError):
        MISTAKE_ECHOES["deny"]["bossy"]


def test_the_engine_looks_its_words_up_at_use_not_at_import() -> None:
    code = (
        "from game.catalog import load_pack\n"
        "from game.engine.session import Session\n"
        "import game.engine.lazy, game.engine.policies, game.engine.storyfile\n"
        "from game.engine.text import fixed\n"
        "stories = list(load_pack())\n"
        "before = fixed.cache_info().currsize\n"
        "s = Session(stories[0], 7)\n"
        "print(before, fixed.cache_info().currsize > 0, s.customer.name.en != '')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["0", "True", "True"]
