"""The words of the TUI, by key: each in English and Simplified Chinese (`i18n.tr` looks
them up). One term per concept: the customer is 客户 (tests/test_terms.py)."""

from __future__ import annotations

from game.engine.text import Text, t

UI: dict[str, Text] = {
    # the app and the keys (the Footer, the help screen and the command palette read these)
    "app.title": t("frontdesk", "frontdesk 前台"),
    "key.help": t("Help", "帮助"),
    "key.help.long": t("Show every key and how to play", "查看所有按键和玩法"),
    "key.lang": t("中文", "English"),
    "key.lang.long": t("Switch the language to Chinese", "把界面切换成英文"),
    "key.theme": t("Theme", "主题"),
    "key.theme.long": t("Switch between the dark and the light theme", "在深色和浅色主题之间切换"),
    "key.quit": t("Quit", "退出"),
    "key.quit.long": t("Leave frontdesk", "退出 frontdesk"),
    "key.palette": t("Commands", "命令"),
    "key.palette.long": t("Search every action by name", "按名称搜索所有操作"),
    "key.back": t("Back", "返回"),
    "key.back.long": t("Go back to the previous screen", "回到上一个界面"),
    "key.new": t("New episode", "新的一局"),
    "key.new.long": t("Choose an episode to play", "选择要玩的一局"),
    "key.choose": t("Choose", "确定"),
    "key.choose.long": t("Choose the highlighted entry", "选择高亮的菜单项"),
    "key.say": t("Say", "说"),
    "key.say.long": t("Say the highlighted reply", "说出高亮的回答"),
    "key.start": t("Start", "开始"),
    "key.start.long": t("Start the highlighted episode", "开始选中的这一局"),
    "key.reply": t("Reply", "回答"),
    "key.reply.long": t("Say reply {n}", "选择第{n}个回答"),
    "key.back_talk": t("Earlier", "往前翻"),
    "key.back_talk.long": t("Scroll the conversation back", "向前翻看对话"),
    "key.on_talk": t("Later", "往后翻"),
    "key.on_talk.long": t("Scroll the conversation on", "向后翻看对话"),
    "key.leave": t("Leave", "离开"),
    "key.leave.long": t("Leave this episode (press twice)", "离开这一局（按两次）"),
    "key.again": t("Again", "再来"),
    "key.again.long": t("Play this episode again with the same customer", "同一位客户，再玩一次"),
    "key.fresh": t("New customer", "换客户"),
    "key.fresh.long": t(
        "Play this episode again with a new customer", "换一位新客户，再玩一次这一局"
    ),
    "key.retry": t("Retry a turn", "重来一回合"),
    "key.retry.long": t(
        "Play again from a turn: same customer, same earlier replies",
        "从某一回合重来：同一位客户，之前的回答不变",
    ),
    "key.episodes": t("Episodes", "剧集"),
    "key.episodes.long": t("Back to the list of episodes", "回到剧集列表"),
    "key.close": t("Close", "关闭"),
    "key.close.long": t("Close the help", "关闭帮助"),
    "button.again": t("Play again: same customer", "再玩一次：同一位客户"),
    "button.fresh": t("Play again: new customer", "再玩一次：换一位客户"),
    "button.episodes": t("Back to the episodes", "回到剧集列表"),
    "palette.placeholder": t("Search for an action…", "搜索操作…"),
    # title screen
    "title.tagline": t("A role-play game for customer service", "一个练习客户服务的角色扮演游戏"),
    "title.welcome": t("Welcome, {name}.", "欢迎你，{name}。"),
    "title.pitch": t(
        "Serve one customer at a time. Read them from what they say and do, choose your "
        "words, and see what they remember.",
        "每次接待一位客户：从言行中读懂对方，\n选择你的话语，看看对方最后记住了什么。",
    ),
    "title.new": t("New episode", "新的一局"),
    "title.lang": t("Language: English → 中文", "语言：中文 → English"),
    "title.theme.dark": t("Theme: dark → light", "主题：深色 → 浅色"),
    "title.theme.light": t("Theme: light → dark", "主题：浅色 → 深色"),
    "title.quit": t("Quit", "退出"),
    "title.hint": t("↑ ↓ move · Enter choose · ? help", "↑ ↓ 移动 · Enter 确定 · ? 帮助"),
    # episode picker
    "picker.title": t("Choose an episode", "选择一局"),
    "picker.loading": t("Loading the episodes…", "正在载入剧集…"),
    "picker.empty": t("There are no episodes in the story folder.", "故事文件夹里还没有剧集。"),
    "picker.error": t("The episodes could not be loaded:", "剧集载入失败："),
    "picker.difficulty": t("Difficulty", "难度"),
    "picker.best": t("Your best score", "你的最高分"),
    "picker.channel": t("Where", "场景"),
    "picker.best.none": t("not played yet", "还没玩过"),
    "picker.source": t("From the case", "案例出处"),
    "picker.enter": t("Press Enter to start.", "按 Enter 开始。"),
    "channel.counter": t("At the counter", "柜台接待"),
    "channel.phone": t("On the phone", "电话接待"),
    # play
    "play.you": t("You", "你"),
    "play.colon": t(": ", "："),
    "play.replies": t("What do you say?", "你怎么回答？"),
    "play.debrief": t("See how it went →", "查看复盘 →"),
    "play.over": t("The conversation is over", "对话结束了"),
    "play.leave.again": t("Press Esc again to leave.", "再按一次 Esc 离开。"),
    # typed replies (issue #13)
    "key.type": t("Own words", "自己说"),
    "key.type.long": t("Say it in your own words", "用自己的话说"),
    "key.menu": t("Menu", "菜单"),
    "key.menu.long": t("Back to the replies on offer", "回到可选的回答"),
    "typed.entry": t("Say it in your own words", "用自己的话说"),
    "typed.title": t("Your own words · Enter says it · Esc", "你自己的话 · 回车说出 · Esc"),
    "typed.placeholder": t("What do you say to {name}?", "你对{name}说什么？"),
    "typed.empty": t("Type what you would say first.", "先输入你要说的话。"),
    "typed.long": t(
        "That is too long for one reply (1,000 characters at most): shorten it.",
        "一次回答太长了（最多1000个字），请精简一下。",
    ),
    "typed.nothing": t(
        "The customer would not know what to make of that. Say what you would say to them.",
        "客户听不出你想表达什么。请说出你真正想对客户说的话。",
    ),
    "time.counter.0": t("They have just come up to the counter.", "对方刚走到柜台前。"),
    "time.counter.1": t("A minute or two at the counter.", "在柜台前站了一两分钟。"),
    "time.counter.2": t("Several minutes at the counter now.", "已经在柜台前站了好几分钟。"),
    "time.counter.3": t(
        "A long while at the counter; the queue behind them grows.",
        "在柜台前站了好一阵，后面排队的人越来越多。",
    ),
    "time.phone.0": t("The call has just been put through.", "电话刚接通。"),
    "time.phone.1": t("A minute or two on the line.", "通话一两分钟了。"),
    "time.phone.2": t("Several minutes on the line now.", "已经通话好几分钟了。"),
    "time.phone.3": t("A long call; other lines are ringing.", "这通电话很长了，其他线路在响。"),
    "end.resolved": t("Resolved.", "问题解决了。"),
    "end.unresolved": t("They leave, not satisfied.", "对方走了，并不满意。"),
    "end.walked_out": t("They walked out.", "对方转身走了。"),
    "end.escalated": t("They demanded a manager.", "对方要求找经理。"),
    "end.hung_up": t("They hung up.", "对方挂断了电话。"),
    # debrief
    "debrief.title": t("Debrief", "复盘"),
    "debrief.score": t("Score", "得分"),
    "debrief.remember": t("What they remember", "对方记住的"),
    "debrief.average": t("The plain average", "简单平均"),
    "debrief.why": t(
        "People remember the most intense moment and the last one, not the average "
        "or how long it took (the peak-end rule).",
        "人们记住的是最强烈的那一刻和最后一刻，而不是平均值或时长（峰终定律）。",
    ),
    "debrief.best.new": t("A new best for this episode!", "这一局的新纪录！"),
    "debrief.best": t("Your best: {score}", "你的最高分：{score}"),
    "debrief.moments": t("Moments", "每一刻的感受"),
    "debrief.peak": t("peak", "峰值"),
    "debrief.end": t("end", "结尾"),
    "debrief.peak_end": t("peak = end", "峰值 = 结尾"),
    "debrief.tips": t("Tips", "建议"),
    "debrief.turns": t("Turn by turn", "逐回合回顾"),
    "debrief.who": t("Who they were", "这位客户"),
    "debrief.turn.head": t("Turn {n}", "第{n}回合"),
    "debrief.moment": t("moment {m}", "感受 {m}"),
    "debrief.they": t("They said", "对方说"),
    "debrief.showed": t("They showed", "对方表现"),
    "debrief.you": t("You said", "你说"),
    "debrief.acts": t("Acts", "行为"),
    "debrief.you_typed": t("You typed", "你输入的"),
    "debrief.heard": t("Heard as", "听成了"),
    "debrief.misread": t("✗ That is not what I meant", "✗ 我不是这个意思"),
    "debrief.misread.marked": t(
        "✓ Marked as misread: kept in the save, for your trainer",
        "✓ 已标记为误读：存在存档里，培训师可以看到",
    ),
    "debrief.misread.unsaved": t(
        "Marked as misread, but this game is not being saved.",
        "已标记为误读，但这一局没有存档。",
    ),
    "debrief.rules": t("Rules", "规则"),
    "debrief.change": t("Change", "变化"),
    "debrief.none": t("none fired", "没有规则触发"),
    "debrief.mistake": t("mistake", "失误"),
    "debrief.helped": t("What helped", "起作用的"),
    "debrief.hurt": t("What hurt", "起反作用的"),
    "debrief.rule_name": t("({title}, {source})", "（{title}，{source}）"),
    "debrief.better": t("Best on offer", "更好的说法"),
    "debrief.why_better": t("Why", "为什么"),
    "debrief.lesson": t("the lesson", "最该吸取的一课"),
    "debrief.glossary": t("Words used here", "本页术语"),
    "debrief.retry": t("↻ Try again from turn {n}", "↻ 从第{n}回合重来"),
    "debrief.replay": t(
        "Seed {seed}: replay this customer with  frontdesk play {id} --seed {seed}",
        "种子 {seed}：用  frontdesk play {id} --seed {seed}  可以再见到这位客户",
    ),
    "debrief.anger": t("{n} of 6 stars angry", "愤怒指数 {n}/6 星"),
    "debrief.needs": t("needed most", "最需要"),
    "debrief.cause": t("behind it", "背后原因"),
    "punct.list": t(", ", "、"),
    "punct.aside": t(" ({text})", "（{text}）"),
    "punct.colon": t(": ", "："),
    "meter.emotion": t("emotion", "情绪"),
    "meter.trust": t("trust", "信任"),
    "meter.patience": t("patience", "耐心"),
    # tips (see tips.py for how they are chosen)
    "tip.lesson": t(
        "The lesson is at turn {turn}. {why} Better on offer: “{reply}” "
        "(press b to go back and try that turn again)",
        "最该吸取的一课在第{turn}回合。{why}更好的说法：“{reply}”（按 b 回到那一回合重来）",
    ),
    "tip.rule": t(
        "“{title}” ({source}) cost you the most: {summary}",
        "“{title}”（{source}）让你损失最大：{summary}",
    ),
    "tip.mistake": t(
        "Turn {turn} was the worst moment. “{reply}” is a named mistake: {meanings}.",
        "第{turn}回合是最糟的一刻。“{reply}”属于典型失误：{meanings}。",
    ),
    "tip.left": t(
        "{how} Leaving early is a moment too, usually the worst: "
        "act with a time frame to buy patience, and calm the feeling first.",
        "{how}提前离开也是一刻，而且往往最糟：给出有时限的行动来换取耐心，并先处理情绪。",
    ),
    "tip.end": t(
        "The end counts as much as the peak, and yours was weak. Close with a concrete "
        "action and thanks (002: solve, act, thank).",
        "结尾和峰值一样重要，而你的结尾偏弱。用具体的行动和感谢收尾（002：解决、行动、致谢）。",
    ),
    "tip.peak": t(
        "Your worst moment came at turn {turn} and it is remembered: meet the feeling "
        "before the facts (001 四个同步).",
        "最糟的一刻在第{turn}回合，对方会记住它：先同步情绪，再谈事实（001 四个同步）。",
    ),
    "tip.clean_end": t(
        "No moment went below neutral, and your best moment came last: the peak and the end "
        "are one, which is what the peak-end rule rewards.",
        "没有一刻低于中性，而且最好的一刻就在结尾：峰值和结尾合而为一，这正是峰终定律所奖励的。",
    ),
    "tip.clean": t(
        "No moment went below neutral. To score higher, make the last moment the best "
        "one: a small gesture or ownership at the close.",
        "没有一刻低于中性。想得更高分，就让最后一刻成为最好的一刻：在结尾加一个小心意或承担责任。",
    ),
    # help
    "help.title": t("Help", "帮助"),
    "help.keys": t("Keys on this screen", "本界面的按键"),
    "help.how": t("How to play", "玩法"),
    "help.text": t(
        "Each episode is one customer. Read them from their words, their manner and the "
        "cues under their name; there are no meters to watch. Choose a reply with its "
        "number key (1-5) or with ↑ ↓ and Enter, or press w and say it in your own words "
        "(English or Chinese). The episode ends when the matter is "
        "settled or they run out of patience. The debrief then shows everything that was "
        "hidden: the score they will remember, each moment, and which rules of the "
        "training documents each reply set off.",
        "每一局接待一位客户。从对方的话语、举止和名字下方的细节读懂对方，没有数值可看。"
        "用数字键（1-5）或方向键加回车选择回答，也可以按 w 用自己的话说（中文或英文）。"
        "事情解决或对方失去耐心时，这一局结束。"
        "复盘会揭示所有隐藏的信息：对方会记住的得分、每一刻的感受，以及每个回答触发了"
        "培训资料中的哪些规则。",
    ),
    "help.mouse": t(
        "The mouse works too: click a reply, a menu entry or a key in the footer.",
        "也可以用鼠标：点击回答、菜单项或底栏里的按键。",
    ),
    # too small
    "small.title": t("The terminal is too small", "终端窗口太小"),
    "small.body": t(
        "frontdesk needs at least {w}×{h} characters; this one is {cw}×{ch}. "
        "Make the window larger, or the font smaller.",
        "frontdesk 至少需要 {w}×{h} 个字符，当前是 {cw}×{ch}。请放大窗口或缩小字体。",
    ),
    # saves, continue and replay
    "title.continue": t("Continue: {title}, turn {n}", "继续：{title}，第{n}回合"),
    "title.replay": t("Replay a save", "回放存档"),
    "saves.title": t("Saved sessions", "存档"),
    "saves.empty": t(
        "No saves yet: every episode you play is saved here, turn by turn.",
        "还没有存档：你玩的每一局都会逐回合保存在这里。",
    ),
    "saves.unfinished": t("unfinished, turn {n}", "未完成，第{n}回合"),
    "saves.score": t("score {score}", "得分 {score}"),
    "saves.unreadable": t("{n} unreadable files skipped", "跳过了 {n} 个无法读取的文件"),
    "saves.unreadable.one": t("1 unreadable file skipped", "跳过了 1 个无法读取的文件"),
    "saves.failed": t("Could not save: {why}", "无法保存：{why}"),
    "saves.no_story": t("the episode {id} is not in the story pack", "剧集 {id} 不在故事包里"),
    "key.replay": t("Replay", "回放"),
    "key.replay.long": t("Replay the highlighted save", "回放选中的存档"),
    "key.prev": t("Earlier turn", "上一回合"),
    "key.prev.long": t("Step back one turn", "后退一个回合"),
    "key.next": t("Next turn", "下一回合"),
    "key.next.long": t("Step on one turn", "前进一个回合"),
    "key.first": t("First", "第一回合"),
    "key.first.long": t("Go to the first turn", "跳到第一回合"),
    "key.last": t("Last", "结局"),
    "key.last.long": t("Go to the end", "跳到结局"),
    "replay.title": t("Replay", "回放"),
    "replay.turn": t("Turn {n} of {total}", "第{n}回合，共{total}回合"),
    "replay.end": t("The end", "结局"),
    "replay.unfinished": t(
        "The session stopped here, after turn {n}: it was never finished.",
        "这一局在第{n}回合后中断，没有下完。",
    ),
    "replay.who": t("Who they were", "这位客户"),
    "replay.meters": t("Hidden meters after this turn", "本回合后的隐藏数值"),
    "replay.side": t("Their side", "客户的感受"),
    "replay.felt": t("They went from {a} to {b}.", "对方从{a}变得{b}。"),
    "replay.stayed": t("They stayed {a}.", "对方依旧{a}。"),
    "replay.trust": t("Their trust in you: {a} → {b}.", "对你的信任：{a} → {b}。"),
    "replay.so": t("So:", "于是："),
    "patience.thin": t("running out", "快耗尽了"),
    "patience.plenty": t("enough", "还够"),
    "replay.quiet": t("Nothing in the reply moved them.", "这句回答没有触动对方。"),
    "replay.player": t("Played by {name}, seed {seed}", "玩家：{name}，种子 {seed}"),
    "trust.low": t("wary", "戒备"),
    "trust.guarded": t("guarded", "将信将疑"),
    "trust.high": t("trusting", "信任"),
    "meter.needs": t("needs met", "需求满足"),
    # workshops
    "title.join": t("Join a workshop", "加入培训课堂"),
    "title.workshop": t(
        "Workshop {code}: {n} episodes, the same customers for the whole class",
        "课堂 {code}：{n} 局，全班遇到同样的客户",
    ),
    "title.workshop.one": t(
        "Workshop {code}: one episode, the same customer for the whole class",
        "课堂 {code}：1 局，全班遇到同样的客户",
    ),
    "workshop.label": t("workshop {code}", "课堂 {code}"),
    "join.title": t("Join a workshop", "加入培训课堂"),
    "join.intro": t(
        "Type the code your trainer wrote on the board, and your name. Everyone with the "
        "same code meets the same customers, so you can compare answers afterwards.",
        "输入培训师写在黑板上的课堂码和你的名字。课堂码相同的人会遇到同样的客户，课后可以互相比较。",
    ),
    "join.intro.name": t(
        "Type your name before you play: your trainer sees it in the class report.",
        "开始之前请输入你的名字：培训师会在课堂报告里看到它。",
    ),
    "join.code": t("Workshop code", "课堂码"),
    "join.name": t("Your name", "你的名字"),
    "join.code.hint": t(
        "from the board, e.g. D58Q-EPSP-AV9V-GAA", "黑板上的课堂码，例如 D58Q-EPSP-AV9V-GAA"
    ),
    "join.name.hint": t("as your trainer will see it", "培训师在报告里看到的名字"),
    "join.bad_code": t("That code doesn't work: {why}", "课堂码无效：{why}"),
    "join.no_name": t("Please type your name too.", "请也填写你的名字。"),
    "join.name_cut": t(
        "A name is at most {n} characters: the rest was cut.",
        "名字最多 {n} 个字符，多出的部分已截去。",
    ),
    "key.join": t("Join", "加入"),
    "key.join.long": t("Join a workshop with its code", "用课堂码加入培训课堂"),
    # the learner's profile, the episode marks, "My progress" (issue #15)
    "profile.broken": t(
        "Your saved settings could not be read ({why}); the defaults are used.",
        "无法读取你保存的设置（{why}），现在使用默认设置。",
    ),
    "profile.unsaved": t("Your settings could not be saved: {why}", "无法保存你的设置：{why}"),
    "join.intro.solo": t(
        "Welcome! What is your name? Your saves carry it, and this is asked only once.",
        "欢迎！你叫什么名字？存档会记下它，只问这一次。",
    ),
    "join.name.hint.solo": t("what you like to be called", "你希望的称呼"),
    "title.progress": t("My progress", "我的进步"),
    "key.progress": t("My progress", "我的进步"),
    "key.progress.long": t(
        "Your scores over time, and what to practise next", "你历次的得分，以及接下来该练什么"
    ),
    "picker.start_here": t("▶ start here", "▶ 从这里开始"),
    "picker.marks": t(
        "best {best} · latest {latest} {arrow}", "最高 {best} · 最近 {latest} {arrow}"
    ),
    "picker.latest": t("Your latest score", "你最近的得分"),
    "picker.latest.trend": t("{score}, {trend}", "{score}，{trend}"),
    "trend.better": t("better than the time before", "比上一次好"),
    "trend.worse": t("worse than the time before", "比上一次差"),
    "trend.same": t("the same as the time before", "和上一次一样"),
    "progress.title": t("My progress", "我的进步"),
    "progress.empty": t(
        "Nothing played yet. Press n for a new episode (the one marked ▶ start here is the "
        "easiest); after each one, your scores show here.",
        "还没有玩过。按 n 开始新的一局（标着“▶ 从这里开始”的最简单）；"
        "每玩完一局，得分都会显示在这里。",
    ),
    "progress.episodes": t("Your episodes", "你玩过的剧集"),
    "progress.first": t("First", "第一次"),
    "progress.best": t("Best", "最高"),
    "progress.latest": t("Latest", "最近"),
    "progress.times": t("played {n} times", "玩过 {n} 次"),
    "progress.once": t("played once", "玩过 1 次"),
    "progress.skills": t("Your skills lately", "你最近的各项技能"),
    "progress.next": t("Practise next", "接下来练习"),
    "progress.next.line": t("{title}, with {kind}", "{title}，客户：{kind}"),
    "progress.next.why": t(
        "It trains what you do least well lately: {skill}.", "它练的是你最近最弱的一项：{skill}。"
    ),
    "progress.next.go": t("Press Enter to start it.", "按 Enter 开始。"),
    "progress.next.working": t("Working out what to practise…", "正在找出该练什么…"),
    "progress.next.none": t(
        "Finish an episode first: then this says which one to practise, and with whom.",
        "先玩完一局：之后这里会告诉你该练哪一局、和什么样的客户练。",
    ),
    "key.practise": t("Practise", "练习"),
    "key.practise.long": t(
        "Start the episode that trains your weakest skill", "开始能练你最弱一项技能的那一局"
    ),
    "key.next_workshop": t("Next episode", "下一局"),
    "key.next_workshop.long": t(
        "Start the workshop's next episode you have not played", "开始课堂里你还没玩过的下一局"
    ),
    "button.next_workshop": t("Next episode of the workshop", "课堂的下一局"),
    "workshop.done": t(
        "You have played every episode of this workshop: it is done. Well done!",
        "这个课堂的每一局你都玩过了：课堂已完成，辛苦了！",
    ),
}
