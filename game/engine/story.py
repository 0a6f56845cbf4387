"""A story as frozen values: the episode, its customer template, beats, replies and endings.

The TOML format is documented in stories/README.md; storyfile.py reads and checks it."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import CustomerTemplate
from game.engine.text import Text

MOODS: tuple[str, ...] = ("calm", "tense", "upset", "furious")
TRUST_BANDS: tuple[str, ...] = ("low", "guarded", "high")
PATIENCE_BANDS: tuple[str, ...] = ("thin", "plenty")
# how the episode is remembered (the peak-end score): under 45, 45 to 65, 65 or more
REMEMBERED: tuple[str, ...] = ("badly", "mixed", "well")
ENDING_KINDS: tuple[str, ...] = ("resolved", "unresolved", "walked_out", "escalated", "hung_up")
EARLY_EXITS: dict[str, tuple[str, ...]] = {
    "phone": ("hung_up", "escalated"),
    "counter": ("walked_out", "escalated"),
}


@dataclass(frozen=True, slots=True)
class Condition:
    """Declarative test of who the customer is and how they feel now; every given key must hold.

    `None` means the key was not given. Ranges are inclusive (lo, hi)."""

    style: tuple[str, ...] | None = None
    trait: tuple[str, ...] | None = None  # has any of these
    state: tuple[str, ...] | None = None
    cause: tuple[str, ...] | None = None
    anger: tuple[int, int] | None = None  # the anger index they came in with
    stars: tuple[int, int] | None = None  # the anger index now, from the emotion meter
    mood: tuple[str, ...] | None = None  # MOODS, from the emotion meter
    trust: tuple[str, ...] | None = None  # TRUST_BANDS
    patience: tuple[str, ...] | None = None  # PATIENCE_BANDS
    dominant: tuple[str, ...] | None = None  # the dominant need now
    said: tuple[str, ...] | None = None  # the reply just given had any of these acts
    promised: tuple[str, ...] | None = None  # some reply so far had any of these acts
    remembered: tuple[str, ...] | None = None  # an ending's memory: REMEMBERED, by the score


@dataclass(frozen=True, slots=True)
class Variant:
    when: Condition
    line: Text
    cue: Text | None = None


@dataclass(frozen=True, slots=True)
class Branch:
    when: Condition
    next: str


@dataclass(frozen=True, slots=True)
class Reply:
    id: str
    text: Text
    acts: tuple[str, ...]
    next: str
    branches: tuple[Branch, ...] = ()


@dataclass(frozen=True, slots=True)
class Beat:
    id: str
    line: Text
    replies: tuple[Reply, ...]
    cue: Text | None = None
    variants: tuple[Variant, ...] = ()
    typed: str | None = None  # the reply a typed answer goes on along when it does nothing
    # any offered reply does (the story's own fallback; else the nearest in words)


@dataclass(frozen=True, slots=True)
class Ending:
    id: str
    kind: str
    line: Text
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: Text
    setting: Text
    brief: Text
    difficulty: int
    channel: str
    source: str
    languages: tuple[str, ...]
    start: str
    customer: CustomerTemplate
    beats: tuple[Beat, ...]
    endings: tuple[Ending, ...]
    path: str = ""
    digest: str = ""  # sha256 of the file's bytes, for saves

    def beat(self, beat_id: str) -> Beat | None:
        for b in self.beats:
            if b.id == beat_id:
                return b
        return None

    def ending(self, ending_id: str) -> Ending | None:
        for e in self.endings:
            if e.id == ending_id:
                return e
        return None

    def ending_of_kind(self, kind: str) -> Ending | None:
        for e in self.endings:
            if e.kind == kind:
                return e
        return None
