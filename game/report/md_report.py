"""The report in Markdown (`--format md`): a page per class to paste into notes or a wiki."""

from __future__ import annotations

from game.report.labels import (
    NONE,
    acts_listed,
    clip,
    counts,
    group_name,
    label,
    lang_of,
    many,
    num,
    outcomes,
    percent,
    quartiles,
    rules_side_by_side,
    student_figures,
)
from game.report.stats import Episode, Figures, Group, Report


def _cell(text: str) -> str:
    """Table-safe: no pipe, newline or HTML tag can break the table or run in a viewer."""
    text = " ".join(text.split())
    for a, b in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("|", "\\|"),
        ("[", "\\["),  # no `[x](javascript:...)` link can form
        ("]", "\\]"),
    ):
        text = text.replace(a, b)
    return text


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _overall(f: Figures, students: int, episodes: int, words: str) -> list[str]:
    return [
        label(
            "md.group.sessions",
            words,
            students=many(students, "student", words),
            episodes=many(episodes, "episode", words),
            sessions=many(f.sessions, "session", words),
            **outcomes(f),
        ),
        label(
            "md.group.scores",
            words,
            score=num(f.score),
            best=num(f.best),
            average=num(f.average),
            peak=num(f.peak),
            end=num(f.end),
        ),
        "",
    ]


STUDENT_COLUMNS = (
    "col.student",
    "col.episodes",
    "col.sessions",
    "col.unfinished",
    "col.early_exits",
    "col.score",
    "col.peak",
    "col.end",
    "col.average",
    "col.mistakes",
)


def _students(g: Group, words: str) -> list[str]:
    head = [label(key, words) for key in STUDENT_COLUMNS]
    rows = [[s.player, *student_figures(s), counts(s.mistakes, lang=words)] for s in g.students]
    return [f"### {label('students', words)}", "", *_table(head, rows)]


def _episode(e: Episode, lang: str, words: str) -> list[str]:
    """`lang`: the saves' texts (the class's language); `words`: the labels' language."""
    f = e.figures
    out = [
        label("md.episode.title", words, title=_cell(e.title.get(lang)), episode=_cell(e.episode)),
        "",
    ]
    out += [
        label(
            "md.episode",
            words,
            sessions=f.sessions,
            **outcomes(f),
            score=num(f.score),
        ),
        "",
    ]
    if e.spread is not None:
        s = e.spread
        out += [
            label(
                "md.spread",
                words,
                **quartiles(s),
            ),
            "",
        ]
        heads = [f"{10 * i}-{10 * i + 10}" for i in range(len(s.histogram))]
        out += _table(heads, [[str(n) for n in s.histogram]])
    if e.split is None:
        out += [label("split.nowhere.md", words), ""]
    else:
        sp = e.split
        out += [
            label(
                "split.md",
                words,
                visits=sp.visits,
                line=_cell(clip(sp.line.get(lang), 120)),
            ),
            "",
        ]
        out += _table(
            [
                label(key, words)
                for key in ("col.chose", "col.share", "col.reply_mistakes", "col.says")
            ],
            [
                [
                    str(c.count),
                    percent(c.count, sp.visits),
                    acts_listed(c.mistakes, words) or NONE,
                    clip(c.text.get(lang), 90),
                ]
                for c in sp.choices
            ],
        )
    out += _table(
        [
            label(key, words)
            for key in ("col.helped_most", "col.times", "col.hurt_most", "col.times")
        ],
        rules_side_by_side(e, lang=words),
    )
    out += [label("md.mistakes", words, mistakes=_cell(counts(e.mistakes, 5, words))), ""]
    return out


def render(r: Report, lang: str | None = None) -> str:
    """`lang`: the labels' language (default: the class's, that of the first group)."""
    words = lang_of(r, lang)
    lines = [f"# {label('report.title', words)}", ""]
    saves = sum(g.figures.sessions for g in r.groups)
    lines += [
        label(
            "md.intro",
            words,
            saves=many(saves, "save", words),
            files=many(r.files, "file", words),
            groups=many(len(r.groups), "group", words),
            unreadable=len(r.problems),
        ),
        "",
        label("md.explain", words),
        "",
    ]
    for g in r.groups:
        lines += [f"## {_cell(group_name(g, words))}", ""]
        lines += _overall(g.figures, len(g.students), len(g.episodes), words)
        lines += _students(g, words)
        lines += [f"### {label('episodes', words)}", ""]
        for e in g.episodes:
            lines += _episode(e, g.lang, words)
    if r.problems:
        lines += [f"## {label('unreadable', words)}", ""]
        lines += _table(
            [label("col.file", words), label("col.why", words)],
            [[p.path, p.message] for p in r.problems],
        )
    return "\n".join(lines).rstrip("\n") + "\n"
