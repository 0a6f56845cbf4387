"""The terms a learner meets in the debrief and the replay, each glossed once, in both languages.

`used(texts)` gives the entries whose marks appear in what is shown, in the glossary's order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from game.engine.text import Text, t


@dataclass(frozen=True, slots=True)
class Entry:
    term: Text
    gloss: Text
    marks: Text  # "|"-separated strings that show the term is used, per language


GLOSSARY: tuple[Entry, ...] = (
    Entry(
        t("000-004", "000-004"),
        t(
            "The five training documents the rules come from: 000 service for different kinds "
            "of customer, 001 service creates value, 002 communicating with customers, "
            "003 service basics, 004 four ways of expressing a point.",
            "规则所依据的五份培训资料：000 不同类型客户的服务技巧，001 服务创造价值，"
            "002 与客户沟通，003 客户服务基础，004 四种表达方式。",
        ),
        t("(000)|(001)|(002)|(003)|(004)", "（000）|（001）|（002）|（003）|（004）"),
    ),
    Entry(
        t("stars", "星"),
        t(
            "The anger index, 0 to 6 stars (001): at 1-2 stars name the feeling, at 3-4 say "
            "back what happened, at 5-6 say the pain they have not said.",
            "愤怒指数，0到6星（001）：1-2星说出感受，3-4星复述经过，5-6星说出客户没说出口的痛。",
        ),
        t(" stars", "星"),
    ),
    Entry(
        t("demanding, influential, steady, compliant", "要求型、影响型、稳定型、恭顺型"),
        t(
            "The four buying styles (000, a DISC model): demanding wants it direct and quick, "
            "influential warm and personal, steady calm and unhurried, compliant precise and "
            "at a polite distance.",
            "四种购买风格（000，即DISC模型）：要求型要直接快速，影响型要热情亲切，"
            "稳定型要平和从容，恭顺型要准确简洁、有礼有距。",
        ),
        t("demanding|influential|steady|compliant", "要求型|影响型|稳定型|恭顺型"),
    ),
    Entry(
        t("what they wanted most", "主导需求"),
        t(
            "The dominant need (001): of the customer's several needs, the one that matters "
            "most; serve it first, or the others count for little.",
            "主导需求（001）：客户的几种需求里最在意的那一种；先满足它，否则其他的都事倍功半。",
        ),
        t("wanted most|matters most", "主导需求|最在意"),
    ),
    Entry(
        t("the language of YES", "YES的语言"),
        t(
            "Saying no by saying what you can do, and offering a choice (001).",
            "用能做到的事和可选的方案来表达“不”（001）。",
        ),
        t("language of YES|a no", "YES的语言|“不”"),
    ),
    Entry(
        t("sandwich", "三明治法"),
        t(
            "A no placed between two yeses: what you can do, the no, what you can do next (001).",
            "把“不”夹在两个“可以”之间：先说能做的，再说不能做的，最后说接下来能做的（001）。",
        ),
        t("sandwich", "三明治"),
    ),
    Entry(
        t("3F", "3F"),
        t(
            "Feel, felt, found: I understand how you feel; others felt the same; they found "
            "that this helped (001).",
            "感受、同感、发现：我理解您的感受；别人也有同样的感受；后来他们发现这样做有帮助（001）。",
        ),
        t("3F", "3F"),
    ),
    Entry(
        t("moment", "感受"),
        t(
            "How the customer felt at one turn, from -100 (worst) to 100 (best); the chart shows "
            "each turn's moment.",
            "客户在某一回合的感受，从-100（最糟）到100（最好）；图表画出了每一回合的感受。",
        ),
        t("moment ", "感受 "),
    ),
)


def used(texts: Iterable[str], lang: str) -> tuple[Entry, ...]:
    """The entries any of these shown texts uses, in the glossary's order."""
    shown = "\n".join(texts)
    return tuple(e for e in GLOSSARY if any(m and m in shown for m in e.marks.get(lang).split("|")))
