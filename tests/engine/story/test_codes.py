"""Story problems have stable codes and severities (Yarn Spinner's YS0001 style): a story for
every code triggers it, docs/story-errors.md lists exactly the codes of storycodes.py, a story
with warnings only loads and plays, and `validate` prints `file:line: severity CODE: message`,
failing on warnings only with --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from game.engine.session import Session
from game.engine.storycodes import CODES, ERROR, WARNING
from game.engine.storyfile import StoryError, load_stories, load_story, parse_story
from game.engine.storysource import Problem
from tests.paths import ROOT
from tests.storykit import TOML_ENDINGS, toml_head

BASE = (
    toml_head()
    + """
[customer]
anger = [2, 4]

[[beat]]
id = "hello"
line = { en = "It broke.", zh = "坏了。" }

[[beat.reply]]
id = "fix"
text = { en = "I'll fix it.", zh = "我来修。" }
acts = ["acknowledge_feeling", "propose_solution"]
next = "done"
"""
    + TOML_ENDINGS
)
REPLY = '[[beat.reply]]\nid = "fix"\n'
ACTS = 'acts = ["acknowledge_feeling", "propose_solution"]\n'
NEXT = 'next = "done"\n'
FIRST_ENDING = "[[ending]]\n"
EXTRA_BEAT = """
[[beat]]
id = "{id}"
line = {{ en = "Hm.", zh = "嗯。" }}

[[beat.reply]]
id = "go"
text = {{ en = "Go on.", zh = "请说。" }}
acts = ["listen"]
next = "{next}"
"""


def edit(old: str, new: str) -> bytes:
    assert old in BASE, old
    return BASE.replace(old, new, 1).encode()


def before_endings(text: str) -> bytes:
    return edit(FIRST_ENDING, text + "\n" + FIRST_ENDING)


def after_next(text: str) -> bytes:
    """Text added to the reply, after its next (a branch, a field)."""
    return edit(NEXT, NEXT + text)


# code -> the bytes of a story with that problem (each parsed as "base.toml")
STORIES: dict[str, bytes] = {
    "FD0102": b'format = 1\nid = "\xff"\n',
    "FD0103": b"format = 1\ntitle = {\n",
    "FD0104": b"x = " + b"[" * 40 + b"]" * 40 + b"\n",
    "FD0105": b"format = 1\ndifficulty = " + b"9" * 5000 + b"\n",
    "FD0201": edit("difficulty = 1\n", 'difficulty = 1\ncolour = "red"\n'),
    "FD0202": edit("[customer]\nanger = [2, 4]\n", "customer = 3\n"),
    "FD0203": after_next("branch = 3\n"),
    "FD0204": edit('title = { en = "Base", zh = "基" }\n', ""),
    "FD0205": edit('title = { en = "Base", zh = "基" }', 'title = "Base"'),
    "FD0206": edit('title = { en = "Base", zh = "基" }', 'title = { en = "Base" }'),
    "FD0207": edit('source = "002"', 'source = ""'),
    "FD0208": edit('id = "fix"', 'id = "Fix!"'),
    "FD0209": edit(ACTS, 'acts = ["apologise"]\n'),
    "FD0210": edit(ACTS, 'acts = ["apologize", "apologize"]\n'),
    "FD0211": edit("anger = [2, 4]", "anger = [5, 2]"),
    "FD0212": after_next('[[beat.reply.branch]]\nwhen = { colour = ["red"] }\nnext = "done"\n'),
    "FD0213": edit('channel = "counter"', 'channel = "phone"').replace(
        b'line = { en = "It broke.", zh = "\xe5\x9d\x8f\xe4\xba\x86\xe3\x80\x82" }',
        b'line = { en = "It broke.", zh = "\xe5\x9d\x8f\xe4\xba\x86\xe3\x80\x82" }\n'
        + 'cue = { en = "She frowns.", zh = "她皱眉。" }'.encode(),
    ),
    "FD0301": edit("format = 1", "format = 2"),
    "FD0302": edit("difficulty = 1", "difficulty = 9"),
    "FD0303": edit('channel = "counter"', 'channel = "fax"'),
    "FD0304": BASE[: BASE.index("[[beat]]")].encode() + BASE[BASE.index(FIRST_ENDING) :].encode(),
    "FD0305": edit("anger = [2, 4]", "anger = [2, 4]\nmax_traits = 5"),
    "FD0306": edit("anger = [2, 4]\n", "anger = [2, 4]\n\n[customer.needs]\n"),
    "FD0307": after_next('[[beat.reply.branch]]\nnext = "done"\n'),
    "FD0308": after_next(
        '[[beat.reply.branch]]\nwhen = { remembered = ["well"] }\nnext = "done"\n'
    ),
    "FD0309": edit(
        REPLY,
        '[[beat.variant]]\nwhen = { style = ["demanding"] }\n'
        'line = { en = "Broken.", zh = "坏了。" }\ncue = { en = "Loud.", zh = "大声。" }\n\n'
        + REPLY,
    ),
    "FD0310": before_endings(EXTRA_BEAT.format(id="more", next="done").split("[[beat.reply]]")[0]),
    "FD0311": edit(
        REPLY,
        REPLY.replace("[[", "[[", 1)
        + 'text = { en = "A", zh = "A" }\n'
        + ACTS
        + NEXT
        + "\n"
        + REPLY,
    ),
    "FD0312": edit(ACTS, ""),
    "FD0313": edit('kind = "escalated"', 'kind = "happy"'),
    "FD0314": edit(REPLY, 'typed = "nope"\n\n' + REPLY),
    "FD0350": edit(ACTS, 'acts = ["listen", "interrupt", "propose_solution"]\n'),
    "FD0401": edit('id = "boss"', 'id = "hello"'),
    "FD0402": before_endings(EXTRA_BEAT.format(id="hello", next="done")),
    "FD0403": edit(NEXT, 'next = "nowhere"\n'),
    "FD0404": edit('start = "hello"', 'start = "nope"'),
    "FD0405": before_endings(EXTRA_BEAT.format(id="orphan", next="done")),
    "FD0406": before_endings(
        EXTRA_BEAT.format(id="orphan", next="later") + EXTRA_BEAT.format(id="later", next="done")
    ),
    "FD0407": edit(NEXT, 'next = "hello"\n'),
    "FD0408": edit('kind = "walked_out"', 'kind = "unresolved"'),
    "FD0409": (
        BASE + '\n[[ending]]\nid = "extra"\nkind = "resolved"\n'
        'line = { en = "Fine.", zh = "好。" }\n'
    ).encode(),
    "FD0501": edit('kind = "resolved"', 'kind = "unresolved"'),
    "FD0502": edit("anger = [2, 4]", "anger = [0, 1]").replace(
        b'next = "done"\n',
        b'next = "out"\n[[beat.reply.branch]]\nwhen = { anger = [5, 6] }\nnext = "done"\n',
    ),
}
STORIES["FD0503"] = STORIES["FD0502"]


def found(data: bytes, path: str = "base.toml") -> list[Problem]:
    """Every problem of a story, errors and warnings, whether it loads or not."""
    warnings: list[Problem] = []
    try:
        parse_story(data, path, warnings)
    except StoryError as err:
        return list(err.problems)
    return warnings


def with_files(tmp_path: Path) -> dict[str, Callable[[], list[Problem]]]:
    """The codes that need files: unreadable, misnamed, an id used twice."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "base.toml").write_text(BASE, encoding="utf-8")
    (tmp_path / "other.toml").write_text(BASE, encoding="utf-8")

    def load(path: Path) -> list[Problem]:
        try:
            load_story(path)
        except StoryError as err:
            return list(err.problems)
        return []

    return {
        "FD0101": lambda: load(tmp_path / "missing.toml"),
        "FD0106": lambda: load(tmp_path / "other.toml"),
        "FD0107": lambda: load_stories([tmp_path / "a", tmp_path / "b"])[1],
    }


