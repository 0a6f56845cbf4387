"""One word per concept in what people read (issue #17): the customer is 客户, the word of the
seed documents (000, 001 and 003 say 客户 some 400 times, 顾客 8). Only a customer's own
speech (game/engine/echoes, story dialogue) may say 顾客, as people do."""

from __future__ import annotations

import game.words as words
from tests.paths import ROOT

SPEECH = ROOT / "game" / "engine" / "echoes"  # in-character lines: "我可是顾客！"


def test_the_ui_report_and_lessons_call_the_customer_by_one_word() -> None:
    sources = [*sorted((ROOT / "game").rglob("*.py")), *sorted(words.FOLDER.glob("*.toml"))]
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sources
        if SPEECH not in path.parents and "reader" not in path.parts  # the reader hears both
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "顾客" in line
    ]
    assert offenders == []


def test_the_word_tables_say_the_seeds_word() -> None:
    zh = words.table("zh")
    for section, least in (("ui.", 10), ("report.", 3), ("lessons.", 10)):
        assert sum("客户" in v for k, v in zh.items() if k.startswith(section)) >= least, section
