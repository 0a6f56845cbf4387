"""Names and one-line looks that make a drawn customer a person on screen."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Person:
    name: Text


# common surnames, each with both forms of address, so that five plays meet five names:
# ("Wang", "王") gives Mr. Wang / 王先生 and Ms. Wang / 王女士
SURNAMES: tuple[tuple[str, str], ...] = (
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Wu", "吴"),
    ("Zhou", "周"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("He", "何"),
    ("Gao", "高"),
    ("Lin", "林"),
    ("Luo", "罗"),
    ("Zheng", "郑"),
    ("Liang", "梁"),
    ("Xie", "谢"),
    ("Song", "宋"),
    ("Tang", "唐"),
    ("Han", "韩"),
    ("Feng", "冯"),
    ("Deng", "邓"),
    ("Cao", "曹"),
    ("Peng", "彭"),
    ("Zeng", "曾"),
    ("Xiao", "肖"),
    ("Tian", "田"),
    ("Dong", "董"),
    ("Yuan", "袁"),
    ("Pan", "潘"),
    ("Yu", "于"),
    ("Jiang", "蒋"),
    ("Cai", "蔡"),
    ("Du", "杜"),
    ("Ye", "叶"),
    ("Cheng", "程"),
    ("Su", "苏"),
    ("Wei", "魏"),
    ("Lü", "吕"),
    ("Ding", "丁"),
    ("Ren", "任"),
    ("Shen", "沈"),
    ("Yao", "姚"),
    ("Lu", "卢"),
    ("Cui", "崔"),
    ("Zhong", "钟"),
    ("Tan", "谭"),
    ("Fan", "范"),
    ("Jin", "金"),
    ("Shi", "石"),
    ("Liao", "廖"),
    ("Jia", "贾"),
    ("Xia", "夏"),
    ("Fu", "付"),
    ("Fang", "方"),
    ("Bai", "白"),
    ("Zou", "邹"),
    ("Meng", "孟"),
    ("Xiong", "熊"),
    ("Qin", "秦"),
    ("Qiu", "邱"),
    ("Yin", "尹"),
    ("Xue", "薛"),
    ("Yan", "闫"),
    ("Duan", "段"),
    ("Lei", "雷"),
    ("Hou", "侯"),
    ("Long", "龙"),
    ("Tao", "陶"),
    ("Gu", "顾"),
    ("Mao", "毛"),
    ("Hao", "郝"),
    ("Gong", "龚"),
    ("Shao", "邵"),
    ("Wan", "万"),
    ("Qian", "钱"),
    ("Dai", "戴"),
    ("Mo", "莫"),
    ("Kong", "孔"),
    ("Xiang", "向"),
)

NAMES: tuple[Person, ...] = tuple(
    person
    for en, zh in SURNAMES
    for person in (Person(t(f"Mr. {en}", f"{zh}先生")), Person(t(f"Ms. {en}", f"{zh}女士")))
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