def test_the_base_story_has_no_problem_at_all() -> None:
    assert found(BASE.encode()) == []


def test_every_code_has_a_story_that_triggers_it(tmp_path: Path) -> None:
    files = with_files(tmp_path)
    assert set(STORIES) | set(files) == set(CODES)
    for code in CODES:
        problems = files[code]() if code in files else found(STORIES[code])
        codes = [p.code for p in problems]
        assert code in codes, (code, [(p.code, p.message) for p in problems])
        for p in problems:
            assert p.code in CODES and p.severity == CODES[p.code].severity, p


@pytest.mark.parametrize("code", sorted(c for c, k in CODES.items() if k.severity == WARNING))
def test_a_story_with_only_a_warning_loads_and_plays(code: str) -> None:
    warnings: list[Problem] = []
    story = parse_story(STORIES[code], "base.toml", warnings)
    assert code in [p.code for p in warnings]
    assert all(not p.is_error for p in warnings)
    view = Session(story, seed=1).current
    assert view is not None and view.beat_id == "hello"


def test_an_error_keeps_the_story_out_and_lists_the_warnings_beside_it() -> None:
    data = STORIES["FD0405"].replace(b"difficulty = 1", b"difficulty = 9")
    with pytest.raises(StoryError) as caught:
        parse_story(data, "base.toml")
    assert sorted(p.code for p in caught.value.problems) == ["FD0302", "FD0405"]


def test_the_docs_table_lists_every_code_with_its_severity() -> None:
    text = (ROOT / "docs" / "story-errors.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (FD\d{4}) \| (error|warning) \| (.+) \|$", text, re.M)
    assert [(c, s) for c, s, _ in rows] == [(c.code, c.severity) for c in CODES.values()]
    assert all(c.severity in (ERROR, WARNING) for c in CODES.values())
    assert len({c[:4] for c in CODES}) == 5  # the five families the page explains


def validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", "validate", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_validate_prints_each_problem_with_its_severity_and_code(tmp_path: Path) -> None:
    bad = tmp_path / "base.toml"
    head, tail = STORIES["FD0405"].rsplit(b'next = "done"', 1)  # the orphan's next
    bad.write_bytes(head + b'next = "nowhere"' + tail)
    out = validate(str(bad))
    assert out.returncode == 1 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert any(re.fullmatch(rf"{re.escape(str(bad))}:\d+: error FD0403: .+", x) for x in lines)
    assert any(re.fullmatch(rf"{re.escape(str(bad))}:\d+: warning FD0405: .+", x) for x in lines)
    assert lines[-1] == "1 error(s), 1 warning(s) in 1 path(s)"


def test_validate_passes_warnings_unless_strict(tmp_path: Path) -> None:
    story = tmp_path / "base.toml"
    story.write_bytes(STORIES["FD0409"])
    out = validate(str(story))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "1 stories OK, 1 warning(s)\n"
    assert re.fullmatch(rf"{re.escape(str(story))}:\d+: warning FD0409: .+\n", out.stderr)
    strict = validate("--strict", str(story))
    assert strict.returncode == 1 and "0 error(s), 1 warning(s)" in strict.stderr
