"""The skills a learner practises, one per rule of the model, and how they are doing on each.

Pure (the standard library and game.engine only). Every skill is a rule of the model
(`game.engine.rules.RULES`), named in plain words in both languages; no id is ever shown.

- `SKILLS: tuple[Skill, ...]`, in the order the rules run; `SKILLS_BY_ID`. A `Skill` has `id`
  (the rule id, for code only), `name` and `what` (one line), `do` (what to do when it goes
  badly), and `avoid` (a skill of not doing something: the rule only ever hurts).
- `verdict(goods, deltas) -> 1 | -1 | 0`: what one firing of a rule says about the reply. The
  rule's own notes say whether what the reply did helped (`Note.good`); notes both ways are
  settled by engine/worth.py (the one measure of how good a change is). A firing with no
  note is the rule running on its own (patience draining as time passes): context, never a
  mark. `judge(turn)` gives a turn's (helped, hurt) rules by it; the class report reads saves
  with the same `verdict`.
- `marks(turns) -> dict[str, Mark]`: how one session did on each skill (every skill, in
  `SKILLS` order): the turns where its rule said the reply helped (`good`) or hurt (`bad`).
  For an `avoid` skill every turn is a chance: a turn without the slip counts as good.
  `tally(judged)` does the same from (helped, hurt) per turn.
- `standing(history, recent=5) -> list[Standing]`: per skill, over the most recent `recent`
  sessions (`history` oldest first), a level (`strong`, `mixed`, `weak`, or `unseen` when the
  rule never cared what was said) and a trend (`up`, `down`, `steady`, or `new` with fewer
  than two sessions to compare); `LEVELS` and `TRENDS` hold their words and `ARROWS` a sign.
- `weakest(history, recent=5) -> Skill | None`: the skill with the lowest share of good turns
  among those that went wrong at least once lately; None when nothing did.
- `practise(skill, stories) -> Practice | None`: the episode, seed and kind of customer that
  train a skill best: each story is played headless with the `random` policy over `SEEDS`
  (deterministic), and the story where the skill's rule decides the most turns wins (ties:
  the easier story, then its id); the seed is the session of that story where it decided most,
  and `customer` says who that customer is in plain words. Computed once per story per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.engine.facets import NEED_LABELS, STYLES
from game.engine.meters import initial_state, mood
from game.engine.session import Session, Turn
from game.engine.simulate import play
from game.engine.story import Story
from game.engine.text import Text, word
from game.engine.worth import worth
from game.lessons.changes import A_MOOD
from game.lessons.skill_table import SKILLS, SKILLS_BY_ID, Skill
from game.lessons.trend import ARROWS, halves

__all__ = [
    "ARROWS",
    "LEVELS",
    "PAR",
    "SKILLS",
    "SKILLS_BY_ID",
    "TRENDS",
    "Mark",
    "Practice",
    "Skill",
    "Standing",
    "judge",
    "level_of",
    "marks",
    "practise",
    "standing",
    "standing_of",
    "tally",
    "verdict",
    "weakest",
    "weakest_of",
]


_ORDER: dict[str, int] = {s.id: i for i, s in enumerate(SKILLS)}


# --- one session -------------------------------------------------------------------------


def verdict(goods: Sequence[bool], deltas: Iterable[tuple[str, float]]) -> int:
    """One firing: 1 the reply helped, -1 it hurt, 0 context (no note: the rule ran on its
    own, whatever was said). `goods`: its notes' signs; notes both ways: engine/worth.py."""
    if not goods:
        return 0
    if all(goods):
        return 1
    if not any(goods):
        return -1
    way = worth(deltas)
    return 1 if way > 0 else -1 if way < 0 else 0


def judge(turn: Turn) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The rules that said this turn's reply helped, and those that said it hurt."""
    helped: list[str] = []
    hurt: list[str] = []
    for f in turn.fired:
        v = verdict(tuple(n.good for n in f.notes), f.deltas)
        if v > 0:
            helped.append(f.rule)
        elif v < 0:
            hurt.append(f.rule)
    return tuple(helped), tuple(hurt)


@dataclass(frozen=True, slots=True)
class Mark:
    """One session on one skill."""

    skill: str
    good: int  # turns where the rule said the reply helped (avoid skills: no slip)
    bad: int  # turns where it said the reply hurt

    @property
    def chances(self) -> int:
        return self.good + self.bad

    @property
    def share(self) -> float | None:
        """The share of good turns; None when the skill never came up."""
        return self.good / self.chances if self.chances else None


