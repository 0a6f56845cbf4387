"""The customer's facets (model.md §1): names, sources and labels in both languages."""

from __future__ import annotations

from game.engine.text import Text, t

# buying styles, a DISC model (000 §三)
STYLES: dict[str, Text] = {
    "demanding": t("demanding", "要求型"),
    "influential": t("influential", "影响型"),
    "steady": t("steady", "稳定型"),
    "compliant": t("compliant", "恭顺型"),
}

# typical customers (000 §四)
TRAITS: dict[str, Text] = {
    "silent": t("silent", "沉默型"),
    "talkative": t("talkative", "健谈型"),
    "shy": t("shy", "腼腆型"),
    "proud": t("proud", "自大型"),
    "opinion_minded": t("opinion-minded", "重视舆论型"),
    "eccentric": t("eccentric", "古怪型"),
    "sarcastic": t("sarcastic", "挖苦型"),
    "hesitant": t("hesitant", "优柔寡断型"),
    "iceberg": t("iceberg", "冰山型"),
}

# difficult customers (000 §二, 002)
STATES: dict[str, Text] = {
    "none": t("not difficult", "一般"),
    "angry": t("angry", "愤怒"),
    "dissatisfied": t("dissatisfied", "不满"),
    "domineering": t("domineering", "盛气凌人"),
    "rude": t("rude", "粗鲁"),
}

# what lies behind a difficult state (002 难缠客户心理分析)
CAUSES: dict[str, Text] = {
    "tired": t("tired", "疲惫"),
    "frustrated": t("frustrated", "受挫"),
    "confused": t("confused", "困惑"),
    "hurt": t("hurt", "受伤害"),
    "protecting_self_esteem": t("protecting self-esteem", "维护自尊"),
    "neglected": t("feels neglected", "被忽视"),
    "poor_speaker": t("not good with words", "不善表达"),
    "poor_comprehension": t("slow to follow", "理解力弱"),
    "bad_mood": t("in a bad mood", "心情不好"),
    "venting": t("needs to vent", "需要发泄"),
}

# complaint needs (001 投诉需求分类)
MATERIAL_NEEDS: tuple[str, ...] = ("understand", "solve", "compensation", "prevention")
EMOTIONAL_NEEDS: tuple[str, ...] = ("respect", "heard", "pleasure")
NEEDS: tuple[str, ...] = MATERIAL_NEEDS + EMOTIONAL_NEEDS
NEED_LABELS: dict[str, Text] = {
    "understand": t("to understand what happened", "了解问题"),
    "solve": t("to have it solved", "解决问题"),
    "compensation": t("to be compensated", "得到补偿"),
    "prevention": t("that it never happens again", "避免失误"),
    "respect": t("to be taken seriously", "得到尊重"),
    "heard": t("to be heard", "得以倾诉"),
    "pleasure": t("to leave feeling good", "体会愉悦"),
}

# diversity factors (000 §一): each a name and its possible values
FACTORS: dict[str, tuple[str, ...]] = {
    "modesty": ("modest", "open"),
    "privacy": ("private", "open"),
    "respect_for_elders": ("expects", "indifferent"),
    "relationships": ("relationship_first", "task_first"),
    "gender_roles": ("traditional", "egalitarian"),
    "conflict": ("avoids", "confronts"),
    "time": ("punctual", "relaxed"),
}
FACTOR_LABELS: dict[str, Text] = {
    "modesty": t("modesty", "谦虚"),
    "privacy": t("privacy", "隐私"),
    "respect_for_elders": t("respect for elders", "尊老"),
    "relationships": t("relationships", "人际关系"),
    "gender_roles": t("gender roles", "性别角色"),
    "conflict": t("attitude to conflict", "冲突态度"),
    "time": t("sense of time", "时间观念"),
}

# comprehension and trust in self-praise decide the way of expressing (004)
COMPREHENSION: tuple[str, ...] = ("low", "normal", "high")
AGE_BANDS: dict[str, Text] = {
    "young": t("young", "年轻"),
    "middle": t("middle-aged", "中年"),
    "elder": t("elderly", "年长"),
}
CHANNELS: tuple[str, ...] = ("counter", "phone")
