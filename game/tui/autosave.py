"""Saving while playing: each turn's save taken after the next frame, written in the background.

The app's part of autosaving (game.saves.store.Writer does the writing): a turn's save waits
here until the frame of the next turn is out, then `save_of` makes it and the writer thread
takes it; everything still waiting is taken when a screen goes or the app stops.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.saves.strict import SaveError
from game.tui.i18n import tr
from game.tui.safe import clean

if TYPE_CHECKING:
    from textual.timer import Timer

    from game.engine.session import Session
    from game.saves.launch import Launch
    from game.saves.times import Times
    from game.tui.app import FrontdeskApp
    from game.tui.screens.play_screen import PlayScreen

AFTER_FRAME = 0.03  # seconds after the next turn's frame is made before its save is taken
TAKE_AT_LATEST = 0.25  # seconds after a turn by which its save is taken, frame drawn or not


class Autosaver:
    """The saves of one app's sessions, from a turn played to the writer thread."""

    def __init__(self, app: FrontdeskApp) -> None:
        self.app = app
        self._untaken: dict[str, tuple[Session, tuple[int, ...], Times]] = {}  # see `_write`
        self._times: dict[str, Times] = {}  # when each save's session was played, by save name
        self.launches: dict[str, Launch | None] = {}  # a resumed save's LMS launch, kept
        self._take_timer: Timer | None = None

    def autosave(self, play: PlayScreen) -> None:
        """Saves the session after a turn, in the background: the next turn is drawn without
        waiting for the save to be made or the disk to take it (see `_write`). A failure is
        shown, never fatal."""
        if self.app.store is None:
            return
        s = play.session
        try:
            code = self.app.desk.workshop_of(s)
            if play.save_name is None:
                player = self.app.player or "player"
                play.save_name = self.app.store.reserve(player, s.story.id, s.seed, code)
                play.claim = self.app.store.claim(play.save_name)
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
            self.app.call_after_refresh(self._take_after_frame)
            self._take_timer = self.app.set_timer(TAKE_AT_LATEST, self.take_saves)

    def _take_after_frame(self) -> None:
        # the frame is made, but the driver's thread has yet to write it to the terminal: a
        # save taken at once would hold the interpreter lock meanwhile (bench/bench_keys.py)
        if self._untaken:
            self.app.set_timer(AFTER_FRAME, self.take_saves)

    def take_saves(self) -> None:
        """Gives every save still waiting to be taken to the writer thread, now."""
        from game.saves.format import save_of

        if self._take_timer is not None:
            self._take_timer.stop()
            self._take_timer = None
        while self._untaken and self.app.store is not None:
            name = next(iter(self._untaken))
            s, misread, times = self._untaken.pop(name)
            try:
                save = save_of(
                    s,
                    name=name,
                    lang=self.app.lang,
                    player=self.app.player or "",
                    workshop=self.app.desk.workshop_of(s),
                    times=times,
                    launch=self.launches.get(name, self.app.lms),
                )
                self.app.store.write_later(replace(save, misread=misread), self._write_failed)
            except (OSError, SaveError) as err:
                self._write_failed(err)

    def _write_failed(self, err: Exception) -> None:
        """A save could not be made or written (on the writer's thread, mostly). While the game
        runs the player sees a notification (`notify` is thread-safe); once it has begun to
        quit, the message is kept and `launch` prints it on the terminal."""
        if self.app.is_running:
            self._save_failed(err)
        else:
            self.app.late_save_errors.append(tr("saves.failed", self.app.lang, why=clean(str(err))))

    def _save_failed(self, err: Exception) -> None:
        why = clean(str(err))
        self.app.notify(tr("saves.failed", self.app.lang, why=why), severity="error", markup=False)

    def finish_saves(self) -> None:
        """Takes every waiting save and waits until all have landed: quitting loses none."""
        from game.saves.store import flush

        self.take_saves()
        flush()

    def save_marks(self, s: Session, name: str | None, misread: tuple[int, ...]) -> bool:
        """Rewrites a finished session's save with the learner's misreading marks; False when
        the session has no save."""
        if self.app.store is None or name is None:
            return False
        try:
            self._write(s, name, misread)
        except (OSError, SaveError) as err:
            self._save_failed(err)
        return True
