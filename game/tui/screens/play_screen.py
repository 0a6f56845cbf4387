"""Play: the customer, the conversation so far, and the replies on offer, one turn at a time."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Header

from game.engine.session import Session
from game.saves.claim import Claim
from game.saves.times import Stopwatch, Times
from game.tui.i18n import tr
from game.tui.safe import one_line
from game.tui.screens.game_screen import GameScreen
from game.tui.widgets.conversation import Conversation, Line
from game.tui.widgets.customer_card import CustomerCard
from game.tui.widgets.local_footer import LocalFooter
from game.tui.widgets.reply_list import ReplyList
from game.tui.widgets.too_small import TooSmall
from game.tui.widgets.typed_input import TypedInput
from game.typed_reply import Unheard, hear, said_words, warm

if TYPE_CHECKING:
    pass

LEAVE_WINDOW = 3.0  # seconds in which a second Esc leaves the episode


def time_band(turn: int) -> int:
    """How long this has been going on, in four steps the customer card can put into words."""
    return 0 if turn == 0 else 1 if turn <= 2 else 2 if turn <= 5 else 3


class PlayScreen(GameScreen):
    """Drives one Session: shows `session.current`, sends the chosen reply, then the debrief."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(0)", "key.reply", key_display="1-5"),
        Binding("2", "choose(1)", "key.reply", show=False),
        Binding("3", "choose(2)", "key.reply", show=False),
        Binding("4", "choose(3)", "key.reply", show=False),
        Binding("5", "choose(4)", "key.reply", show=False),
        Binding("w", "type", "key.type"),
        Binding("enter", "debrief", "key.debrief"),  # once the conversation is over
        Binding("1", "debrief", "key.debrief", show=False),
        Binding("escape", "leave", "key.leave"),
        Binding("pageup", "scroll_talk(-1)", "key.back_talk", show=False, priority=True),
        Binding("pagedown", "scroll_talk(1)", "key.on_talk", show=False, priority=True),
    ]

    def __init__(
        self,
        session: Session,
        save_name: str | None = None,
        claim: Claim | None = None,
        times: Times | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        # when it is played: a resumed session keeps the times it was saved with
        self.clock = Stopwatch() if times is None else Stopwatch.resumed(times)
        self.story = session.story
        self.seed = session.seed
        self.save_name = save_name  # the save this session writes to, once it has one
        self.claim = claim  # held while this screen writes that save: no other game may
        self._leave_at = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        yield TooSmall()
        with Horizontal(id="play"):
            yield CustomerCard(id="customer")
            with Vertical(id="talk"):
                yield Conversation(id="conversation")
                yield ReplyList(id="replies")
                yield TypedInput(id="typed")
        yield LocalFooter()

    @property
    def typed_only(self) -> bool:
        """A workshop that asks the class to type every reply: no menu while it lasts."""
        w = self.game.workshop
        return bool(w and w.typed and self.seed == w.seed_for(self.story.id))

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel)
        typing = self.typed_only and self.session.current is not None
        self.query_one(TypedInput).display = typing
        self.query_one(ReplyList).display = not typing
        (self.query_one(TypedInput) if typing else self.query_one(ReplyList)).focus()
        if typing:
            self._warm_reader()

    def on_unmount(self) -> None:
        if self.claim is not None:
            self.claim.release()

    def relabel(self) -> None:
        lang = self.game.lang
        s = self.session
        self.sub_title = one_line(self.story.title.get(lang))
        views = s.views
        view = s.current or (views[-1] if views else None)
        result = s.result
        before = {c.key for c in views[-2].cues} if s.current and len(views) > 1 else None
        band = time_band(len(s.turns))
        self.query_one(CustomerCard).show(
            name=s.customer.name.get(lang),
            look=s.customer.look.get(lang),
            cues=[s.say(c.text, lang) for c in view.cues] if view else [],
            time=tr(f"time.{self.story.channel}.{band}", lang),
            outcome=tr(f"end.{result.kind}", lang) if result else "",
            fresh=[before is not None and c.key not in before for c in view.cues] if view else [],
        )
        self.query_one(Conversation).show(self._lines(lang), tr("play.colon", lang))
        replies = self.query_one(ReplyList)
        replies.border_title = tr("play.replies" if s.current else "play.over", lang)
        offered = replies.option_count
        if s.current is not None:
            replies.show([s.say(r.text, lang) for r in s.current.replies], tr("typed.entry", lang))
        else:
            replies.show([tr("play.debrief", lang)])
            replies.settle()
        if replies.option_count != offered:
            self.refresh_bindings()  # which number keys work depends on how many replies there are
        typed = self.query_one(TypedInput)
        typed.border_title = tr("typed.title", lang)
        typed.placeholder = tr("typed.placeholder", lang, name=one_line(s.customer.name.get(lang)))

    def _lines(self, lang: str) -> list[Line]:
        s = self.session
        them = s.customer.name.get(lang)
        me = self.game.player or tr("play.you", lang)
        lines: list[Line] = []
        for i, view in enumerate(self.session.views):
            if view.cue is not None:
                lines.append(Line("", s.say(view.cue, lang)))
            lines.append(Line(them, s.say(view.line, lang)))
            if i < len(s.turns):
                lines.append(Line(me, said_words(s, s.turns[i], lang), player=True))
        if s.result is not None:
            lines.append(Line(them, s.say(s.result.line, lang)))
        return lines

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "debrief":
            return self.session.current is None
        if action == "choose" and parameters:
            if self.session.current is None or self.typed_only:
                return False
            count = len(self.session.current.replies)
            index = parameters[0]
            return isinstance(index, int) and index < count
        if action == "type":
            return self.session.current is not None
        return True

    def action_type(self) -> None:
        """Open the line for a reply in the player's own words. The menu goes while it is open:
        at a real counter there is no list to paraphrase, and the talk gets the room."""
        typed = self.query_one(TypedInput)
        typed.display = True
        self.query_one(ReplyList).display = False
        typed.focus()
        self._warm_reader()

    def _warm_reader(self) -> None:
        """Load the reader in a thread while the player types (once: later calls find it).
        A reader that fails to load here must not end the game while the player types."""
        lang = self.game.lang
        self.run_worker(
            lambda: warm(lang), thread=True, group="reader", exclusive=True, exit_on_error=False
        )

    def on_typed_input_closed(self, event: TypedInput.Closed) -> None:
        if self.typed_only and self.session.current is not None:
            self.action_leave()
            return
        self._close_typing()

    def _close_typing(self) -> None:
        self.query_one(TypedInput).display = False
        replies = self.query_one(ReplyList)
        replies.display = True
        replies.focus()

    def on_input_submitted(self, event: TypedInput.Submitted) -> None:
        event.stop()
        s, lang = self.session, self.game.lang
        if s.current is None:
            return
        try:
            typed = hear(s.current, event.value)
        except Unheard as why:
            self.notify(tr(why.key, lang), severity="warning", markup=False)
            return
        s.type_reply(typed)
        event.input.clear()
        self.game.autosave(self)
        self.relabel()
        if s.current is None:
            self._close_typing()

    def action_debrief(self) -> None:
        self.game.debrief(self)

    def action_choose(self, index: int) -> None:
        self.query_one(ReplyList).choose(index)

    def on_reply_list_chosen(self, event: ReplyList.Chosen) -> None:
        s = self.session
        if s.current is None:
            self.game.debrief(self)
            return
        if event.index >= len(s.current.replies):
            self.action_type()
            return
        s.choose(s.current.replies[event.index].id)
        self.game.autosave(self)
        self.relabel()

    def action_scroll_talk(self, pages: int) -> None:
        talk = self.query_one(Conversation)
        if pages < 0:
            talk.scroll_page_up(animate=False)
        else:
            talk.scroll_page_down(animate=False)

    def action_leave(self) -> None:
        now = time.monotonic()
        if now - self._leave_at <= LEAVE_WINDOW or self.session.finished:
            self.app.pop_screen()
            return
        self._leave_at = now
        self.notify(tr("play.leave.again", self.game.lang), timeout=LEAVE_WINDOW)
