"""The replay's words: the hidden meters as bars and bands, and the customer's side of each turn.

Numbers stay inside: a meter is a bar with its band in words ("upset", "guarded"), a need is
how far it is met and how much it matters."""

from __future__ import annotations

from textual.content import Content

from game.engine.meters import Meters, mood, patience_band, trust_band
from game.engine.session import Turn
from game.lessons.changes import MOODS, change, met_words, need_label, weight_words
from game.tui.debrief_text import BAD, GOOD, MUTED, Row, change_words, note_lines
from game.tui.i18n import tr

BAR = 10  # cells in a meter's bar


def bar(value: float) -> str:
    """0..100 as ten cells, rounded: ▰▰▰▰▱▱▱▱▱▱."""
    full = max(0, min(BAR, round(value / (100 / BAR))))
    return "▰" * full + "▱" * (BAR - full)


def meter_rows(before: Meters, after: Meters, lang: str) -> list[Row]:
    """Emotion, trust, patience and each need after this turn, as bars and words."""
    rows: list[Row] = []
    for key, band in (
        ("emotion", MOODS[mood(after.emotion)].get(lang)),
        ("trust", tr(f"trust.{trust_band(after.trust)}", lang)),
        ("patience", tr(f"patience.{patience_band(after.patience)}", lang)),
    ):
        was, now = getattr(before, key), getattr(after, key)
        shown = Content.assemble((bar(now), "bold"), "  ", band)
        d = round(now - was, 2)
        if abs(d) >= 0.05:
            c = change(key, d)
            shown += Content.styled("  " + c.words.get(lang), GOOD if c.good else BAD)
        rows.append((tr("meter." + key, lang), shown))
    top = max((w for _, w in after.priority), default=0.0)
    for need, weight in sorted(after.priority, key=lambda nw: -nw[1]):
        met = met_words(after.need(need)).get(lang)
        matters = weight_words(weight, top).get(lang)
        value = Content.assemble(met, (tr("punct.aside", lang, text=matters), MUTED))
        rows.append((need_label(need).get(lang), value))
    return rows


def side_text(turn: Turn, lang: str) -> Content:
    """The customer's side, cause before effect: what helped, what hurt, then how they changed."""
    parts: list[Content] = []
    helped, hurt = note_lines(turn, True, lang), note_lines(turn, False, lang)
    if helped:
        parts.append(Content.styled(tr("debrief.helped", lang), f"bold {GOOD}"))
        parts.extend(helped)
    if hurt:
        parts.append(Content.styled(tr("debrief.hurt", lang), f"bold {BAD}"))
        parts.extend(hurt)
    if not helped and not hurt:
        parts.append(Content.styled(tr("replay.quiet", lang), MUTED))
    a, b = mood(turn.before.emotion), mood(turn.after.emotion)
    felt = (
        tr("replay.felt", lang, a=MOODS[a].get(lang), b=MOODS[b].get(lang))
        if a != b
        else tr("replay.stayed", lang, a=MOODS[a].get(lang))
    )
    parts.append(Content.styled(tr("replay.so", lang), "bold") + Content(" " + felt))
    ta, tb = trust_band(turn.before.trust), trust_band(turn.after.trust)
    if ta != tb:
        parts.append(
            Content(tr("replay.trust", lang, a=tr(f"trust.{ta}", lang), b=tr(f"trust.{tb}", lang)))
        )
    parts.append(change_words(turn, lang))
    return Content("\n").join(parts)
