"""Replay: a saved session turn by turn (← →), with the hidden meters and rules laid open.

Everything shown comes from the save itself, so a session can be replayed after its story
was edited or removed; `t` retries from the turn shown when its story is still the same.
The turn's detail scrolls with ↑ ↓ PgUp PgDn; ← → Home End move between turns.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from game.engine.text import Text
from game.lessons.better import Advice, advise
from game.saves.check import check
from game.saves.format import Save
from game.tui.debrief_text import (
    headline,
    moments_chart,
    score_rows,
    turn_rows,
    turn_title,
    who_rows,
)
from game.tui.i18n import tr
from game.tui.replay_text import meter_rows, side_text
from game.tui.safe import one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.fact_table import FactTable
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.too_small import TooSmall


class ReplayScreen(GameScreen):
    """One saved session; `at` is the turn shown (len(turns) shows the ending)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the scrolling detail would take ← → Home End for itself
        Binding("left", "step(-1)", "key.prev", key_display="←", priority=True),
        Binding("right", "step(1)", "key.next", key_display="→", priority=True),
        Binding("home", "jump(0)", "key.first", key_display="Home", priority=True),
        Binding("end", "jump(-1)", "key.last", key_display="End", priority=True),
        Binding("b", "retry", "key.retry"),
        Binding("escape", "leave", "key.back"),
    ]

    def __init__(self, save: Save, quit_after: bool = False) -> None:
        super().__init__()
        self.save = save
        self.quit_after = quit_after
        self.at = 0
        self._advice: tuple[Advice, ...] | None = None  # None: not worked out yet

    def advice(self) -> tuple[Advice, ...]:
        """The better reply at each turn, when the save's story is loaded and unchanged (the
        engine must be able to replay it exactly); else nothing."""
        if self._advice is not None:
            return self._advice
        try:  # the pack, loaded here if the app has not yet: what is shown must not race it
            stories = self.game.desk.all_stories()
        except Exception:  # a broken pack: the replay still shows everything from the save
            stories = []
        story = next((s for s in stories if s.id == self.save.story.id), None)
        replies = tuple(tn.said for tn in self.save.turns)
        if story is None or check(self.save, story) is not None:
            self._advice = ()
        else:
            self._advice = advise(story, self.save.seed, self.save.rules, replies)
        return self._advice

    def say(self, text: Text) -> str:
        lang = self.game.lang
        return text.get(lang).replace("{name}", self.save.customer.name.get(lang))

    def compose(self) -> ComposeResult:
        lang, save = self.game.lang, self.save
        self.sub_title = tr("replay.title", lang) + " · " + one_line(save.story.title.get(lang))
        yield Header()
        yield TooSmall()
        with Horizontal(id="replay-view"):
            with VerticalScroll(id="replay-side"):
                who = FactTable(who_rows(save.customer, lang), id="replay-who")
                who.border_title = tr("replay.who", lang)
                yield who
                player = save.player or "—"
                line = tr("replay.player", lang, name=one_line(player), seed=save.seed)
                yield Static(Content.styled(line, "$text-muted"), id="replay-player")
                if save.outcome is not None and save.outcome.moments:
                    yield moments_chart(save.outcome, lang, id="replay-chart")
            with VerticalScroll(id="replay-turn"):
                yield from self._page(lang)
        yield LocalFooter()

    def _page(self, lang: str) -> ComposeResult:
        save, total = self.save, len(self.save.turns)
        if self.at < total:
            turn = save.turns[self.at]
            head = Content(tr("replay.turn", lang, n=self.at + 1, total=total))
            if save.outcome is not None:
                head = turn_title(turn, save.outcome, lang)
            yield Static(head, id="replay-head")
            side = Static(side_text(turn, lang), id="replay-their-side")
            side.border_title = tr("replay.side", lang)
            yield side
            meters = FactTable(meter_rows(turn.before, turn.after, lang), id="replay-meters")
            meters.border_title = tr("replay.meters", lang)
            yield meters
            advice = self.advice()
            better = advice[self.at] if self.at < len(advice) else None
            yield FactTable(turn_rows(turn, self.say, lang, better), id="replay-facts")
            return
        yield Static(Content.styled(tr("replay.end", lang), "bold $text-accent"), id="replay-head")
        if save.outcome is None:
            yield Static(Content(tr("replay.unfinished", lang, n=total)), id="replay-unfinished")
            return
        yield Static(headline(save.outcome, self.say, lang), id="replay-headline")
        yield FactTable(score_rows(save.outcome, lang), id="replay-score")

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._relabel, init=False)
        self._focus_turn()

    def _focus_turn(self) -> None:
        self.query_one("#replay-turn").focus()

    async def _relabel(self) -> None:
        await self.recompose()
        self._focus_turn()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return self.at < len(self.save.turns)
        return True

    def action_retry(self) -> None:
        self.game.retry_save(self.save, self.at)

    async def action_step(self, by: int) -> None:
        await self._go(self.at + by)

    async def action_jump(self, to: int) -> None:
        await self._go(len(self.save.turns) if to < 0 else to)

    async def _go(self, at: int) -> None:
        at = max(0, min(len(self.save.turns), at))
        if at != self.at:
            self.at = at
            await self.recompose()
            self._focus_turn()
            self.refresh_bindings()

    def action_leave(self) -> None:
        if self.quit_after:
            self.app.exit(0)
        else:
            self.app.pop_screen()
