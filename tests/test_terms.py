"""One word per concept in what people read (issue #17): the customer is 客户, the word of the
seed documents (000, 001 and 003 say 客户 some 400 times, 顾客 8). Only a customer's own
speech (the tables' `[speech]` section, story dialogue) may say 顾客, as people do."""

from __future__ import annotations

from pathlib import Path

import game.words as words
from tests.paths import ROOT

SPEECH = "[speech]"  # the tables' section of in-character lines: "我可是顾客！"


def spoken(lines: list[str]) -> list[bool]:
    """Per line of a table, whether it is in its `[speech]` section."""
    out, inside = [], False
    for line in lines:
        if line.startswith("["):
            inside = line.split("#")[0].strip() == SPEECH
        out.append(inside)
    return out


def offenders(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if "reader" in path.parts:  # the reader hears both
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        speech = spoken(lines) if path.suffix == ".toml" else [False] * len(lines)
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
        found += [
            f"{where}:{n}"
            for n, (line, said) in enumerate(zip(lines, speech, strict=True), 1)
            if "顾客" in line and not said
        ]
    return found


def test_the_ui_report_and_lessons_call_the_customer_by_one_word() -> None:
    sources = [*sorted((ROOT / "game").rglob("*.py")), *sorted(words.FOLDER.glob("*.toml"))]
    assert offenders(sources) == []


def test_only_the_customers_own_words_may_say_the_other_word(tmp_path: Path) -> None:
    table = tmp_path / "xx.toml"
    table.write_text(
        '[speech]  # in character\n"a" = "我可是顾客！"\n[ui]\n"b" = "顾客"\n', encoding="utf-8"
    )
    assert offenders([table]) == ["xx.toml:4"]
    assert sum("顾客" in v for k, v in words.table("zh").items() if k.startswith("speech.")) >= 1


def test_the_word_tables_say_the_seeds_word() -> None:
    zh = words.table("zh")
    for section, least in (("ui.", 10), ("report.", 3), ("lessons.", 10)):
        assert sum("客户" in v for k, v in zh.items() if k.startswith(section)) >= least, section
