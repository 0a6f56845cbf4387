"""What a save holds: one played session, its story's fingerprint, when it was played.

`fields.py` lists every field of its file; `format.py` reads it (every field checked) and
`to_json.py` writes it, both from that table; this module is the value they share and how a
session becomes one.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, replace

from game.engine.customer import Customer
from game.engine.session import Result, Session, Turn
from game.engine.story import Beat, Story
from game.engine.text import Text
from game.saves.launch import Launch
from game.saves.times import NO_TIMES, Times
from game.textsafe import player_name

# what each save format added: a save is written in the lowest format that holds what it uses,
# so a program that reads format 2 still opens every save without typed replies
FORMAT = 3  # 2: each rule's notes with their topic and sign; 3: typed replies, misreading marks
READABLE_FROM = 2  # the oldest program format that can read every save this one writes
LEFT = ("walked_out", "hung_up", "escalated")
NAME = re.compile(r"[\w-]{1,80}")  # a save's file stem: letters, digits, _ and - only


@dataclass(frozen=True, slots=True)
class StoryRef:
    id: str
    title: Text
    hash: str  # of the story's content (not its file's bytes: comments may change freely)
    beats: tuple[tuple[str, str], ...]  # (beat or ending id, content hash)


@dataclass(frozen=True, slots=True)
class Save:
    name: str  # the file stem it is written as, inside the saves folder
    story: StoryRef
    seed: int
    lang: str
    player: str
    workshop: str | None
    rules: tuple[str, ...]
    customer: Customer
    turns: tuple[Turn, ...]
    outcome: Result | None
    format: int = FORMAT
    misread: tuple[int, ...] = ()  # turns whose typed reply the learner says was misread
    times: Times = NO_TIMES  # when it was played; never part of what `replay --check` compares
    launch: Launch | None = None  # the LMS launch (cmi5) the session was played in, if any

    @property
    def needs_format(self) -> int:
        """The lowest save format that holds this save."""
        typed = self.misread or any(tn.reader is not None for tn in self.turns)
        return 3 if typed else 2

    @property
    def finished(self) -> bool:
        return self.outcome is not None


# --- content hashes ----------------------------------------------------------------------


def _digest(obj: object) -> str:
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# fields a story gained later: hashed only when set, so a story that does not use them keeps
# the hashes older saves hold (replay --check would call every beat edited otherwise)
LATER_FIELDS = ("typed",)


def _beat(b: Beat) -> dict[str, object]:
    d = asdict(b)
    for name in LATER_FIELDS:
        if d[name] is None:
            del d[name]
    return d


def story_ref(story: Story) -> StoryRef:
    parts = [(b.id, _digest(_beat(b))) for b in story.beats]
    parts += [(e.id, _digest(asdict(e))) for e in story.endings]
    whole = asdict(story)
    whole.pop("path"), whole.pop("digest")
    whole["beats"] = [_beat(b) for b in story.beats]
    return StoryRef(story.id, story.title, _digest(whole), tuple(parts))


def save_of(
    session: Session,
    *,
    name: str,
    lang: str,
    player: str,
    workshop: str | None = None,
    times: Times = NO_TIMES,
    launch: Launch | None = None,
) -> Save:
    return Save(
        name=name,
        story=story_ref(session.story),
        seed=session.seed,
        lang=lang,
        player=player_name(player),  # never a lone surrogate: the save must encode as UTF-8
        workshop=workshop,
        rules=session.rules,
        customer=session.customer,
        turns=session.turns,
        outcome=session.result,
        times=times,
        launch=launch,
    )


def renamed(s: Save, name: str) -> Save:
    return replace(s, name=name)
