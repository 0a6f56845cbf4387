"""The report as rich tables for the terminal (`--format table`, the default)."""

from __future__ import annotations

import io
import shutil

from rich import box
from rich.console import Console, RenderableType
from rich.console import Group as Stack
from rich.table import Table
from rich.text import Text as RText

from game.report.labels import (
    NONE,
    act_name,
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
from game.report.stats import Episode, Group, Report

WIDTH = 120  # when not on a terminal: a fixed width, so the text is the same every time
BARS = " ▁▂▃▄▅▆▇█"
BOX = box.SIMPLE_HEAD


def _t(text: str, style: str = "") -> RText:
    """Player and story text as plain text: never read as rich markup."""
    return RText(text, style=style)


def spark(histogram: tuple[int, ...]) -> str:
    top = max(histogram) or 1
    return "".join(BARS[round(n / top * (len(BARS) - 1))] for n in histogram)


def _students(g: Group, lang: str) -> Table:
    t = Table(title=label("students", lang), title_justify="left", box=BOX)
    # a name in full, wrapped if long
    t.add_column(label("col.student", lang), overflow="fold", min_width=10)
    for key in ("col.episodes", "col.sessions", "col.not_finished", "col.left_early"):
        t.add_column(label(key, lang), justify="right")
    for key in ("col.score", "col.peak", "col.end", "col.average"):
        t.add_column(label(key, lang), justify="right")
    t.add_column(label("col.mistakes.wrapped", lang), max_width=30)
    for s in g.students:
        t.add_row(
            _t(s.player, "bold"),
            *student_figures(s),
            _t(counts(s.mistakes, lang=lang, sep="\n")),
        )
    return t


def _plain(
    title: str, head: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()
) -> Table:
    """A table of plain text cells (never read as markup)."""
    t = Table(title=_t(title), title_justify="left", box=BOX)
    for i, h in enumerate(head):
        t.add_column(_t(h), justify="right" if i in numeric else "left")
    for row in rows:
        t.add_row(*(_t(c) for c in row))
    if not rows:
        t.add_row(*([NONE] + [""] * (len(head) - 1)))
    return t


def _progress(g: Group, lang: str, words: str) -> list[RenderableType]:
    if g.growth is None:
        return []
    head, rows = grid(g, lang, words)
    n = tuple(range(1, len(head)))
    out: list[RenderableType] = [
        RText(""),
        RText(label("progress.title", words), style="bold"),
        _plain(label("progress.grid", words), head, rows, numeric=n),
        _t(label("progress.grid.note", words)),
    ]
    head, rows = progress_rows(g, lang, words)
    out += [
        _plain(label("progress.students", words), head, rows, numeric=(1, 2, 3)),
        _t(label("progress.students.note", words)),
    ]
    head, rows = week_rows(g, words)
    out.append(_plain(label("progress.class", words), head, rows, numeric=(1, 2, 3)))
    head, rows = tries_rows(g, words)
    out.append(_plain("", head, rows, numeric=(1, 2)))
    note = untimed_note(g, words)
    if note:
        out.append(_t(note))
    return out


def _episode(e: Episode, lang: str, words: str) -> RenderableType:
    """`lang`: the saves' texts (the class's language); `words`: the labels' language."""
    f = e.figures
    head = RText.assemble(
        (e.title.get(words), "bold"),
        label(
            "table.episode",
            words,
            episode=e.episode,
            sessions=f.sessions,
            **outcomes(f),
        ),
        (num(f.score), "bold"),
    )
    parts: list[RenderableType] = [RText(""), head]
    if e.spread is not None:
        s = e.spread
        parts.append(
            RText(
                label(
                    "table.spread",
                    words,
                    **quartiles(s),
                    spark=spark(s.histogram),
                )
            )
        )
    if e.split is None:
        parts.append(RText(label("split.typed" if e.typed else "split.nowhere", words)))
    else:
        sp = e.split
        t = Table(
            box=BOX,
            title=RText(label("split.title", words, visits=sp.visits)),
            title_justify="left",
            caption=RText(label("split.customer", words, line=clip(sp.line.get(lang), 100))),
            caption_justify="left",
        )
        t.add_column(label("col.chose", words), justify="right")
        t.add_column(label("col.share", words), justify="right")
        t.add_column(label("col.ended", words), justify="right")
        t.add_column(label("col.reply_mistakes", words))
        t.add_column(label("col.says", words), no_wrap=True, overflow="ellipsis", max_width=60)
        for c in sp.choices:
            t.add_row(
                str(c.count),
                percent(c.count, sp.visits),
                score(c.score),
                "\n".join(act_name(a, words) for a in c.mistakes) or NONE,
                _t(c.text.get(lang)),
            )
        parts.append(t)
        best = split_best(sp, lang, words)
        if best:
            parts.append(_t(best))
    well = _plain(
        label("rules.went_well", words),
        [label("col.skill", words), label("col.went_well", words)],
        went_well(e, words)[:5],
        numeric=(1,),
    )
    work = _plain(
        label("rules.to_work_on", words),
        [label("col.skill", words), label("col.went_wrong", words), label("col.todo", words)],
        to_work_on(e, words)[:5],
        numeric=(1,),
    )
    parts += [well, work]
    parts.append(_t(label("table.mistakes", words, mistakes=counts(e.mistakes, 5, words))))
    return Stack(*parts)


def render(r: Report, color: bool = False, lang: str | None = None) -> str:
    """`lang`: the labels' language (default: the class's, that of the first group)."""
    words = lang_of(r, lang)
    width = shutil.get_terminal_size((WIDTH, 40)).columns if color else WIDTH
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
    )
    saves = sum(g.figures.sessions for g in r.groups)
    console.print(
        label(
            "table.intro",
            words,
            saves=many(saves, "save", words),
            files=many(r.files, "file", words),
            groups=many(len(r.groups), "group", words),
            unreadable=len(r.problems),
        ),
        style="bold",
        markup=False,
    )
    for g in r.groups:
        f = g.figures
        console.print()
        console.rule(_t(group_name(g, words), "bold"))
        console.print(
            label(
                "table.group",
                words,
                students=many(len(g.students), "student", words),
                episodes=many(len(g.episodes), "episode", words),
                sessions=many(f.sessions, "session", words),
                **outcomes(f),
                score=num(f.score),
                best=num(f.best),
                peak=num(f.peak),
                end=num(f.end),
                average=num(f.average),
            ),
            markup=False,
        )
        console.print(_students(g, words))
        for part in _progress(g, g.lang, words):
            console.print(part)
        for e in g.episodes:
            console.print(_episode(e, g.lang, words))
    if r.misread:
        head, rows = misread_rows(r, words)
        console.print()
        console.print(_plain(label("misread.title", words), head, rows, numeric=(2,)))
        console.print(_t(label("misread.explain", words)))
    text = buf.getvalue()
    return text if color else "".join(line.rstrip() + "\n" for line in text.splitlines())
