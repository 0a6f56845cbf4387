"""The skills a learner practises, one per rule of the model, each in plain words in English
and Chinese (`skills.py` says how a learner is doing on them)."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.rules import RULE_IDS
from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Skill:
    id: str  # the rule's id: for code, never shown
    name: Text
    what: Text  # one line: what doing it well looks like
    do: Text  # what to do about it when it goes badly
    avoid: bool = False  # the rule only ever hurts: the skill is not doing it


def _skill(rule: str, name: Text, what: Text, do: Text, avoid: bool = False) -> Skill:
    assert rule in RULE_IDS, rule
    return Skill(rule, name, what, do, avoid)


SKILLS: tuple[Skill, ...] = (
    _skill(
        "emotion-first",
        t("Calming the feeling before the problem", "先安抚情绪，再谈问题"),
        t(
            "Meets how the customer feels before talking about the fix.",
            "先回应客户的感受，再谈怎么解决。",
        ),
        t(
            "While they are upset, name the feeling first; the fix can wait one line.",
            "客户还在气头上时，先说出他的感受，解决办法晚一句再说。",
        ),
    ),
    _skill(
        "anger-ladder",
        t("Answering anger at its level", "按愤怒的程度回应"),
        t(
            "Mild anger: name the feeling; stronger: say back what happened; fierce: say the "
            "pain they have not said.",
            "轻微的怒气说出感受；更强的复述经过；强烈的说出客户没说出口的痛。",
        ),
        t(
            "Judge how angry they are first, then answer at that level: the angrier, the "
            "deeper you must show you understood.",
            "先判断客户有多生气，再按这个程度回应：越生气，越要表现出真正理解。",
        ),
    ),
    _skill(
        "wrong-attitudes",
        t("Never brushing a feeling aside", "不忽视、不否定客户的情绪"),
        t(
            "Does not ignore the feeling, change the subject, deny it or tell them to calm down.",
            "不忽略情绪，不转移话题，不否定感受，也不叫客户冷静。",
        ),
        t(
            "Drop 'calm down' and changing the subject; say what you see they feel.",
            "别说“请冷静”，也别转移话题；说出你看到的客户的感受。",
        ),
        avoid=True,
    ),
    _skill(
        "dominant-need",
        t("Serving what they want most first", "先满足客户最在意的需求"),
        t(
            "Finds what matters most to this customer and serves that before the rest.",
            "找出这位客户最在意的事，先满足它，再顾其他。",
        ),
        t(
            "Listen or ask for what matters most to them, and serve that first.",
            "通过倾听或提问找出客户最在意的事，先满足它。",
        ),
    ),
    _skill(
        "emotional-carry",
        t("Caring for the person, not only the fix", "既解决问题，也照顾感受"),
        t(
            "Shows respect, lets them be heard and says honestly what to expect, so they can "
            "leave content even when the fix falls short.",
            "尊重客户、让客户倾诉、如实说明预期，即使问题解决不了，客户也能满意离开。",
        ),
        t(
            "Alongside the fix, show respect and let them be heard; say honestly what to expect.",
            "解决问题的同时，尊重客户、让客户说出来，并如实说明能期待什么。",
        ),
    ),
    _skill(
        "style-matching",
        t("Matching the customer's way", "按客户的类型调整方式"),
        t(
            "Quick and direct with the hurried, warm with the sociable, calm with the "
            "hesitant, exact with the careful.",
            "对急性子直接快速，对爱交际的热情，对犹豫的平和，对严谨的准确。",
        ),
        t(
            "Read their way from how they talk, then match it: quick, warm, calm or exact.",
            "从客户说话的方式判断类型，再相应地快速、热情、平和或准确。",
        ),
    ),
    _skill(
        "expressing",
        t("Saying it in a way they take in", "用客户听得进的方式表达"),
        t(
            "Plain statements for the direct, real cases for the doubtful, everyday words for "
            "the confused; never 'you are wrong'.",
            "对直接的人直说，对多疑的人举实例，对听不懂的人说大白话；从不说“你错了”。",
        ),
        t(
            "Fit the way you explain to the person: a real case for doubters, everyday words "
            "for the confused; never tell them they are wrong.",
            "按对象调整说法：对多疑的人举实例，对听不懂的人说大白话；别说客户错了。",
        ),
    ),
    _skill(
        "no-in-yes",
        t("Saying no without a flat no", "不说生硬的“不”"),
        t(
            "Carries a refusal with choices, honest expectations or what can be done instead.",
            "用可选方案、如实的预期或能做到的事来表达拒绝。",
        ),
        t(
            "Instead of a flat no, offer a choice or say what you can do, and when.",
            "别直接拒绝：给出选择，或说清能做什么、什么时候做。",
        ),
    ),
    _skill(
        "complaint-path",
        t("Taking a complaint step by step", "按步骤处理投诉"),
        t(
            "Accepts, calms, asks (open, then closed questions), solves, acts and thanks, in "
            "that order, without the usual slips.",
            "受理、平息、提问（先开放后封闭）、解决、行动、致谢，按顺序来，不犯常见错误。",
        ),
        t(
            "Take the steps in order: hear them out and calm them, ask, then solve and act; "
            "thank them at the end.",
            "按顺序来：先听完并安抚，再提问，然后解决、行动，最后致谢。",
        ),
    ),
    _skill(
        "traits",
        t("Reading the person in front of you", "读懂眼前客户的个性"),
        t(
            "Adjusts to the talkative, the proud, the hesitant, the shy, the private and the "
            "punctual.",
            "针对健谈、自大、犹豫、腼腆、注重隐私或守时的客户调整做法。",
        ),
        t(
            "Notice what kind of person they are (chatty, proud, hesitant, shy, private, in a "
            "hurry) and adjust to it.",
            "留意客户是哪种人（健谈、自大、犹豫、腼腆、注重隐私、赶时间），并相应调整。",
        ),
    ),
    _skill(
        "patience-runs-out",
        t("Keeping things moving", "及时行动，不拖延"),
        t(
            "Acts, with a time frame, before their patience runs out; no stalling.",
            "在客户耐心耗尽前行动并给出时限，不拖延。",
        ),
        t(
            "Act sooner and give a time frame: every extra turn costs their patience.",
            "早点行动并给出时限：每多一轮都在消耗客户的耐心。",
        ),
    ),
    _skill(
        "scripted",
        t("Answering this customer, not a script", "回应眼前的客户，不背稿子"),
        t(
            "Says something new that answers what they just said, not everything at once.",
            "针对客户刚说的话给出新的回应，而不是一口气什么都说。",
        ),
        t(
            "Answer what they just said in a line or two; do not repeat yourself or say "
            "everything at once.",
            "用一两句话回应客户刚说的；别重复，也别一口气全说。",
        ),
        avoid=True,
    ),
)
SKILLS_BY_ID: dict[str, Skill] = {s.id: s for s in SKILLS}
