"""The save format: byte-exact round trips, replay checks, story edits, and refusing bad files."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.text import t
from game.saves.check import check, resume, story_changes
from game.saves.format import FORMAT, MAX_BYTES, SaveError, dump, parse_save
from game.saves.store import Store, clean_temps, read_save, safe_name, write_atomic
from tests.paths import FIXTURES
from tests.savekit import CAREFUL, played, saved
from tests.tui.kit import fixture_story

FIXTURES = FIXTURES / "saves"


def as_json(data: bytes) -> dict[str, Any]:
    obj = json.loads(data)
    assert isinstance(obj, dict)
    return obj


def edited(change: Any) -> bytes:
    obj = as_json(dump(saved()))
    change(obj)
    return json.dumps(obj).encode()


# --- round trips and determinism ---------------------------------------------------------


def test_a_save_reads_back_to_the_same_bytes() -> None:
    data = dump(saved())
    assert dump(parse_save(data)) == data


def test_the_same_story_seed_and_choices_give_the_same_bytes() -> None:
    assert dump(saved()) == dump(saved())
    assert dump(saved(seed=8)) != dump(saved())


def test_a_save_holds_the_transcript_itself() -> None:
    obj = as_json(dump(saved()))
    first = obj["turns"][0]
    assert first["reply"] == "feel" and first["acts"] == ["acknowledge_feeling", "use_name"]
    assert first["line"]["en"] and first["line"]["zh"]
    assert {"emotion", "trust", "patience", "needs"} <= set(first["after"])
    assert first["rules"] and all("notes" in r for r in first["rules"])
    note = next(n for r in first["rules"] for n in r["notes"])
    assert {"topic", "good", "text"} == set(note)
    assert obj["outcome"]["kind"] == "resolved"
    assert obj["customer"]["name"]["en"]


def test_the_first_released_format_still_loads() -> None:
    finished = read_save(FIXTURES / "format-1-finished.json")
    assert finished.story.id == "tui-story" and len(finished.turns) == 4
    assert finished.outcome is not None and finished.outcome.kind == "resolved"
    unfinished = read_save(FIXTURES / "format-1-unfinished.json")
    assert unfinished.outcome is None and len(unfinished.turns) == 2


# --- replay --check ----------------------------------------------------------------------


def test_an_untouched_save_replays_identically() -> None:
    save = parse_save(dump(saved()))
    assert check(save, fixture_story()) is None


def test_a_hand_edited_save_fails_naming_the_turn() -> None:
    def bump(obj: dict[str, Any]) -> None:
        obj["turns"][2]["moment"] += 1

    found = check(parse_save(edited(bump)), fixture_story())
    assert found is not None and found.startswith("turn 3 differs in moment (saved ")


def test_an_edited_meter_is_named_with_its_field() -> None:
    def trust(obj: dict[str, Any]) -> None:
        obj["turns"][1]["after"]["trust"] = 99.0

    found = check(parse_save(edited(trust)), fixture_story())
    assert found is not None and found.startswith("turn 2 differs in after.trust (saved 99.0, ")


def test_a_changed_story_is_named_beat_by_beat() -> None:
    story = fixture_story()
    beat = story.beats[1]
    changed = replace(
        story,
        beats=(story.beats[0], replace(beat, line=t("Different.", "不同。")), *story.beats[2:]),
    )
    save = parse_save(dump(saved()))
    assert story_changes(save, changed) == [f"changed: {beat.id}"]
    assert story_changes(save, story) == []
    found = check(save, changed)
    assert found is not None and found.startswith("turn 2 differs in line.en (saved ")
    assert found.endswith('replayed "Different.")')
    with pytest.raises(SaveError, match=f"story changed since .*{beat.id}"):
        resume(save, changed)


def test_resume_continues_exactly_where_the_save_stopped() -> None:
    save = parse_save(dump(saved(("feel", "check"))))
    session = resume(save, fixture_story())
    assert [tn.reply_id for tn in session.turns] == ["feel", "check"]
    fresh = played(("feel", "check"))
    assert session.current == fresh.current
    session.choose("now")
    fresh.choose("now")
    assert session.meters == fresh.meters


# --- refusing bad saves ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "broken JSON"),
        (dump(saved())[:500], "broken JSON"),
        (b"\xff\xfe not text", "not UTF-8"),
        (b"[1, 2]", "is not an object"),
        (b'{"format": 1}', "missing field"),
        (b"[" * 100_000, "nested too deeply|broken JSON"),
    ],
)
def test_unreadable_bytes_are_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(SaveError, match=message) as err:
        parse_save(data)
    assert "\n" not in str(err.value)


def test_a_save_from_a_newer_program_is_refused() -> None:
    def newer(obj: dict[str, Any]) -> None:
        obj["format"], obj["oldest_readable"] = FORMAT + 1, FORMAT + 1

    with pytest.raises(SaveError, match="newer frontdesk"):
        parse_save(edited(newer))


def test_a_newer_save_that_declares_itself_readable_loads() -> None:
    def newer(obj: dict[str, Any]) -> None:
        obj["format"], obj["extra"] = FORMAT + 1, {"future": True}

    assert parse_save(edited(newer)).turns


def test_a_save_over_ten_megabytes_is_refused() -> None:
    with pytest.raises(SaveError, match="too large"):
        parse_save(b" " * (MAX_BYTES + 1))


@pytest.mark.parametrize("name", ["../../x", "/etc/passwd", "a/b", "", ".hidden", "a" * 81])
def test_a_save_naming_a_path_outside_the_folder_is_refused(name: str) -> None:
    def rename(obj: dict[str, Any]) -> None:
        obj["name"] = name

    with pytest.raises(SaveError, match="outside the saves folder"):
        parse_save(edited(rename))


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("customer", "anger"), 9),
        (("customer", "style"), "bossy"),
        (("turns", 0, "acts"), ["shout"]),
        (("turns", 0, "rules", 0, "rule"), "no-such-rule"),
        (("turns", 1, "moment"), "high"),
        (("outcome", "peak"), 99),
        (("lang",), "fr"),
        (("seed",), -1),
    ],
)
def test_wrong_fields_are_refused(where: tuple[Any, ...], value: object) -> None:
    def put(obj: Any) -> None:
        for key in where[:-1]:
            obj = obj[key]
        obj[where[-1]] = value

    with pytest.raises(SaveError):
        parse_save(edited(put))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_loader(data: bytes) -> None:
    with contextlib.suppress(SaveError):
        parse_save(data)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_save_with_any_one_field_replaced_loads_or_is_refused(data: st.DataObject) -> None:
    obj = as_json(dump(saved()))
    node: Any = obj
    while True:  # walk down to a random field, then replace it with random JSON
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, (dict, list)) and child and data.draw(st.booleans()):
            node = child
            continue
        node[key] = data.draw(JSONISH)
        break
    with contextlib.suppress(SaveError):
        parse_save(json.dumps(obj).encode())


# --- the saves folder --------------------------------------------------------------------


def test_player_names_become_safe_file_names() -> None:
    assert safe_name("../../x") == "x"
    assert safe_name("李 雷") == "李-雷"
    assert safe_name("...") == "player"
    assert safe_name("a/b\\c:d") == "a-b-c-d"


def test_reserved_names_stay_in_the_folder_and_never_repeat(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "saves")
    names = {store.reserve("../../x", "tui-story", 7) for _ in range(3)}
    assert len(names) == 3
    assert all(store.path(n).parent == store.folder for n in names)
    assert not (tmp_path / "x_tui-story_7.json").exists()


def test_write_replaces_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_temporary_files_of_dead_writers_are_cleaned_up(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    left = tmp_path / f".s.json.{dead}.tmp"
    mine = tmp_path / f".t.json.{os.getpid()}.tmp"
    left.write_bytes(b"half a sa")
    mine.write_bytes(b"being written")
    assert clean_temps(tmp_path) == [left]
    assert not left.exists() and mine.exists()


def test_the_newest_unfinished_save_of_the_player_is_found(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    for replies, player in ((CAREFUL, "Ann"), (("feel",), "Bob"), (("feel", "check"), "Ann")):
        name = store.reserve(player, "tui-story", 7)
        store.write(replace(saved(replies, name=name), player=player))
    found = store.latest_unfinished("Ann")
    assert found is not None and len(found.turns) == 2 and found.player == "Ann"
    assert store.latest_unfinished("Cy") is None
