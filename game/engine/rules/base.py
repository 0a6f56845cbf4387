"""What every rule shares: a rule's description (`Rule`), its notes made once per wording
(`note`), and the scratch `Work` a turn's rules bend, which records each change and note."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from game.engine.act_words import act_words
from game.engine.facets import NEED_LABELS
from game.engine.notes import Note
from game.engine.text import Text, fixed, word


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    number: int
    source: str

    @property
    def title(self) -> Text:
        return fixed(f"rule.{self.id}.title")

    @property
    def summary(self) -> Text:
        return fixed(f"rule.{self.id}.summary")


@cache
def note(topic: str, good: bool, key: str, **params: object) -> Note:
    """The note `note.KEY` of the tables (game/words), its `{fields}` filled from `params` (a
    `Text` fills each language with its own): made once, then shared (a Note is immutable)."""
    return Note(topic, good, word(f"note.{key}", **params), key, tuple(params.items()))


class Work:
    """What one turn does, as the rules bend it. Lives only inside turn.evaluate.

    Every change goes through `bump` (or `add`, `scale`) and every note through `note` (or
    `said`), which also write it in the running rule's `log` (key -> sum of its changes, in the
    order first touched) and `notes`; evaluate files them under the rule when it returns, so
    the turn can say exactly what each rule did without comparing snapshots."""

    __slots__ = ("gains", "log", "meters", "notes", "shift", "waiting")

    def __init__(self, gains: dict[str, float]) -> None:
        self.waiting: int | None = None  # turns waited for the dominant need, if it changed
        self.meters: dict[str, float] = {"emotion": 0.0, "trust": 0.0, "patience": 0.0}
        self.gains = gains  # need -> satisfaction added (the acts' own gains to begin with)
        self.shift: dict[str, float] = {}  # need -> priority multiplier
        self.log: dict[str, float] = {}  # the running rule's changes
        self.notes: list[Note] = []  # the running rule's notes

    def bump(self, key: str, amount: float) -> None:
        meters = self.meters
        if key in meters:
            meters[key] += amount
        else:
            gains = self.gains
            gains[key] = gains.get(key, 0.0) + amount
        log = self.log
        log[key] = log.get(key, 0.0) + amount

    def add(self, effect: dict[str, float], times: float = 1.0) -> None:
        meters, gains, log = self.meters, self.gains, self.log
        for key, amount in effect.items():  # bump(key, amount * times), written out
            amount *= times
            if key in meters:
                meters[key] += amount
            else:
                gains[key] = gains.get(key, 0.0) + amount
            log[key] = log.get(key, 0.0) + amount

    def scale(self, needs: Iterable[str], factor: float) -> bool:
        """Multiplies positive gains on these needs; says whether anything changed."""
        changed = False
        gains, log = self.gains, self.log
        for need in needs:
            gain = gains.get(need, 0.0)
            if gain > 0:
                amount = gain * (factor - 1.0)  # bump(need, amount), written out
                gains[need] = gain + amount
                log[need] = log.get(need, 0.0) + amount
                changed = True
        return changed

    def damp(self, factor: float) -> None:
        """Scales the good part of what the reply did so far: calm, trust and patience won,
        and every need served."""
        meters = self.meters
        for key, good in (("emotion", -1.0), ("trust", 1.0), ("patience", 1.0)):
            if meters[key] * good > 0:
                self.bump(key, meters[key] * (factor - 1.0))
        self.scale(tuple(self.gains), factor)

    def note(self, topic: str, good: bool, key: str, **params: object) -> None:
        self.notes.append(note(topic, good, key, **params))

    def said(self, made: Note) -> None:
        """A note made beforehand (a constant, or a cached one's)."""
        self.notes.append(made)


def act_phrase(name: str) -> Text:
    """How a note names an act: a phrase for what it did (never its id)."""
    return act_words(name)


def need_phrase(name: str) -> Text:
    return NEED_LABELS[name]
