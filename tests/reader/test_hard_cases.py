"""The hard cases of issue #13, on texts the model was never trained on: each would fail if
negation, blame, sarcasm, 您/你, typos, missing punctuation, mixed scripts or no-act broke."""

from __future__ import annotations

import pytest

from game.reader import read
from tests.reader.kit import unseen


def acts(text: str, lang: str) -> tuple[str, ...]:
    return read(unseen(text, lang), lang).acts


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "I'm not going to ask you to calm down, you have every right to be angry",
            "en",
            "suppress",
        ),
        ("I won't keep you waiting", "en", "stall"),
        ("我不会让您再等了", "zh", "stall"),
        ("我不是说您错了", "zh", "criticize"),
    ],
)
def test_a_negated_mistake_is_not_read_as_the_mistake(text: str, lang: str, absent: str) -> None:
    assert absent not in acts(text, lang)


def test_the_negation_is_what_makes_the_difference() -> None:
    """The same words without the negation are the mistake: the model does see them."""
    assert "suppress" in acts("I'm going to ask you to calm down", "en")
    assert "suppress" not in acts("I'm not going to ask you to calm down", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sorry about this, but honestly my coworker got it wrong", "en"),
        ("不好意思 但这是我同事搞错的", "zh"),
    ],
)
def test_an_apology_that_shifts_blame_is_both(text: str, lang: str) -> None:
    read_acts = acts(text, lang)
    assert "apologize" in read_acts
    assert "premature_blame" in read_acts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oh brilliant, yet another genius who can't read a bill", "en"),
        ("哇 您可真是个专家 连账单都看不懂", "zh"),
    ],
)
def test_polite_sounding_sarcasm_is_sarcasm(text: str, lang: str) -> None:
    assert "sarcasm" in acts(text, lang)


@pytest.mark.parametrize("text", ["您先冷静冷静再说", "你先冷静冷静再说"])
def test_you_formal_and_informal_read_alike(text: str) -> None:
    assert "suppress" in acts(text, "zh")


@pytest.mark.parametrize(
    ("text", "lang", "act"),
    [
        ("im realy sory", "en", "apologize"),
        ("calm donw pls", "en", "suppress"),
        ("Are you sure you actually paid?", "en", "doubt"),
        ("You should have read the contract before signing", "en", "lecture"),
        ("你先等着吧 我们回头再说", "zh", "stall"),
        ("这点小钱您至于吗", "zh", "deny"),
    ],
)
def test_typos_and_plain_mistakes_are_heard(text: str, lang: str, act: str) -> None:
    assert act in acts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("i understand but thats our policy", "en"), ("我理解 但这是公司规定", "zh")],
)
def test_right_words_wrong_move_without_punctuation(text: str, lang: str) -> None:
    read_acts = acts(text, lang)
    assert "acknowledge_feeling" in read_acts
    assert "direct_refusal" in read_acts


def test_mixed_scripts_are_read_as_chinese_when_chinese_carries_them() -> None:
    reading = read(unseen("sorry 让您久等了", "zh"))
    assert reading.lang == "zh"
    assert "apologize" in reading.acts
    assert read("好的我帮您check一下").lang == "zh"
    assert read("ok, 王先生, let me check").lang == "en"


def test_a_name_of_address_is_use_name_in_both_languages() -> None:
    assert "use_name" in acts("Mr. Zhou, thank you for your patience", "en")
    assert "use_name" in acts("赵女士 谢谢您这么耐心", "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("zxcvbnm", "en"),
        ("hmmm ok then", "en"),
        ("uh huh", "en"),
        ("blah blah blah", "en"),
        ("啊这", "zh"),
        ("呃呃呃", "zh"),
    ],
)
def test_a_text_that_performs_no_act_reads_as_none(text: str, lang: str) -> None:
    assert acts(text, lang) == ()
