"""The report in Markdown (`--format md`): a page per class to paste into notes or a wiki."""

from __future__ import annotations

from game.report.labels import (
    NONE,
    clip,
    counts,
    group_name,
    many,
    num,
    percent,
    rules_side_by_side,
    student_figures,
)
from game.report.stats import Episode, Figures, Group, Report


def _cell(text: str) -> str:
    """Table-safe: no pipe, newline or HTML tag can break the table or run in a viewer."""
    text = " ".join(text.split())
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        text = text.replace(a, b)
    return text


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _overall(f: Figures, students: int, episodes: int) -> list[str]:
    return [
        f"- {many(students, 'student')}, {many(episodes, 'episode')}, "
        f"{many(f.sessions, 'session')}: "
        f"{f.finished} finished, {f.unfinished} unfinished, {f.early_exits} ended early "
        "(the customer left)",
        f"- mean peak-end score **{num(f.score)}** (best {num(f.best)}); mean plain average "
        f"{num(f.average)}; mean peak moment {num(f.peak)}, mean end moment {num(f.end)}",
        "",
    ]


def _students(g: Group) -> list[str]:
    head = [
        "Student",
        "Episodes",
        "Sessions",
        "Unfinished",
        "Early exits",
        "Score",
        "Peak",
        "End",
        "Average",
        "Most frequent mistakes",
    ]
    rows = [[s.player, *student_figures(s), counts(s.mistakes)] for s in g.students]
    return ["### Students", "", *_table(head, rows)]


def _episode(e: Episode, lang: str) -> list[str]:
    f = e.figures
    out = [f"#### {_cell(e.title.get(lang))} (`{e.episode}`)", ""]
    out += [
        f"{f.sessions} sessions, {f.finished} finished, {f.unfinished} unfinished, "
        f"{f.early_exits} ended early; mean score **{num(f.score)}**.",
        "",
    ]
    if e.spread is not None:
        s = e.spread
        out += [
            f"Scores: min {num(s.low)}, quartiles {num(s.q1)} / {num(s.median)} / "
            f"{num(s.q3)}, max {num(s.high)}.",
            "",
        ]
        heads = [f"{10 * i}-{10 * i + 10}" for i in range(len(s.histogram))]
        out += _table(heads, [[str(n) for n in s.histogram]])
    if e.split is None:
        out += ["Where the class split: nowhere (every decision went the same way).", ""]
    else:
        sp = e.split
        out += [
            f"Where the class split most: `{sp.beat}` (reached {sp.visits} times, "
            f"{sp.bits:.2f} bits), after the customer said "
            f"\u201c{_cell(clip(sp.line.get(lang), 120))}\u201d",
            "",
        ]
        out += _table(
            ["Reply", "Chose it", "Share", "Mistakes", "Says"],
            [
                [
                    c.reply,
                    str(c.count),
                    percent(c.count, sp.visits),
                    ", ".join(c.mistakes) or NONE,
                    clip(c.text.get(lang), 90),
                ]
                for c in sp.choices
            ],
        )
    out += _table(
        ["Rules that helped most", "Times", "Rules that hurt most", "Times"],
        rules_side_by_side(e),
    )
    out += [f"Most frequent mistakes: {_cell(counts(e.mistakes, 5))}.", ""]
    return out


def render(r: Report) -> str:
    lines = ["# Class report", ""]
    saves = sum(g.figures.sessions for g in r.groups)
    lines += [
        f"{many(saves, 'save')} read from {many(r.files, 'file')} in "
        f"{many(len(r.groups), 'group')}; "
        f"{len(r.problems)} unreadable.",
        "",
        "Scores are peak-end scores (0-100) of finished sessions; moments run -100..100. "
        "A rule *helped* when its firing moved the customer the good way on balance "
        "(calmer, more trust, more patience, needs better met) and *hurt* when the other way.",
        "",
    ]
    for g in r.groups:
        lines += [f"## {_cell(group_name(g))}", ""]
        lines += _overall(g.figures, len(g.students), len(g.episodes))
        lines += _students(g)
        lines += ["### Episodes", ""]
        for e in g.episodes:
            lines += _episode(e, g.lang)
    if r.problems:
        lines += ["## Unreadable files", ""]
        lines += _table(["File", "Why"], [[p.path, p.message] for p in r.problems])
    return "\n".join(lines).rstrip("\n") + "\n"
