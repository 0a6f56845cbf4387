"""The closed vocabulary of acts a reply can carry (model.md §3), each with its meaning and source.

The engine reacts to acts, never to a reply's words. `serves` is what an act does for the
customer's needs by itself; every other effect belongs to a rule (rules.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Act:
    name: str
    good: bool
    group: str  # sync, clarify, need, close, manner, express, mistake
    source: str
    meaning: Text
    serves: dict[str, float] = field(default_factory=dict)


def _a(name: str, good: bool, group: str, source: str, en: str, zh: str, **serves: float) -> Act:
    return Act(name, good, group, source, t(en, zh), dict(serves))


_ALL = (
    # synchronizing emotion (001 四个同步, 四个复述; 002 平息怨气)
    _a(
        "acknowledge_feeling",
        True,
        "sync",
        "001",
        "Names and accepts how they feel.",
        "说出并接纳客户的感受。",
        heard=0.2,
    ),
    _a(
        "restate_facts",
        True,
        "sync",
        "001",
        "Restates what happened, in their words.",
        "用客户的话复述事情经过。",
        heard=0.2,
        understand=0.05,
    ),
    _a(
        "share_similar",
        True,
        "sync",
        "001",
        "Others felt the same (the 'felt' of 3F).",
        "别人也有同样的感受(3F的felt)。",
        heard=0.1,
    ),
    _a(
        "voice_unspoken_pain",
        True,
        "sync",
        "001",
        "Says the pain they have not said aloud.",
        "说出客户没有说出的痛。",
        heard=0.35,
    ),
    _a(
        "apologize",
        True,
        "sync",
        "002",
        "Sorry for the trouble, without taking blame before the facts.",
        "为带来的不便致歉，事实未清前不认责。",
        respect=0.15,
    ),
    _a(
        "listen",
        True,
        "sync",
        "002",
        "Lets them finish; nods, notes, does not cut in.",
        "让客户说完，点头、记录、不打断。",
        heard=0.3,
    ),
    # clarifying (002 步骤三)
    _a(
        "open_question",
        True,
        "clarify",
        "002",
        "An open question that lets them tell the story.",
        "用开放式问题让客户讲述事实。",
        heard=0.15,
        understand=0.05,
    ),
    _a(
        "closed_question",
        True,
        "clarify",
        "002",
        "A closed question that pins down the key fact.",
        "用封闭式问题确认关键事实。",
        understand=0.1,
    ),
    # serving needs (001 服务内涵; 002 步骤四、五)
    _a(
        "explain_reason",
        True,
        "need",
        "001",
        "Explains why it happened.",
        "解释原因。",
        understand=0.35,
    ),
    _a(
        "offer_options",
        True,
        "need",
        "001",
        "Offers choices: NO in the language of YES.",
        "给予选择：用YES的语言表达NO。",
        solve=0.2,
        respect=0.05,
    ),
    _a(
        "propose_solution",
        True,
        "need",
        "002",
        "Proposes a way to fix it.",
        "提出解决方案。",
        solve=0.4,
    ),
    _a(
        "act_now",
        True,
        "need",
        "001",
        "Acts now, with a time frame ('within 15 minutes').",
        "马上行动，并给出时限(15分钟内回复)。",
        solve=0.25,
        respect=0.05,
    ),
    _a(
        "take_ownership",
        True,
        "need",
        "001",
        "'I will follow this up myself; my number is ...'",
        "“我亲自跟进，请记下我的工号。”",
        solve=0.1,
        respect=0.2,
    ),
    _a(
        "compensate",
        True,
        "need",
        "001",
        "Gives something back for the loss.",
        "给予补偿。",
        compensation=0.5,
    ),
    _a(
        "promise_improvement",
        True,
        "need",
        "002",
        "Commits to a concrete improvement.",
        "承诺具体的改进。",
        prevention=0.45,
    ),
    _a(
        "manage_expectations",
        True,
        "need",
        "001",
        "Says honestly what can and cannot happen, and when.",
        "如实说明能做到什么、何时做到。",
        understand=0.2,
    ),
    _a(
        "small_gesture",
        True,
        "need",
        "002",
        "A small personal gesture (the Disney card).",
        "一个贴心的小举动（迪斯尼卡片）。",
        pleasure=0.35,
        respect=0.1,
    ),
    _a(
        "thank",
        True,
        "close",
        "002",
        "Thanks them for raising it and for their trust.",
        "感谢客户的反馈与信任。",
        pleasure=0.1,
        respect=0.05,
    ),
    _a("use_name", True, "manner", "002", "Calls them by name.", "称呼客户的姓名。", respect=0.1),
    _a(
        "praise_sincerely",
        True,
        "manner",
        "001",
        "Praises something real about them.",
        "真诚地赞美客户。",
        pleasure=0.15,
        respect=0.1,
    ),
    _a(
        "find_common_ground",
        True,
        "manner",
        "001",
        "Finds what you share with them.",
        "寻找与客户的共同点。",
        pleasure=0.1,
        heard=0.05,
    ),
    # style matching (000 §三)
    _a("be_direct", True, "manner", "000", "Direct, fast, factual.", "直接、快速、讲事实。"),
    _a(
        "be_warm",
        True,
        "manner",
        "000",
        "Warm, personal, gives them time to talk.",
        "热情、亲切，给对方说话的时间。",
    ),
    _a("be_calm", True, "manner", "000", "Calm and unhurried, no pressure.", "平和从容，不施压。"),
    _a(
        "be_precise",
        True,
        "manner",
        "000",
        "Precise and concise, keeps a polite distance.",
        "准确简洁，保持礼貌的距离。",
    ),
    # the four ways of expressing (004)
    _a(
        "narrate",
        True,
        "express",
        "004",
        "States the point plainly.",
        "直截了当地陈述。",
        understand=0.1,
    ),
    _a(
        "explain_with_case",
        True,
        "express",
        "004",
        "Explains with a third party's real case.",
        "用第三方的实例来说明。",
        understand=0.15,
    ),
    _a(
        "interpret",
        True,
        "express",
        "004",
        "Puts it in simple, everyday terms.",
        "用浅显的日常语言解释。",
        understand=0.15,
    ),
    _a(
        "comment",
        True,
        "express",
        "004",
        "Comments implicitly, never 'you are wrong'.",
        "含蓄地评述，绝不说“您错了”。",
        understand=0.05,
    ),
    # wrong attitudes to negative emotion (001 面对消极情绪的错误态度)
    _a("ignore", False, "mistake", "001", "Ignores their feeling.", "忽略客户的情绪。"),
    _a(
        "divert",
        False,
        "mistake",
        "001",
        "Changes the subject away from the feeling.",
        "转移话题。",
    ),
    _a(
        "deny",
        False,
        "mistake",
        "001",
        "Denies the feeling ('there's nothing to be upset about').",
        "否定客户的情绪（“这没什么好生气的”）。",
    ),
    _a(
        "suppress",
        False,
        "mistake",
        "001",
        "Tells them to calm down.",
        "压制客户的情绪（“您冷静点”）。",
    ),
    # things that grate on the ear (001 刺激听觉的不当行为) and handling mistakes (002)
    _a("interrupt", False, "mistake", "001", "Cuts in while they speak.", "抢话、打断客户。"),
    _a(
        "question_back",
        False,
        "mistake",
        "001",
        "Answers a question with a question.",
        "以问题回答问题。",
    ),
    _a("direct_refusal", False, "mistake", "001", "A flat NO.", "直接拒绝。"),
    _a("criticize", False, "mistake", "002", "Criticizes the customer.", "批评客户。"),
    _a("argue", False, "mistake", "002", "Argues about who is right.", "与客户争辩。"),
    _a(
        "lecture",
        False,
        "mistake",
        "002",
        "Lectures them on what they should have done.",
        "教育客户该怎么做。",
    ),
    _a("sarcasm", False, "mistake", "002", "A sarcastic remark.", "讽刺客户。"),
    _a("doubt", False, "mistake", "002", "Doubts their account.", "怀疑客户的说法。"),
    _a(
        "authoritative_tone",
        False,
        "mistake",
        "001",
        "Speaks down, like an authority.",
        "用权威、居高临下的语气。",
    ),
    _a(
        "jargon",
        False,
        "mistake",
        "001",
        "Technical language instead of service language.",
        "用技术语言而非服务语言。",
        understand=0.05,
    ),
    _a(
        "premature_blame",
        False,
        "mistake",
        "002",
        "Takes or shifts blame before the facts are clear; blames a colleague.",
        "事实澄清前便承担或推卸责任，批评同事。",
    ),
    _a("stall", False, "mistake", "002", "'Wait a moment'; delays.", "“请稍等”，拖延。"),
    _a(
        "empty_promise",
        False,
        "mistake",
        "002",
        "Promises what no one will do.",
        "言行不一，空头承诺。",
    ),
    _a(
        "imply_unimportant",
        False,
        "mistake",
        "002",
        "Implies they or their problem do not matter.",
        "暗示客户或问题不重要。",
    ),
    _a(
        "meaningless_question",
        False,
        "mistake",
        "002",
        "A question that hunts for their mistake and ignores the real need.",
        "问无意义的问题，找客户的错。",
    ),
    _a(
        "personal_question",
        False,
        "mistake",
        "000",
        "Asks about private matters.",
        "打听客户的私事。",
    ),
    _a(
        "hard_sell",
        False,
        "mistake",
        "001",
        "Sells before understanding the need.",
        "未了解需求就推销。",
    ),
    _a("ramble", False, "mistake", "000", "Long-winded, off the point.", "啰嗦、不着边际。"),
    _a("rush", False, "mistake", "000", "Hurries them along.", "催促客户。"),
    _a(
        "too_familiar",
        False,
        "mistake",
        "000",
        "Too familiar, too close, too soon.",
        "过分亲昵，距离太近。",
    ),
)

ACTS: dict[str, Act] = {a.name: a for a in _ALL}

SYNC: frozenset[str] = frozenset(a.name for a in _ALL if a.group == "sync")
CLARIFY: frozenset[str] = frozenset(a.name for a in _ALL if a.group == "clarify")
MISTAKES: frozenset[str] = frozenset(a.name for a in _ALL if not a.good)
# acts that go at the problem rather than the feeling (rule emotion-first)
PROBLEM: frozenset[str] = frozenset(
    {
        "explain_reason",
        "offer_options",
        "propose_solution",
        "act_now",
        "compensate",
        "promise_improvement",
        "manage_expectations",
        "hard_sell",
    }
)
SOLVING: frozenset[str] = frozenset({"propose_solution", "offer_options", "compensate"})
ACTING: frozenset[str] = frozenset({"act_now", "take_ownership"})
# acts that serve a need directly, not the feeling (rule dominant-need)
NEED_ACTS: frozenset[str] = frozenset(a.name for a in _ALL if a.group == "need")


def unknown_acts(names: list[str] | tuple[str, ...]) -> list[str]:
    return [n for n in names if n not in ACTS]
