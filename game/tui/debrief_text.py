"""The debrief's words: the score, who the customer was, each turn and each tip, as Content.

Formatting only: what to say comes from game.lessons (changes, better replies, tips, glossary)
and the engine's record. `say` turns a story Text into the player's language with the
customer's name filled in."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content

from game.engine.act_words import act_words
from game.engine.acts import ACTS
from game.engine.customer import Customer
from game.engine.facets import CAUSES, NEED_LABELS, STATES, STYLES, TRAITS
from game.engine.rules import RULES_BY_ID
from game.engine.session import Result, Turn
from game.engine.text import Text
from game.lessons.better import Advice
from game.lessons.changes import changes
from game.lessons.glossary import Entry
from game.lessons.tips import Tip, mistakes
from game.lessons.why import why
from game.tui.i18n import tr
from game.tui.safe import clean, one_line
from game.tui.widgets.timeline_chart import TimelineChart

Say = Callable[[Text], str]
Row = tuple[str, Content]
BAD, GOOD, MUTED = "$text-error", "$text-success", "$text-muted"


def stars(score: float) -> str:
    """Five stars for the 0..100 score, one per 20 points, rounded."""
    n = max(0, min(5, round(score / 20)))
    return "★" * n + "☆" * (5 - n)


def signed(x: float) -> str:
    """A moment as a whole number with its sign (`+8`, `−34`, `0`): tenths only look exact."""
    n = round(x)
    return f"{n:+d}".replace("-", "−") if n else "0"


def change_words(turn: Turn, lang: str) -> Content:
    """How the turn moved them, in words and coarse steps, green where it helped."""
    parts = [Content.styled(c.words.get(lang), GOOD if c.good else BAD) for c in changes(turn)]
    return Content(tr("punct.list", lang)).join(parts) if parts else Content.styled("—", MUTED)


def _rule_name(rule_id: str, lang: str) -> str:
    rule = RULES_BY_ID.get(rule_id)
    if rule is None:
        return ""
    return tr("debrief.rule_name", lang, title=rule.title.get(lang), source=rule.source)


def note_lines(turn: Turn, good: bool, lang: str) -> list[Content]:
    """The rules' notes of one sign, each with the rule it comes from: cause, not effect."""
    mark, style = ("✓ ", GOOD) if good else ("✗ ", BAD)
    out = []
    for firing in turn.fired:
        for note in firing.notes:
            text = note.text.get(lang)
            if note.good is good and text:
                out.append(
                    Content.assemble(
                        (mark, style), clean(text), ("  " + _rule_name(firing.rule, lang), MUTED)
                    )
                )
    return out


def score_rows(result: Result, lang: str) -> list[Row]:
    """What they remember (the peak-end score) beside what happened (the plain average)."""
    return [
        (tr("debrief.remember", lang), Content.styled(f"{result.score:.0f}", "bold")),
        (tr("debrief.average", lang), Content(f"{result.average:.0f}")),
    ]


def headline(result: Result, say: Say, lang: str) -> Content:
    return Content.assemble(
        (f"{tr('debrief.score', lang)}  {result.score:.0f} / 100  ", "bold"),
        (stars(result.score), "bold $text-warning"),
        "\n",
        (tr(f"end.{result.kind}", lang), "bold"),
        "  ",
        ("“" + one_line(say(result.line)) + "”", "italic"),
    )


def who_rows(c: Customer, lang: str) -> list[Row]:
    """Everything about the customer that was hidden while playing."""
    sep, colon = tr("punct.list", lang), tr("punct.colon", lang)
    kind = sep.join([STYLES[c.style].get(lang), *(TRAITS[x].get(lang) for x in c.traits)])
    mood = tr("debrief.anger", lang, n=c.anger) + " · " + STATES[c.state].get(lang)
    cause = tr("debrief.cause", lang) + colon + CAUSES[c.cause].get(lang)
    mood += tr("punct.aside", lang, text=cause)
    ranked = sorted(c.needs, key=lambda nw: -nw[1])
    needs = sep.join(NEED_LABELS[n].get(lang) for n, w in ranked if w > 0)
    return [
        (one_line(c.name.get(lang)), Content(kind)),
        ("", Content(mood)),
        (tr("debrief.needs", lang), Content(needs)),
    ]


def act_lines(acts: Sequence[str], lang: str) -> Content:
    """What the reply did, act by act, in words; named mistakes marked."""
    lines = []
    for name in acts:
        act = ACTS.get(name)
        if act is None:
            continue
        if act.good:
            lines.append(Content(act.meaning.get(lang)))
        else:
            lines.append(
                Content.assemble(
                    (f"✗ {tr('debrief.mistake', lang)}{tr('punct.colon', lang)}", f"bold {BAD}"),
                    act.meaning.get(lang),
                )
            )
    return Content("\n").join(lines)


def yours(turn: Turn, say: Say, lang: str) -> str:
    """What the player said: a typed reply exactly as typed, an offered one filled in."""
    return turn.reply_text.get(lang) if turn.reader is not None else say(turn.reply_text)


