"""The replay's words: the hidden meters as numbers, and the customer's side of each turn."""

from __future__ import annotations

from textual.content import Content

from game.engine.facets import NEED_LABELS
from game.engine.meters import Meters, mood, trust_band
from game.engine.session import Turn
from game.tui.i18n import tr
from game.tui.report import BAD, GOOD, MUTED, Row, signed
from game.tui.safe import clean


def _moved(before: float, after: float, good_when_up: bool) -> Content:
    text = f"{before:.0f} → {after:.0f}"
    d = after - before
    if abs(d) < 0.05:
        return Content.styled(text, MUTED)
    helped = (d > 0) == good_when_up
    return Content.assemble(text, "  ", (signed(round(d, 1)), GOOD if helped else BAD))


def meter_rows(before: Meters, after: Meters, lang: str) -> list[Row]:
    """Emotion, trust, patience and each need, before → after this turn, as numbers."""
    rows: list[Row] = [
        (tr("meter.emotion", lang), _moved(before.emotion, after.emotion, good_when_up=False)),
        (tr("meter.trust", lang), _moved(before.trust, after.trust, good_when_up=True)),
        (tr("meter.patience", lang), _moved(before.patience, after.patience, good_when_up=True)),
    ]
    for need, weight in sorted(after.priority, key=lambda nw: -nw[1]):
        label = NEED_LABELS[need].get(lang) if need in NEED_LABELS else need
        was, now = before.need(need) * 100, after.need(need) * 100
        rows.append((f"{label} ({weight:.2f})", _moved(was, now, good_when_up=True)))
    return rows


def side_text(turn: Turn, lang: str) -> Content:
    """What the customer felt over the turn, and why: their mood, their trust, the rules' notes."""
    a, b = mood(turn.before.emotion), mood(turn.after.emotion)
    felt = (
        tr("replay.felt", lang, a=tr(f"mood.{a}", lang), b=tr(f"mood.{b}", lang))
        if a != b
        else tr("replay.stayed", lang, a=tr(f"mood.{a}", lang))
    )
    parts = [Content.styled(felt, "bold")]
    ta, tb = trust_band(turn.before.trust), trust_band(turn.after.trust)
    if ta != tb:
        parts.append(
            Content(tr("replay.trust", lang, a=tr(f"trust.{ta}", lang), b=tr(f"trust.{tb}", lang)))
        )
    notes = [clean(f.note.get(lang)) for f in turn.fired if f.note.get(lang)]
    if notes:
        parts.append(Content.styled(tr("replay.why", lang), MUTED))
        parts.extend(Content("• " + note) for note in notes)
    else:
        parts.append(Content.styled(tr("replay.quiet", lang), MUTED))
    return Content("\n").join(parts)
