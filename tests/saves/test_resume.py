"""Continue and retry rebuild a saved session in one pass: each saved reply is said once, and
the same pass checks it against the save (issue #17)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from game.engine.session import Session
from game.saves.check import check, resume, retry_at
from game.saves.format import SaveError, dump, parse_save
from tests.savekit import CAREFUL, saved
from tests.tui.kit import fixture_story


def counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    said = [0]
    real: Callable[..., Any] = Session.say_again

    def say_again(self: Session, what: Any) -> Any:
        said[0] += 1
        return real(self, what)

    monkeypatch.setattr(Session, "say_again", say_again)
    return said


def test_continue_says_each_saved_reply_once_and_checks_it_on_the_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save = parse_save(dump(saved(CAREFUL[:3])))
    said = counting(monkeypatch)
    session = resume(save, fixture_story())
    assert said[0] == 3
    assert session.turns == save.turns and not session.finished


def test_replay_check_and_retry_say_each_reply_once(monkeypatch: pytest.MonkeyPatch) -> None:
    save = parse_save(dump(saved()))
    said = counting(monkeypatch)
    assert check(save, fixture_story()) is None
    assert said[0] == len(CAREFUL)
    retried = retry_at(save, fixture_story(), 2)
    assert said[0] == len(CAREFUL) + 2 and len(retried.turns) == 2


def test_continue_refuses_a_save_the_single_pass_finds_different() -> None:
    obj = json.loads(dump(saved(CAREFUL[:3])))
    obj["turns"][1]["moment"] += 1
    with pytest.raises(SaveError, match="turn 2 differs in moment"):
        resume(parse_save(json.dumps(obj).encode()), fixture_story())
