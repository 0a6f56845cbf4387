"""The report in Markdown (`--format md`): a page per class to paste into notes or a wiki."""

from __future__ import annotations

from game.report.labels import (
    NONE,
    acts_listed,
    clip,
    counts,
    grid,
    group_name,
    label,
    lang_of,
    many,
    misread_rows,
    num,
    outcomes,
    percent,
    progress_rows,
    quartiles,
    score,
    split_best,
    student_figures,
    to_work_on,
    tries_rows,
    untimed_note,
    week_rows,
    went_well,
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


def _progress(g: Group, lang: str, words: str) -> list[str]:
    if g.growth is None:
        return []
    out = [f"### {label('progress.title', words)}", "", f"**{label('progress.grid', words)}**", ""]
    head, rows = grid(g, lang, words)
    out += _table([_cell(h) for h in head], rows)  # the heads hold the stories' titles
    out += [_cell(label("progress.grid.note", words)), ""]
    out += [f"**{label('progress.students', words)}**", ""]
    out += _table(*progress_rows(g, lang, words))
    out += [_cell(label("progress.students.note", words)), ""]
    out += [f"**{label('progress.class', words)}**", ""]
    out += _table(*week_rows(g, words))
    out += _table(*tries_rows(g, words))
    note = untimed_note(g, words)
    return out + ([_cell(note), ""] if note else [])


def _episode(e: Episode, lang: str, words: str) -> list[str]:
    """`lang`: the saves' texts (the class's language); `words`: the labels' language."""
    f = e.figures
    out = [
        label("md.episode.title", words, title=_cell(e.title.get(words)), episode=_cell(e.episode)),
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
        out += [label("split.typed.md" if e.typed else "split.nowhere.md", words), ""]
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
                for key in ("col.chose", "col.share", "col.ended", "col.reply_mistakes", "col.says")
            ],
            [
                [
                    str(c.count),
                    percent(c.count, sp.visits),
                    score(c.score),
                    acts_listed(c.mistakes, words) or NONE,
                    clip(c.text.get(lang), 90),
                ]
                for c in sp.choices
            ],
        )
        best = split_best(sp, lang, words)
        if best:
            out += [_cell(best), ""]
    out += [f"**{label('rules.went_well', words)}**", ""]
    out += _table(
        [label("col.skill", words), label("col.went_well", words)],
        went_well(e, words)[:5] or [[NONE, ""]],
    )
    out += [f"**{label('rules.to_work_on', words)}**", ""]
    out += _table(
        [label("col.skill", words), label("col.went_wrong", words), label("col.todo", words)],
        to_work_on(e, words)[:5] or [[NONE, "", ""]],
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
        lines += _progress(g, g.lang, words)
        lines += [f"### {label('episodes', words)}", ""]
        for e in g.episodes:
            lines += _episode(e, g.lang, words)
    if r.misread:
        head, rows = misread_rows(r, words)
        lines += [f"## {label('misread.title', words)}", "", label("misread.explain", words), ""]
        lines += _table(head, rows)
    if r.problems:
        lines += [f"## {label('unreadable', words)}", ""]
        lines += _table(
            [label("col.file", words), label("col.why", words)],
            [[p.path, p.message] for p in r.problems],
        )
    return "\n".join(lines).rstrip("\n") + "\n"
