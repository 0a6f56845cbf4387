"""Workshop codes: they round-trip, catch typos, avoid look-alike letters, and give a class
the same customers; joining by keys carries the code and the name into the saves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot

from game.saves.store import Store, read_save
from game.tui.app import FrontdeskApp
from game.tui.screens.play_screen import PlayScreen
from game.workshop import ALPHABET, SEED_BITS, CodeError, new_code, read_code
from tests.paths import ROOT
from tests.tui.kit import fixture_story, new_app, press, run, session_of, shows

PACK = ["dropped-calls", "24-hour-wait", "escort", "sauna", "bill-500", "tui-story"]


@given(
    st.lists(st.sampled_from(PACK), min_size=1, max_size=len(PACK), unique=True),
    st.integers(0, (1 << SEED_BITS) - 1),
    st.sampled_from(["en", "zh"]),
)
def test_a_code_stands_for_its_episodes_seed_and_language(
    episodes: list[str], seed: int, lang: str
) -> None:
    w = new_code(episodes, seed, lang, PACK)
    assert set(w.code) <= set(ALPHABET + "-")
    assert not set(w.code) & set("0O1ILU")
    again = read_code(w.code.lower().replace("-", " "), PACK)
    assert again == w


def test_every_single_typo_is_caught() -> None:
    code = new_code(["dropped-calls", "escort"], 4242, "zh", PACK).code
    for i, ch in enumerate(code):
        if ch == "-":
            continue
        for other in ALPHABET:
            if other != ch:
                with pytest.raises(CodeError):
                    read_code(code[:i] + other + code[i + 1 :], PACK)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "empty"),
        ("ABCD-EF0H", "never used"),
        ("ABCD", "typo"),
        ("2222-2222-2222-2222-2222", "typo"),
    ],
)
def test_wrong_codes_say_why(code: str, message: str) -> None:
    with pytest.raises(CodeError, match=message):
        read_code(code, PACK)


def test_a_code_for_episodes_this_copy_lacks_says_so() -> None:
    code = new_code(["escort"], 1, "en", PACK).code
    with pytest.raises(CodeError, match="doesn't have"):
        read_code(code, ["dropped-calls"])


def test_episode_seeds_are_shared_by_the_class_and_differ_between_classes() -> None:
    a = new_code(["escort", "sauna"], 7, "en", PACK)
    b = new_code(["escort", "sauna"], 8, "en", PACK)
    assert a.seed_for("escort") == read_code(a.code, PACK).seed_for("escort")
    assert a.seed_for("escort") != a.seed_for("sauna")
    assert a.seed_for("escort") != b.seed_for("escort")


def test_a_wrong_code_on_the_command_line_is_one_line_and_exit_2() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "game", "--workshop", "ABCD-EFGH", "--name", "x"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "typo" in out.stderr


def _join_and_play(tmp_path: Path, name: str, code: str) -> tuple[str, list[str], Path]:
    """Joins from the title screen by keys, plays one reply; what the student met."""
    store = Store.open(tmp_path)
    met: dict[str, object] = {}

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "down", "down", "enter")  # Join a workshop
        await pilot.click("#join-code")
        await press(pilot, *code, "enter")  # on to the name
        await press(pilot, *name, "enter")
        assert app.workshop is not None and app.player == name
        assert shows(app, "workshop")
        await press(pilot, "enter")  # the workshop's first episode
        assert isinstance(app.screen, PlayScreen)
        session = session_of(app)
        met["customer"] = session.customer.name.en
        met["replies"] = [r.id for r in session.current.replies] if session.current else []
        await press(pilot, "1")

    run(new_app(store=store), body)
    saves = store.saves()
    assert len(saves) == 1
    return str(met["customer"]), list(met["replies"]), saves[0]  # type: ignore[call-overload]


def test_two_students_with_one_code_meet_the_same_customer(tmp_path: Path) -> None:
    code = new_code(["tui-story"], 99, "en", [fixture_story().id]).code
    ann = _join_and_play(tmp_path / "ann", "Ann", code)
    bob = _join_and_play(tmp_path / "bob", "Bob", code)
    assert ann[:2] == bob[:2]  # same customer, same replies in the same order
    for path, name in ((ann[2], "Ann"), (bob[2], "Bob")):
        save = read_save(path)
        assert save.workshop == code and save.player == name
        assert path.name.startswith(f"{code}_{name}_tui-story_")
    other = new_code(["tui-story"], 100, "en", [fixture_story().id]).code
    cy = _join_and_play(tmp_path / "cy", "Cy", other)
    assert cy[0] != ann[0] or cy[1] != ann[1]


def test_a_wrong_code_in_the_join_screen_is_shown_and_nothing_starts() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "down", "down", "enter")
        await pilot.click("#join-code")
        await press(pilot, *"ABCD-EFGH", "enter", *"Ann", "enter")
        assert app.workshop is None
        assert shows(app, "That code doesn't work", "typo")

    run(new_app(), body)


def test_a_typed_workshop_keeps_its_flag_and_menu_codes_do_not_change() -> None:
    menu = new_code(["escort", "sauna"], 7, "en", PACK)
    typed = new_code(["escort", "sauna"], 7, "en", PACK, typed=True)
    assert typed.code != menu.code
    assert read_code(typed.code, PACK).typed and not read_code(menu.code, PACK).typed
    back = read_code(typed.code, PACK)
    assert (back.lang, back.seed, back.episodes) == ("en", 7, ("escort", "sauna"))
    assert read_code(menu.code, PACK) == menu  # still version 1: codes on boards stay valid


def test_a_typo_in_a_typed_code_is_caught() -> None:
    code = new_code(["escort"], 3, "zh", PACK, typed=True).code
    first = code[0]
    wrong = ("3" if first != "3" else "4") + code[1:]
    with pytest.raises(CodeError):
        read_code(wrong, PACK)


def _frontdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=env,
    )


def test_a_code_typed_with_spaces_is_the_same_code() -> None:
    code = new_code(["escort", "sauna"], 7, "en", PACK).code
    spaced = _frontdesk("workshop", "show", *code.split("-"))
    assert spaced.returncode == 0, spaced.stderr
    assert spaced.stdout == _frontdesk("workshop", "show", code).stdout
    assert "escort, sauna" in spaced.stdout


def test_the_join_hint_is_a_command_that_works_where_it_was_printed() -> None:
    import os

    env = dict(os.environ, FRONTDESK_LAUNCHER="./play")
    made = _frontdesk("workshop", "new", "--episodes", "escort", "--seed", "5", env=env)
    code = made.stdout.strip()
    assert made.stderr.strip() == f"Students join with: ./play --workshop {code} --name NAME"
    env.pop("FRONTDESK_LAUNCHER")
    plain = _frontdesk("workshop", "new", "--episodes", "escort", "--seed", "5", env=env)
    assert plain.stderr.startswith("Students join with: frontdesk --workshop ")


def test_the_play_script_tells_the_game_how_it_was_started() -> None:
    text = (ROOT / "play").read_text()
    assert 'FRONTDESK_LAUNCHER="${FRONTDESK_LAUNCHER:-$0}"' in text


def test_counts_are_said_in_words_not_with_parenthesised_plurals() -> None:
    from game.engine.text import counted
    from game.tui.i18n import UI, tr

    assert tr("title.workshop", "en", code="X", n=1).startswith("Workshop X: one episode")
    assert "2 episodes" in tr("title.workshop", "en", code="X", n=2)
    assert "1 局" in tr("title.workshop", "zh", code="X", n=1)
    assert counted(1, "save") == "1 save" and counted(3, "save") == "3 saves"
    assert not [k for k, v in UI.items() if "(s)" in v.en]
