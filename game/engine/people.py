"""Names and one-line looks that make a drawn customer a person on screen."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Person:
    name: Text


NAMES: tuple[Person, ...] = tuple(
    Person(t(en, zh))
    for en, zh in (
        ("Mr. Wang", "王先生"),
        ("Ms. Li", "李女士"),
        ("Mr. Zhang", "张先生"),
        ("Ms. Liu", "刘女士"),
        ("Mr. Chen", "陈先生"),
        ("Ms. Yang", "杨女士"),
        ("Mr. Zhao", "赵先生"),
        ("Ms. Huang", "黄女士"),
        ("Mr. Zhou", "周先生"),
        ("Ms. Wu", "吴女士"),
        ("Mr. Xu", "徐先生"),
        ("Ms. Sun", "孙女士"),
        ("Mr. Ma", "马先生"),
        ("Ms. Zhu", "朱女士"),
        ("Mr. Hu", "胡先生"),
        ("Ms. Guo", "郭女士"),
        ("Mr. He", "何先生"),
        ("Ms. Lin", "林女士"),
        ("Mr. Gao", "高先生"),
        ("Ms. Luo", "罗女士"),
        ("Mr. Zheng", "郑先生"),
        ("Ms. Liang", "梁女士"),
        ("Mr. Xie", "谢先生"),
        ("Ms. Song", "宋女士"),
        ("Mr. Tang", "唐先生"),
        ("Ms. Han", "韩女士"),
        ("Mr. Feng", "冯先生"),
        ("Ms. Deng", "邓女士"),
        ("Mr. Cao", "曹先生"),
        ("Ms. Peng", "彭女士"),
        ("Mr. Zeng", "曾先生"),
        ("Ms. Xiao", "肖女士"),
        ("Mr. Tian", "田先生"),
        ("Ms. Dong", "董女士"),
        ("Mr. Pan", "潘先生"),
        ("Ms. Yuan", "袁女士"),
    )
)

# one-line looks, by buying style (000 §三: how each style shows itself)
LOOKS: dict[str, tuple[Text, ...]] = {
    "demanding": (
        t("Checks the time twice before saying a word.", "还没开口，先看了两次表。"),
        t(
            "Stands square to the counter, phone already in hand.",
            "正对柜台站着，手里已经攥着手机。",
        ),
        t("Speaks in short sentences and expects short answers.", "说话短促，也只想听短的回答。"),
        t("Taps a folder of receipts against the desk.", "拿着一叠单据在桌上敲。"),
    ),
    "influential": (
        t(
            "Talks with both hands and greets the guard by name.",
            "说话时两手比划，还跟保安打了招呼。",
        ),
        t("Smiles easily, then sighs as the story starts.", "一开始还笑着，说到正事就叹了口气。"),
        t(
            "Has a lot to tell and wants someone to hear all of it.",
            "有一肚子话要说，想找个人好好听。",
        ),
        t("Shows you photos on the phone before the problem.", "先给你看手机里的照片，再说问题。"),
    ),
    "steady": (
        t(
            "Waits quietly at the end of the queue and speaks slowly.",
            "在队尾安静地等，说话慢条斯理。",
        ),
        t(
            "Holds a bag close and looks around before speaking.",
            "把包抱在身前，先四下看看才开口。",
        ),
        t("Asks twice whether anything will change.", "问了两遍会不会有什么变化。"),
        t("Nods politely and keeps the worry to themselves.", "礼貌地点头，把担心藏在心里。"),
    ),
    "compliant": (
        t(
            "Brings a printed copy of the terms, pages marked.",
            "带着打印好的条款，重点处都做了标记。",
        ),
        t("Asks for the exact wording of the policy.", "要求看政策的原文。"),
        t(
            "Keeps a polite distance and writes down every number.",
            "保持礼貌的距离，把每个数字都记下来。",
        ),
        t("Corrects a date on the form before anything else.", "先把表格上的一个日期改正了。"),
    ),
}
