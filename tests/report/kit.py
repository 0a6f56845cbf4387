"""A class of saves spread over weeks, for the report's progress tests (issue #15)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from game.engine.simulate import play
from game.engine.story import Story
from game.saves.format import dump, save_of
from game.saves.times import Times

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
WORKSHOP = "KLAS-2222"


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_save(
    folder: Path,
    story: Story,
    player: str,
    policy: str,
    week: int,
    *,
    seed: int = 11,
    lang: str = "en",
    timed: bool = True,
    workshop: str | None = WORKSHOP,
) -> Path:
    """One session of `story` played by `policy`, `week` weeks after START (timed or not)."""
    session, _ = play(story, seed, policy)
    name = f"{player}_{story.id}_{week}"
    save = save_of(session, name=name, lang=lang, player=player, workshop=workshop)
    if timed:
        began = START + timedelta(weeks=week, hours=len(player))
        turns = tuple(stamp(began + timedelta(minutes=k + 1)) for k in range(len(session.turns)))
        ended = stamp(began + timedelta(minutes=len(session.turns) + 1))
        save = replace(save, times=Times(stamp(began), ended, turns))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_bytes(dump(save))
    return path


# who played what, week by week: Ann learns (worst, then random, then the textbook), Bob
# slips (textbook, then worst), Cy plays the textbook throughout
PLAN: dict[str, Sequence[str]] = {
    "Ann": ("worst", "random", "textbook"),
    "Bob": ("textbook", "textbook", "worst"),
    "Cy": ("textbook", "textbook", "textbook"),
}


def klass(folder: Path, stories: Sequence[Story], lang: str = "en") -> Path:
    """Each student plays each of `stories` once a week for three weeks, written to the
    folder in an order that is not the order they were played."""
    for player, policies in PLAN.items():
        for week in reversed(range(len(policies))):
            for story in stories:
                write_save(folder, story, player, policies[week], week, lang=lang)
    return folder
