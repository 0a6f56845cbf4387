"""Words and numbers as every report format shows them (English labels, saves' own texts)."""

from __future__ import annotations

from game.engine.acts import ACTS
from game.engine.rules import RULES_BY_ID
from game.report.stats import Episode, Group, Student

NONE = "—"  # a figure with nothing to show (no finished session)
NO_WORKSHOP = "no workshop"


def many(n: int, word: str) -> str:
    """`1 student`, `3 students`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def num(x: float | None) -> str:
    return NONE if x is None else f"{x:.1f}"


def group_name(g: Group) -> str:
    return f"Workshop {g.workshop}" if g.workshop is not None else "No workshop"


def workshop_key(code: str | None) -> str:
    return code if code is not None else NO_WORKSHOP


def rule_name(rule: str) -> str:
    r = RULES_BY_ID.get(rule)
    return f"{r.number}. {r.title.en}" if r else rule


def rule_source(rule: str) -> str:
    r = RULES_BY_ID.get(rule)
    return r.source if r else ""


def act_source(act: str) -> str:
    a = ACTS.get(act)
    return a.source if a else ""


def counts(pairs: tuple[tuple[str, int], ...], top: int = 3) -> str:
    """`deny ×4, stall ×2` (the first `top`)."""
    return ", ".join(f"{name} ×{n}" for name, n in pairs[:top]) or NONE


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else NONE


def student_figures(s: Student) -> list[str]:
    """Played, sessions, unfinished, early exits, score, peak, end, average: one table row."""
    f = s.figures
    return [
        str(len(s.played)),
        str(f.sessions),
        str(f.unfinished),
        str(f.early_exits),
        num(f.score),
        num(f.peak),
        num(f.end),
        num(f.average),
    ]


def rules_side_by_side(e: Episode, top: int = 5) -> list[list[str]]:
    """Rows of (rule that helped, times, rule that hurt, times), the most frequent first."""
    rows = []
    for i in range(max(min(top, len(e.helped)), min(top, len(e.hurt)), 1)):
        h = e.helped[i] if i < len(e.helped) else None
        b = e.hurt[i] if i < len(e.hurt) else None
        rows.append(
            [
                rule_name(h[0]) if h else NONE,
                str(h[1]) if h else "",
                rule_name(b[0]) if b else NONE,
                str(b[1]) if b else "",
            ]
        )
    return rows
