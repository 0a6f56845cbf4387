"""What a careful agent could read from the customer (model.md §2): words, voice, face, posture.

Cues come from the meters and the customer, never as numbers. An `iceberg`, or someone who
avoids conflict, shows less than they feel (002: most unhappy customers never complain)."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.frozen import quick
from game.engine.meters import Meters, mood, patience_band, trust_band
from game.engine.text import Text, t
from game.engine.tuning import CUE_TREND


@quick
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

# the buying style shows one axis at a time (000 §三, a DISC model): how fast they talk, and
# whether they talk about the task or the people. No single cue fixes a style; two turns do.
_AXES: dict[str, Text] = {
    "pace.fast": t(
        "Talks fast; finishes your sentences for you.", "语速很快，你话没说完就接上了。"
    ),
    "pace.slow": t("Speaks slowly, choosing each word.", "说得很慢，字斟句酌。"),
    "focus.task": t("Sticks to facts and figures, not feelings.", "只谈事实和数字，不谈感受。"),
    "focus.people": t(
        "Talks about the people involved, and how it felt.", "说的都是人，和当时的感受。"
    ),
}
PACE = {"demanding": "fast", "influential": "fast", "steady": "slow", "compliant": "slow"}
FOCUS = {"demanding": "task", "influential": "people", "steady": "people", "compliant": "task"}

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

_TRUST: dict[str, dict[str, Text]] = {
    "counter": {
        "low": t("Arms folded; doubts every word you say.", "抱着胳膊，对你说的每句话都将信将疑。"),
        "high": t("Nods along; starting to rely on you.", "边听边点头，开始信任你了。"),
    },
    "phone": {
        "low": t(
            "'If you say so.' Doubts every word you say.",
            "“你说是就是吧。”对你的每句话都将信将疑。",
        ),
        "high": t(
            "'Okay... yes, go on.' Starting to rely on you.", "“好……嗯，你接着说。”开始信任你了。"
        ),
    },
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
        "Stops you at the terms; asks you to say it again, more simply.",
        "一听到术语就打断你，让你再说得简单点。",
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


# every cue, made once: (channel, mood) -> cue, and so on for the others
_MOOD_CUES = {
    (ch, md): Cue(f"mood.{md}", text) for ch, t_ in _MOOD.items() for md, text in t_.items()
}
_AXIS_CUES = {key: Cue(key, text) for key, text in _AXES.items()}
_NEED_CUES = {need: Cue(f"need.{need}", text) for need, text in _NEED.items()}
_READS_CUES = {way: Cue(f"reads.{way}", text) for way, text in _READS.items()}
_TRUST_CUES = {
    (ch, b): Cue(f"trust.{b}", text) for ch, t_ in _TRUST.items() for b, text in t_.items()
}
_THIN_CUES = {ch: Cue("patience.thin", t_["thin"]) for ch, t_ in _PATIENCE.items()}
_SOFTER, _HARDER = Cue("trend.softer", _TREND["softer"]), Cue("trend.harder", _TREND["harder"])
_ICEBERG_CUE = Cue("iceberg", _ICEBERG)


def read_cues(
    c: Customer, m: Meters, channel: str, before: Meters | None = None, turn: int = 0
) -> tuple[Cue, ...]:
    """The cues visible now. `before` (the meters a turn ago) adds how the last reply landed;
    `turn` decides which axis of their buying style shows (pace on even turns, focus on odd)."""
    thin = patience_band(m.patience) == "thin"
    if c.has("iceberg"):
        return (_ICEBERG_CUE, _THIN_CUES[channel]) if thin else (_ICEBERG_CUE,)
    shown = mood(m.emotion)
    if c.factor("conflict") == "avoids":
        shown = _MASK[shown]  # they keep it in: the face says less than they feel
    dominant = m.dominant
    cues = [_MOOD_CUES[channel, shown], _axis(c.style, turn), _NEED_CUES[dominant]]
    if c.expression in _READS:
        cues.append(_READS_CUES[c.expression])
    band = trust_band(m.trust)
    if band in _TRUST[channel]:
        cues.append(_TRUST_CUES[channel, band])
    if thin:
        cues.append(_THIN_CUES[channel])
    if before is not None:
        change = m.emotion - before.emotion
        if change <= -CUE_TREND:
            cues.append(_SOFTER)
        elif change >= CUE_TREND:
            cues.append(_HARDER)
    return tuple(cues)


def _axis(style: str, turn: int) -> Cue:
    return _AXIS_OF[style, turn % 2 == 0]


_AXIS_OF = {
    (style, even): _AXIS_CUES[f"pace.{PACE[style]}" if even else f"focus.{FOCUS[style]}"]
    for style in PACE
    for even in (True, False)
}
