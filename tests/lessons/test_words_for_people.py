"""Everything the debrief and the replay say, over many simulated sessions in both languages:
no internal id, no percentage of a need, no raw meter number, no two notes that contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

import pytest

from game.catalog import load_pack
from game.engine.acts import ACTS
from game.engine.policies import make_policy
from game.engine.rules import RULE_IDS
from game.engine.session import Session, Turn
from game.engine.story import Story
from game.engine.text import Text
from game.lessons.better import advise
from game.tui.debrief_text import turn_rows
from game.tui.replay_text import meter_rows, side_text

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
RULE_ID = re.compile("|".join(re.escape(r) for r in RULE_IDS if "-" in r))
METER_NUMBER = re.compile(r"\d+(\.\d+)?\s*(→|%)|[+−-]\d+(\.\d+)?\b")
POLICIES = ("random", "worst", "best", "textbook", "wrong_style", "soother")


@pytest.fixture(scope="module")
def pack() -> list[Story]:
    return list(load_pack())


def sessions(pack: list[Story], per: int) -> Iterator[Session]:
    for story in pack:
        for policy in POLICIES:
            for seed in range(per):
                s = Session(story, 1000 + seed)
                choose = make_policy(policy, seed)
                while not s.finished:
                    view = s.current
                    assert view is not None
                    s.choose(choose(s, view))
                yield s


def _words_ok(text: str, where: str) -> None:
    assert not SNAKE.search(text), f"{where}: an id in {text!r}"
    assert not RULE_ID.search(text), f"{where}: a rule id in {text!r}"
    assert "%" not in text, f"{where}: a percentage in {text!r}"


def test_rule_notes_of_ten_thousand_turns_name_no_id_and_never_contradict(
    pack: list[Story],
) -> None:
    turns = 0
    for s in sessions(pack, 24):
        for tn in s.turns:
            turns += 1
            signs: dict[str, bool] = {}
            for firing in tn.fired:
                for note in firing.notes:
                    for lang in ("en", "zh"):
                        _words_ok(note.text.get(lang), f"{s.story.id} {firing.rule}")
                    assert note.text.en and note.text.zh, f"{firing.rule}: a note in one language"
                    was = signs.setdefault(note.topic, note.good)
                    said = [n.text.en for f in tn.fired for n in f.notes]
                    assert was == note.good, (
                        f"{s.story.id} seed {s.seed} turn {tn.index + 1}: notes on "
                        f"{note.topic!r} disagree ({said})"
                    )
    assert turns >= 10_000


def _plain(rows: Sequence[tuple[str, Any]]) -> str:
    return "\n".join(f"{label} {getattr(value, 'plain', value)}" for label, value in rows)


def test_debrief_and_replay_texts_show_words_not_ids_numbers_or_percentages(
    pack: list[Story],
) -> None:
    checked = 0
    for s in sessions(pack, 3):
        advice = advise(s.story, s.seed, s.rules, tuple(tn.reply_id for tn in s.turns))
        assert len(advice) == len(s.turns)
        for tn, a in zip(s.turns, advice, strict=True):
            for lang in ("en", "zh"):
                shown = _shown(tn, a, partial(_say, s, lang=lang), lang)
                _words_ok(shown, f"{s.story.id} turn {tn.index + 1} ({lang})")
                meters = side_text(tn, lang).plain + _plain(meter_rows(tn.before, tn.after, lang))
                _words_ok(meters, f"replay of {s.story.id} ({lang})")
                assert not METER_NUMBER.search(meters), meters
                checked += 1
    assert checked > 2000


def _say(s: Session, text: Text, lang: str) -> str:
    return s.say(text, lang)


def _shown(tn: Turn, a: object, say: object, lang: str) -> str:
    rows = turn_rows(tn, say, lang, a)  # type: ignore[arg-type]
    # the reply and the customer's lines are the story's own words: leave them out
    skip = {"They said", "You said", "对方说", "你说", "Best on offer", "更好的说法"}
    return "\n".join(value.plain for label, value in rows if label not in skip)


def test_every_act_has_words_for_a_sentence() -> None:
    from game.engine.act_words import ACT_WORDS

    assert set(ACT_WORDS) == set(ACTS)
    for words in ACT_WORDS.values():
        assert words.en and words.zh and "_" not in words.en
