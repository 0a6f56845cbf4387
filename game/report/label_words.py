"""The labels of the table, md and html reports, by key, in English and Simplified Chinese
(`labels.label` looks them up). The customer is 客户 (tests/test_terms.py)."""

from __future__ import annotations

from game.engine.text import Text, t

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
    "col.file": t("File", "文件"),
    "col.why": t("Why", "原因"),
    "col.mistake": t("Mistake", "失误"),
    "col.meaning": t("What the reply does", "这种回答的做法"),
    "col.document": t("Document", "出处文档"),
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
    "split.customer": t("the customer: \u201c{line}\u201d", "客户说：\u201c{line}\u201d"),
    "split.md": t(
        "Where the class split most (the class met this moment {visits} times), after the "
        "customer said \u201c{line}\u201d",
        "全班分歧最大的地方（全班遇到这一刻 {visits} 次），客户刚说：\u201c{line}\u201d",
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
        "A skill *went well* when the rule of the model behind it said the reply helped the "
        "customer, and *went wrong* when it said the reply hurt; what happens whatever is said "
        "(patience wearing thin as time passes) counts as neither. *To work on* lists the "
        "skills where the class did worse than a skilled player does, the costliest first.",
        "得分是已完成各局的峰终得分（0-100）；每一刻的感受在 -100..100 之间。"
        "某项技能背后的规则认为这句回答帮助了客户，就算*做得好*；认为伤害了客户，就算*做得不好*；"
        "无论说什么都会发生的事（例如时间一长耐心变少）两者都不算。*需要改进*列出全班"
        "比熟练者做得差的技能，代价最大的在前。",
    ),
    "html.explain": t(
        "Scores are peak-end scores (0-100) of finished sessions; moments run "
        "from -100 to 100 (the peak is the most intense moment, the end the last). A skill "
        "<b>went well</b> when the rule of the model behind it said the reply helped the "
        "customer, and <b>went wrong</b> when it said the reply hurt; what happens whatever is "
        "said (patience wearing thin as time passes) counts as neither. <b>To work on</b> "
        "lists the skills where the class did worse than a skilled player does, the costliest "
        "first, with what to do.",
        "得分是已完成各局的峰终得分（0-100）；每一刻的感受在 -100 到 100 之间"
        "（峰值是最强烈的一刻，结尾是最后一刻）。某项技能背后的规则认为这句回答帮助了客户，"
        "就算<b>做得好</b>；认为伤害了客户，就算<b>做得不好</b>；无论说什么都会发生的事"
        "（例如时间一长耐心变少）两者都不算。<b>需要改进</b>列出全班比熟练者做得差的技能，"
        "代价最大的在前，并说明怎么做。",
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
        "提前离开 {early} 局（客户中途离开）",
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
        "  {sessions} sessions, {finished} finished, {unfinished} unfinished, "
        "{early} ended early; mean score ",
        "  共 {sessions} 局：完成 {finished} 局，未完成 {unfinished} 局，"
        "提前离开 {early} 局；平均得分 ",
    ),
    "table.spread": t(
        "scores  min {low}  Q1 {q1}  median {median}  Q3 {q3}  max {high}   0 {spark} 100",
        "得分  最低 {low}  Q1 {q1}  中位数 {median}  Q3 {q3}  最高 {high}   0 {spark} 100",
    ),
    "table.mistakes": t("most frequent mistakes: {mistakes}", "最常见的失误：{mistakes}"),
    "md.episode.title": t("#### {title}", "#### {title}"),
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
        "Each share is of the {turns} turns played.", "占比按已进行的 {turns} 个回合计算。"
    ),
    # skills: what went well, what to work on
    "rules.went_well": t("Went well", "做得好的"),
    "rules.to_work_on": t("To work on", "需要改进的"),
    "col.skill": t("Skill", "技能"),
    "col.todo": t("What to do", "怎么做"),
    "col.went_well": t("Went well", "做得好"),
    "col.went_wrong": t("Went wrong", "做得不好"),
    "of.turns": t("{n} of {m} turns", "{m} 个回合中 {n} 个"),
    # the split, in words a trainer acts on
    "col.ended": t("Their mean score", "这些局的平均得分"),
    "split.best": t(
        "The sessions that answered \u201c{reply}\u201d ended best ({score} on average): go "
        "over this moment with the class.",
        "回答\u201c{reply}\u201d的各局结局最好（平均 {score} 分）：值得和全班一起复盘这一刻。",
    ),
    # progress over time (issue #15)
    "progress.title": t("Progress over time", "进步情况"),
    "progress.grid": t("Scores by episode: latest / best", "各剧集得分：最近 / 最好"),
    "progress.grid.note": t(
        "Each cell: the student's latest score / their best, over finished attempts in the "
        "order they were played; \u25b2 at or above the class median, \u25bc below it. The "
        "class median is the middle of the students' latest (and best) scores.",
        "每格：该学员最近一次得分 / 最好得分（按游玩先后，只计已完成的局）；"
        "\u25b2 不低于全班中位数，\u25bc 低于全班中位数。"
        "全班中位数取各学员最近（和最好）得分的中间值。",
    ),
    "col.overall": t("Overall", "总体"),
    "grid.best": t("best {n}", "最好 {n}"),
    "grid.first": t("first {n}", "第一次 {n}"),
    "progress.weeks": t("The class's median score, week by week", "全班每周的得分中位数"),
    "row.median": t("Class median", "全班中位数"),
    "progress.students": t("Who is improving", "谁在进步"),
    "col.first": t("First", "第一次"),
    "col.best": t("Best", "最好"),
    "col.latest": t("Latest", "最近"),
    "col.trend": t("Trend", "趋势"),
    "col.over_time": t("Scores in order", "历次得分"),
    "col.weakest": t("Weakest skill", "最需加强的技能"),
    "col.practise": t("Practise next", "下一步练习"),
    "practise.cell": t("{title}, with {customer}", "{title}：{customer}"),
    "progress.students.note": t(
        "First, best and latest: the means over the episodes each student finished of their "
        "first, best and latest score; the trend compares the latest attempts with the first "
        "ones, episode by episode. The weakest skill is judged over each student's five most "
        "recent sessions against what a skilled player gets; practise next is the episode "
        "and kind of customer where that skill decides the most turns.",
        "第一次、最好、最近：该学员在已完成的各剧集中第一次、最好、最近得分的平均值；"
        "趋势逐个剧集比较最近一次和第一次。最需加强的技能按学员最近五局、对照熟练者的表现来判断；"
        "下一步练习是最能考验这项技能的剧集和客户类型。",
    ),
    "no.weakest": t("nothing went wrong", "没有明显短板"),
    "progress.class": t("The class over time", "全班的变化"),
    "col.week": t("Week of", "起始日"),
    "col.students": t("Students", "学员"),
    "col.median": t("Median score", "得分中位数"),
    "col.attempt": t("Attempt", "第几次"),
    "try.1": t("first try", "第一次"),
    "try.2": t("second try", "第二次"),
    "try.3": t("third and later", "第三次及以后"),
    "n.untimed": t("{n} session had no time", "{n} 局没有时间记录"),
    "n.untimeds": t("{n} sessions had no time", "{n} 局没有时间记录"),
    "untimed.note": t("{sessions}; ordered by file date.", "{sessions}，按文件日期排序。"),
}