def tally(judged: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, Mark]:
    """Marks from each turn's (helped, hurt) rules (`judge`), for every skill in order."""
    good = dict.fromkeys(_ORDER, 0)
    bad = dict.fromkeys(_ORDER, 0)
    for helped, hurt in judged:
        for r in set(helped) - set(hurt):
            if r in good:
                good[r] += 1
        for r in set(hurt):
            if r in bad:
                bad[r] += 1
    out: dict[str, Mark] = {}
    for s in SKILLS:
        g = len(judged) - bad[s.id] if s.avoid else good[s.id]
        out[s.id] = Mark(s.id, g, bad[s.id])
    return out


def marks(turns: Sequence[Turn]) -> dict[str, Mark]:
    """How one session did on each skill (every skill, in SKILLS order)."""
    return tally([judge(turn) for turn in turns])


# --- over sessions ------------------------------------------------------------------------

# What a skilled player gets on each skill over the pack: the better of the `textbook` and
# `best` policies' share of good turns, over every story and SEEDS (`par_of` works it out;
# tests/lessons/test_skills.py checks this table against the pack and the model). Some skills
# are hard even played well: the stories often offer no reply that serves the top need.
PAR: dict[str, float] = {
    "emotion-first": 0.88,
    "anger-ladder": 0.72,
    "wrong-attitudes": 0.96,
    "dominant-need": 0.41,
    "emotional-carry": 0.49,
    "style-matching": 0.87,
    "expressing": 0.97,
    "no-in-yes": 1.0,
    "complaint-path": 0.92,
    "traits": 0.85,
    "patience-runs-out": 1.0,
    "scripted": 1.0,
}
STRONG_WITHIN = 0.1  # a share at most this far below par is strong
WEAK_BEYOND = 0.3  # ... more than this far below par is weak
PRIOR = 2.0  # turns at par that weakest() adds to each skill's record
TREND_BY = 0.15  # the newer sessions' share must differ by this much to be a trend

LEVELS: dict[str, Text] = {
    "strong": word("lessons.level.strong"),
    "mixed": word("lessons.level.mixed"),
    "weak": word("lessons.level.weak"),
    "unseen": word("lessons.level.unseen"),
}
TRENDS: dict[str, Text] = {
    "up": word("lessons.trend.up"),
    "down": word("lessons.trend.down"),
    "steady": word("lessons.trend.steady"),
    "new": word("lessons.trend.new"),
}


@dataclass(frozen=True, slots=True)
class Standing:
    skill: Skill
    level: str  # a key of LEVELS
    trend: str  # a key of TRENDS
    good: int  # over the recent sessions
    bad: int
    sessions: int  # recent sessions where the skill came up

    @property
    def share(self) -> float | None:
        n = self.good + self.bad
        return self.good / n if n else None

    @property
    def level_words(self) -> Text:
        return LEVELS[self.level]

    @property
    def trend_words(self) -> Text:
        return TRENDS[self.trend]


def gap(skill: str, share: float) -> float:
    """How far a share of good turns lies above (+) or below (-) what a skilled player gets."""
    return share - PAR.get(skill, 1.0)


def level_of(skill: str, share: float | None) -> str:
    if share is None:
        return "unseen"
    g = gap(skill, share)
    return "strong" if g >= -STRONG_WITHIN else "weak" if g < -WEAK_BEYOND else "mixed"


def trend_of(shares: Sequence[float]) -> str:
    """`shares`: one per session where the skill came up, oldest first: the newer half's mean
    against the older half's."""
    return halves(shares, TREND_BY)


def standing_of(sessions: Sequence[dict[str, Mark]], recent: int = 5) -> list[Standing]:
    """`standing` from each session's marks (oldest first)."""
    last = list(sessions)[-recent:] if recent > 0 else []
    out = []
    for s in SKILLS:
        mine = [m[s.id] for m in last if s.id in m and m[s.id].chances]
        good = sum(m.good for m in mine)
        bad = sum(m.bad for m in mine)
        share = good / (good + bad) if good + bad else None
        shares = [m.share for m in mine if m.share is not None]
        out.append(Standing(s, level_of(s.id, share), trend_of(shares), good, bad, len(mine)))
    return out


def standing(history: Sequence[Sequence[Turn]], recent: int = 5) -> list[Standing]:
    """Per skill (in SKILLS order), how the learner is doing over the most recent `recent`
    sessions of `history` (each a session's turns, oldest first)."""
    return standing_of([marks(turns) for turns in history[-recent:] if recent > 0], recent)


