"""How the debrief names an act in a sentence: a short phrase for what the reply did.

`ACTS[name].meaning` is the act's definition; this is the act as a learner reads it inside a
note ("telling them to calm down fed the emotion it meant to stop"). Never the act's id."""

from __future__ import annotations

from game.engine.text import Text, t

ACT_WORDS: dict[str, Text] = {
    "acknowledge_feeling": t("naming how they feel", "说出客户的感受"),
    "restate_facts": t("saying back what happened", "复述事情经过"),
    "share_similar": t("saying others felt the same", "说别人也有同感"),
    "voice_unspoken_pain": t("saying the pain they had not said", "说出客户没说出口的痛"),
    "apologize": t("saying sorry", "道歉"),
    "listen": t("letting them finish", "让客户说完"),
    "open_question": t("an open question", "开放式提问"),
    "closed_question": t("a closed question", "封闭式提问"),
    "explain_reason": t("explaining why it happened", "解释原因"),
    "offer_options": t("offering choices", "给出选择"),
    "propose_solution": t("proposing a fix", "提出解决办法"),
    "act_now": t("acting now, with a time frame", "马上行动并给出时限"),
    "take_ownership": t("following it up yourself", "亲自跟进"),
    "compensate": t("giving something back", "给予补偿"),
    "promise_improvement": t("promising a concrete improvement", "承诺具体改进"),
    "manage_expectations": t(
        "saying honestly what can be done, and when", "如实说明能做什么、何时做"
    ),
    "small_gesture": t("a small personal gesture", "一个贴心的小举动"),
    "thank": t("thanking them", "致谢"),
    "use_name": t("calling them by name", "称呼客户的姓名"),
    "praise_sincerely": t("sincere praise", "真诚的赞美"),
    "find_common_ground": t("finding common ground", "寻找共同点"),
    "be_direct": t("being direct and quick", "直接、快速"),
    "be_warm": t("being warm and personal", "热情、亲切"),
    "be_calm": t("being calm and unhurried", "平和、从容"),
    "be_precise": t("being precise, with polite distance", "准确、有礼有距"),
    "narrate": t("stating the point plainly", "直截了当地陈述"),
    "explain_with_case": t("explaining with someone else's real case", "用别人的实例说明"),
    "interpret": t("putting it in everyday words", "用浅显的话解释"),
    "comment": t("commenting gently, never 'you are wrong'", "含蓄地评述"),
    "ignore": t("ignoring their feeling", "忽略客户的情绪"),
    "divert": t("changing the subject", "转移话题"),
    "deny": t("denying their feeling", "否定客户的情绪"),
    "suppress": t("telling them to calm down", "让客户冷静"),
    "interrupt": t("cutting in", "打断客户"),
    "question_back": t("answering a question with a question", "以问题回答问题"),
    "direct_refusal": t("a flat no", "直接拒绝"),
    "criticize": t("criticizing them", "批评客户"),
    "argue": t("arguing with them", "与客户争辩"),
    "lecture": t("lecturing them", "教育客户"),
    "sarcasm": t("sarcasm", "讽刺"),
    "doubt": t("doubting their account", "怀疑客户的说法"),
    "authoritative_tone": t("talking down to them", "居高临下的语气"),
    "jargon": t("technical language", "技术语言"),
    "premature_blame": t("blaming before the facts were clear", "事实未清就认责或推责"),
    "stall": t("making them wait", "拖延"),
    "empty_promise": t("a promise no one will keep", "空头承诺"),
    "imply_unimportant": t("implying it does not matter", "暗示问题不重要"),
    "meaningless_question": t("a question that hunts for their mistake", "找客户错处的提问"),
    "personal_question": t("asking about private matters", "打听私事"),
    "hard_sell": t("selling before understanding the need", "未了解需求就推销"),
    "ramble": t("rambling", "啰嗦"),
    "rush": t("hurrying them", "催促客户"),
    "too_familiar": t("being too familiar", "过分亲昵"),
}


def act_words(name: str) -> Text:
    """The act as a phrase for a sentence; an unknown name (from an old save) reads as itself."""
    return ACT_WORDS.get(name) or t(name.replace("_", " "), name.replace("_", " "))
