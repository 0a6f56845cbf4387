"""Rules 6 to 8, the manner: style matching, the right way of expressing, NO in the language
of YES. `Manner` is what one buying style makes of a reply's manner (a part of the Facts)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from game.engine.facets import A_STYLE
from game.engine.notes import Note
from game.engine.rules.base import Work, act_phrase, note
from game.engine.tuning import TUNING

if TYPE_CHECKING:
    from game.engine.rules.facts import Ctx


# the ways of expressing (rule 7, 004)
EXPRESS = ("narrate", "explain_with_case", "interpret", "comment")


# 6. style matching (000 §三: the four buying styles). Each style has its manner; the manner of
# the opposite style (demanding-steady, influential-compliant) is what it cannot stand, and a
# neighbour's manner misses it too.
MANNERS: dict[str, str] = {
    "demanding": "be_direct",
    "influential": "be_warm",
    "steady": "be_calm",
    "compliant": "be_precise",
}
OPPOSITE: dict[str, str] = {
    "demanding": "steady",
    "steady": "demanding",
    "influential": "compliant",
    "compliant": "influential",
}


class Manner:
    """What a customer of one buying style makes of the manner of these acts (rule 6)."""

    __slots__ = ("disliked", "liked", "missed", "note", "own")

    def __init__(self, style: str, acts: tuple[str, ...]) -> None:
        k = TUNING["style-matching"]
        self.liked = min(k["cap"], sum(1 for a in acts if a in k["likes"][style]))
        self.disliked = min(k["cap"], sum(1 for a in acts if a in k["dislikes"][style]))
        self.own = MANNERS[style] in acts
        self.missed = ""  # "opposite", "adjacent" or ""
        if MANNERS[OPPOSITE[style]] in acts:
            self.missed = "opposite"
        elif not self.own and any(a in acts for s, a in MANNERS.items() if s != style):
            self.missed = "adjacent"
        self.note = _manner_note(style, bool(self.liked), bool(self.disliked), self.missed)


def style_matching(c: Ctx, w: Work) -> None:
    k = TUNING["style-matching"]
    manner = c.f.manners[c.profile.style]
    if manner.liked:
        w.add(k["liked"], manner.liked)
    if manner.disliked:
        w.add(k["disliked"], manner.disliked)
    if manner.own:
        w.scale(c.f.material, k["own_needs_factor"])
    if manner.missed == "opposite":
        w.add(k["opposite"])
        w.scale(c.f.material, k["opposite_needs_factor"])
    elif manner.missed == "adjacent":
        w.add(k["adjacent"])
        w.scale(c.f.material, k["adjacent_needs_factor"])
    if manner.note is not None:
        w.said(manner.note)


def _manner_note(style: str, liked: bool, disliked: bool, missed: str) -> Note | None:
    """One note on the manner, so a reply is never said to both fit and grate."""
    who = A_STYLE[style]
    if liked and (disliked or missed):
        return note("manner", False, "manner.mixed", style=who)
    if liked:
        return note("manner", True, "manner.suits", style=who)
    if missed == "opposite":
        return note("manner", False, "manner.opposite", style=who)
    if disliked:
        return note("manner", False, "manner.disliked", style=who)
    if missed:
        return note("manner", False, "manner.missed", style=who)
    return None


# 7. the right way of expressing (004); "you are wrong" costs trust
@cache
def _expression_note(pref: str) -> Note:
    return note("expression", True, "expression.matched", way=act_phrase(pref))


_SELF_PRAISE = note("expression", False, "self_praise")
_JARGON = note("words", False, "jargon")
_WRONG_WORDS = note("words", False, "wrong_words")
_GRATING_TONE = note("tone", False, "grating_tone")


def expressing(c: Ctx, w: Work) -> None:
    k = TUNING["expressing"]
    pref, seen = c.customer.expression, c.seen
    if pref in seen:
        w.add(k["matched"])
        w.scale(("understand",), k["matched_understand_factor"])
        w.said(_expression_note(pref))
    if "narrate" in seen and pref == "explain_with_case":
        w.bump("trust", k["self_praise_to_sceptic_trust"])
        w.said(_SELF_PRAISE)
    if "explain_with_case" in seen and pref == "narrate":
        w.bump("patience", k["long_case_patience"])
    if "jargon" in seen:
        low = pref == "interpret"
        w.add(k["jargon_low"] if low else k["jargon"])
        if low and w.gains.get("understand", 0.0) > 0:
            w.bump("understand", -w.gains["understand"])
        w.said(_JARGON)
    if c.f.wrong:
        w.add(k["you_are_wrong"], c.f.wrong)
        w.said(_WRONG_WORDS)
    if c.f.grating:
        w.add(k["grating"], c.f.grating)
        w.said(_GRATING_TONE)


# 8. NO in the language of YES (001 用YES的语言表达NO; 3F; sandwich)
_YES_LANGUAGE = note("no", True, "yes_language")
_THREE_F = note("3f", True, "three_f")


def no_in_yes(c: Ctx, w: Work) -> None:
    k = TUNING["no-in-yes"]
    yes, seen = c.f.yes, c.seen
    if "direct_refusal" in seen:
        w.add(k["refusal"], k["sandwich_factor"] if yes else 1.0)
        w.note("no", False, "no.sandwich" if yes else "no.flat")
    elif yes:
        w.add(k["yes_language"])
        w.said(_YES_LANGUAGE)
    if "share_similar" in seen and ("explain_reason" in seen or "offer_options" in seen):
        w.add(k["three_f"])
        w.said(_THREE_F)
