"""The report as one self-contained HTML page (`--format html`), readable on a projector.

Inline CSS and inline SVG only: no script, no font, image or style sheet from the network.
Every text that comes from a save (names, titles, lines, replies, paths) is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from game.engine.acts import ACTS
from game.report import charts
from game.report.labels import (
    act_source,
    clip,
    counts,
    group_name,
    many,
    num,
    rule_name,
    rule_source,
    student_figures,
)
from game.report.stats import Episode, Figures, Group, Report

HELPED = "#1f7a4d"
HURT = "#b3261e"
REPLY = "#2f5fa7"

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


def _cards(f: Figures, students: int, episodes: int) -> str:
    items = [
        (str(students), "students"),
        (str(episodes), "episodes"),
        (str(f.sessions), "sessions"),
        (str(f.unfinished), "unfinished"),
        (str(f.early_exits), "ended early"),
        (num(f.score), "mean score"),
        (num(f.best), "best score"),
    ]
    return (
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{_e(v)}</b><span>{_e(k)}</span></div>' for v, k in items)
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


def _students(g: Group) -> str:
    head = [
        ("Student", False),
        ("Episodes", True),
        ("Sessions", True),
        ("Unfinished", True),
        ("Early exits", True),
        ("Score", True),
        ("Peak", True),
        ("End", True),
        ("Average", True),
        ("Most frequent mistakes", False),
    ]
    rows = []
    for s in g.students:
        rows.append([s.player, *student_figures(s), counts(s.mistakes).replace(", ", "\n")])
    return "<h3>Students</h3>" + _table(head, rows)


def _rules(title: str, pairs: tuple[tuple[str, int], ...], color: str, turns: int) -> str:
    rows = [(clip(f"{rule_name(r)} ({rule_source(r)})", 52), n, color) for r, n in pairs[:5]]
    if not rows:
        return f"<h4>{_e(title)}</h4><p class='muted'>none</p>"
    return f"<h4>{_e(title)}</h4>{charts.bars(rows, turns, title)}"


def _episode(e: Episode, lang: str) -> str:
    f = e.figures
    out = [
        '<section class="episode">',
        f"<h3>{_e(e.title.get(lang))} <small>{_e(e.episode)}</small></h3>",
        f"<p class='lead'>{f.sessions} sessions: {f.finished} finished, {f.unfinished} "
        f"unfinished, {f.early_exits} ended early. Mean score <b>{_e(num(f.score))}</b>, "
        f"peak moment {_e(num(f.peak))}, end moment {_e(num(f.end))}.</p>",
        '<div class="row"><div>',
    ]
    if e.spread is None:
        out.append("<h4>Scores</h4><p class='muted'>No finished session yet.</p>")
    else:
        s = e.spread
        out.append(
            "<h4>Scores (number of sessions per band of 10)</h4>"
            + charts.histogram(s)
            + f"<p class='muted'>Box: quartiles {_e(num(s.q1))} / {_e(num(s.median))} / "
            f"{_e(num(s.q3))}; whiskers: min {_e(num(s.low))}, max {_e(num(s.high))}.</p>"
        )
    out.append("</div><div>")
    if e.split is None:
        out.append(
            "<h4>Where the class split</h4><p>Nowhere: every decision went the same way.</p>"
        )
    else:
        sp = e.split
        rows = [
            (clip(c.reply + (f"  (mistake: {', '.join(c.mistakes)})" if c.mistakes else ""), 52),
             c.count, HURT if c.mistakes else REPLY)
            for c in sp.choices
        ]  # fmt: skip
        out.append(
            f"<h4>Where the class split most: <code>{_e(sp.beat)}</code></h4>"
            f"<div class='quote'>{_e(clip(sp.line.get(lang), 160))}</div>"
            + charts.bars(rows, sp.visits, "replies chosen")
            + "<ol class='replies'>"
            + "".join(
                f"<li><code>{_e(c.reply)}</code> {_e(clip(c.text.get(lang), 140))}</li>"
                for c in sp.choices
            )
            + f"</ol><p class='muted'>Reached {sp.visits} times; {sp.bits:.2f} bits of "
            "entropy (0: all chose alike; 1: an even two-way split). Red: the reply carries a "
            "mistake the documents name.</p>"
        )
    out.append("</div></div>")
    out.append('<div class="row"><div>')
    out.append(_rules("Rules that helped the customer", e.helped, HELPED, e.turns))
    out.append("</div><div>")
    out.append(_rules("Rules that hurt the customer", e.hurt, HURT, e.turns))
    out.append("</div></div>")
    out.append(
        f"<p><b>Most frequent mistakes:</b> {_e(counts(e.mistakes, 5))}. "
        f"<span class='muted'>A rule's share is of the {e.turns} turns played; the "
        "numbers in brackets are its source documents.</span></p>"
    )
    out.append("</section>")
    return "".join(out)


def _group(g: Group, n: int) -> str:
    return (
        f"<h2 id='group-{n}'>{_e(group_name(g))}</h2>"
        + _cards(g.figures, len(g.students), len(g.episodes))
        + _students(g)
        + "".join(_episode(e, g.lang) for e in g.episodes)
    )


def _mistakes_named(r: Report) -> str:
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
        [name, ACTS[name].meaning.en, act_source(name)] for name in sorted(names) if name in ACTS
    ]
    if not rows:
        return ""
    return "<h2 id='mistakes'>The mistakes named in this report</h2>" + _table(
        [("Mistake", False), ("What the reply does", False), ("Document", False)], rows
    )


def render(r: Report) -> str:
    saves = sum(g.figures.sessions for g in r.groups)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Class report · frontdesk</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<h1>Class report</h1>",
        f"<p class='lead'>{many(saves, 'save')} read from {many(r.files, 'file')}, in "
        f"{many(len(r.groups), 'group')}; {len(r.problems)} unreadable.</p>",
        "<p class='muted'>Scores are peak-end scores (0-100) of finished sessions; moments run "
        "from -100 to 100 (the peak is the most intense moment, the end the last). A rule "
        "<b>helped</b> when its firing moved the customer the good way on balance (calmer, "
        "more trust, more patience, needs better met), and <b>hurt</b> the other way.</p>",
    ]
    if len(r.groups) > 1 or r.problems:
        links = [(f"#group-{i}", group_name(g)) for i, g in enumerate(r.groups, 1)]
        links += [("#mistakes", "Mistakes named")]
        links += [("#unreadable", "Unreadable files")] if r.problems else []
        parts.append(
            "<nav>" + " · ".join(f"<a href='{h}'>{_e(label)}</a>" for h, label in links) + "</nav>"
        )
    parts += [_group(g, i) for i, g in enumerate(r.groups, 1)]
    parts.append(_mistakes_named(r))
    if r.problems:
        parts.append("<h2 id='unreadable'>Unreadable files</h2>")
        parts.append(
            _table(
                [("File", False), ("Why", False)],
                [[p.path, p.message] for p in r.problems],
                "problems",
            )
        )
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
