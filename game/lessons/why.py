"""Why the better reply was better, in one or two plain sentences that name the customer's state.

The sentence picks the rule that made the largest difference between what was said and the
best reply on offer (by engine/worth.py), says where the customer stood on it, then what the
reply said did and what the better one would have done, in the rules' own notes."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.act_words import act_words
from game.engine.customer import Customer
from game.engine.facets import STYLES
from game.engine.meters import mood, stars
from game.engine.notes import Note
from game.engine.rules import MANNERS, RUNGS, band
from game.engine.text import Text, t
from game.engine.worth import worth
from game.lessons.better import Advice, Option
from game.lessons.changes import MOODS, need_label

LEFT: dict[str, Text] = {
    "walked_out": t("walked out", "转身走了"),
    "hung_up": t("hung up", "挂断了电话"),
    "escalated": t("demanded a manager", "要求找经理"),
}
HURT = 3.0  # a rule's part in the reply said that is worth explaining first (engine/worth.py)
BEST = t("The best reply on offer.", "这是可选回答里最好的一句。")
AS_GOOD = t("As good as any reply on offer.", "和其他可选回答一样好。")


def _feeling(a: Advice, c: Customer) -> Text:
    e = a.meters.emotion
    m, n = MOODS[mood(e)], stars(e)
    if mood(e) in ("upset", "furious"):
        return t(
            f"{{name}} was still {m.en} ({n} of 6 stars): the feeling had to be met before "
            "the problem could be.",
            f"{{name}}仍然{m.zh}（愤怒{n}/6星）：先接住情绪，问题才谈得进去。",
        )
    return t(
        f"{{name}} was {m.en}, and a feeling no one names does not fade by itself.",
        f"{{name}}{m.zh}，而没人接住的情绪不会自己消失。",
    )


def _ladder(a: Advice, c: Customer) -> Text:
    n = stars(a.meters.emotion)
    rung = act_words(RUNGS[band(n)])
    return t(
        f"{{name}} was at {n} of 6 stars: at that level, {rung.en} is what calms.",
        f"{{name}}的愤怒是{n}/6星：这一层要靠{rung.zh}来平复。",
    )


def _need(a: Advice, c: Customer) -> Text:
    top = need_label(a.meters.dominant)
    return t(
        f"What {{name}} wanted most was {top.en}.",
        f"{{name}}最在意的是“{top.zh}”。",
    )


def _style(a: Advice, c: Customer) -> Text:
    word = STYLES[c.style]
    manner = act_words(MANNERS[c.style])
    article = "an" if word.en[0] in "aeiou" else "a"
    return t(
        f"{{name}} is {article} {word.en} customer: {manner.en} is what reaches them.",
        f"{{name}}是{word.zh}客户：要{manner.zh}才对路。",
    )


def _expressing(a: Advice, c: Customer) -> Text:
    way = act_words(c.expression)
    return t(f"{{name}} is reached by {way.en}.", f"对{{name}}要{way.zh}才讲得通。")


FEELING = ("emotion-first", "wrong-attitudes", "anger-ladder")
SAID: dict[str, Text] = {  # where the customer stood, when it is the same for everyone
    "no-in-yes": t(
        "{name} had to hear a no: given as a choice, it stings less.",
        "{name}得听到一个“不”：用给选择的方式说出来，就没那么刺耳。",
    ),
    "complaint-path": t(
        "A complaint has its path: accept it, calm the feeling, clarify, solve, act, thank.",
        "投诉有它的步骤：受理、安抚、澄清、解决、行动、致谢。",
    ),
    "traits": t(
        "The kind of person {name} is changed how the reply landed.",
        "{name}的个性改变了这句话的效果。",
    ),
    "patience-runs-out": t(
        "{name}'s patience was running short: an action with a time frame buys time.",
        "{name}的耐心快用完了：有时限的行动能换来时间。",
    ),
}
STATE: dict[str, Callable[[Advice, Customer], Text]] = {
    "emotion-first": _feeling,
    "wrong-attitudes": _feeling,
    "anger-ladder": _ladder,
    "dominant-need": _need,
    "emotional-carry": _need,
    "style-matching": _style,
    "expressing": _expressing,
}


def _by_rule(o: Option) -> dict[str, float]:
    out: dict[str, float] = {}
    for f in o.fired:
        out[f.rule] = out.get(f.rule, 0.0) + worth(f.deltas)
    return out


def deciding_rule(a: Advice) -> str:
    """The rule to explain: where the reply said hurt most, if the better one did better there;
    else the rule whose part differed most in the better reply's favour (first on a tie)."""
    if a.chosen.ended and not a.best.ended:
        return "patience-runs-out"
    mine, theirs = _by_rule(a.chosen), _by_rule(a.best)
    rules = list(dict.fromkeys([*theirs, *mine]))
    if mine:
        worst = min(mine, key=lambda r: (mine[r], list(mine).index(r)))
        if mine[worst] <= -HURT and theirs.get(worst, 0.0) > mine[worst]:
            return worst
    return max(rules, key=lambda r: (theirs.get(r, 0.0) - mine.get(r, 0.0), -rules.index(r)))


def _notes(o: Option, rule: str, good: bool) -> list[Note]:
    """The option's notes of one sign, the given rule's first, then by how much their rule did."""
    parts = sorted(o.fired, key=lambda f: (f.rule != rule, -abs(worth(f.deltas))))
    return [n for f in parts for n in f.notes if n.good is good and n.topic != "exit"]


def why(a: Advice) -> Text:
    """One or two sentences on what would have served this customer best at this turn, and why."""
    if not a.improvable:
        return BEST if a.best is a.chosen else AS_GOOD
    c = a.customer
    rule = deciding_rule(a)
    parts = [STATE[rule](a, c) if rule in STATE else SAID.get(rule, SAID["complaint-path"])]
    e = a.meters.emotion
    if rule not in FEELING and mood(e) in ("upset", "furious"):
        m = MOODS[mood(e)]
        parts.insert(
            0,
            t(
                f"{{name}} was {m.en} ({stars(e)} of 6 stars).",
                f"{{name}}{m.zh}（愤怒{stars(e)}/6星）。",
            ),
        )
    if a.chosen.ended and not a.best.ended:
        left = LEFT.get(a.chosen.ended, LEFT["walked_out"])
        parts.append(t(f"After yours, {{name}} {left.en}.", f"你这句话之后，{{name}}{left.zh}。"))
    else:
        bad = _notes(a.chosen, rule, good=False)
        if bad:
            n = bad[0].text
            parts.append(t(f"Yours: {n.en}.", f"你的回答：{n.zh}。"))
    good = _notes(a.best, rule, good=True)
    if good:
        n = good[0].text
        parts.append(t(f"The better reply: {n.en}.", f"更好的回答：{n.zh}。"))
    else:
        parts.append(t("The better reply avoided that.", "更好的回答避开了这一点。"))
    return t(" ".join(p.en for p in parts), "".join(p.zh for p in parts))
