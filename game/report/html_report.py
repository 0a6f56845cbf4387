"""The report as one self-contained HTML page (`--format html`), readable on a projector.

Inline CSS and inline SVG only: no script, no font, image or style sheet from the network.
Every text that comes from a save (names, titles, lines, replies, paths) is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from game.engine.acts import ACTS
from game.report import charts
from game.report.html_style import CSS
from game.report.labels import (
    NONE,
    act_meaning,
    act_name,
    act_source,
    acts_listed,
    clip,
    counts,
    group_name,
    label,
    lang_of,
    many,
    mark,
    misread_rows,
    num,
    of_turns,
    outcomes,
    score,
    skill_do,
    skill_name,
    split_best,
    student_figures,
    trend_words,
    tries_rows,
    untimed_note,
)
from game.report.stats import Episode, Figures, Group, Report

HELPED = "#1f7a4d"
HURT = "#b3261e"
REPLY = "#2f5fa7"
SPARK = 40  # the most recent scores a student's line shows
HTML_LANG = {"en": "en", "zh": "zh-CN"}


def _e(text: str) -> str:
    return escape(text, quote=True)


def _cards(f: Figures, students: int, episodes: int, words: str) -> str:
    items = [
        (str(students), "card.students"),
        (str(episodes), "card.episodes"),
        (str(f.sessions), "card.sessions"),
        (str(f.unfinished), "card.unfinished"),
        (str(f.early_exits), "card.early"),
        (num(f.score), "card.score"),
        (num(f.best), "card.best"),
    ]
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><b>{_e(v)}</b><span>{_e(label(k, words))}</span></div>'
            for v, k in items
        )
        + "</div>"
    )


def _table(head: list[tuple[str, bool]], rows: list[list[str]], cls: str = "") -> str:
    """`head`: (label, numeric); cells are escaped here."""
    ths = "".join(f'<th class="n">{_e(h)}</th>' if n else f"<th>{_e(h)}</th>" for h, n in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_e(c)}</td>' if head[i][1] else f"<td>{_e(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    attr = f' class="{cls}"' if cls else ""
    return f"<table{attr}><thead><tr>{ths}</tr></thead><tbody>{body}</tbody></table>"


STUDENT_COLUMNS = (
    ("col.student", False),
    ("col.episodes", True),
    ("col.sessions", True),
    ("col.unfinished", True),
    ("col.early_exits", True),
    ("col.score", True),
    ("col.peak", True),
    ("col.end", True),
    ("col.average", True),
    ("col.mistakes", False),
)


def _students(g: Group, words: str) -> str:
    head = [(label(key, words), n) for key, n in STUDENT_COLUMNS]
    rows = []
    for s in g.students:
        rows.append([s.player, *student_figures(s), counts(s.mistakes, lang=words, sep="\n")])
    return f"<h3>{_e(label('students', words))}</h3>" + _table(head, rows)


def _went_well(e: Episode, words: str) -> str:
    title = label("rules.went_well", words)
    rows = [(clip(skill_name(r, words), 52), n, HELPED) for r, n in e.helped[:5]]
    if not rows:
        return f"<h4>{_e(title)}</h4><p class='muted'>{_e(label('none', words))}</p>"
    return f"<h4>{_e(title)}</h4>{charts.bars(rows, e.turns, title)}"


def _to_work_on(e: Episode, words: str) -> str:
    title = label("rules.to_work_on", words)
    if not e.hurt:
        return f"<h4>{_e(title)}</h4><p class='muted'>{_e(label('none', words))}</p>"
    items = "".join(
        f"<li><b>{_e(skill_name(r, words))}</b> <span>{_e(label('col.went_wrong', words))}: "
        f"{_e(of_turns(e, r, n, words))}</span>{_e(skill_do(r, words))}</li>"
        for r, n in e.hurt[:5]
    )
    return f"<h4>{_e(title)}</h4><ul class='todo'>{items}</ul>"


def _band(x: float | None) -> str:
    return "" if x is None else "hi" if x >= 70 else "mid" if x >= 40 else "lo"


def _progress(g: Group, words: str) -> str:
    p = g.growth
    if p is None:
        return ""
    titles = {e.episode: e.title.get(words) for e in g.episodes}
    names = [label("col.student", words), *(titles[e] for e in p.episodes)]
    head = "".join(f"<th>{_e(h)}</th>" for h in [*names, label("col.overall", words)])
    rows = []
    for s in p.students:
        cells = [f"<td>{_e(s.player)}</td>"]
        for c, median in zip(s.cells, p.median_latest, strict=True):
            if c is None:
                cells.append(f"<td class='muted'>{NONE}</td>")
            elif c.latest is None:
                cells.append(f"<td class='muted'>{_e(label('col.unfinished', words))}</td>")
            else:
                best = label("grid.best", words, n=score(c.best))
                if len(c.scores) > 1:
                    best = label("grid.first", words, n=score(c.first)) + " · " + best
                cells.append(
                    f"<td class='{_band(c.latest)}'><b>{score(c.latest)}</b> "
                    f"{mark(c.latest, median)}<small>{_e(best)}</small></td>"
                )
        overall = _e(label("grid.best", words, n=score(s.best)))
        cells.append(
            f"<td class='{_band(s.latest)}'><b>{score(s.latest)}</b><small>{overall}</small></td>"
        )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    medians = "".join(
        f"<td><b>{score(a)}</b><small>{_e(label('grid.best', words, n=score(b)))}</small></td>"
        for a, b in zip(p.median_latest, p.median_best, strict=True)
    )
    rows.append(
        f"<tr class='median'><td>{_e(label('row.median', words))}</td>{medians}<td></td></tr>"
    )
    out = [
        f"<h3>{_e(label('progress.title', words))}</h3>",
        f"<h4>{_e(label('progress.grid', words))}</h4>",
        f"<table class='grid'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
        f"<p class='muted'>{_e(label('progress.grid.note', words))}</p>",
        f"<h4>{_e(label('progress.students', words))}</h4>",
    ]
    keys = (
        "col.student",
        "col.first",
        "col.latest",
        "col.trend",
        "col.over_time",
        "col.weakest",
        "col.practise",
    )
    head = "".join(f"<th>{_e(label(k, words))}</th>" for k in keys)
    body = []
    for s in p.students:
        weak = skill_name(s.weakest, words) if s.weakest else label("no.weakest", words)
        pr = s.practice
        line = charts.spark(s.timeline[-SPARK:], label("col.over_time", words))
        practice = (
            f"<b>{_e(pr.title.get(words))}</b><br><span class='muted'>{_e(pr.customer.get(words))}"
            "</span>"
            if pr
            else NONE
        )
        body.append(
            f"<tr><td>{_e(s.player)}</td><td class='n'>{score(s.first)}</td>"
            f"<td class='n'><b>{score(s.latest)}</b></td>"
            f"<td class='{s.trend}'>{_e(trend_words(s.trend, words))}</td>"
            f"<td class='spark'>{line}</td>"
            f"<td>{_e(weak)}</td><td>{practice}</td></tr>"
        )
    rows_html = "".join(body)
    out.append(
        f"<table class='progress'><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>"
    )
    out.append(f"<p class='muted'>{_e(label('progress.students.note', words))}</p>")
    weeks = [(w.start[5:], w.median) for w in p.weeks]
    thead, trows = tries_rows(g, words)
    out += [
        f"<h4>{_e(label('progress.class', words))}</h4>",
        '<div class="row"><div>',
        charts.line(weeks, label("progress.weeks", words)),
        f"<p class='muted'>{_e(label('progress.weeks', words))}</p>",
        "</div><div>",
        _table([(h, i > 0) for i, h in enumerate(thead)], trows),
        "</div></div>",
    ]
    note = untimed_note(g, words)
    if note:
        out.append(f"<p class='muted'>{_e(note)}</p>")
    return "".join(out)


def _episode(e: Episode, lang: str, words: str) -> str:
    """`lang`: the saves' texts (the class's language); `words`: the labels' language."""
    f = e.figures
    lead = label(
        "html.episode",
        words,
        sessions=f.sessions,
        **outcomes(f),
        score=_e(num(f.score)),
        peak=_e(num(f.peak)),
        end=_e(num(f.end)),
    )
    out = [
        '<section class="episode">',
        f"<h3>{_e(e.title.get(words))}</h3>",
        f"<p class='lead'>{lead}</p>",
        '<div class="row"><div>',
    ]
    if e.spread is None:
        out.append(
            f"<h4>{_e(label('scores', words))}</h4>"
            f"<p class='muted'>{_e(label('html.no_scores', words))}</p>"
        )
    else:
        s = e.spread
        box = label(
            "html.box",
            words,
            q1=_e(num(s.q1)),
            median=_e(num(s.median)),
            q3=_e(num(s.q3)),
            low=_e(num(s.low)),
            high=_e(num(s.high)),
        )
        out.append(
            f"<h4>{_e(label('scores.bands', words))}</h4>"
            + charts.histogram(s, label("chart.scores", words))
            + f"<p class='muted'>{box}</p>"
        )
    out.append("</div><div>")
    if e.split is None:
        out.append(
            f"<h4>{_e(label('split.where', words))}</h4>"
            f"<p>{_e(label('split.typed.html' if e.typed else 'split.nowhere.html', words))}</p>"
        )
    else:
        sp = e.split
        rows = [
            (clip(c.text.get(lang), 36) + (label("split.mistake", words,
                  acts=acts_listed(c.mistakes, words)) if c.mistakes else ""),
             c.count, HURT if c.mistakes else REPLY)
            for c in sp.choices
        ]  # fmt: skip
        out.append(
            f"<h4>{_e(label('split.most', words))}</h4>"
            f"<div class='quote'>{_e(clip(sp.line.get(lang), 160))}</div>"
            + charts.bars(rows, sp.visits, label("chart.replies", words))
            + "<ol class='replies'>"
            + "".join(
                f"<li>{_e(clip(c.text.get(lang), 140))} <span class='muted'>"
                f"({_e(label('col.ended', words))}: {score(c.score)})</span></li>"
                for c in sp.choices
            )
            + "</ol><p class='muted'>"
            + _e(label("split.note", words, visits=sp.visits))
            + "</p>"
        )
        best = split_best(sp, lang, words)
        if best:
            out.append(f"<p class='take'>{_e(best)}</p>")
    out.append("</div></div>")
    out.append('<div class="row"><div>')
    out.append(_went_well(e, words))
    out.append("</div><div>")
    out.append(_to_work_on(e, words))
    out.append("</div></div>")
    out.append(
        f"<p>{label('html.mistakes', words, mistakes=_e(counts(e.mistakes, 5, words)))}"
        f"<span class='muted'>{label('html.turns', words, turns=e.turns)}</span></p>"
    )
    out.append("</section>")
    return "".join(out)


