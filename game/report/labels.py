"""Words and numbers as every report format shows them: the labels in English and Simplified
Chinese (`LABELS`, looked up with `label`), and the saves' own texts in the class's language.

Only the human-readable formats (table, md, html) use the labels; csv, json and xapi keep
their stable English keys and column names.
"""

from __future__ import annotations

from game.engine.act_words import act_words
from game.engine.acts import ACTS
from game.engine.rules import RULES_BY_ID
from game.engine.text import LANGS, Text, t
from game.report.stats import Episode, Figures, Group, Report, Spread, Student

NONE = "—"  # a figure with nothing to show (no finished session)
NO_WORKSHOP = "no workshop"  # the csv/xapi key of the saves without a code (never translated)

# Every label of the table, md and html reports. `{name}` fields are filled by `label`.
# Counted words come in pairs: `n.WORD` (one) and `n.WORDs` (many); see `many`.
LABELS: dict[str, Text] = {
    # punctuation and small pieces
    "sep.list": t(", ", "、"),
    "paren": t(" ({text})", "（{text}）"),
    "rule.name": t("{number}. {title}", "{number}. {title}"),
    "group.workshop": t("Workshop {code}", "课堂 {code}"),
    "group.none": t("No workshop", "不属于任何课堂"),
    "none": t("none", "无"),
    # counted words
    "n.save": t("{n} save", "{n} 份存档"),
    "n.saves": t("{n} saves", "{n} 份存档"),
    "n.file": t("{n} file", "{n} 个文件"),
    "n.files": t("{n} files", "{n} 个文件"),
    "n.group": t("{n} group", "{n} 个分组"),
    "n.groups": t("{n} groups", "{n} 个分组"),
    "n.student": t("{n} student", "{n} 名学员"),
    "n.students": t("{n} students", "{n} 名学员"),
    "n.episode": t("{n} episode", "{n} 个剧集"),
    "n.episodes": t("{n} episodes", "{n} 个剧集"),
    "n.session": t("{n} session", "{n} 局"),
    "n.sessions": t("{n} sessions", "{n} 局"),
    # headings and column names
    "report.title": t("Class report", "课堂报告"),
    "students": t("Students", "学员"),
    "episodes": t("Episodes", "剧集"),
    "col.student": t("Student", "学员"),
    "col.episodes": t("Episodes", "剧集"),
    "col.sessions": t("Sessions", "局数"),
    "col.unfinished": t("Unfinished", "未完成"),
    "col.early_exits": t("Early exits", "提前离开"),
    "col.not_finished": t("Not\nfinished", "未完成"),
    "col.left_early": t("Left\nearly", "提前\n离开"),
    "col.score": t("Score", "得分"),
    "col.peak": t("Peak", "峰值"),
    "col.end": t("End", "结尾"),
    "col.average": t("Average", "平均"),
    "col.mistakes": t("Most frequent mistakes", "最常见的失误"),
    "col.mistakes.wrapped": t("Most frequent\nmistakes", "最常见的\n失误"),
    "col.reply": t("Reply", "回答"),
    "col.chose": t("Chose it", "选择人次"),
    "col.share": t("Share", "占比"),
    "col.reply_mistakes": t("Mistakes", "失误"),
    "col.says": t("Says", "回答内容"),
    "col.times": t("Times", "次数"),
    "col.helped": t("Helped the customer", "帮助了顾客"),
    "col.hurt": t("Hurt the customer", "伤害了顾客"),
    "col.helped_most": t("Rules that helped most", "最常帮助顾客的规则"),
    "col.hurt_most": t("Rules that hurt most", "最常伤害顾客的规则"),
    "col.file": t("File", "文件"),
    "col.why": t("Why", "原因"),
    "col.mistake": t("Mistake", "失误"),
    "col.meaning": t("What the reply does", "这种回答的做法"),
    "col.document": t("Document", "出处文档"),
    "rules.fired": t("Rules fired", "触发的规则"),
    "rules.helped": t("Rules that helped the customer", "帮助了顾客的规则"),
    "rules.hurt": t("Rules that hurt the customer", "伤害了顾客的规则"),
    "unreadable": t("Unreadable files", "无法读取的文件"),
    "mistakes.title": t("The mistakes named in this report", "本报告中出现的失误"),
    "mistakes.nav": t("Mistakes named", "失误说明"),
    "scores": t("Scores", "得分"),
    "scores.bands": t("Scores (number of sessions per band of 10)", "得分（每 10 分一档的局数）"),
    "chart.scores": t("score distribution", "得分分布"),
    "chart.replies": t("replies chosen", "所选的回答"),
    # the split
    "split.where": t("Where the class split", "全班分歧"),
    "split.most": t("Where the class split most", "全班分歧最大的地方"),
    "split.nowhere": t(
        "where the class split: nowhere (every decision went the same way)",
        "全班分歧：没有（每个决策大家都选得一样）",
    ),
    "split.nowhere.md": t(
        "Where the class split: nowhere (every decision went the same way).",
        "全班分歧：没有（每个决策大家都选得一样）。",
    ),
    "split.nowhere.html": t(
        "Nowhere: every decision went the same way.", "没有：每个决策大家都选得一样。"
    ),
    "split.title": t(
        "Where the class split most (the class met this moment {visits} times)",
        "全班分歧最大的地方（全班遇到这一刻 {visits} 次）",
    ),
    "split.customer": t("the customer: \u201c{line}\u201d", "顾客说：\u201c{line}\u201d"),
    "split.md": t(
        "Where the class split most (the class met this moment {visits} times), after the "
        "customer said \u201c{line}\u201d",
        "全班分歧最大的地方（全班遇到这一刻 {visits} 次），顾客刚说：\u201c{line}\u201d",
    ),
    "split.mistake": t("  (mistake: {acts})", "（失误：{acts}）"),
    "split.note": t(
        "The class met this moment {visits} times, and chose more differently here than "
        "anywhere else. Red: the reply carries a mistake the documents name.",
        "全班遇到这一刻 {visits} 次，这里的选择比别处都更分散。"
        "红色：该回答含有培训资料指出的失误。",
    ),
    # sentences: the whole report
    "table.intro": t(
        "Class report: {saves} from {files}, {groups}, {unreadable} unreadable",
        "课堂报告：{saves}（来自 {files}），{groups}，{unreadable} 个文件无法读取",
    ),
    "md.intro": t(
        "{saves} read from {files} in {groups}; {unreadable} unreadable.",
        "从 {files}中读取了 {saves}，分为 {groups}；{unreadable} 个文件无法读取。",
    ),
    "html.intro": t(
        "{saves} read from {files}, in {groups}; {unreadable} unreadable.",
        "从 {files}中读取了 {saves}，分为 {groups}；{unreadable} 个文件无法读取。",
    ),
    "md.explain": t(
        "Scores are peak-end scores (0-100) of finished sessions; moments run -100..100. "
        "A rule *helped* when its firing moved the customer the good way on balance "
        "(calmer, more trust, more patience, needs better met) and *hurt* when the other way.",
        "得分是已完成各局的峰终得分（0-100）；每一刻的感受在 -100..100 之间。"
        "规则触发后，若总体上让顾客往好的方向变化（更平静、更信任、更有耐心、需求得到更好的满足），"
        "就算*帮助*了顾客；往相反方向变化，就算*伤害*了顾客。",
    ),
    "html.explain": t(
        "Scores are peak-end scores (0-100) of finished sessions; moments run "
        "from -100 to 100 (the peak is the most intense moment, the end the last). A rule "
        "<b>helped</b> when its firing moved the customer the good way on balance (calmer, "
        "more trust, more patience, needs better met), and <b>hurt</b> the other way.",
        "得分是已完成各局的峰终得分（0-100）；每一刻的感受在 -100 到 100 之间"
        "（峰值是最强烈的一刻，结尾是最后一刻）。规则触发后，若总体上让顾客往好的方向变化"
        "（更平静、更信任、更有耐心、需求得到更好的满足），就算<b>帮助</b>了顾客；"
        "往相反方向变化，就算<b>伤害</b>了顾客。",
    ),
    # sentences: a group
    "table.group": t(
        "{students}, {episodes}, {sessions} ({finished} finished, {unfinished} unfinished, "
        "{early} ended early); mean score {score}, best {best}, mean peak moment {peak}, "
        "mean end moment {end}, mean plain average {average}",
        "{students}，{episodes}，{sessions}（完成 {finished} 局，未完成 {unfinished} 局，"
        "提前离开 {early} 局）；平均得分 {score}，最高 {best}，平均峰值 {peak}，"
        "平均结尾 {end}，简单平均 {average}",
    ),
    "md.group.sessions": t(
        "- {students}, {episodes}, {sessions}: {finished} finished, {unfinished} unfinished, "
        "{early} ended early (the customer left)",
        "- {students}，{episodes}，{sessions}：完成 {finished} 局，未完成 {unfinished} 局，"
        "提前离开 {early} 局（顾客中途离开）",
    ),
    "md.group.scores": t(
        "- mean peak-end score **{score}** (best {best}); mean plain average {average}; "
        "mean peak moment {peak}, mean end moment {end}",
        "- 平均峰终得分 **{score}**（最高 {best}）；简单平均 {average}；"
        "平均峰值 {peak}，平均结尾 {end}",
    ),
    "card.students": t("students", "学员"),
    "card.episodes": t("episodes", "剧集"),
    "card.sessions": t("sessions", "局数"),
    "card.unfinished": t("unfinished", "未完成"),
    "card.early": t("ended early", "提前离开"),
    "card.score": t("mean score", "平均得分"),
    "card.best": t("best score", "最高得分"),
    # sentences: an episode
    "table.episode": t(
        "  ({episode})  {sessions} sessions, {finished} finished, {unfinished} unfinished, "
        "{early} ended early; mean score ",
        "（{episode}）  共 {sessions} 局：完成 {finished} 局，未完成 {unfinished} 局，"
        "提前离开 {early} 局；平均得分 ",
    ),
    "table.spread": t(
        "scores  min {low}  Q1 {q1}  median {median}  Q3 {q3}  max {high}   0 {spark} 100",
        "得分  最低 {low}  Q1 {q1}  中位数 {median}  Q3 {q3}  最高 {high}   0 {spark} 100",
    ),
    "table.mistakes": t("most frequent mistakes: {mistakes}", "最常见的失误：{mistakes}"),
    "md.episode.title": t("#### {title} (`{episode}`)", "#### {title}（`{episode}`）"),
    "md.episode": t(
        "{sessions} sessions, {finished} finished, {unfinished} unfinished, "
        "{early} ended early; mean score **{score}**.",
        "共 {sessions} 局：完成 {finished} 局，未完成 {unfinished} 局，"
        "提前离开 {early} 局；平均得分 **{score}**。",
    ),
    "md.spread": t(
        "Scores: min {low}, quartiles {q1} / {median} / {q3}, max {high}.",
        "得分：最低 {low}，四分位数 {q1} / {median} / {q3}，最高 {high}。",
    ),
    "md.mistakes": t("Most frequent mistakes: {mistakes}.", "最常见的失误：{mistakes}。"),
    "html.episode": t(
        "{sessions} sessions: {finished} finished, {unfinished} unfinished, {early} ended "
        "early. Mean score <b>{score}</b>, peak moment {peak}, end moment {end}.",
        "共 {sessions} 局：完成 {finished} 局，未完成 {unfinished} 局，提前离开 {early} 局。"
        "平均得分 <b>{score}</b>，峰值 {peak}，结尾 {end}。",
    ),
    "html.no_scores": t("No finished session yet.", "还没有完成的一局。"),
    "html.box": t(
        "Box: quartiles {q1} / {median} / {q3}; whiskers: min {low}, max {high}.",
        "箱体：四分位数 {q1} / {median} / {q3}；须线：最低 {low}，最高 {high}。",
    ),
    "html.mistakes": t(
        "<b>Most frequent mistakes:</b> {mistakes}. ", "<b>最常见的失误：</b>{mistakes}。"
    ),
    "html.turns": t(
        "A rule's share is of the {turns} turns played; the numbers in brackets are its "
        "source documents.",
        "规则的占比按已进行的 {turns} 个回合计算；括号里的编号是它的出处文档。",
    ),
}


def lang_of(r: Report, lang: str | None) -> str:
    """The labels' language: `lang` when given, else the first group's (the class's)."""
    if lang in LANGS:
        return lang
    return r.groups[0].lang if r.groups and r.groups[0].lang in LANGS else "en"


def label(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang`, its `{name}` fields filled from `values`."""
    text = LABELS[key].get(lang)
    return text.format(**values) if values else text


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


def rules_side_by_side(e: Episode, top: int = 5, lang: str = "en") -> list[list[str]]:
    """Rows of (rule that helped, times, rule that hurt, times), the most frequent first."""
    rows = []
    for i in range(max(min(top, len(e.helped)), min(top, len(e.hurt)), 1)):
        h = e.helped[i] if i < len(e.helped) else None
        b = e.hurt[i] if i < len(e.hurt) else None
        rows.append(
            [
                rule_name(h[0], lang) if h else NONE,
                str(h[1]) if h else "",
                rule_name(b[0], lang) if b else NONE,
                str(b[1]) if b else "",
            ]
        )
    return rows


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