def turn_rows(turn: Turn, say: Say, lang: str, advice: Advice | None = None) -> list[Row]:
    """One turn: what was said, what the reply did, what helped and hurt, the change, and what
    would have served them best."""
    showed = " · ".join(clean(say(cue.text)) for cue in turn.cues)
    typed = turn.reader is not None  # typed words are shown as typed, and their acts as heard
    rows: list[Row] = [
        (tr("debrief.they", lang), Content(clean(say(turn.line)))),
        (tr("debrief.showed", lang), Content.styled(showed, MUTED)),
        (
            tr("debrief.you_typed" if typed else "debrief.you", lang),
            Content.styled(clean(yours(turn, say, lang)), "bold"),
        ),
        (tr("debrief.heard" if typed else "debrief.acts", lang), act_lines(turn.acts, lang)),
    ]
    helped, hurt = note_lines(turn, True, lang), note_lines(turn, False, lang)
    if helped:
        rows.append((tr("debrief.helped", lang), Content("\n").join(helped)))
    if hurt:
        rows.append((tr("debrief.hurt", lang), Content("\n").join(hurt)))
    if not helped and not hurt:
        rows.append((tr("debrief.rules", lang), Content.styled(tr("debrief.none", lang), MUTED)))
    rows.append((tr("debrief.change", lang), change_words(turn, lang)))
    if advice is not None:
        rows.extend(better_rows(advice, say, lang))
    return rows


def better_rows(advice: Advice, say: Say, lang: str) -> list[Row]:
    """The best reply on offer at this turn and why, or that the one said was the best."""
    why_text = Content(clean(say(why(advice))))
    if not advice.improvable:
        return [(tr("debrief.better", lang), Content.styled("✓ " + why_text.plain, GOOD))]
    best = Content.styled("“" + clean(say(advice.best.text)) + "”", f"bold {GOOD}")
    return [(tr("debrief.better", lang), best), (tr("debrief.why_better", lang), why_text)]


def turn_title(turn: Turn, result: Result, lang: str, lesson: int | None = None) -> Content:
    """`Turn 2  moment −34, better by 12  ▲ peak`: the peak and the end are marked as on the
    chart, and the turn with the most to learn as the lesson. A moment is how they feel, so an
    angry customer's is below zero even after a reply that helped: the change from the turn
    before says which way this one went."""
    marks = []
    if turn.index == lesson:
        marks.append(tr("debrief.lesson", lang))
    if turn.index == result.peak:
        marks.append(tr("debrief.peak", lang))
    if turn.index == len(result.moments) - 1:
        marks.append(tr("debrief.end", lang))
    return Content.assemble(
        (tr("debrief.turn.head", lang, n=turn.index + 1), "bold $text-accent"),
        "  ",
        (tr("debrief.moment", lang, m=signed(turn.moment)), GOOD if turn.moment >= 0 else BAD),
        *_since(turn, result, lang),
        ("  ▲ " + " · ".join(marks) if marks else "", "bold $text-accent"),
    )


def _since(turn: Turn, result: Result, lang: str) -> list[tuple[str, str]]:
    """`, better by 12` / `, worse by 8` / `, no change` against the turn before; none at first."""
    if not 0 < turn.index < len(result.moments):
        return []
    d = round(result.moments[turn.index] - result.moments[turn.index - 1])
    way = "up" if d > 0 else "down" if d < 0 else "same"
    return [
        (tr(f"debrief.moment.{way}", lang, d=abs(d)), GOOD if d > 0 else BAD if d < 0 else MUTED)
    ]


def tip_text(
    tip: Tip,
    turns: Sequence[Turn],
    result: Result,
    say: Say,
    lang: str,
    advice: Sequence[Advice] = (),
) -> str:
    """A tip in words, with the rule, reply and acts it points at."""
    if tip.kind == "lesson" and tip.turn < len(advice):
        a = advice[tip.turn]
        return tr(
            "tip.lesson",
            lang,
            turn=tip.turn + 1,
            reply=one_line(say(a.best.text)),
            why=one_line(say(why(a))),
        )
    if tip.kind == "rule":
        rule = RULES_BY_ID[tip.rule]
        return tr(
            "tip.rule",
            lang,
            title=rule.title.get(lang),
            source=rule.source,
            summary=rule.summary.get(lang),
        )
    if tip.kind == "mistake":
        turn = turns[tip.turn]
        sep = tr("punct.list", lang)
        named = sep.join(act_words(a).get(lang) for a in mistakes(tip.acts))
        return tr(
            "tip.mistake",
            lang,
            turn=tip.turn + 1,
            reply=one_line(yours(turn, say, lang)),
            meanings=named,
        )
    if tip.kind == "left":
        return tr("tip.left", lang, how=tr(f"end.{result.kind}", lang))
    if tip.kind in ("end", "peak"):
        return tr(f"tip.{tip.kind}", lang, turn=tip.turn + 1)
    return tr("tip.clean_end" if tip.kind == "clean_end" else "tip.clean", lang)


def glossary_rows(entries: Sequence[Entry], lang: str) -> list[Row]:
    return [(e.term.get(lang), Content(e.gloss.get(lang))) for e in entries]


def moments_chart(result: Result, lang: str, id: str) -> TimelineChart:
    """The moments of a session, the peak and the end marked, in a bordered box."""
    chart = TimelineChart(
        result.moments,
        result.peak,
        (tr("debrief.peak", lang), tr("debrief.end", lang), tr("debrief.peak_end", lang)),
        id=id,
    )
    chart.border_title = tr("debrief.moments", lang)
    return chart
