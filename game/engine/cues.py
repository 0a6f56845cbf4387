"""What a careful agent could read from the customer (model.md §2): words, voice, face, posture.

Cues come from the meters and the customer, never as numbers. An `iceberg`, or someone who
avoids conflict, shows less than they feel (002: most unhappy customers never complain)."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.meters import Meters, mood, patience_band, trust_band
from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Cue:
    key: str  # what it signals, e.g. "mood.furious", "style.demanding"
    text: Text


_MOOD: dict[str, dict[str, Text]] = {
    "counter": {
        "calm": t("Relaxed shoulders; an even voice.", "肩膀放松，语气平和。"),
        "tense": t(
            "A tight smile; fingers drumming on the counter.", "笑得有些勉强，手指敲着柜台。"
        ),
        "upset": t(
            "Flushed face, quick breaths, voice rising.", "脸涨红了，呼吸急促，嗓门越来越高。"
        ),
        "furious": t(
            "Leaning over the counter, jaw clenched, almost shouting.",
            "整个人压在柜台上，咬着牙，几乎在喊。",
        ),
    },
    "phone": {
        "calm": t("An even voice on the line.", "电话里语气平和。"),
        "tense": t("Short sighs between sentences.", "说话间不时短短地叹气。"),
        "upset": t(
            "Fast, loud, breathing hard into the phone.", "语速快、声音大，对着话筒喘粗气。"
        ),
        "furious": t(
            "Shouting; you hold the phone away from your ear.", "在电话那头吼，你不得不把听筒拿远。"
        ),
    },
}

_STYLE: dict[str, Text] = {
    "demanding": t(
        "Clipped sentences; wants the bottom line now.", "句子短促，只要结论，马上就要。"
    ),
    "influential": t(
        "Tells the whole story, with feeling and detail.", "把来龙去脉说得绘声绘色，感情充沛。"
    ),
    "steady": t(
        "Speaks slowly; asks what will change and what stays the same.",
        "说话慢，反复问什么会变、什么不变。",
    ),
    "compliant": t(
        "Asks for exact figures and the rule's exact wording.", "要确切的数字和规定的原文。"
    ),
}

_NEED: dict[str, Text] = {
    "understand": t("Keeps asking how this could happen.", "一再追问怎么会这样。"),
    "solve": t("Keeps coming back to getting it fixed.", "话题总绕回“到底怎么解决”。"),
    "compensation": t(
        "Mentions what this has cost them, more than once.", "不止一次提到自己的损失。"
    ),
    "prevention": t("'I don't want this to happen ever again.'", "“我不希望再有下次。”"),
    "respect": t("Bristles at being treated like just a number.", "很在意自己是不是被当回事。"),
    "heard": t("Wants to tell it all, from the beginning.", "想从头到尾把事情说完。"),
    "pleasure": t(
        "Sounds let down, as if the day was spoiled.", "听起来很扫兴，好像一整天都被毁了。"
    ),
}

_TRUST: dict[str, Text] = {
    "low": t("Arms folded; doubts every word you say.", "抱着胳膊，对你说的每句话都将信将疑。"),
    "high": t("Nods along; starting to rely on you.", "边听边点头，开始信任你了。"),
}

_PATIENCE: dict[str, dict[str, Text]] = {
    "counter": {"thin": t("Glances at the door, then at the clock.", "看了看门口，又看了看钟。")},
    "phone": {"thin": t("'How much longer is this going to take?'", "“还要多久？”")},
}

_TREND: dict[str, Text] = {
    "softer": t("Something in them eases a little.", "情绪稍稍缓和了一些。"),
    "harder": t("That landed badly.", "这句话让对方更不高兴了。"),
}

# how they take in what you say (004): the way of expressing that will reach them
_READS: dict[str, Text] = {
    "interpret": t(
        "Frowns at the terms; asks you to say it again, more simply.",
        "听到术语就皱眉，让你再说得简单点。",
    ),
    "comment": t(
        "Says they have complained here before, and nothing changed.",
        "说自己以前就投诉过，什么都没变。",
    ),
    "explain_with_case": t(
        "Snorts at 'we're the best'; wants proof.", "听到“我们最好”就冷笑，要看真凭实据。"
    ),
}

_ICEBERG = t("Polite, quiet, hard to read.", "客客气气，不多说，看不出在想什么。")

_MASK = {"furious": "upset", "upset": "tense", "tense": "calm", "calm": "calm"}


def read_cues(
    c: Customer, m: Meters, channel: str, before: Meters | None = None
) -> tuple[Cue, ...]:
    """The cues visible now. `before` (the meters a turn ago) adds how the last reply landed."""
    if c.has("iceberg"):
        cues = [Cue("iceberg", _ICEBERG)]
        if patience_band(m.patience) == "thin":
            cues.append(Cue("patience.thin", _PATIENCE[channel]["thin"]))
        return tuple(cues)
    shown = mood(m.emotion)
    if c.factor("conflict") == "avoids":
        shown = _MASK[shown]  # they keep it in: the face says less than they feel
    cues = [
        Cue(f"mood.{shown}", _MOOD[channel][shown]),
        Cue(f"style.{c.style}", _STYLE[c.style]),
        Cue(f"need.{m.dominant}", _NEED[m.dominant]),
    ]
    if c.expression in _READS:
        cues.append(Cue(f"reads.{c.expression}", _READS[c.expression]))
    band = trust_band(m.trust)
    if band in _TRUST:
        cues.append(Cue(f"trust.{band}", _TRUST[band]))
    if patience_band(m.patience) == "thin":
        cues.append(Cue("patience.thin", _PATIENCE[channel]["thin"]))
    if before is not None:
        change = m.emotion - before.emotion
        if change <= -5:
            cues.append(Cue("trend.softer", _TREND["softer"]))
        elif change >= 5:
            cues.append(Cue("trend.harder", _TREND["harder"]))
    return tuple(cues)