def _group(g: Group, n: int, words: str) -> str:
    return (
        f"<h2 id='group-{n}'>{_e(group_name(g, words))}</h2>"
        + _cards(g.figures, len(g.students), len(g.episodes), words)
        + _students(g, words)
        + _progress(g, words)
        + "".join(_episode(e, g.lang, words) for e in g.episodes)
    )


def _mistakes_named(r: Report, words: str) -> str:
    """A legend for the act names the page uses, read as the documents name them."""
    names: set[str] = set()
    for g in r.groups:
        for s in g.students:
            names.update(name for name, _ in s.mistakes)
        for e in g.episodes:
            names.update(name for name, _ in e.mistakes)
            if e.split:
                for c in e.split.choices:
                    names.update(c.mistakes)
    rows = [
        [act_name(name, words), act_meaning(name, words), act_source(name)]
        for name in sorted(names)
        if name in ACTS
    ]
    if not rows:
        return ""
    head = [(label(key, words), False) for key in ("col.mistake", "col.meaning", "col.document")]
    return f"<h2 id='mistakes'>{_e(label('mistakes.title', words))}</h2>" + _table(head, rows)


def render(r: Report, lang: str | None = None) -> str:
    """`lang`: the labels' language (default: the class's, that of the first group)."""
    words = lang_of(r, lang)
    saves = sum(g.figures.sessions for g in r.groups)
    title = _e(label("report.title", words))
    intro = label(
        "html.intro",
        words,
        saves=many(saves, "save", words),
        files=many(r.files, "file", words),
        groups=many(len(r.groups), "group", words),
        unreadable=len(r.problems),
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[words]}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title} · frontdesk</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<h1>{title}</h1>",
        f"<p class='lead'>{_e(intro)}</p>",
        f"<p class='muted'>{label('html.explain', words)}</p>",
    ]
    unreadable = label("unreadable", words)
    if len(r.groups) > 1 or r.problems:
        links = [(f"#group-{i}", group_name(g, words)) for i, g in enumerate(r.groups, 1)]
        links += [("#mistakes", label("mistakes.nav", words))]
        links += [("#misread", label("misread.title", words))] if r.misread else []
        links += [("#unreadable", unreadable)] if r.problems else []
        parts.append(
            "<nav>" + " · ".join(f"<a href='{h}'>{_e(text)}</a>" for h, text in links) + "</nav>"
        )
    parts += [_group(g, i, words) for i, g in enumerate(r.groups, 1)]
    parts.append(_mistakes_named(r, words))
    if r.misread:
        head, rows = misread_rows(r, words)
        parts.append(f"<h2 id='misread'>{_e(label('misread.title', words))}</h2>")
        parts.append(f"<p class='muted'>{_e(label('misread.explain', words))}</p>")
        parts.append(_table([(h, False) for h in head], rows, "misread"))
    if r.problems:
        parts.append(f"<h2 id='unreadable'>{_e(unreadable)}</h2>")
        parts.append(
            _table(
                [(label("col.file", words), False), (label("col.why", words), False)],
                [[p.path, p.message] for p in r.problems],
                "problems",
            )
        )
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
