"""Why the better reply was better, in one or two plain sentences that name the customer's state.

The sentence picks the rule that made the largest difference between what was said and the
best reply on offer (by engine/worth.py), says where the customer stood on it, then what the
reply said did and what the better one would have done, in the rules' own notes."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.act_words import act_words
from game.engine.customer import Customer
from game.engine.facets import A_STYLE
from game.engine.meters import mood, stars
from game.engine.notes import Note
from game.engine.rules import MANNERS, RUNGS, band
from game.engine.text import Text, t, word
from game.engine.worth import worth
from game.lessons.better import Advice, Option
from game.lessons.changes import MOODS, need_label

NAME = "{name}"  # left in the sentence: the debrief fills in the customer's name
LEFT: dict[str, Text] = {
    "walked_out": word("lessons.why.left.walked_out"),
    "hung_up": word("lessons.why.left.hung_up"),
    "escalated": word("lessons.why.left.escalated"),
}
HURT = 3.0  # a rule's part in the reply said that is worth explaining first (engine/worth.py)
BEST = word("lessons.why.best")
AS_GOOD = word("lessons.why.as_good")


def _feeling(a: Advice, c: Customer) -> Text:
    e = a.meters.emotion
    m, n = MOODS[mood(e)], stars(e)
    if mood(e) in ("upset", "furious"):
        return word("lessons.why.feeling.upset", name=NAME, mood=m, stars=n)
    return word("lessons.why.feeling", name=NAME, mood=m)


def _ladder(a: Advice, c: Customer) -> Text:
    n = stars(a.meters.emotion)
    rung = act_words(RUNGS[band(n)])
    return word("lessons.why.ladder", name=NAME, stars=n, rung=rung)


def _need(a: Advice, c: Customer) -> Text:
    top = need_label(a.meters.dominant)
    return word("lessons.why.need", name=NAME, need=top)


def _style(a: Advice, c: Customer) -> Text:
    manner = act_words(MANNERS[c.style])
    return word("lessons.why.style", name=NAME, style=A_STYLE[c.style], manner=manner)


def _expressing(a: Advice, c: Customer) -> Text:
    way = act_words(c.expression)
    return word("lessons.why.expressing", name=NAME, way=way)


FEELING = ("emotion-first", "wrong-attitudes", "anger-ladder")
SAID: dict[str, Text] = {  # where the customer stood, when it is the same for everyone
    "no-in-yes": word("lessons.why.said.no-in-yes"),
    "complaint-path": word("lessons.why.said.complaint-path"),
    "traits": word("lessons.why.said.traits"),
    "patience-runs-out": word("lessons.why.said.patience-runs-out"),
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
        parts.insert(0, word("lessons.why.mood", name=NAME, mood=m, stars=stars(e)))
    if a.chosen.ended and not a.best.ended:
        left = LEFT.get(a.chosen.ended, LEFT["walked_out"])
        parts.append(word("lessons.why.after", name=NAME, left=left))
    else:
        bad = _notes(a.chosen, rule, good=False)
        if bad:
            parts.append(word("lessons.why.yours", note=bad[0].text))
    good = _notes(a.best, rule, good=True)
    if good:
        parts.append(word("lessons.why.better", note=good[0].text))
    else:
        parts.append(word("lessons.why.avoided"))
    return t(" ".join(p.en for p in parts), "".join(p.zh for p in parts))
