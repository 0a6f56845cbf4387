"""The frontdesk App and `make_app`, the one factory the command line and the tests use."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.reactive import reactive
from textual.screen import Screen

from game.profile import Profile
from game.saves.store import WRITER
from game.tui.autosave import Autosaver
from game.tui.desk import Desk, Loader
from game.tui.i18n import UI, describe, describe_long, tr
from game.tui.safe import clean
from game.tui.screens.title_screen import TitleScreen
from game.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

if TYPE_CHECKING:
    from pathlib import Path

    from game.engine.session import Session
    from game.engine.story import Story
    from game.saves.format import Save
    from game.saves.launch import Launch
    from game.saves.store import Store
    from game.tui.screens.debrief_screen import DebriefScreen
    from game.tui.screens.play_screen import PlayScreen
    from game.workshop import Workshop

# Only what the title screen needs is imported before its first frame (bench/bench_tui.py):
# the engine, the save format and the other screens are imported where first needed.

THEMES = {"dark": "textual-dark", "light": "textual-light"}
LOAD_DELAY = 0.3  # seconds after the first frame before the story pack is read


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
        profile: Profile | None = None,
        profile_dir: Path | None = None,
        notice: str | None = None,
        lms: Launch | None = None,
    ) -> None:
        super().__init__()
        self.lms = lms  # the cmi5 launch of an LMS: every save of this run keeps it
        self.ask_name = ask_name  # served games: every student gives a name before playing
        self.desk = Desk(load, seed, player, workshop, store, profile, profile_dir)
        self.store = store  # None: nothing is saved (tests, replays)
        self.replay_save = replay
        self.story = story
        self.notice = notice  # a profile that could not be read: said once, on the title
        self._loading = False
        self.late_save_errors: list[str] = []  # saves that failed after the app had stopped
        self.saver = Autosaver(self)
        self._no_source: Callable[[], None] = lambda: None
        self.theme = THEMES[self.desk.profile.theme or "dark"]
        self.set_reactive(FrontdeskApp.lang, lang)

    @property
    def player(self) -> str | None:
        return self.desk.player

    @property
    def workshop(self) -> Workshop | None:
        return self.desk.workshop

    def get_default_screen(self) -> Screen[Any]:
        return TitleScreen()

    def on_mount(self) -> None:
        self._no_source = WRITER.add_source(self.take_saves)  # a read here sees every turn
        self.title = tr("app.title", self.lang)
        if self.notice:
            self.notify(tr("profile.broken", self.lang, why=clean(self.notice)), markup=False)
        if self.replay_save is not None:
            self.open_replay(self.replay_save, quit_after=True)
        elif self.workshop is not None and not self.player:
            from game.tui.screens.join_screen import JoinScreen

            self.push_screen(JoinScreen(self.workshop.code))  # the code is known: ask the name
        elif self.ask_name and not self.player:
            from game.tui.screens.join_screen import JoinScreen

            self.push_screen(JoinScreen(name_only=True))
        elif self.story is None and self.desk.asks_name:
            from game.tui.screens.join_screen import JoinScreen

            self.push_screen(JoinScreen(solo=True))
        elif self.story is not None:
            self.start(self.story)

    def named(self, name: str) -> None:
        """The player gave their name: saves carry it, and a solo learner's profile keeps it."""
        self.desk.player = name
        if not self.ask_name:
            self._remembered(self.desk.remember(name=name))

    def _remembered(self, why: str | None) -> None:
        if why:
            self.notify(tr("profile.unsaved", self.lang, why=clean(why)), markup=False)

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
        # the pack and this player's attempts (every save of theirs), off the event loop
        self.call_from_thread(self._loaded, *self.desk.read_all())

    def _loaded(self, *found: Any) -> None:
        self.desk.loaded(*found)
        for screen in self.screen_stack:
            relabel = getattr(screen, "relabel", None)
            if getattr(screen, "LISTS_EPISODES", False) and relabel is not None:
                relabel()

    # moving between screens
    def join(self, workshop: Workshop, player: str) -> None:
        self.desk.joined(workshop, player)
        self.lang = workshop.lang
        self.action_new_episode()

    def start(self, story: Story, seed: int | None = None, switch: bool = False) -> None:
        from game.engine.session import Session
        from game.tui.screens.play_screen import PlayScreen

        play = PlayScreen(Session(story, self.desk.seed_for(story) if seed is None else seed))
        if switch:
            self.switch_screen(play)
        else:
            self.push_screen(play)

    def resume(self, save: Save) -> None:
        """Continue a saved session exactly where it was (if its story hasn't changed)."""
        from game.tui.screens.play_screen import PlayScreen

        try:
            session = self.desk.resumed(save, self.lang)
            claim = self.store.claim(save.name) if self.store is not None else None
        except Exception as err:  # a changed story, a broken pack, or the save open elsewhere
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        play = PlayScreen(session, save_name=save.name, claim=claim, times=save.times)
        self.saver.launches[save.name] = save.launch  # continued, it keeps its LMS launch
        self.push_screen(play)

    def open_replay(self, save: Save, quit_after: bool = False) -> None:
        from game.tui.screens.replay_screen import ReplayScreen

        self.push_screen(ReplayScreen(save, quit_after=quit_after))

    # saving: game/tui/autosave.py
    def autosave(self, play: PlayScreen) -> None:
        self.saver.autosave(play)

    def take_saves(self) -> None:
        self.saver.take_saves()

    def finish_saves(self) -> None:
        self.saver.finish_saves()

    def save_marks(self, s: Session, name: str | None, misread: tuple[int, ...]) -> bool:
        return self.saver.save_marks(s, name, misread)

    def pop_screen(self) -> AwaitComplete:
        self.take_saves()  # a play screen that goes releases its claim: its save first
        return super().pop_screen()

    def switch_screen(self, screen: Screen[Any] | str) -> AwaitComplete:
        self.take_saves()
        return super().switch_screen(screen)

    def on_unmount(self) -> None:
        # the app's last message: a save still being made or written is finished first
        self.finish_saves()
        self._no_source()

    def debrief(self, play: PlayScreen) -> None:
        result = play.session.result
        if result is None:
            return
        from game.tui.screens.debrief_screen import DebriefScreen

        before = self.desk.finished(play.session)
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
        from game.tui.screens.play_screen import PlayScreen

        try:
            session = self.desk.retried(save, turn, self.lang)
        except Exception as err:  # a changed story or a broken pack: say so, stay on the replay
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self.push_screen(PlayScreen(session))

    def replay(self, debrief: DebriefScreen, seed: int | None) -> None:
        from game.engine.session import Session
        from game.tui.screens.play_screen import PlayScreen

        story = debrief.session.story
        # "same customer" keeps the seed; "new customer" leaves the workshop's seed behind
        self.switch_screen(
            PlayScreen(Session(story, self.desk.next_seed() if seed is None else seed))
        )

    # actions
    def action_new_episode(self) -> None:
        from game.tui.screens.picker_screen import PickerScreen

        self.load_stories()
        self.push_screen(PickerScreen())

    def action_progress(self) -> None:
        from game.tui.screens.progress_screen import ProgressScreen

        self.load_stories()
        if not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen())

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
        self._remembered(self.desk.remember(lang=self.lang))

    def action_toggle_theme(self) -> None:
        light = self.theme == THEMES["dark"]
        self.theme = THEMES["light"] if light else THEMES["dark"]
        self._remembered(self.desk.remember(theme="light" if light else "dark"))

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
    profile_dir: Path | None = None,
    lms: Launch | None = None,
) -> FrontdeskApp:
    """The app, ready to run: `load` gives the story pack (it runs in a worker thread).
    With `profile_dir`, the learner's profile there gives the name, language and theme that
    the options leave open, and keeps what the learner changes."""
    from game.profile import read

    profile, notice = read(profile_dir) if profile_dir is not None else (Profile(), None)
    return FrontdeskApp(
        load,
        story=story,
        seed=seed,
        lang=lang or (workshop.lang if workshop else profile.lang or default_lang()),
        player=name or profile.name,
        store=store,
        replay=replay,
        workshop=workshop,
        ask_name=ask_name,
        profile=profile,
        profile_dir=profile_dir,
        notice=notice,
        lms=lms,
    )
