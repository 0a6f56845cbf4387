"""The rules as a table: each rule's description, in the order they run (`RULES`), and its
function (`RULE_FNS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.rules.base import Rule
from game.engine.rules.feeling import anger_ladder, emotion_first, wrong_attitudes
from game.engine.rules.manner import expressing, no_in_yes, style_matching
from game.engine.rules.needs import dominant_need, emotional_carry
from game.engine.rules.path import complaint_path, patience_runs_out, scripted, traits
from game.engine.text import t

if TYPE_CHECKING:
    from game.engine.rules.facts import RuleFn

RULES: tuple[Rule, ...] = (
    Rule(
        "emotion-first",
        1,
        "001, 002",
        t("Emotion first", "先处理情绪"),
        t(
            "While they are upset, talk of the problem counts for little; meeting the feeling "
            "brings them back to reason.",
            "客户情绪激动时谈问题收效甚微;先同步情绪，让客户回到理性状态。",
        ),
    ),
    Rule(
        "anger-ladder",
        2,
        "001",
        t("The anger ladder", "愤怒指数"),
        t(
            "1-2 stars: answer the key pain with feeling; 3-4: restate the pain they spoke; "
            "5-6: voice the pain they did not speak.",
            "1-2星：带情绪回应关键的痛;3-4星：复述说出的痛;5-6星：说出没有说出的痛。",
        ),
    ),
    Rule(
        "wrong-attitudes",
        3,
        "001",
        t("Wrong attitudes feed emotion", "错误态度助长情绪"),
        t(
            "Ignoring, diverting, denying or suppressing a feeling makes it grow; a feeling "
            "nobody attends to never leaves.",
            "忽略、转移、否定、压制只会让情绪更强;不去理解和引导，情绪永远不会走。",
        ),
    ),
    Rule(
        "dominant-need",
        4,
        "001",
        t("Dominant need first", "先满足主导需求"),
        t(
            "Serve the need that matters most first; once it is met, another leads.",
            "先满足主导需求;满足之后，其他需求会升为主导。",
        ),
    ),
    Rule(
        "emotional-carry",
        5,
        "001",
        t("Emotional needs carry material ones", "情感需求与物质需求此消彼长"),
        t(
            "Respect, being heard and honest expectations can leave them satisfied even when "
            "the material need cannot be met; a bare fix does not guarantee it.",
            "物质需求无法满足时，满足情感需求、管理期望，客户仍可能满意;只满足物质需求未必满意。",
        ),
    ),
    Rule(
        "style-matching",
        6,
        "000",
        t("Style matching", "因人而异的服务方式"),
        t(
            "Demanding: direct and fast. Influential: warm, time to talk. Steady: calm, no "
            "pressure. Compliant: precise, no closeness.",
            "要求型：直接、快速;影响型：热情、让其倾诉;稳定型：平和、不施压;恭顺型：准确、保持距离。",
        ),
    ),
    Rule(
        "expressing",
        7,
        "004",
        t("The right way of expressing", "合适的表达方式"),
        t(
            "Narrate to the direct, explain with cases to the sceptical, interpret for low "
            "comprehension, comment to the entrenched; 'you are wrong' costs trust.",
            "对直接的人直说，对多疑的人举实例，对理解力弱的人浅显解释，对固执的人含蓄评述;"
            "说“您错了”只会失去信任。",
        ),
    ),
    Rule(
        "no-in-yes",
        8,
        "001",
        t("NO in the language of YES", "用YES的语言表达NO"),
        t(
            "A flat refusal hurts; options, honest expectations, 3F and the sandwich carry the "
            "same NO without the damage.",
            "直接拒绝伤人;给予选择、管理期望、3F法与三明治法能传达同样的NO而不伤人。",
        ),
    ),
    Rule(
        "complaint-path",
        9,
        "002",
        t("The complaint path", "投诉处理的步骤"),
        t(
            "Accept, calm, clarify (open then closed questions), solve, act, thank; each "
            "common handling mistake has its cost.",
            "受理、平息、澄清（先开放后封闭）、解决、行动、感谢;每种常见错误都有代价。",
        ),
    ),
    Rule(
        "traits",
        10,
        "000",
        t("Traits bend reactions", "个性影响反应"),
        t(
            "Talkative, proud, hesitant, shy, private or punctual people react in their own "
            "way to the same words.",
            "健谈、自大、犹豫、腼腆、注重隐私或守时的客户，对同一句话反应各不相同。",
        ),
    ),
    Rule(
        "patience-runs-out",
        11,
        "000, 002",
        t("Patience runs out", "耐心会耗尽"),
        t(
            "Every turn costs time; with no patience left, or at the top of their anger, they "
            "walk out, hang up or demand a manager.",
            "每一轮都在消耗耐心;耐心耗尽或怒到极点，客户会离开、挂断或要求找经理。",
        ),
    ),
    Rule(
        "scripted",
        12,
        "000, 001",
        t("Not a script", "不背稿子"),
        t(
            "An answer to this customer, now: a reply that does everything at once, or nothing "
            "new twice running, sounds like a script and counts for less.",
            "回应眼前这位客户：一口气什么都说，或连着两次毫无新意，听起来就像背稿子，效果大打折扣。",
        ),
    ),
)

RULE_FNS: dict[str, RuleFn] = {
    "emotion-first": emotion_first,
    "anger-ladder": anger_ladder,
    "wrong-attitudes": wrong_attitudes,
    "dominant-need": dominant_need,
    "emotional-carry": emotional_carry,
    "style-matching": style_matching,
    "expressing": expressing,
    "no-in-yes": no_in_yes,
    "complaint-path": complaint_path,
    "traits": traits,
    "patience-runs-out": patience_runs_out,
    "scripted": scripted,
}
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RULES)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
