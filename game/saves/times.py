"""When a session was played: its start, its end and each turn, as UTC times (issue #15).

Times are kept apart from the turns (the save's top-level "time"), so the engine stays a pure
function of story, seed and replies and `replay --check` never compares them. A save written
before times existed has none; everything that orders attempts falls back on the file's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")  # ISO 8601 in UTC, to the second


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(stamp: str) -> datetime:
    """The moment a stamp names (aware, UTC)."""
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Times:
    started: str | None = None  # when the first turn was shown
    ended: str | None = None  # when the outcome was reached; None while unfinished
    turns: tuple[str, ...] = ()  # when each reply was given, in turn order (may be short)

    @property
    def seconds(self) -> int | None:
        """How long the session took, when both ends are known."""
        if self.started is None or self.ended is None:
            return None
        return max(0, int((parse(self.ended) - parse(self.started)).total_seconds()))


NO_TIMES = Times()  # a save from before times were kept, or one made outside play


@dataclass(slots=True)
class Stopwatch:
    """Times one session as it is played: a stamp for each reply, and one at the end."""

    started: str = field(default_factory=lambda: now())  # looked up late: tests set the clock
    turns: list[str] = field(default_factory=list)
    ended: str | None = None

    @classmethod
    def resumed(cls, times: Times) -> Stopwatch:
        return cls(started=times.started or now(), turns=list(times.turns), ended=times.ended)

    def mark(self, turns: int, finished: bool) -> Times:
        """The times after `turns` replies: a reply not stamped yet is stamped now."""
        stamp = now()
        del self.turns[turns:]
        self.turns += [stamp] * (turns - len(self.turns))
        if finished and self.ended is None:
            self.ended = stamp
        return self.times()

    def times(self) -> Times:
        return Times(self.started, self.ended, tuple(self.turns))
