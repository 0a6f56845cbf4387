"""The offered reply nearest in meaning: acts first, then words, ties to the earlier reply."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from game.engine.text import Text, t
from game.reader import Reading, nearest_reply


@dataclass(frozen=True)
class Offer:
    id: str
    text: Text
    acts: tuple[str, ...]


OFFERED = (
    Offer("calm", t("Please calm down, sir.", "先生，请您冷静。"), ("suppress",)),
    Offer(
        "sorry", t("I'm sorry, let me fix it now.", "抱歉，我马上处理。"), ("apologize", "act_now")
    ),
    Offer("why", t("Could you tell me what happened?", "能说说发生了什么吗？"), ("open_question",)),
)


def test_the_reply_that_does_the_same_things_wins() -> None:
    reading = Reading(("apologize", "act_now"), {"apologize": 0.9, "act_now": 0.8})
    assert nearest_reply(reading, "so sorry, on it right now", OFFERED, "en") == "sorry"


def test_fewer_extra_acts_is_nearer() -> None:
    reading = Reading(("apologize",), {"apologize": 0.9})
    offered = (
        Offer("a", t("Sorry. Now, calm down.", ""), ("apologize", "suppress", "act_now")),
        Offer("b", t("I'm sorry.", ""), ("apologize", "act_now")),
    )
    assert nearest_reply(reading, "sorry", offered, "en") == "b"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("what happened, tell me", "en", "why"), ("发生了什么 您说说", "zh", "why")],
)
def test_without_acts_the_words_decide(text: str, lang: str, expected: str) -> None:
    assert nearest_reply(Reading((), {}), text, OFFERED, lang) == expected


def test_a_full_tie_goes_to_the_earlier_reply() -> None:
    twins = (
        Offer("first", t("Same words.", ""), ("listen",)),
        Offer("second", t("Same words.", ""), ("listen",)),
    )
    assert nearest_reply(Reading(("listen",), {}), "same words", twins, "en") == "first"
    assert nearest_reply(Reading((), {}), "", twins, "en") == "first"


def test_no_offered_reply_is_an_error() -> None:
    with pytest.raises(ValueError):
        nearest_reply(Reading((), {}), "hi", (), "en")