def weakest_of(standings: Sequence[Standing]) -> Skill | None:
    """Among the skills that went wrong at least once, the one furthest below par, its share
    drawn towards par by PRIOR turns (one bad turn out of one says less than ten out of
    twenty); ties: more bad turns, then the rules' order."""
    wrong = []
    for s in standings:
        if s.bad > 0:
            par = PAR.get(s.skill.id, 1.0)
            drawn = (s.good + PRIOR * par) / (s.good + s.bad + PRIOR)
            wrong.append((drawn - par, -s.bad, _ORDER[s.skill.id], s.skill))
    if not wrong:
        return None
    return min(wrong, key=lambda x: x[:3])[3]


def weakest(history: Sequence[Sequence[Turn]], recent: int = 5) -> Skill | None:
    """The skill to work on next, from the recent sessions; None when nothing went wrong."""
    return weakest_of(standing(history, recent))


# --- what to practise --------------------------------------------------------------------

SEEDS: tuple[int, ...] = tuple(range(1, 9))  # the sessions each story is played to see its skills
POLICY = "random"  # a learner trying everything: every rule gets its chance both ways


@dataclass(frozen=True, slots=True)
class Practice:
    skill: str
    story: str  # the episode's id: for code
    title: Text
    seed: int  # the session of that story where the skill decided the most turns
    customer: Text  # who that customer is, in plain words


@dataclass(frozen=True, slots=True)
class _Seen:
    turns: int
    decided: dict[str, int]  # rule -> turns where it said the reply helped or hurt
    best: dict[str, tuple[int, int]]  # rule -> (turns it decided, seed): the session most


_SEEN: dict[tuple[str, str], _Seen] = {}


def _seen(story: Story) -> _Seen:
    key = (story.id, story.digest)
    found = _SEEN.get(key)
    if found is not None:
        return found
    turns = 0
    decided = dict.fromkeys(_ORDER, 0)
    best: dict[str, tuple[int, int]] = {}
    for seed in SEEDS:
        session, _ = play(story, seed, POLICY)
        here = dict.fromkeys(_ORDER, 0)
        for turn in session.turns:
            helped, hurt = judge(turn)
            for r in set(helped) | set(hurt):
                if r in here:
                    here[r] += 1
        turns += len(session.turns)
        for r, n in here.items():
            decided[r] += n
            if n and (r not in best or n > best[r][0]):
                best[r] = (n, seed)
    found = _SEEN[key] = _Seen(turns, decided, best)
    return found


# a need whose label does not follow "who wants" in English
_WANTS: dict[str, Text] = {"prevention": word("lessons.wants.prevention")}


def customer_words(session: Session) -> Text:
    """Who a session's customer is, in plain words: how they feel coming in, their way, and
    what they want most ("an upset, demanding customer who wants to have it solved")."""
    c = session.customer
    feel = A_MOOD[mood(initial_state(c).meters.emotion)]
    style = STYLES[c.style]
    top = max(c.needs, key=lambda nw: nw[1])[0] if c.needs else "solve"
    want = _WANTS.get(top) or NEED_LABELS[top]
    return word("lessons.customer", feel=feel, style=style, want=want)


def par_of(stories: Sequence[Story]) -> dict[str, float]:
    """PAR worked out again: per skill, the better share of good turns of the `textbook` and
    `best` policies over every story and SEEDS (1.0 for a skill that never came up)."""
    best = dict.fromkeys(_ORDER, 0.0)
    for policy in ("textbook", "best"):
        ms = [marks(play(st, seed, policy)[0].turns) for st in stories for seed in SEEDS]
        for s in SKILLS:
            g = sum(m[s.id].good for m in ms)
            n = g + sum(m[s.id].bad for m in ms)
            best[s.id] = max(best[s.id], round(g / n, 2) if n else 1.0)
    return best


def practise(skill: Skill, stories: Sequence[Story]) -> Practice | None:
    """The episode and customer that train `skill` best (see the module's docstring); None
    when no story gives its rule a say."""
    ranked = []
    for story in stories:
        seen = _seen(story)
        if seen.turns and seen.decided.get(skill.id):
            density = seen.decided[skill.id] / seen.turns
            ranked.append((-density, story.difficulty, story.id, story, seen))
    if not ranked:
        return None
    _, _, _, story, seen = min(ranked, key=lambda x: x[:3])
    seed = seen.best[skill.id][1]
    return Practice(skill.id, story.id, story.title, seed, customer_words(Session(story, seed)))
