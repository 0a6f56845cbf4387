"""The debrief's words: the score, who the customer was, each turn and each tip, as Content."""

# Pure formatting of what the engine returned (Result, Turn, Firing, Customer); no rule lives
# here. `say` turns a story Text into the player's language with the customer's name filled in.

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content

from game.engine.acts import ACTS
from game.engine.customer import Customer
from game.engine.facets import CAUSES, NEED_LABELS, STATES, STYLES, TRAITS
from game.engine.rules import RULES_BY_ID
from game.engine.session import Result, Turn
from game.engine.text import Text
from game.tui.i18n import tr
from game.tui.safe import clean, one_line
from game.tui.tips import Tip, mistakes
from game.tui.widgets.timeline_chart import TimelineChart

Say = Callable[[Text], str]
Row = tuple[str, Content]
BAD, GOOD, MUTED = "$text-error", "$text-success", "$text-muted"
METERS = ("emotion", "trust", "patience")


def stars(score: float) -> str:
    """Five stars for the 0..100 score, one per 20 points, rounded."""
    n = max(0, min(5, round(score / 20)))
    return "★" * n + "☆" * (5 - n)


def signed(x: float) -> str:
    text = f"{x:+.1f}".replace(".0", "")
    return text.replace("-", "−")


def _delta(key: str, value: float, lang: str) -> tuple[str, str]:
    """A change as words, styled by whether it helped the customer (emotion up hurts)."""
    if key.startswith("need:"):
        need = key.removeprefix("need:")
        label = tr(
            "meter.need", lang, need=NEED_LABELS[need].get(lang) if need in NEED_LABELS else need
        )
        return f"{label} {signed(value * 100)}%", GOOD if value > 0 else BAD
    helped = value < 0 if key == "emotion" else value > 0
    return f"{tr('meter.' + key, lang)} {signed(value)}", GOOD if helped else BAD


def deltas(pairs: Sequence[tuple[str, float]], lang: str) -> Content:
    parts = [_delta(k, v, lang) for k, v in pairs if k in METERS or k.startswith("need:")]
    return Content(" · ").join(Content.styled(text, style) for text, style in parts)


def meter_changes(turn: Turn) -> tuple[tuple[str, float], ...]:
    """How emotion, trust, patience and each need moved over the turn, from the engine's meters."""
    out: list[tuple[str, float]] = []
    for key in METERS:
        d = round(getattr(turn.after, key) - getattr(turn.before, key), 2)
        if d:
            out.append((key, d))
    for need, after in turn.after.needs:
        d = round(after - turn.before.need(need), 3)
        if d:
            out.append(("need:" + need, d))
    return tuple(out)


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


def turn_rows(turn: Turn, say: Say, lang: str) -> list[Row]:
    """One turn: what was said, the reply's acts, the rules that fired, and the change."""
    acts = Content("\n").join(
        Content.assemble(
            (name, "bold" if ACTS[name].good else f"bold {BAD}"),
            ("" if ACTS[name].good else f" ✗ {tr('debrief.mistake', lang)}", BAD),
            " — ",
            (ACTS[name].meaning.get(lang), MUTED),
        )
        for name in turn.acts
        if name in ACTS
    )
    rules: list[Content] = []
    for firing in turn.fired:
        rule = RULES_BY_ID.get(firing.rule)
        head = (
            f"{rule.number} {rule.id} · {rule.title.get(lang)} ({rule.source})"
            if rule and lang == "en"
            else f"{rule.number} {rule.title.get(lang)}（{rule.source}）"
            if rule
            else firing.rule
        )
        line = Content.assemble((head, "bold"))
        if firing.deltas:
            line = line + Content(tr("punct.colon", lang)) + deltas(firing.deltas, lang)
        note = firing.note.get(lang)
        if note:
            line = line + Content.styled("\n  " + clean(note), f"italic {MUTED}")
        rules.append(line)
    showed = " · ".join(clean(say(cue.text)) for cue in turn.cues)
    return [
        (tr("debrief.they", lang), Content(clean(say(turn.line)))),
        (tr("debrief.showed", lang), Content.styled(showed, MUTED)),
        (tr("debrief.you", lang), Content.styled(clean(say(turn.reply_text)), "bold")),
        (tr("debrief.acts", lang), acts),
        (
            tr("debrief.rules", lang),
            Content("\n").join(rules) if rules else Content.styled(tr("debrief.none", lang), MUTED),
        ),
        (tr("debrief.change", lang), deltas(meter_changes(turn), lang)),
    ]


def turn_title(turn: Turn, result: Result, lang: str) -> Content:
    """`Turn 2  moment −34  ▲ peak`: the peak and the end are marked as on the chart."""
    marks = []
    if turn.index == result.peak:
        marks.append(tr("debrief.peak", lang))
    if turn.index == len(result.moments) - 1:
        marks.append(tr("debrief.end", lang))
    return Content.assemble(
        (tr("debrief.turn.head", lang, n=turn.index + 1), "bold $text-accent"),
        "  ",
        (tr("debrief.moment", lang, m=signed(turn.moment)), GOOD if turn.moment >= 0 else BAD),
        ("  ▲ " + " · ".join(marks) if marks else "", "bold $text-accent"),
    )


def tip_text(tip: Tip, turns: Sequence[Turn], result: Result, say: Say, lang: str) -> str:
    """A tip in words, with the rule, reply and acts it points at."""
    if tip.kind == "rule":
        rule = RULES_BY_ID[tip.rule]
        return tr(
            "tip.rule",
            lang,
            number=rule.number,
            title=rule.title.get(lang),
            source=rule.source,
            summary=rule.summary.get(lang),
        )
    if tip.kind == "mistake":
        turn = turns[tip.turn]
        meanings = " ".join(
            f"{a} ({ACTS[a].source}): {ACTS[a].meaning.get(lang)}" for a in mistakes(tip.acts)
        )
        return tr(
            "tip.mistake",
            lang,
            turn=tip.turn + 1,
            reply=one_line(say(turn.reply_text)),
            meanings=meanings,
        )
    if tip.kind == "left":
        return tr("tip.left", lang, how=tr(f"end.{result.kind}", lang))
    if tip.kind in ("end", "peak"):
        return tr(f"tip.{tip.kind}", lang, turn=tip.turn + 1)
    return tr("tip.clean", lang)


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
