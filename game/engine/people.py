"""Names and one-line looks that make a drawn customer a person on screen; their words are in
the tables (`[people]` of game/words: the forms of address, the looks by channel and id)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from game.engine.text import Text, fixed, word


@dataclass(frozen=True, slots=True)
class Person:
    surname: tuple[str, str]  # in English and in Chinese
    address: str  # the form of address, a key of the tables: "people.mr" or "people.ms"

    @property
    def name(self) -> Text:
        return _named(self.address, *self.surname)


@cache
def _named(address: str, en: str, zh: str) -> Text:
    return word(address, surname=Text(en, zh))


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
    Person(surname, address) for surname in SURNAMES for address in ("people.mr", "people.ms")
)

# one-line looks, by channel: what the agent can take in before the first word. None of them
# belongs to a buying style (000: never type a customer by looks or manner alone); on the phone
# only the voice reaches you (001's four synchronizations: voice and breathing).
LOOKS: dict[str, tuple[str, ...]] = {
    "counter": (
        "time",
        "phone_folder",
        "lanyard",
        "bag_close",
        "receipts",
        "raincoat",
        "nod",
        "drawing",
        "glasses",
        "tea",
    ),
    "phone": (
        "street",
        "office",
        "television",
        "breathless",
        "hoarse",
        "child",
        "notes",
        "speakerphone",
        "crackle",
        "music",
    ),
}


def look_of(channel: str, name: str) -> Text:
    """The look `name` of `LOOKS[channel]`, in words."""
    return fixed(f"people.look.{channel}.{name}")
