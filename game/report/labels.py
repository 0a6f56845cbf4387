"""Words and numbers as every report format shows them: the labels in English and Simplified
Chinese (the `[report]` section of game/words/en.toml and zh.toml, looked up with `label`;
`LABELS` is that section as key -> Text), and the saves' own texts in the class's language.

Only the human-readable formats (table, md, html) use the labels; csv, json and xapi keep
their stable English keys and column names.
"""

from __future__ import annotations

import game.words as words
from game.engine.act_words import act_words
from game.engine.acts import ACTS
from game.engine.rules import RULES_BY_ID
from game.engine.text import LANGS, Section
from game.lessons.skills import ARROWS, SKILLS_BY_ID, TRENDS, Practice
from game.report.growth import Cell
from game.report.stats import Episode, Figures, Group, Report, Split, Spread, Student

NONE = "—"  # a figure with nothing to show (no finished session)
NO_WORKSHOP = "no workshop"  # the csv/xapi key of the saves without a code (never translated)
LABELS = Section("report")  # counted words come in pairs: `n.WORD` (one), `n.WORDs` (many)


def lang_of(r: Report, lang: str | None) -> str:
    """The labels' language: `lang` when given, else the first group's (the class's)."""
    if lang in LANGS:
        return lang
    return r.groups[0].lang if r.groups and r.groups[0].lang in LANGS else "en"


