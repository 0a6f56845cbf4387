"""The debrief: the score they remember, the moments, tips, and every turn laid open."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Header, Static

from game.engine.session import Result, Session
from game.engine.text import Text
from game.lessons.better import advise, lesson
from game.lessons.glossary import used
from game.lessons.tips import tips
from game.tui.debrief_text import (
    glossary_rows,
    headline,
    moments_chart,
    score_rows,
    tip_text,
    turn_rows,
    turn_title,
    who_rows,
)
from game.tui.i18n import tr
from game.tui.safe import one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.fact_table import FactTable
from game.tui.widgets.hanging_list import HangingList
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall


class DebriefScreen(GameScreen):
    """Everything that was hidden while playing; play again with the same or a new customer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "retry(-1)", "key.retry"),
        Binding("r", "again", "key.again"),
        Binding("n", "fresh", "key.fresh"),
        Binding("w", "next_workshop", "key.next_workshop"),
        Binding("escape", "episodes", "key.episodes"),
    ]

    def __init__(
        self, session: Session, best_before: float | None, save_name: str | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.best_before = best_before
        self.save_name = save_name  # where misreading marks are kept
        self.misread: set[int] = set()  # typed turns the learner says were misread
        result = session.result
        if result is None:
            raise ValueError("the debrief needs a finished session")
        self.result: Result = result
        replies = tuple(tn.said for tn in session.turns)
        self.advice = advise(session.story, session.seed, session.rules, replies)
        self.lesson = lesson(self.advice)

    def say(self, text: Text) -> str:
        return self.session.say(text, self.game.lang)

    def compose(self) -> ComposeResult:
        lang = self.game.lang
        s, result = self.session, self.result
        self.sub_title = tr("debrief.title", lang) + " · " + one_line(s.story.title.get(lang))
        yield Header()
        yield TooSmall()
        with VerticalScroll(id="debrief"):
            with Horizontal(id="summary"):
                with Vertical(id="score-box"):
                    yield Static(headline(result, self.say, lang), id="headline")
                    yield FactTable(score_rows(result, lang), id="score")
                    yield Static(Content.styled(tr("debrief.why", lang), "$text-muted"), id="why")
                    best = self._best_line(lang)
                    if best:
                        yield Static(best, id="best")
                yield moments_chart(result, lang, id="timeline")
            found = tips(s.turns, result, self.lesson)
            box = HangingList(id="tips")
            box.show(
                [tip_text(tip, s.turns, result, self.say, lang, self.advice) for tip in found],
                marks=[f"{i}." for i in range(1, len(found) + 1)],
            )
            box.border_title = tr("debrief.tips", lang)
            yield box
            who = FactTable(who_rows(s.customer, lang), id="who")
            who.border_title = tr("debrief.who", lang)
            yield who
            shown = [tip_text(tip, s.turns, result, self.say, lang, self.advice) for tip in found]
            shown.append(FactTable(who_rows(s.customer, lang)).plain_text())
            turns = Vertical(id="turns")
            turns.border_title = tr("debrief.turns", lang)
            with turns:
                for turn in s.turns:
                    advice = self.advice[turn.index] if turn.index < len(self.advice) else None
                    yield Static(turn_title(turn, result, lang, self.lesson), classes="turn-title")
                    table = FactTable(turn_rows(turn, self.say, lang, advice), classes="turn")
                    shown.append(table.plain_text())
                    yield table
                    if turn.reader is not None:
                        yield Button(
                            Content(tr(self._misread_key(turn.index), lang)),
                            id=f"misread-{turn.index}",
                            classes="misread",
                            action=f"screen.misread({turn.index})",
                            compact=True,
                        )
                    yield Button(
                        Content(tr("debrief.retry", lang, n=turn.index + 1)),
                        id=f"retry-{turn.index}",
                        classes="retry",
                        action=f"screen.retry({turn.index})",
                        compact=True,
                    )
            entries = used(shown, lang)
            if entries:
                words = FactTable(glossary_rows(entries, lang), id="glossary")
                words.border_title = tr("debrief.glossary", lang)
                yield words
            yield Static(
                Content.styled(
                    tr("debrief.replay", lang, seed=s.seed, id=one_line(s.story.id)), "$text-muted"
                ),
                id="replay",
            )
        with Horizontal(id="debrief-actions"):
            nxt = ("next_workshop",) if self._in_workshop else ()
            for action in (*nxt, "again", "fresh", "episodes"):
                label = Content(tr(f"button.{action}", lang))
                yield Button(label, id=f"button-{action}", action=f"screen.{action}", compact=True)
        yield LocalFooter()

    def _best_line(self, lang: str) -> Content | None:
        before = self.best_before
        if before is None:
            return None
        if self.result.score > before:
            return Content.styled(tr("debrief.best.new", lang), "bold $text-success")
        return Content.styled(tr("debrief.best", lang, score=f"{before:.0f}"), "$text-muted")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel, init=False)
        self.query_one("#debrief").focus()

    async def _relabel(self) -> None:
        await self.recompose()
        self.query_one("#debrief").focus()

    def action_again(self) -> None:
        self.game.replay(self, self.session.seed)

    def action_retry(self, turn: int) -> None:
        """Play again from this turn (the lesson's, or the first, when -1): the same customer
        and the same earlier replies, in a new session with its own save."""
        if turn < 0:
            turn = self.lesson if self.lesson is not None else 0
        self.game.retry(self.session, turn)

    def _misread_key(self, turn: int) -> str:
        return "debrief.misread.marked" if turn in self.misread else "debrief.misread"

    def action_misread(self, turn: int) -> None:
        """Mark (or unmark) a typed reply as misread; the mark is written into the save."""
        self.misread ^= {turn}
        button = self.query_one(f"#misread-{turn}", Button)
        button.label = Content(tr(self._misread_key(turn), self.game.lang))
        if not self.game.save_marks(self.session, self.save_name, tuple(sorted(self.misread))):
            self.notify(tr("debrief.misread.unsaved", self.game.lang), markup=False)

    @property
    def _in_workshop(self) -> bool:
        return self.game.desk.workshop_of(self.session) is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._in_workshop if action == "next_workshop" else True

    def action_next_workshop(self) -> None:
        """The workshop's next episode not yet played; at the last one, it says it is done."""
        story = self.game.desk.next_in_workshop(self.session.story.id)
        if story is None:
            self.notify(tr("workshop.done", self.game.lang), markup=False)
        else:
            self.game.start(story, switch=True)

    def action_fresh(self) -> None:
        self.game.replay(self, None)

    def action_episodes(self) -> None:
        self.app.pop_screen()
