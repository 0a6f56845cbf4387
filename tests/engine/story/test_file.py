"""The story loader: the pack loads, and every problem is reported at once as file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.storyfile import StoryError, load_stories, load_story, parse_story
from tests.paths import ROOT
from tests.storykit import toml_head

BAD = ROOT / "tests" / "fixtures" / "bad_stories" / "many-errors.toml"
GOOD = ROOT / "stories" / "dropped-calls.toml"


def test_every_story_of_the_pack_is_valid() -> None:
    stories, problems = load_stories([ROOT / "stories"])
    assert problems == []
    assert {"dropped-calls", "24-hour-wait"} <= {s.id for s in stories}
    for s in stories:
        assert s.digest and s.path.endswith(f"{s.id}.toml")


def test_all_problems_are_reported_at_once_with_their_lines() -> None:
    with pytest.raises(StoryError) as caught:
        load_story(BAD)
    found = {(p.line, p.message) for p in caught.value.problems}
    f = str(BAD)
    assert all(p.file == f for p in caught.value.problems)
    assert (6, "difficulty must be a whole number from 1 to 5") in found
    assert (12, "unknown style 'demandin' (did you mean \"demanding\"?)") in found
    assert (13, "anger must have 0 <= lowest <= highest <= 6, not [5, 2]") in found
    assert (17, "line of beat 'hello' has no Chinese (zh) text") in found
    assert (22, "unknown act 'apologise' (did you mean \"apologize\"?)") in found
    assert (23, "reply 'a' of beat 'hello' leads to unknown beat 'nowhere'") in found
    assert (31, "unknown mood 'livid'") in found
    assert (35, "beat 'orphan' cannot be reached from start 'hello'") in found
    assert any("needs an ending of kind 'walked_out'" in m for _, m in found)
    assert str(caught.value).splitlines()[0].startswith(f"{f}:")


def test_syntax_errors_and_bad_bytes_name_their_line() -> None:
    with pytest.raises(StoryError) as caught:
        parse_story(b'format = 1\nid = "x"\ntitle = {\n', "s.toml")
    assert caught.value.problems[0].line == 3
    with pytest.raises(StoryError) as caught:
        parse_story(b'format = 1\n\nid = "\xff"\n', "s.toml")
    assert caught.value.problems[0].line == 3
    assert "UTF-8" in caught.value.problems[0].message


def test_id_must_match_the_file_name(tmp_path: Path) -> None:
    copy = tmp_path / "other-name.toml"
    copy.write_bytes(GOOD.read_bytes())
    with pytest.raises(StoryError, match="must match the file name"):
        load_story(copy)


def test_a_single_language_story_needs_only_its_language() -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert "languages" not in text
    story = parse_story(('languages = ["en"]\n' + text).encode(), "dropped-calls.toml")
    assert story.languages == ("en",)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_end_in_a_story_or_a_story_error(data: bytes) -> None:
    try:
        parse_story(data, "fuzz.toml")
    except StoryError as err:
        assert all(p.line >= 1 for p in err.problems)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_stories_end_in_a_story_or_a_story_error(data: st.DataObject) -> None:
    lines = GOOD.read_text(encoding="utf-8").splitlines()
    i = data.draw(st.integers(0, len(lines) - 1))
    junk = data.draw(
        st.sampled_from(
            [
                "",
                "x = 5",
                "acts = 3",
                "[[beat]]",
                "next = [1]",
                "line = 7",
                "when = { anger = [9] }",
                "[customer]",
            ]
        )
    )
    lines[i] = junk
    try:
        parse_story("\n".join(lines).encode(), "dropped-calls.toml")
    except StoryError as err:
        assert err.problems


def _story_with(
    cue_line: str, channel: str = "phone", when: str = '{ style = ["steady"] }'
) -> bytes:
    """A minimal valid story with one variant carrying `cue_line`."""
    exits = '[[ending]]\nid = "gone"\nkind = "hung_up"\nline = { en = "Bye.", zh = "再见。" }\n'
    exits += '[[ending]]\nid = "boss"\nkind = "escalated"\nline = { en = "Boss!", zh = "经理！" }\n'
    if channel == "counter":
        exits += '[[ending]]\nid = "out"\nkind = "walked_out"\n'
        exits += 'line = { en = "Out.", zh = "走了。" }\n'
    head = toml_head("tiny", ("Tiny", "小"), channel=channel)
    return f"""{head}
[[beat]]
id = "hello"
line = {{ en = "Broken.", zh = "坏了。" }}
[[beat.variant]]
when = {when}
line = {{ en = "Hm.", zh = "嗯。" }}
{cue_line}

[[beat.reply]]
id = "fix"
text = {{ en = "I'll fix it.", zh = "我来修。" }}
acts = ["propose_solution"]
next = "done"

[[ending]]
id = "done"
kind = "resolved"
line = {{ en = "Good.", zh = "好。" }}
{exits}""".encode()


def test_a_cue_may_not_depend_on_the_buying_style() -> None:
    """000: never type a customer by a gesture; the style shows in the words."""
    data = _story_with('cue = { en = "A sigh.", zh = "叹了口气。" }')
    with pytest.raises(StoryError) as caught:
        parse_story(data, "tiny.toml")
    assert any("may not depend on the buying style" in p.message for p in caught.value.problems)
    parse_story(
        _story_with('cue = { en = "A sigh.", zh = "叹了口气。" }', when='{ mood = ["calm"] }'),
        "tiny.toml",
    )


def test_on_the_phone_a_visual_cue_is_refused_with_its_line() -> None:
    """001's synchronizations: on a call only what is heard reaches the agent."""
    cue = 'cue = { en = "Arms folded, she frowns.", zh = "抱着胳膊，皱着眉。" }'
    data = _story_with(cue, when='{ mood = ["calm"] }')
    with pytest.raises(StoryError) as caught:
        parse_story(data, "tiny.toml")
    lines = [p.line for p in caught.value.problems if "cannot be seen" in p.message]
    assert lines and data.decode().splitlines()[lines[0] - 1].startswith("cue = ")
    parse_story(_story_with(cue, channel="counter", when='{ mood = ["calm"] }'), "tiny.toml")


def test_remembered_is_refused_outside_an_ending() -> None:
    data = _story_with(
        'cue = { en = "A sigh.", zh = "叹了口气。" }', when='{ remembered = ["well"] }'
    )
    with pytest.raises(StoryError) as caught:
        parse_story(data, "tiny.toml")
    assert any("known only at the end" in p.message for p in caught.value.problems)


def test_a_story_id_used_twice_is_reported_at_its_id_line(tmp_path: Path) -> None:
    """Was line 1."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / GOOD.name).write_bytes(GOOD.read_bytes())
    stories, problems = load_stories([tmp_path / "a", tmp_path / "b"])
    assert len(stories) == 1
    id_line = GOOD.read_text(encoding="utf-8").split("\n").index('id = "dropped-calls"') + 1
    assert [(p.line, p.message) for p in problems] == [
        (id_line, f"story id 'dropped-calls' is also used by {tmp_path / 'a' / GOOD.name}")
    ]
