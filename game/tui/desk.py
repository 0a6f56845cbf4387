"""What the game decides without Textual: the player and their profile, seeds, the workshop,
the stories on offer in their order, and every attempt the player has made (issue #17: screens
post what the player did; this decides what follows).

Nothing here imports Textual; the engine and the save format load where first needed, so the
title screen's first frame waits for neither (bench/bench_tui.py).
"""

from __future__ import annotations

import contextlib
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.lessons.trend import since_last
from game.profile import Profile
from game.textsafe import player_name

if TYPE_CHECKING:
    from game.engine.session import Session, Turn
    from game.engine.story import Story
    from game.saves.format import Save
    from game.saves.store import Store
    from game.workshop import Workshop

Loader = Callable[[], "Sequence[Story]"]
LOOK = 2000  # the newest saves read for a player's attempts
SAME = 1.0  # scores closer than this (out of 100) count as the same


@dataclass(frozen=True, slots=True)
class Attempt:
    """One finished session of this player."""

    episode: str
    score: float  # out of 100, as the debrief shows it
    when: str  # a UTC stamp: when it ended (or its file's date, for a save without times)
    seed: int
    workshop: str | None
    turns: tuple[Turn, ...]


@dataclass(frozen=True, slots=True)
class Marks:
    """What the episode list and "My progress" say about one episode."""

    first: float
    best: float
    latest: float
    trend: str  # game.lessons.trend: the latest against the attempt before
    scores: tuple[float, ...]  # every attempt, oldest first


def trend(scores: Sequence[float]) -> str:
    return since_last(scores, SAME)


def marks_of(attempts: Sequence[Attempt]) -> Marks | None:
    scores = tuple(a.score for a in attempts)
    if not scores:
        return None
    return Marks(scores[0], max(scores), scores[-1], trend(scores), scores)


