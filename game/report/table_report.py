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
    clip,
    counts,
    group_name,
    many,
    num,
    percent,
    rules_side_by_side,
    student_figures,
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


def _students(g: Group) -> Table:
    t = Table(title="Students", title_justify="left", box=BOX)
    t.add_column("Student", overflow="fold", min_width=10)  # a name in full, wrapped if long
    for head in ("Episodes", "Sessions", "Not\nfinished", "Left\nearly"):
        t.add_column(head, justify="right")
    for head in ("Score", "Peak", "End", "Average"):
        t.add_column(head, justify="right")
    t.add_column("Most frequent\nmistakes", no_wrap=True)
    for s in g.students:
        t.add_row(
            _t(s.player, "bold"),
            *student_figures(s),
            _t(counts(s.mistakes).replace(", ", "\n")),
        )
    return t


def _episode(e: Episode, lang: str) -> RenderableType:
    f = e.figures
    head = RText.assemble(
        (e.title.get(lang), "bold"),
        f"  ({e.episode})  {f.sessions} sessions, {f.finished} finished, "
        f"{f.unfinished} unfinished, {f.early_exits} ended early; mean score ",
        (num(f.score), "bold"),
    )
    parts: list[RenderableType] = [RText(""), head]
    if e.spread is not None:
        s = e.spread
        parts.append(
            RText(
                f"scores  min {num(s.low)}  Q1 {num(s.q1)}  median {num(s.median)}  "
                f"Q3 {num(s.q3)}  max {num(s.high)}   0 {spark(s.histogram)} 100"
            )
        )
    if e.split is None:
        parts.append(RText("where the class split: nowhere (every decision went the same way)"))
    else:
        sp = e.split
        t = Table(
            box=BOX,
            title=f"Where the class split most: {sp.beat} (reached {sp.visits} times, "
            f"{sp.bits:.2f} bits)",
            title_justify="left",
            caption=f"the customer: \u201c{clip(sp.line.get(lang), 100)}\u201d",
            caption_justify="left",
        )
        t.add_column("Reply")
        t.add_column("Chose it", justify="right")
        t.add_column("Share", justify="right")
        t.add_column("Mistakes")
        t.add_column("Says", no_wrap=True, overflow="ellipsis", max_width=60)
        for c in sp.choices:
            t.add_row(
                _t(c.reply),
                str(c.count),
                percent(c.count, sp.visits),
                "\n".join(c.mistakes) or NONE,
                _t(c.text.get(lang)),
            )
        parts.append(t)
    rules = Table(title="Rules fired", title_justify="left", box=BOX)
    rules.add_column("Helped the customer")
    rules.add_column("Times", justify="right")
    rules.add_column("Hurt the customer")
    rules.add_column("Times", justify="right")
    for row in rules_side_by_side(e):
        rules.add_row(*row)
    parts.append(rules)
    parts.append(_t(f"most frequent mistakes: {counts(e.mistakes, 5)}"))
    return Stack(*parts)


def render(r: Report, color: bool = False) -> str:
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
        f"Class report: {many(saves, 'save')} from {many(r.files, 'file')}, "
        f"{many(len(r.groups), 'group')}, "
        f"{len(r.problems)} unreadable",
        style="bold",
        markup=False,
    )
    for g in r.groups:
        f = g.figures
        console.print()
        console.rule(_t(group_name(g), "bold"))
        console.print(
            f"{many(len(g.students), 'student')}, {many(len(g.episodes), 'episode')}, "
            f"{many(f.sessions, 'session')} "
            f"({f.finished} finished, {f.unfinished} unfinished, {f.early_exits} ended early); "
            f"mean score {num(f.score)}, best {num(f.best)}, mean peak moment {num(f.peak)}, "
            f"mean end moment {num(f.end)}, mean plain average {num(f.average)}",
            markup=False,
        )
        console.print(_students(g))
        for e in g.episodes:
            console.print(_episode(e, g.lang))
    text = buf.getvalue()
    return text if color else "".join(line.rstrip() + "\n" for line in text.splitlines())
