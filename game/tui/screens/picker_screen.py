"""The episode picker: every episode, easiest first, marked with your best and latest score and
how the latest went against the one before; "start here" on the first not yet played."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from game.engine.story import Story
from game.lessons.trend import ARROWS, NEW
from game.tui.debrief_text import stars
from game.tui.desk import Marks
from game.tui.i18n import tr
from game.tui.safe import clean, one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.episode_list import EpisodeList
from game.tui.widgets.fact_table import FactTable
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall


def difficulty(n: int) -> str:
    return "●" * n + "○" * (5 - n)


def marks_line(marks: Marks, lang: str) -> str:
    """What the list says of a played episode: best, latest and an arrow for the trend."""
    arrow = "" if marks.trend == NEW else ARROWS[marks.trend]
    return tr(
        "picker.marks", lang, best=f"{marks.best:.0f}", latest=f"{marks.latest:.0f}", arrow=arrow
    )


def latest_text(marks: Marks, lang: str) -> str:
    latest = f"{marks.latest:.0f}"
    if marks.trend == NEW:
        return latest
    return tr("picker.latest.trend", lang, score=latest, trend=tr(f"trend.{marks.trend}", lang))


class PickerScreen(GameScreen):
    """A list on the left, the highlighted episode's details on the right (below when narrow)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "key.back")]
    LISTS_EPISODES = True  # relabelled when the player's attempts have been read

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        with Horizontal(id="picker"):
            yield EpisodeList(id="episodes")
            yield VerticalScroll(id="episode-detail")
        yield LocalFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)
        self.query_one(EpisodeList).focus()

    def on_screen_resume(self) -> None:
        self.relabel()  # a best score may have changed while we were away

    @property
    def stories(self) -> list[Story]:
        return self.game.desk.playable()

    def relabel(self) -> None:
        lang = self.game.lang
        w = self.game.workshop
        self.sub_title = tr("picker.title", lang) + (
            " · " + tr("workshop.label", lang, code=w.code) if w else ""
        )
        found = self.query(EpisodeList)
        if not found:
            return  # pushed but not composed yet: on_mount relabels
        listing = found.first()
        at = listing.highlighted or 0
        listing.clear_options()
        listing.add_options(Option(self._entry(s, lang), id=s.id) for s in self.stories)
        if self.stories:
            listing.highlighted = min(at, len(self.stories) - 1)
        self._detail()

    def _entry(self, story: Story, lang: str) -> Content:
        entry = Content.assemble(
            (difficulty(story.difficulty), "$text-accent"), "  ", one_line(story.title.get(lang))
        )
        marks = self.game.desk.marks(story.id)
        if marks is not None:
            return entry + Content.styled("\n       " + marks_line(marks, lang), "$text-muted")
        if story.id == self.game.desk.start_here():
            return entry + Content.styled(
                "\n       " + tr("picker.start_here", lang), "bold $text-success"
            )
        return entry

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        story = self._highlighted()
        if story is not None:
            self.game.start(story)

    def _highlighted(self) -> Story | None:
        at = self.query_one(EpisodeList).highlighted
        return self.stories[at] if at is not None and at < len(self.stories) else None

    def _detail(self) -> None:
        lang = self.game.lang
        box = self.query_one("#episode-detail", VerticalScroll)
        box.remove_children()
        if self.game.desk.stories is None:
            message = self.game.desk.load_error
            if message is None:
                box.mount(Static(Content(tr("picker.loading", lang))))
            else:
                error = Content.styled(tr("picker.error", lang), "bold $text-error")
                box.mount(Static(error + Content("\n" + clean(message))))
            return
        story = self._highlighted()
        if story is None:
            box.mount(Static(Content(tr("picker.empty", lang))))
            return
        marks = self.game.desk.marks(story.id)
        best_text = (
            f"{marks.best:.0f}  {stars(marks.best)}" if marks else tr("picker.best.none", lang)
        )
        scores = [(tr("picker.latest", lang), Content(latest_text(marks, lang)))] if marks else []
        facts = [
            (
                tr("picker.difficulty", lang),
                Content.styled(difficulty(story.difficulty), "$text-accent"),
            ),
            (tr("picker.channel", lang), Content(tr(f"channel.{story.channel}", lang))),
            (tr("picker.best", lang), Content(best_text)),
            *scores,
            (tr("picker.source", lang), Content(clean(story.source))),
        ]
        box.mount_all(
            [
                Static(Content.styled(one_line(story.title.get(lang)), "bold $text-accent")),
                Static(Content.styled(clean(story.setting.get(lang)), "italic"), classes="setting"),
                FactTable(facts),
                Static(Content(clean(story.brief.get(lang))), classes="brief"),
                Static(Content.styled(tr("picker.enter", lang), "bold")),
            ]
        )
