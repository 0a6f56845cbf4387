"""The solving and clarifying acts' cue phrases (issue #13): the fix a reply offers must be heard.

Each case is a generic wording a trainee types, not a corpus line; emptying SOLVING_CUES_EN or
SOLVING_CUES_ZH (or dropping one act's phrases) fails them. A cue inside a negation does not
fire: "I can't book an engineer today" gives no act_now cue."""

from __future__ import annotations

import pytest

from game.reader.cues import cue_features
from game.reader.features import features
from game.reader.normalize import normalize
from game.reader.solving_cues import SOLVING_CUES_EN, SOLVING_CUES_ZH

SOLVING = (
    "act_now",
    "take_ownership",
    "propose_solution",
    "compensate",
    "offer_options",
    "manage_expectations",
    "explain_reason",
    "restate_facts",
    "open_question",
)

EN = [
    ("act_now", "I have booked an engineer for tomorrow morning."),
    ("act_now", "I've sent the new card out already"),
    ("act_now", "I'm resetting your password right now"),
    ("act_now", "I'll call you back by 6 to confirm"),
    ("act_now", "give me ten minutes, I'm on it"),
    ("act_now", "it'll be done within 20 minutes"),
    ("take_ownership", "I'll personally look into it"),
    ("take_ownership", "I'll follow it up and keep you posted"),
    ("take_ownership", "I will call you back this afternoon"),
    ("take_ownership", "Leave it with me."),
    ("propose_solution", "We can replace the router for you."),
    ("propose_solution", "I can repair the screen here"),
    ("propose_solution", "what we can do is move you to the old plan"),
    ("propose_solution", "I'll swap it for a new one"),
    ("compensate", "I'll refund the delivery fee"),
    ("compensate", "we'll waive the charge this month"),
    ("compensate", "I'm adding a 10 pound credit to your account"),
    ("compensate", "here's a voucher for the trouble"),
    ("offer_options", "either a refund or a replacement, whichever you like"),
    ("offer_options", "there are two options here"),
    ("offer_options", "would you rather have a call or an email?"),
    ("manage_expectations", "the new card usually takes five working days"),
    ("manage_expectations", "realistically it won't be before Friday"),
    ("explain_reason", "the calls drop because the mast is overloaded"),
    ("explain_reason", "the reason is a software fault on our side"),
    ("explain_reason", "what happened was the payment timed out"),
    ("explain_reason", "it was caused by last night's storm"),
    ("restate_facts", "So the call cuts off in the middle of a sentence, every single time."),
    ("restate_facts", "so what you're saying is nobody called you back"),
    ("restate_facts", "If I understand correctly, the parcel never came"),
    ("restate_facts", "You paid on Monday and the line was still cut."),
    ("open_question", "Where are you usually when it happens?"),
    ("open_question", "ok, when did it start?"),
    ("open_question", "Can you tell me more about the calls"),
    ("open_question", "walk me through what you did"),
]

ZH = [
    ("act_now", "我已经帮您约好了工程师，明天上午上门。"),
    ("act_now", "我马上给您查"),
    ("act_now", "我现在就帮您办"),
    ("act_now", "今天之内给您寄出"),
    ("act_now", "半小时内给您答复"),
    ("act_now", "正在帮您处理"),
    ("take_ownership", "这件事我亲自跟"),
    ("take_ownership", "我来跟进"),
    ("take_ownership", "我会给您回电话"),
    ("take_ownership", "有进展第一时间告诉您"),
    ("propose_solution", "我们可以给您换一台新的"),
    ("propose_solution", "我可以帮您修好"),
    ("propose_solution", "这样吧，下个月给您换回原来的套餐"),
    ("compensate", "多扣的钱给您退款"),
    ("compensate", "这个月的月租给您免了"),
    ("compensate", "送您一张代金券"),
    ("offer_options", "要么退款要么换货"),
    ("offer_options", "有两个方案"),
    ("offer_options", "您看是退款还是换货？"),
    ("manage_expectations", "补卡一般要五个工作日"),
    ("manage_expectations", "说实话，明天之前很难修好"),
    ("explain_reason", "电话断是因为基站超负荷"),
    ("explain_reason", "原因是系统升级"),
    ("explain_reason", "是由于快递送错了地址"),
    ("restate_facts", "也就是说电话每次都是说到一半就断了"),
    ("restate_facts", "您是说账单翻了一倍"),
    ("open_question", "您一般是在什么地方遇到的？"),
    ("open_question", "能跟我说说当时的情况吗"),
]


def _cues(text: str, lang: str) -> list[str]:
    return cue_features(normalize(text), lang)


@pytest.mark.parametrize(("act", "text"), EN)
def test_an_english_solving_cue_fires_on_a_generic_wording(act: str, text: str) -> None:
    assert "cue:" + act in _cues(text, "en")


@pytest.mark.parametrize(("act", "text"), ZH)
def test_a_chinese_solving_cue_fires_on_a_generic_wording(act: str, text: str) -> None:
    assert "cue:" + act in _cues(text, "zh")


def test_every_solving_act_has_cue_phrases_in_both_languages() -> None:
    for act in SOLVING:
        assert SOLVING_CUES_EN.get(act), act
        assert SOLVING_CUES_ZH.get(act), act
        assert any(a == act for a, _ in EN) and any(a == act for a, _ in ZH), act


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I can't book an engineer today", "en"),
        ("I can't do that right now", "en"),
        ("we won't be able to send it today", "en"),
        ("我今天没法给您派工程师", "zh"),
        ("这张卡没法今天之内寄出", "zh"),
    ],
)
def test_a_negated_action_gives_no_act_now_cue(text: str, lang: str) -> None:
    assert "cue:act_now" not in _cues(text, lang)


def test_a_negated_cue_is_a_feature_of_its_own() -> None:
    """Negated, the cue still says something the model can weigh: '~cue:act_now'."""
    assert "~cue:act_now" in _cues("I can't do that right now", "en")
    assert "~cue:act_now" in _cues("这张卡没法今天之内寄出", "zh")
    assert "cue:act_now" in _cues("I can do that right now", "en")


def test_the_solving_cues_reach_the_features_the_model_reads() -> None:
    feats = features(normalize("I have booked an engineer for tomorrow morning."), "en")
    assert "cue:act_now" in feats
    feats = features(normalize("我已经帮您约好了工程师"), "zh")
    assert "cue:act_now" in feats


def test_a_customers_question_back_is_not_a_restatement() -> None:
    """'So what are you going to do about it?' starts with 'so' but says back no facts."""
    assert "cue:restate_facts" not in _cues("So what are you going to do about it?", "en")
