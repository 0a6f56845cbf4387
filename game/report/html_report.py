"""The report as one self-contained HTML page (`--format html`), readable on a projector.

Inline CSS and inline SVG only: no script, no font, image or style sheet from the network.
Every text that comes from a save (names, titles, lines, replies, paths) is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from game.engine.acts import ACTS
from game.report import charts
from game.report.labels import (
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
    num,
    outcomes,
    rule_name,
    rule_source,
    student_figures,
)
from game.report.stats import Episode, Figures, Group, Report

HELPED = "#1f7a4d"
HURT = "#b3261e"
REPLY = "#2f5fa7"
HTML_LANG = {"en": "en", "zh": "zh-CN"}

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1d2330; font-size: 20px; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
  "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 32px 40px 64px; }
h1 { font-size: 44px; margin: 0 0 4px; }
h2 { font-size: 34px; margin: 56px 0 16px; padding-bottom: 8px; border-bottom: 4px solid #2f5fa7; }
h3 { font-size: 26px; margin: 32px 0 12px; }
h4 { font-size: 21px; margin: 20px 0 8px; color: #3a4252; }
.lead { color: #4a5365; margin: 0 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0 24px; }
.card { background: #fff; border-radius: 10px; padding: 12px 20px; min-width: 150px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.card b { display: block; font-size: 38px; line-height: 1.15; }
.card span { color: #4a5365; font-size: 17px; }
table { border-collapse: collapse; width: 100%; background: #fff; border-radius: 10px;
  overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
th, td { padding: 8px 12px; text-align: left; vertical-align: top; overflow-wrap: anywhere;
  white-space: pre-line; }
td:first-child { min-width: 9em; font-weight: 600; }
td.n, th.n { padding: 8px 8px; }
td:last-child { min-width: 11em; overflow-wrap: normal; }
td { font-size: 19px; }
th { background: #2b3140; color: #fff; font-weight: 600; font-size: 17px; }
tr:nth-child(even) td { background: #f0f2f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.episode { background: #fff; border-radius: 12px; padding: 8px 28px 24px; margin: 28px 0;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.episode h3 small { color: #5b6475; font-weight: 400; font-size: 18px; }
.row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.row > div { flex: 1 1 520px; min-width: 0; }
.quote { font-style: italic; border-left: 5px solid #c25a00; padding: 4px 14px; margin: 8px 0;
  background: #fff6ee; }
ol.replies { margin: 8px 0 0; padding-left: 28px; font-size: 18px; }
ol.replies li { margin: 4px 0; }
code { font-size: 17px; background: #eef0f4; padding: 1px 5px; border-radius: 4px; }
.muted { color: #5b6475; font-size: 17px; }
.problems td { font-size: 16px; word-break: break-all; }
nav { font-size: 19px; margin: 8px 0 0; }
nav a { color: #2f5fa7; }
svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: inherit; }
"""


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


def _rules(
    title: str, pairs: tuple[tuple[str, int], ...], color: str, turns: int, words: str
) -> str:
    rows = [
        (clip(rule_name(r, words) + label("paren", words, text=rule_source(r)), 52), n, color)
        for r, n in pairs[:5]
    ]
    if not rows:
        return f"<h4>{_e(title)}</h4><p class='muted'>{_e(label('none', words))}</p>"
    return f"<h4>{_e(title)}</h4>{charts.bars(rows, turns, title)}"


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
        f"<h3>{_e(e.title.get(lang))} <small>{_e(e.episode)}</small></h3>",
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
            f"<p>{_e(label('split.nowhere.html', words))}</p>"
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
            + "".join(f"<li>{_e(clip(c.text.get(lang), 140))}</li>" for c in sp.choices)
            + "</ol><p class='muted'>"
            + _e(label("split.note", words, visits=sp.visits))
            + "</p>"
        )
    out.append("</div></div>")
    out.append('<div class="row"><div>')
    out.append(_rules(label("rules.helped", words), e.helped, HELPED, e.turns, words))
    out.append("</div><div>")
    out.append(_rules(label("rules.hurt", words), e.hurt, HURT, e.turns, words))
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
        links += [("#unreadable", unreadable)] if r.problems else []
        parts.append(
            "<nav>" + " · ".join(f"<a href='{h}'>{_e(text)}</a>" for h, text in links) + "</nav>"
        )
    parts += [_group(g, i, words) for i, g in enumerate(r.groups, 1)]
    parts.append(_mistakes_named(r, words))
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
