"""The word tables (game/words/*.toml, issue #17): every language has the same keys and the same
`{fields}` per key, no text is empty, every key is used by the code, a missing key fails loudly,
and the fast reader reads the files as tomllib does.

Each check is a function that lists the problems of some tables; it is run on the real tables
(no problem) and on a broken copy (the problem found), so a check that stops checking fails."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
import tomllib
from functools import cache

import pytest

import game.words as words
from game.engine.text import LANGS, Text, word
from tests.paths import ROOT

GAME = ROOT / "game"
Tables = dict[str, dict[str, str]]  # lang -> key -> text

# keys built at run time: (section, the start of the key as the code writes it). Each must be
# the start of an f-string somewhere in game/ and of at least one key.
DYNAMIC: tuple[tuple[str, str], ...] = (
    ("ui", "trust."),  # tui/replay_text.py: trust.{band}
    ("ui", "patience."),  # tui/replay_text.py: patience.{band}
    ("ui", "end."),  # tui/debrief_text.py, play_screen.py: end.{result kind}
    ("ui", "tip."),  # tui/debrief_text.py: tip.{kind}
    ("ui", "title.theme."),  # tui/screens/title_screen.py: title.theme.{dark|light}
    ("ui", "time."),  # tui/screens/play_screen.py: time.{channel}.{band}
    ("ui", "button."),  # tui/screens/debrief_screen.py: button.{action}
    ("ui", "trend."),  # tui/screens/picker_screen.py: trend.{trend}
    ("ui", "channel."),  # tui/screens/picker_screen.py: channel.{channel}
    ("ui", "meter."),  # tui/replay_text.py: "meter." + key
    ("ui", "debrief.moment."),  # tui/debrief_text.py _since: debrief.moment.{up|down|same}
    ("report", "n."),  # report/labels.py many: n.{word} and n.{word}s
    ("report", "try."),  # report/labels.py tries_rows: try.{attempt}
    ("glossary", "glossary."),  # lessons/glossary.py: glossary.{name}.{part}
    ("lessons", "lessons.skill."),  # lessons/skill_table.py: lessons.skill.{rule}.{part}
    ("note", "top."),  # engine/rules/needs.py: top.{what}
    ("facet", "facet.style."),  # engine/facets.py: Words("facet.style", ...) and so on
    ("facet", "facet.a_style."),
    ("facet", "facet.trait."),
    ("facet", "facet.state."),
    ("facet", "facet.cause."),
    ("facet", "facet.need."),
    ("facet", "facet.factor."),
    ("facet", "facet.age."),
    ("act", "act.phrase."),  # engine/act_words.py: Words("act.phrase", ...)
    ("act", "act.meaning."),  # engine/act_table.py: act.meaning.{name}
    ("rule", "rule."),  # engine/rules/base.py: rule.{id}.title, rule.{id}.summary
    ("reaction", "reaction."),  # engine/reactions.py: reaction.{key}
    ("cue", "cue."),  # engine/cues.py: cue.{signal}, cue.{kind}.{channel}.{rest}
    ("people", "people.look."),  # engine/people.py: people.look.{channel}.{name}
    ("speech", "speech."),  # engine/echoes: speech.{family}.{move}.{style}.{heat}
)
# `KEY.one` (n == 1) and `KEY.long` (a key's sentence) are read by tui/i18n.py for a used KEY
SUFFIXES: tuple[str, ...] = (".one", ".long")
# the sections whose lookups put the section's name in front of the key (`tr`, `label`, the
# rules' `note`)
PREFIXED: tuple[str, ...] = ("ui", "report", "note")


def real() -> Tables:
    return {lang: dict(words.table(lang)) for lang in words.languages()}


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def key_problems(tables: Tables) -> list[str]:
    first, *rest = sorted(tables)
    out = []
    for lang in rest:
        missing = [k for k in tables[first] if k not in tables[lang]]
        extra = [k for k in tables[lang] if k not in tables[first]]
        out += [f"{lang}: no {k}" for k in missing] + [f"{lang}: extra {k}" for k in extra]
        if not missing and not extra and list(tables[lang]) != list(tables[first]):
            out.append(f"{lang}: the keys are in another order than in {first}")
    return out


def field_problems(tables: Tables) -> list[str]:
    first, *rest = sorted(tables)
    return [
        f"{lang} {k}: {fields(tables[lang][k])} against {fields(text)}"
        for lang in rest
        for k, text in tables[first].items()
        if k in tables[lang] and fields(tables[lang][k]) != fields(text)
    ]


def empty_problems(tables: Tables) -> list[str]:
    return [f"{lang} {k}" for lang, t in tables.items() for k, v in t.items() if not v.strip()]


@cache
def literals() -> tuple[frozenset[str], frozenset[str]]:
    """Every string constant in game/ (f-strings' pieces included), and the start of every
    f-string, of every sum that starts with a string and of the keys of every `Words(PREFIX,
    names)` (`PREFIX.`)."""
    consts: set[str] = set()
    heads: set[str] = set()
    for path in sorted(GAME.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                consts.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    heads.add(first.value)
            elif (  # "meter." + key
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Add)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
            ):
                heads.add(node.left.value)
            elif (  # Words("facet.style", STYLES): facet.style.{name}
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Words"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                heads.add(node.args[0].value + ".")
    return frozenset(consts), frozenset(heads)


def is_used(key: str, consts: frozenset[str]) -> bool:
    section, name = key.split(".", 1)
    for suffix in SUFFIXES:
        if section == "ui" and name.endswith(suffix) and is_used(key.removesuffix(suffix), consts):
            return True
    if key in consts or (section in PREFIXED and name in consts):
        return True
    return any(
        s == section and (name if section in PREFIXED else key).startswith(start)
        for s, start in DYNAMIC
    )


def unused_problems(keys: list[str], consts: frozenset[str], heads: frozenset[str]) -> list[str]:
    out = [f"{k} is not used in game/" for k in keys if not is_used(k, consts)]
    for section, start in DYNAMIC:
        if start not in heads:
            out.append(f"no f-string or sum in game/ starts with {start!r}")
        full = start if section not in PREFIXED else f"{section}.{start}"
        if not any(k.startswith(full) for k in keys):
            out.append(f"no key starts with {full!r}")
    for suffix in SUFFIXES:
        if suffix not in consts:
            out.append(f"the code never adds {suffix!r}")
    return out


# --- the real tables ------------------------------------------------------------------------


def test_there_is_a_table_per_language_of_the_game() -> None:
    assert words.languages() == tuple(sorted(LANGS))
    assert {k.split(".")[0] for k in words.table("en")} == {
        "ui",
        "report",
        "glossary",
        "lessons",
        "note",
        "facet",
        "act",
        "rule",
        "reaction",
        "cue",
        "people",
        "speech",
    }


def test_every_table_has_the_same_keys_in_the_same_order() -> None:
    assert key_problems(real()) == []


def test_every_key_has_the_same_fields_in_every_language() -> None:
    assert field_problems(real()) == []


def test_no_text_is_empty() -> None:
    assert empty_problems(real()) == []


def test_every_key_is_used_and_every_dynamic_start_too() -> None:
    consts, heads = literals()
    assert unused_problems(list(words.table("en")), consts, heads) == []


def test_the_fast_reader_reads_the_files_as_tomllib_does() -> None:
    for lang in words.languages():
        text = (words.FOLDER / f"{lang}.toml").read_text(encoding="utf-8")
        fast = words.read_subset(text)
        assert fast is not None, f"{lang}.toml uses more of TOML than the fast reader reads"
        assert list(fast.items()) == list(words.read_toml(text).items())
        tomllib.loads(text)  # and it is TOML


def test_a_missing_key_fails_loudly_naming_it() -> None:
    from game.report.labels import label
    from game.tui.i18n import tr

    with pytest.raises(KeyError, match=r"ui\.no\.such\.key"):
        tr("no.such.key", "zh")
    with pytest.raises(KeyError, match=r"report\.no\.such\.label"):
        label("no.such.label", "en")
    with pytest.raises(KeyError, match=r"lessons\.nothing"):
        word("lessons.nothing")
    with pytest.raises(KeyError, match="name"):  # a field the text needs, not given
        words.get("ui.title.welcome", "en", player="Ana")


def test_lookups_fill_fields_per_language_and_an_unknown_language_reads_english() -> None:
    assert words.get("ui.title.welcome", "zh", name="Ana") == "欢迎你，Ana。"
    assert words.get("ui.title.welcome", "fr", name="Ana") == "Welcome, Ana."
    need = word("lessons.change.need.up.large", need=Text("to be heard", "被倾听"))
    assert need == Text("to be heard: met a lot more", "“被倾听”：大为满足")


def test_the_title_screen_in_english_reads_only_the_english_table() -> None:
    code = (
        "import sys\n"
        "from game import words\n"
        "from game.tui.i18n import UI, tr\n"
        "assert tr('app.title', 'en') == 'frontdesk' and 'key.help' in UI\n"
        "print(sorted(words._TABLES), 'tomllib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["['en']", "False"]


# --- each check catches what it checks ----------------------------------------------------


def broken(change: str) -> Tables:
    tables = real()
    zh = tables["zh"]
    if change == "missing":
        del zh["ui.title.welcome"]
    elif change == "order":
        tables["zh"] = dict(reversed(zh.items()))
    elif change == "field":
        zh["ui.title.welcome"] = "欢迎你，{player}。"
    elif change == "empty":
        zh["report.none"] = " "
    return tables


def test_the_checks_catch_a_broken_table() -> None:
    assert key_problems(broken("missing")) == ["zh: no ui.title.welcome"]
    assert key_problems(broken("order")) == ["zh: the keys are in another order than in en"]
    assert field_problems(broken("field")) == ["zh ui.title.welcome: ['player'] against ['name']"]
    assert empty_problems(broken("empty")) == ["zh report.none"]


def test_the_usage_scan_catches_an_unused_key_and_a_stale_dynamic_start() -> None:
    consts, heads = literals()
    keys = list(words.table("en"))
    assert unused_problems([*keys, "ui.never.shown"], consts, heads) == [
        "ui.never.shown is not used in game/"
    ]
    assert "ui.title.welcome" in keys and is_used("ui.title.welcome", consts)
    assert not is_used("ui.title.welcome", consts - {"title.welcome"})
    assert is_used("ui.key.help.long", consts) and not is_used("ui.key.nothing.long", consts)
    gone = unused_problems(keys, consts, heads - {"trust."})
    assert gone == ["no f-string or sum in game/ starts with 'trust.'"]
    no_keys = unused_problems([k for k in keys if not k.startswith("report.try.")], consts, heads)
    assert no_keys == ["no key starts with 'report.try.'"]


def test_the_fast_reader_leaves_what_it_does_not_read_to_tomllib() -> None:
    assert words.read_subset('[ui]\n"a" = "x \\"y\\""  # note\nb = "z"\n') == {
        "ui.a": 'x "y"',
        "ui.b": "z",
    }
    for beyond in ('[ui]\na = """x"""\n', "[ui]\na = 'x'\n", '[ui]\na = "x"\na = "y"\n'):
        assert words.read_subset(beyond) is None, beyond
    assert words.read_toml("[ui]\na = '''x'''\n[ui.b]\nc = \"d\"\n") == {"ui.a": "x", "ui.b.c": "d"}
    with pytest.raises(ValueError, match=r"ui\.n is not a string"):
        words.read_toml("[ui]\nn = 3\n")
