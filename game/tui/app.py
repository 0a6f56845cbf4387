"""The frontdesk App and `make_app`, the one factory the command line and the tests use."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer

from game.saves.store import WRITER
from game.saves.strict import SaveError
from game.textsafe import player_name
from game.tui.i18n import UI, describe, describe_long, tr
from game.tui.safe import clean
from game.tui.screens.title_screen import TitleScreen
from game.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

if TYPE_CHECKING:
    from game.engine.session import Session
    from game.engine.story import Story
    from game.saves.format import Save
    from game.saves.store import Store
    from game.saves.times import Times
    from game.tui.screens.debrief_screen import DebriefScreen
    from game.tui.screens.play_screen import PlayScreen
    from game.workshop import Workshop

# Only what the title screen needs is imported before its first frame (bench/bench_tui.py):
# the engine, the save format and the other screens are imported where first needed.

Loader = Callable[[], "Sequence[Story]"]
THEMES = {"dark": "textual-dark", "light": "textual-light"}
LOAD_DELAY = 0.3  # seconds after the first frame before the story pack is read
AFTER_FRAME = 0.03  # seconds after the next turn's frame is made before its save is taken
TAKE_AT_LATEST = 0.25  # seconds after a turn by which its save is taken, frame drawn or not


class FrontdeskApp(App[int]):
    """Title → episodes → play → debrief; the language and theme switch at any time."""

    CSS_PATH = "frontdesk.tcss"
    TITLE = "frontdesk"
    # Textual declares these as plain attributes, so no ClassVar here (mypy would refuse it)
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-tiny"),
        (MIN_WIDTH, "-narrow"),
        (110, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-stubby"),
        (MIN_HEIGHT, "-short"),
        (34, "-tall"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "key.help", key_display="?"),
        Binding("l", "toggle_lang", "key.lang"),
        Binding("t", "toggle_theme", "key.theme"),
        Binding("ctrl+q", "quit", "key.quit", priority=True),
    ]

    lang: reactive[str] = reactive("en")

    def __init__(
        self,
        load: Loader,
        story: Story | None = None,
        seed: int | None = None,
        lang: str = "en",
        player: str | None = None,
        store: Store | None = None,
        replay: Save | None = None,
        workshop: Workshop | None = None,
        ask_name: bool = False,
    ) -> None:
        super().__init__()
        self.ask_name = ask_name  # served games: every student gives a name before playing
        self.workshop = workshop  # a class's code: its episodes, in order, with its seeds
        self.store = store  # None: nothing is saved (tests, replays)
        self.replay_save = replay
        self.load = load
        self.story = story
        self.first_seed = seed
        self.seeds = random.Random(seed)
        self.player = player_name(player) or None if player else None
        self.stories: list[Story] | None = None
        self.load_error: str | None = None
        self._loading = False
        self.best: dict[str, float] = {}  # best score per episode: from saves, then this run
        self.late_save_errors: list[str] = []  # saves that failed after the app had stopped
        self._untaken: dict[str, tuple[Session, tuple[int, ...], Times]] = {}  # see `_write`
        self._times: dict[str, Times] = {}  # when each save's session was played, by save name
        self._take_timer: Timer | None = None
        self._no_source: Callable[[], None] = lambda: None
        self.theme = THEMES["dark"]
        self.set_reactive(FrontdeskApp.lang, lang)

    def get_default_screen(self) -> Screen[Any]:
        return TitleScreen()

    def on_mount(self) -> None:
        self._no_source = WRITER.add_source(self.take_saves)  # a read here sees every turn
        self.title = tr("app.title", self.lang)
        if self.replay_save is not None:
            self.open_replay(self.replay_save, quit_after=True)
        elif self.workshop is not None and not self.player:
            from game.tui.screens.join_screen import JoinScreen

            self.push_screen(JoinScreen(self.workshop.code))  # the code is known: ask the name
        elif self.ask_name and not self.player:
            from game.tui.screens.join_screen import JoinScreen

            self.push_screen(JoinScreen(name_only=True))
        elif self.story is not None:
            self.start(self.story)

    def on_ready(self) -> None:
        # after the first frames have settled, so parsing never slows the title screen;
        # the picker asks at once if it opens sooner
        self.set_timer(LOAD_DELAY, self.load_stories)

    def load_stories(self) -> None:
        if not self._loading:
            self._loading = True
            self._load_pack()

    @work(thread=True, exclusive=True, group="stories")
    def _load_pack(self) -> None:
        try:
            stories, error = list(self.load()), None
        except Exception as err:  # a broken pack is shown in the picker, not a crash
            stories, error = None, str(err) or type(err).__name__
        best = self.store.best_scores(self.player or "") if self.store else {}
        self.call_from_thread(self._loaded, stories, error, best)

    def _loaded(
        self, stories: list[Story] | None, error: str | None, best: dict[str, float]
    ) -> None:
        from game.tui.screens.picker_screen import PickerScreen

        self.stories, self.load_error = stories, error
        for episode, score in best.items():
            self.best[episode] = max(score, self.best.get(episode, 0.0))
        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                screen.relabel()

    # moving between screens
    def next_seed(self) -> int:
        if self.first_seed is not None:
            seed, self.first_seed = self.first_seed, None
            return seed
        return self.seeds.randrange(1, 1_000_000)

    def playable(self) -> list[Story]:
        """The episodes on offer: a workshop's, in its order, or the whole pack."""
        stories = self.stories or []
        if self.workshop is None:
            return stories
        by_id = {s.id: s for s in stories}
        return [by_id[e] for e in self.workshop.episodes if e in by_id]

    def join(self, workshop: Workshop, player: str) -> None:
        self.workshop, self.player = workshop, player_name(player)
        self.lang = workshop.lang
        self.action_new_episode()

    def _seed_for(self, story: Story) -> int:
        if self.workshop is not None and story.id in self.workshop.episodes:
            return self.workshop.seed_for(story.id)
        return self.next_seed()

    def start(self, story: Story, seed: int | None = None) -> None:
        from game.engine.session import Session
        from game.tui.screens.play_screen import PlayScreen

        self.push_screen(
            PlayScreen(Session(story, self._seed_for(story) if seed is None else seed))
        )

    def resume(self, save: Save) -> None:
        """Continue a saved session exactly where it was (if its story hasn't changed)."""
        from game.saves.check import resume
        from game.tui.screens.play_screen import PlayScreen

        try:
            stories = self.stories if self.stories is not None else list(self.load())
            story = next((s for s in stories if s.id == save.story.id), None)
            if story is None:
                raise SaveError(tr("saves.no_story", self.lang, id=save.story.id))
            session = resume(save, story)
            claim = self.store.claim(save.name) if self.store is not None else None
        except Exception as err:  # a changed story, a broken pack, or the save open elsewhere
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        play = PlayScreen(session, save_name=save.name, claim=claim, times=save.times)
        self.push_screen(play)

    def open_replay(self, save: Save, quit_after: bool = False) -> None:
        from game.tui.screens.replay_screen import ReplayScreen

        self.push_screen(ReplayScreen(save, quit_after=quit_after))

    def _workshop_of(self, s: Session) -> str | None:
        w = self.workshop
        return w.code if w and s.seed == w.seed_for(s.story.id) else None  # the class's

    def autosave(self, play: PlayScreen) -> None:
        """Saves the session after a turn, in the background: the next turn is drawn without
        waiting for the save to be made or the disk to take it (see `_write`). A failure is
        shown, never fatal."""
        if self.store is None:
            return
        s = play.session
        try:
            code = self._workshop_of(s)
            if play.save_name is None:
                player = self.player or "player"
                play.save_name = self.store.reserve(player, s.story.id, s.seed, code)
                play.claim = self.store.claim(play.save_name)
            self._times[play.save_name] = play.clock.mark(len(s.turns), s.finished)
            self._write(s, play.save_name)
        except (OSError, SaveError) as err:
            self._save_failed(err)

    def _write(self, s: Session, name: str, misread: tuple[int, ...] = ()) -> None:
        """Saves `s` as `name`, off the path of the next turn: the save is taken (`save_of`,
        some milliseconds on a long story) once the frame being drawn is out, then written by
        the writer thread (game.saves.store.Writer: atomic, in order, never lost). Until it is
        taken it waits here, and is taken at once when a screen goes (its claim is released
        only after the write) or the app stops."""
        from game.saves.times import NO_TIMES

        # the newest state of that session: it only grows
        self._untaken[name] = (s, misread, self._times.get(name, NO_TIMES))
        if self._take_timer is None:
            self.call_after_refresh(self._take_after_frame)
            self._take_timer = self.set_timer(TAKE_AT_LATEST, self.take_saves)

    def _take_after_frame(self) -> None:
        # the frame is made, but the driver's thread has yet to write it to the terminal: a
        # save taken at once would hold the interpreter lock meanwhile (bench/bench_keys.py)
        if self._untaken:
            self.set_timer(AFTER_FRAME, self.take_saves)

    def take_saves(self) -> None:
        """Gives every save still waiting to be taken to the writer thread, now."""
        from game.saves.format import save_of

        if self._take_timer is not None:
            self._take_timer.stop()
            self._take_timer = None
        while self._untaken and self.store is not None:
            name = next(iter(self._untaken))
            s, misread, times = self._untaken.pop(name)
            try:
                save = save_of(
                    s,
                    name=name,
                    lang=self.lang,
                    player=self.player or "",
                    workshop=self._workshop_of(s),
                    times=times,
                )
                self.store.write_later(replace(save, misread=misread), self._write_failed)
            except (OSError, SaveError) as err:
                self._write_failed(err)

    def pop_screen(self) -> AwaitComplete:
        self.take_saves()  # a play screen that goes releases its claim: its save first
        return super().pop_screen()

    def switch_screen(self, screen: Screen[Any] | str) -> AwaitComplete:
        self.take_saves()
        return super().switch_screen(screen)

    def _write_failed(self, err: Exception) -> None:
        """A save could not be made or written (on the writer's thread, mostly). While the game
        runs the player sees a notification (`notify` is thread-safe); once it has begun to
        quit, the message is kept and `launch` prints it on the terminal."""
        if self.is_running:
            self._save_failed(err)
        else:
            self.late_save_errors.append(tr("saves.failed", self.lang, why=clean(str(err))))

    def _save_failed(self, err: Exception) -> None:
        why = clean(str(err))
        self.notify(tr("saves.failed", self.lang, why=why), severity="error", markup=False)

    def finish_saves(self) -> None:
        """Takes every waiting save and waits until all have landed: quitting loses none."""
        from game.saves.store import flush

        self.take_saves()
        flush()

    def on_unmount(self) -> None:
        # the app's last message: a save still being made or written is finished first
        self.finish_saves()
        self._no_source()

    def save_marks(self, s: Session, name: str | None, misread: tuple[int, ...]) -> bool:
        """Rewrites a finished session's save with the learner's misreading marks; False when
        the session has no save."""
        if self.store is None or name is None:
            return False
        try:
            self._write(s, name, misread)
        except (OSError, SaveError) as err:
            self._save_failed(err)
        return True

    def debrief(self, play: PlayScreen) -> None:
        result = play.session.result
        if result is None:
            return
        from game.tui.screens.debrief_screen import DebriefScreen

        before = self.best.get(play.story.id)
        self.best[play.story.id] = max(result.score, before if before is not None else 0.0)
        self.switch_screen(DebriefScreen(play.session, before, play.save_name))

    def retry(self, session: Session, turn: int) -> None:
        """A new session of the same customer with the first `turn` replies said again, so the
        player can choose differently at turn `turn + 1` (it gets its own save)."""
        from game.engine.session import Session
        from game.tui.screens.play_screen import PlayScreen

        replies = tuple(tn.said for tn in session.turns[:turn])
        again = Session.replayed(session.story, session.seed, replies, session.rules)
        self.switch_screen(PlayScreen(again))

    def retry_save(self, save: Save, turn: int) -> None:
        """From a replay: the saved session again up to `turn`, then the player's own reply."""
        from game.saves.check import retry_at
        from game.tui.screens.play_screen import PlayScreen

        try:
            stories = self.stories if self.stories is not None else list(self.load())
            story = next((s for s in stories if s.id == save.story.id), None)
            if story is None:
                raise SaveError(tr("saves.no_story", self.lang, id=save.story.id))
            session = retry_at(save, story, turn)
        except Exception as err:  # a changed story or a broken pack: say so, stay on the replay
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self.push_screen(PlayScreen(session))

    def replay(self, debrief: DebriefScreen, seed: int | None) -> None:
        from game.engine.session import Session
        from game.tui.screens.play_screen import PlayScreen

        story = debrief.session.story
        # "same customer" keeps the seed; "new customer" leaves the workshop's seed behind
        self.switch_screen(PlayScreen(Session(story, self.next_seed() if seed is None else seed)))

    # actions
    def action_new_episode(self) -> None:
        from game.tui.screens.picker_screen import PickerScreen

        self.load_stories()
        self.push_screen(PickerScreen())

    def action_saves(self) -> None:
        from game.tui.screens.saves_screen import SavesScreen

        self.push_screen(SavesScreen())

    def action_join(self) -> None:
        from game.tui.screens.join_screen import JoinScreen

        self.load_stories()
        self.push_screen(JoinScreen())

    def action_help(self) -> None:
        from game.tui.screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_lang(self) -> None:
        self.lang = "zh" if self.lang == "en" else "en"

    def action_toggle_theme(self) -> None:
        self.theme = THEMES["light"] if self.theme == THEMES["dark"] else THEMES["dark"]

    def _too_small(self) -> bool:
        return self.size.width < MIN_WIDTH or self.size.height < MIN_HEIGHT

    def on_resize(self, event: events.Resize) -> None:
        # Textual's palette cannot lay itself out in a tiny window (it raises): close it, as
        # every screen shows "too small" there anyway
        if self._too_small() and isinstance(self.screen, CommandPalette):
            self.pop_screen()

    def action_command_palette(self) -> None:
        if self._too_small():
            return
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            placeholder = tr("palette.placeholder", self.lang)
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def watch_lang(self) -> None:
        self.title = tr("app.title", self.lang)
        for screen in self.screen_stack:
            screen.refresh_bindings()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action of the screen, by its name in the current language."""
        seen: set[str] = set()
        for node, binding, enabled, _tip in screen.active_bindings.values():
            if not enabled or binding.action in seen or binding.description not in UI:
                continue
            seen.add(binding.action)
            name = describe(binding.description, self.lang)
            n = ""
            if binding.action.startswith("choose("):
                n = binding.key
                name = f"{name} {n}"
            help_text = describe_long(binding.description, self.lang, n=n)
            yield SystemCommand(name, help_text, partial(self.run_action, binding.action, node))


def default_lang() -> str:
    """Chinese when the environment asks for it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def make_app(
    load: Loader,
    story: Story | None = None,
    seed: int | None = None,
    lang: str | None = None,
    name: str | None = None,
    store: Store | None = None,
    replay: Save | None = None,
    workshop: Workshop | None = None,
    ask_name: bool = False,
) -> FrontdeskApp:
    """The app, ready to run: `load` gives the story pack (it runs in a worker thread)."""
    return FrontdeskApp(
        load,
        story=story,
        seed=seed,
        lang=lang or (workshop.lang if workshop else default_lang()),
        player=name,
        store=store,
        replay=replay,
        workshop=workshop,
        ask_name=ask_name,
    )