def label(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang`, its `{name}` fields filled from `values`."""
    return words.get(f"report.{key}", lang, **values)


def many(n: int, word: str, lang: str = "en") -> str:
    """`1 student`, `3 students`; `3 名学员`."""
    return label(f"n.{word}" if n == 1 else f"n.{word}s", lang, n=n)


def num(x: float | None) -> str:
    return NONE if x is None else f"{x:.1f}"


def group_name(g: Group, lang: str = "en") -> str:
    if g.workshop is None:
        return label("group.none", lang)
    return label("group.workshop", lang, code=g.workshop)


def workshop_key(code: str | None) -> str:
    return code if code is not None else NO_WORKSHOP


def rule_name(rule: str, lang: str = "en") -> str:
    r = RULES_BY_ID.get(rule)
    return label("rule.name", lang, number=r.number, title=r.title.get(lang)) if r else rule


def rule_source(rule: str) -> str:
    r = RULES_BY_ID.get(rule)
    return r.source if r else ""


def act_source(act: str) -> str:
    a = ACTS.get(act)
    return a.source if a else ""


def act_meaning(act: str, lang: str = "en") -> str:
    a = ACTS.get(act)
    return a.meaning.get(lang) if a else ""


def listed(items: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """`a, b` in English, `a、b` in Chinese."""
    return label("sep.list", lang).join(items)


def act_name(act: str, lang: str = "en") -> str:
    """An act as a trainer reads it: "denying their feeling", never `deny`."""
    return act_words(act).get(lang)


def acts_listed(acts: tuple[str, ...], lang: str = "en") -> str:
    return listed(tuple(act_name(a, lang) for a in acts), lang)


def misread_rows(r: Report, words: str) -> tuple[list[str], list[list[str]]]:
    """The typed replies learners marked as misread, a row each: who, where, what they typed
    (as typed) and what the reader heard, in words."""
    head = [label(k, words) for k in ("col.student", "col.episode", "col.turn", "col.typed")]
    rows = [
        [s.player, s.title.get(words), str(m.turn + 1), m.text, acts_listed(m.acts, words) or NONE]
        for s, m in r.misread
    ]
    return [*head, label("col.heard", words)], rows


def counts(
    pairs: tuple[tuple[str, int], ...], top: int = 3, lang: str = "en", sep: str | None = None
) -> str:
    """`denying their feeling ×4, making them wait ×2` (the first `top` acts); `sep` between
    them (default: the list's)."""
    joiner = label("sep.list", lang) if sep is None else sep
    return joiner.join(f"{act_name(name, lang)} ×{n}" for name, n in pairs[:top]) or NONE


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


def outcomes(f: Figures) -> dict[str, object]:
    """How the sessions ended: the fields every format's sentence about sessions fills in."""
    return {"finished": f.finished, "unfinished": f.unfinished, "early": f.early_exits}


def quartiles(s: Spread) -> dict[str, object]:
    """The five numbers of a score spread, as every format shows them."""
    return {
        "low": num(s.low),
        "q1": num(s.q1),
        "median": num(s.median),
        "q3": num(s.q3),
        "high": num(s.high),
    }


# --- skills, progress and practice (issue #15) --------------------------------------------


def skill_name(rule: str, lang: str = "en") -> str:
    """A rule as the skill it trains, in plain words ("Matching the customer's way")."""
    s = SKILLS_BY_ID.get(rule)
    return s.name.get(lang) if s else rule_name(rule, lang)


def skill_do(rule: str, lang: str = "en") -> str:
    s = SKILLS_BY_ID.get(rule)
    return s.do.get(lang) if s else ""


def trend_words(key: str, lang: str = "en") -> str:
    """`↑ improving`, `↓ slipping`, `→ steady`, `· too early to tell`."""
    return f"{ARROWS[key]} {TRENDS[key].get(lang)}"


def score(x: float | None) -> str:
    return NONE if x is None else f"{x:.0f}"


def mark(x: float | None, median: float | None) -> str:
    """▲ at or above the median, ▼ below it (nothing when either is missing)."""
    if x is None or median is None:
        return ""
    return "\u25b2" if x >= median else "\u25bc"


def cell_words(c: Cell | None, median: float | None, words: str = "en") -> str:
    """`78 / 85 ▲`: latest / best, against the class's median latest."""
    if c is None or c.latest is None:
        return NONE if c is None else label("col.unfinished", words)
    return f"{score(c.latest)} / {score(c.best)} {mark(c.latest, median)}".rstrip()


def grid(g: Group, lang: str, words: str) -> tuple[list[str], list[list[str]]]:
    """The student x episode grid: a header and one row per student, then the class median."""
    p = g.growth
    if p is None:
        return [], []
    titles = {e.episode: e.title.get(words) for e in g.episodes}
    head = [
        label("col.student", words),
        *(titles[e] for e in p.episodes),
        label("col.overall", words),
    ]
    rows = [
        [
            s.player,
            *(cell_words(c, m, words) for c, m in zip(s.cells, p.median_latest, strict=True)),
            f"{score(s.latest)} / {score(s.best)}",
        ]
        for s in p.students
    ]
    rows.append(
        [
            label("row.median", words),
            *(
                f"{score(a)} / {score(b)}"
                for a, b in zip(p.median_latest, p.median_best, strict=True)
            ),
            "",
        ]
    )
    return head, rows


def practice_words(p: Practice | None, lang: str, words: str) -> str:
    if p is None:
        return NONE
    return label("practise.cell", words, title=p.title.get(words), customer=p.customer.get(words))


def progress_rows(g: Group, lang: str, words: str) -> tuple[list[str], list[list[str]]]:
    """Per student: first, best, latest, trend, scores in order, weakest skill, practise next."""
    if g.growth is None:
        return [], []
    head = [
        label(k, words)
        for k in (
            "col.student",
            "col.first",
            "col.best",
            "col.latest",
            "col.trend",
            "col.over_time",
            "col.weakest",
            "col.practise",
        )
    ]
    rows = [
        [
            s.player,
            score(s.first),
            score(s.best),
            score(s.latest),
            trend_words(s.trend, words),
            timeline_words(s.timeline),
            skill_name(s.weakest, words) if s.weakest else label("no.weakest", words),
            practice_words(s.practice, lang, words),
        ]
        for s in g.growth.students
    ]
    return head, rows


SHOWN = 12  # the most recent scores a table shows in a row ("… 61 70 82")


def timeline_words(scores: tuple[float, ...]) -> str:
    shown = " ".join(score(x) for x in scores[-SHOWN:]) or NONE
    return "… " + shown if len(scores) > SHOWN else shown


def week_rows(g: Group, words: str) -> tuple[list[str], list[list[str]]]:
    if g.growth is None:
        return [], []
    head = [label(k, words) for k in ("col.week", "col.sessions", "col.students", "col.median")]
    rows = [[w.start, str(w.sessions), str(w.students), score(w.median)] for w in g.growth.weeks]
    return head, rows


def tries_rows(g: Group, words: str) -> tuple[list[str], list[list[str]]]:
    if g.growth is None:
        return [], []
    head = [label(k, words) for k in ("col.attempt", "col.sessions", "col.median")]
    rows = [
        [label(f"try.{x.attempt}", words), str(x.sessions), score(x.median)] for x in g.growth.tries
    ]
    return head, rows


def untimed_note(g: Group, words: str) -> str:
    n = g.growth.untimed if g.growth else 0
    return label("untimed.note", words, sessions=many(n, "untimed", words)) if n else ""


def of_turns(e: Episode, rule: str, n: int, words: str) -> str:
    return _of(e, rule, n, words)


def _of(e: Episode, rule: str, n: int, words: str) -> str:
    """`12 of 15`: the turns it went this way, of those where the rule said either way."""
    both = next((h + k for r, h, k in e.rules if r == rule), n)
    if rule in SKILLS_BY_ID and SKILLS_BY_ID[rule].avoid:
        both = e.turns  # a slip to avoid: it could happen on any turn
    return label("of.turns", words, n=n, m=both)


def went_well(e: Episode, words: str) -> list[list[str]]:
    """Skill, times it went well (of the turns it came up)."""
    return [[skill_name(r, words), _of(e, r, n, words)] for r, n in e.helped]


def to_work_on(e: Episode, words: str) -> list[list[str]]:
    """Skill, times it went wrong (of the turns it came up), what to do."""
    return [[skill_name(r, words), _of(e, r, n, words), skill_do(r, words)] for r, n in e.hurt]


def split_best(sp: Split, lang: str, words: str) -> str:
    """The reply whose sessions ended best at the split, when more than one was scored."""
    scored = [c for c in sp.choices if c.score is not None]
    if len(scored) < 2:
        return ""
    top = max(scored, key=lambda c: (c.score or 0.0, c.count))
    reply = clip(top.text.get(lang), 80)
    return label("split.best", words, reply=reply, score=score(top.score))
