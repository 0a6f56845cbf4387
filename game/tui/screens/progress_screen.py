"""My progress: each episode's attempts over time with the first, best and latest score; how
each skill has gone lately, in plain words; and what to practise next, one key away."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Header, Static

from game.tui.chart import attempts_chart
from game.tui.i18n import tr
from game.tui.safe import clean, one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.screens.picker_screen import latest_text
from game.tui.widgets.fact_table import FactTable
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from game.lessons.skills import Practice, Standing
    from game.tui.desk import Desk


def advice(desk: Desk) -> tuple[list[Standing], Practice | None]:
    """Every skill's standing over the player's recent sessions, and the episode that trains the
    weakest (plays stories headless the first time: run it off the event loop)."""
    from game.lessons.skills import practise, standing, weakest

    history = [a.turns for a in sorted(desk.all_attempts(), key=lambda a: a.when)]
    skill = weakest(history)
    found = practise(skill, desk.playable()) if skill is not None else None
    return standing(history), found


class ProgressScreen(GameScreen):
    """Practise next at the top; then the episodes played, then the skills."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "practise", "key.practise"),
        Binding("n", "app.new_episode", "key.new"),
        Binding("escape", "app.pop_screen", "key.back"),
    ]
    LISTS_EPISODES = True  # relabelled when the player's attempts have been read

    def __init__(self) -> None:
        super().__init__()
        self.practice: Practice | None = None
        self.standings: list[Standing] | None = None  # None: still being worked out

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        yield VerticalScroll(id="progress")
        yield LocalFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel, init=False)
        self.query_one("#progress").focus()

    def on_screen_resume(self) -> None:
        self.relabel()  # at first, and back from practice: one more attempt to show

    def relabel(self) -> None:
        self.sub_title = tr("progress.title", self.game.lang)
        self._work_out()
        self._show()

    @work(thread=True, exclusive=True, group="progress")
    def _work_out(self) -> None:
        if self.game.desk.stories is None:
            return  # the pack is still loading: the app relabels this screen once it is in
        found = advice(self.game.desk)
        self.app.call_from_thread(self._worked_out, *found)

    def _worked_out(self, standings: list[Standing], practice: Practice | None) -> None:
        self.standings, self.practice = standings, practice
        self.refresh_bindings()
        self._show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise":
            return self.practice is not None
        return True

    def action_practise(self) -> None:
        p = self.practice
        story = self.game.desk.story(p.story) if p is not None else None
        if p is not None and story is not None:
            self.game.start(story, seed=p.seed)

    def _show(self) -> None:
        lang, desk = self.game.lang, self.game.desk
        box = self.query_one("#progress", VerticalScroll)
        box.remove_children()
        played = desk.all_played()
        if not played:
            box.mount(Static(Content(tr("progress.empty", lang)), classes="progress-empty"))
            return
        rows: list[Widget] = []
        for story in played:
            marks = desk.marks(story.id)
            if marks is None:
                continue
            n = len(marks.scores)
            times = tr("progress.once", lang) if n == 1 else tr("progress.times", lang, n=n)
            head = Content.assemble(
                (one_line(story.title.get(lang)), "bold $text-accent"), "  ", (times, "$text-muted")
            )
            facts = [
                (tr("progress.first", lang), Content(f"{marks.first:.0f}")),
                (tr("progress.best", lang), Content(f"{marks.best:.0f}")),
                (tr("progress.latest", lang), Content(latest_text(marks, lang))),
            ]
            chart = Static(attempts_chart(marks.scores), classes="progress-chart")
            row = Horizontal(FactTable(facts, classes="progress-facts"), chart)
            rows += [Static(head, classes="progress-head"), row]
        episodes = Vertical(*rows, classes="progress-episodes")
        episodes.border_title = tr("progress.episodes", lang)
        parts: list[Widget] = [self._next(lang), episodes]
        if self.standings:
            skills = FactTable(
                [
                    (
                        s.skill.name.get(lang),
                        Content(f"{s.level_words.get(lang)} · {s.trend_words.get(lang)}"),
                    )
                    for s in self.standings
                    if s.level != "unseen"
                ],
                classes="progress-skills",
            )
            skills.border_title = tr("progress.skills", lang)
            parts.append(skills)
        box.mount_all(parts)

    def _next(self, lang: str) -> Static:
        p = self.practice
        if p is None:
            words = tr(
                "progress.next.working" if self.standings is None else "progress.next.none", lang
            )
            text = Content(words)
        else:
            from game.lessons.skills import SKILLS_BY_ID

            title = one_line(p.title.get(lang))
            skill = SKILLS_BY_ID[p.skill].name.get(lang)
            text = Content.assemble(
                (
                    tr("progress.next.line", lang, title=title, kind=clean(p.customer.get(lang))),
                    "bold",
                ),
                "\n",
                tr("progress.next.why", lang, skill=skill),
                "\n",
                (tr("progress.next.go", lang), "$text-success"),
            )
        box = Static(text, classes="progress-next")
        box.border_title = tr("progress.next", lang)
        return box