def _stamp(mtime: float) -> str:
    return datetime.fromtimestamp(mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def attempt_of(save: Save, mtime: float) -> Attempt | None:
    if save.outcome is None:
        return None
    when = save.times.ended or save.times.started or _stamp(mtime)
    return Attempt(
        save.story.id, save.outcome.score, when, save.seed, save.workshop, tuple(save.turns)
    )


def read_attempts(store: Store, player: str, look: int = LOOK) -> dict[str, list[Attempt]]:
    """This player's finished sessions per episode, oldest first (by their times; a save
    without times by its file's date), from their newest `look` saves; others' are skipped
    unread (file names carry the player)."""
    from game.saves.store import read_save, safe_name
    from game.saves.strict import SaveError

    stem = f"{safe_name(player)}_"
    found: list[tuple[str, str, Attempt]] = []
    for path in store.saves()[:look]:
        if stem not in path.name:
            continue
        with contextlib.suppress(SaveError, OSError):
            mtime = os.stat(path).st_mtime
            save = read_save(path)
            attempt = attempt_of(save, mtime) if save.player == player else None
            if attempt is not None:
                found.append((attempt.when, path.name, attempt))
    by_episode: dict[str, list[Attempt]] = {}
    for _, _, attempt in sorted(found, key=lambda x: (x[0], x[1])):
        by_episode.setdefault(attempt.episode, []).append(attempt)
    return by_episode


class Desk:
    """The game's state and decisions, apart from the screens that show them."""

    def __init__(
        self,
        load: Loader,
        seed: int | None = None,
        player: str | None = None,
        workshop: Workshop | None = None,
        store: Store | None = None,
        profile: Profile | None = None,
        profile_dir: Path | None = None,
    ) -> None:
        self.load = load
        self.first_seed = seed
        self.seeds = random.Random(seed)
        self.player = player_name(player) or None if player else None
        self.workshop = workshop  # a class's code: its episodes, in order, with its seeds
        self.store = store  # None: nothing is saved (tests, replays)
        self.profile = profile or Profile()
        self.profile_dir = profile_dir  # None: no profile is read or written (served games)
        self.stories: list[Story] | None = None
        self.load_error: str | None = None
        self.attempts: dict[str, list[Attempt]] = {}  # from saves, then this run, oldest first
        self.best: dict[str, float] = {}  # best score per episode

    # the profile
    @property
    def asks_name(self) -> bool:
        """A solo learner with a profile but no name yet: asked once, then remembered."""
        return self.profile_dir is not None and not self.player and self.workshop is None

    def remember(self, **changes: str | None) -> str | None:
        """Keeps a change of name, language or theme in the profile; why not, if it failed."""
        if self.profile_dir is None:
            return None
        from game.profile import write

        changed = self.profile.but(**changes)
        if changed == self.profile:
            return None
        self.profile = changed
        try:
            write(changed, self.profile_dir)
        except OSError as err:
            return f"{self.profile_dir}: {err.strerror or type(err).__name__}"
        return None

    # loading (on a worker thread)
    def read_all(self) -> tuple[list[Story] | None, str | None, dict[str, list[Attempt]]]:
        try:
            stories, error = list(self.load()), None
        except Exception as err:  # a broken pack is shown in the picker, not a crash
            stories, error = None, str(err) or type(err).__name__
        found = read_attempts(self.store, self.player or "") if self.store else {}
        return stories, error, found

    def loaded(
        self,
        stories: list[Story] | None,
        error: str | None,
        found: dict[str, list[Attempt]],
    ) -> None:
        self.stories, self.load_error = stories, error
        for episode, attempts in found.items():  # and any finished before they were read
            both = [*attempts, *self.attempts.get(episode, [])]
            self.attempts[episode] = sorted(both, key=lambda a: a.when)
            self.best[episode] = max(a.score for a in both)

    def all_stories(self) -> list[Story]:
        """The pack, read now if the worker has not read it yet."""
        return self.stories if self.stories is not None else list(self.load())

    def story(self, episode: str) -> Story | None:
        return next((s for s in self.all_stories() if s.id == episode), None)

    def joined(self, workshop: Workshop, player: str) -> None:
        self.workshop, self.player = workshop, player_name(player)

    # what is on offer, in which order
    def playable(self) -> list[Story]:
        """A workshop's episodes in its order, or the whole pack, easiest first."""
        stories = self.stories or []
        if self.workshop is None:
            return sorted(stories, key=lambda s: (s.difficulty, s.id))
        by_id = {s.id: s for s in stories}
        return [by_id[e] for e in self.workshop.episodes if e in by_id]

    def start_here(self) -> str | None:
        """The first episode on offer not yet played."""
        return next((s.id for s in self.playable() if s.id not in self.attempts), None)

    def all_attempts(self) -> list[Attempt]:
        return [a for attempts in self.attempts.values() for a in attempts]

    def all_played(self) -> list[Story]:
        """The episodes played, in the order they are on offer (then any others of the pack)."""
        offered = self.playable()
        ids = {s.id for s in offered}
        rest = sorted((s for s in self.stories or [] if s.id not in ids), key=lambda s: s.id)
        return [s for s in [*offered, *rest] if s.id in self.attempts]

    def marks(self, episode: str) -> Marks | None:
        return marks_of(self.attempts.get(episode, []))

    # seeds
    def next_seed(self) -> int:
        if self.first_seed is not None:
            seed, self.first_seed = self.first_seed, None
            return seed
        return self.seeds.randrange(1, 1_000_000)

    def seed_for(self, story: Story) -> int:
        if self.workshop is not None and story.id in self.workshop.episodes:
            return self.workshop.seed_for(story.id)
        return self.next_seed()

    def workshop_of(self, s: Session) -> str | None:
        w = self.workshop
        return w.code if w and s.seed == w.seed_for(s.story.id) else None  # the class's

    # what follows a finished session
    def finished(self, s: Session) -> float | None:
        """Records a finished session as an attempt; the best score before it."""
        if s.result is None:
            return None
        before = self.best.get(s.story.id)
        attempt = Attempt(
            s.story.id, s.result.score, _now(), s.seed, self.workshop_of(s), tuple(s.turns)
        )
        self.attempts.setdefault(s.story.id, []).append(attempt)
        self.best[s.story.id] = max(s.result.score, before if before is not None else 0.0)
        return before

    def next_in_workshop(self, after: str) -> Story | None:
        """The workshop's next episode this player has not finished in it (those after `after`
        first, then any skipped before it); None when every one is done."""
        w = self.workshop
        if w is None:
            return None
        done = {
            e for e, attempts in self.attempts.items() for a in attempts if a.workshop == w.code
        }
        order = list(w.episodes)
        at = order.index(after) + 1 if after in order else 0
        for episode in order[at:] + order[:at]:
            if episode not in done and episode != after:
                story = next((s for s in self.stories or [] if s.id == episode), None)
                if story is not None:
                    return story
        return None

    def in_workshop(self, s: Session) -> bool:
        return self.workshop_of(s) is not None

    def resumed(self, save: Save, lang: str) -> Session:
        """The saved session where it was left; SaveError (or the pack's error) if it can't be."""
        from game.saves.check import resume

        return resume(save, self._story_of(save, lang))

    def retried(self, save: Save, turn: int, lang: str) -> Session:
        """The saved session again up to `turn`, ready for the player's own reply."""
        from game.saves.check import retry_at

        return retry_at(save, self._story_of(save, lang), turn)

    def _story_of(self, save: Save, lang: str) -> Story:
        from game.saves.strict import SaveError
        from game.tui.i18n import tr

        story = self.story(save.story.id)
        if story is None:
            raise SaveError(tr("saves.no_story", lang, id=save.story.id))
        return story


def _now() -> str:
    from game.saves.times import now

    return now()
