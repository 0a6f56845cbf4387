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

# one-line looks, by channel: what the agent can take in before the first word. None of them
# belongs to a buying style (000: never type a customer by looks or manner alone); on the phone
# only the voice reaches you (001's four synchronizations: voice and breathing).
LOOKS: dict[str, tuple[Text, ...]] = {
    "counter": (
        t("Checks the time before saying a word.", "还没开口，先看了一眼时间。"),
        t("Has a phone in one hand and a folder in the other.", "一手拿着手机，一手拿着文件夹。"),
        t(
            "Still in a work lanyard; came straight from the office.",
            "工牌还挂在脖子上，是从单位直接过来的。",
        ),
        t(
            "Holds a bag close and looks around before speaking.",
            "把包抱在身前，先四下看看才开口。",
        ),
        t("Carries a plastic bag of papers, receipts on top.", "拎着一袋单据，最上面是几张收据。"),
        t("Wears a raincoat still dripping from outside.", "雨衣还在滴水，刚从外面进来。"),
        t("Greets you with a short nod and no smile.", "朝你点了下头，没有笑。"),
        t("Has a child's drawing sticking out of a coat pocket.", "外套口袋里露出一张孩子画的画。"),
        t("Puts a pair of reading glasses on, then takes them off.", "戴上老花镜，又摘了下来。"),
        t(
            "Sets a paper cup of tea on the counter, untouched.",
            "把一杯纸杯茶放在柜台上，一口没喝。",
        ),
    ),
    "phone": (
        t(
            "A voice with traffic behind it; calling from the street.",
            "电话那头有车声，是在街上打的。",
        ),
        t(
            "A quiet office behind the voice; they keep it low.",
            "背景是安静的办公室，对方压低了声音。",
        ),
        t("A television murmurs in the background.", "背景里有电视的声音。"),
        t(
            "Slightly out of breath, as if they had been walking fast.",
            "有点喘，像是刚快步走过来。",
        ),
        t(
            "A hoarse voice, as if they have been talking all day.",
            "嗓子有点哑，像是说了一整天的话。",
        ),
        t(
            "A child's voice in the background, then a door closing.",
            "背景里有孩子的声音，接着是关门声。",
        ),
        t(
            "Papers rustling on the line; they have notes ready.",
            "电话里有翻纸的声音，对方备好了记录。",
        ),
        t("An echo on the line: they are on speakerphone.", "电话有回音：对方开着免提。"),
        t(
            "The line crackles; they repeat their first sentence.",
            "线路有杂音，对方把第一句又说了一遍。",
        ),
        t(
            "Music on their end stops suddenly as they start to speak.",
            "对方开口时，那边的音乐一下停了。",
        ),
    ),
}
