"""Lazy learners: the tricks a trainee might play instead of reading the person (model.md §6).

Each is a policy for `simulate` and `bench/balance.py`. The model is sound only if every one of
them loses to `textbook` by a wide margin in every episode:

- `answer_key`: the reply that was best (peeking) for 20 *other* customers at each decision;
- surface tricks, reading only the menu: `longest`, `shortest` (in English and, with `_zh`, in
  Chinese), `most_acts`, `sorry` (the reply with the most sorry/understand words), `echo` (the
  reply repeating most of the customer's own words), `upbeat` (the most "happy to", "of
  course"), `asker` (the most questions), `same_slot` (always the third reply shown),
  `no_but` (the longest reply without "but", 但), `mirror` (as long as what the customer said),
  `names_them` (the reply with the customer's name);
- one-note play: `soother` (acknowledge, apologize, listen; never fixes anything), `apologizer`
  (sorry at every turn it can, 002 一味的道歉), `solver` (straight at the fix, never the feeling);
- `no_mistakes`: random among the replies that carry no named mistake;
- wrong readings of the person, textbook otherwise: `wrong_style` (the opposite buying style),
  `wrong_anger` (the anger band turned upside down), `always_furious` (always aim at the top rung
  of the anger ladder), `wrong_need` (serves another need than the dominant one);
- one manner for everyone, textbook otherwise: `always_direct`, `always_warm`, `always_calm`,
  `always_precise` (the reply in that manner wherever one is on offer).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import pairwise

from game.engine.acts import ACTING, ACTS, PROBLEM, SOLVING, SYNC
from game.engine.facets import NEEDS
from game.engine.policies import Policy, Reading, greedy, textbook
from game.engine.rng import Rng
from game.engine.rules import OPPOSITE
from game.engine.session import BeatView, ReplyView, Session
from game.engine.story import Story

KEY_SEEDS = 20
KEY_SEED_BASE = 900_000_000  # far from the seeds a balance run plays
_SORRY = {
    "en": ("sorry", "apolog", "understand", "i see", "i hear", "i know how"),
    "zh": ("抱歉", "对不起", "歉意", "理解", "明白", "懂"),
}
_UPBEAT = {
    "en": ("happy to", "of course", "certainly", "glad", "absolutely", "right away", "thank"),
    "zh": ("当然", "乐意", "马上", "立刻", "谢谢", "没问题", "好的"),
}
_BUT = {"en": ("but", "however", "unfortunately"), "zh": ("但", "不过", "可是")}
_FLIPPED_MOOD = {"calm": "furious", "tense": "upset", "upset": "tense", "furious": "calm"}


def _pick(v: BeatView, value: Callable[[ReplyView], float]) -> str:
    """The reply with the highest value; ties go to the one shown first (the seed's shuffle)."""
    best, best_value = v.replies[0].id, float("-inf")
    for r in v.replies:
        x = value(r)
        if x > best_value:
            best, best_value = r.id, x
    return best


def _mistakes(r: ReplyView) -> int:
    return sum(1 for a in r.acts if not ACTS[a].good)


def _sorry_words(r: ReplyView, lang: str) -> int:
    text = r.text.get(lang).lower()
    return sum(text.count(word) for word in _SORRY[lang])


def _soothing(r: ReplyView) -> float:
    fixes = sum(1 for a in r.acts if a in PROBLEM or a in SOLVING or a in ACTING)
    sync = sum(1 for a in r.acts if a in SYNC)
    return sync - 100 * fixes - 10 * _mistakes(r)


def _apologizing(r: ReplyView) -> float:
    return 1000 * ("apologize" in r.acts) + _soothing(r)


def _solving(r: ReplyView) -> float:
    fixes = sum(1 for a in r.acts if a in PROBLEM or a in SOLVING or a in ACTING)
    sync = sum(1 for a in r.acts if a in SYNC)
    return 10 * fixes - sync - 10 * _mistakes(r)


# --- the answer key: learned from other customers by the peeking `best` -------------------

_KEYS: dict[tuple[str, str], dict[str, str]] = {}


def answer_key(story: Story) -> dict[str, str]:
    """Per decision, the reply most often best for KEY_SEEDS other customers."""
    cached = _KEYS.get((story.id, story.digest))
    if cached is not None:
        return cached
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for i in range(KEY_SEEDS):
        s = Session(story, KEY_SEED_BASE + i)
        while (v := s.current) is not None:
            pick = greedy(s, v, 1.0)
            tally[v.beat_id][pick] += 1
            s.choose(pick)
    key = {
        beat: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for beat, counts in tally.items()
    }
    _KEYS[(story.id, story.digest)] = key
    return key


def _answer_key(seed: int) -> Policy:
    rng = Rng("policy-answer-key", seed)

    def choose(s: Session, v: BeatView) -> str:
        learned = answer_key(s.story).get(v.beat_id)
        if learned is not None and any(r.id == learned for r in v.replies):
            return learned
        return rng.choice(v.replies).id  # a decision the key never reached

    return choose


# --- wrong readings: textbook with one facet misread ----------------------------------------


class _WrongStyle(Reading):
    def styles(self, s: Session, v: BeatView) -> tuple[str, ...]:
        return tuple(OPPOSITE[x] for x in super().styles(s, v))


class _WrongAnger(Reading):
    def mood(self, s: Session, v: BeatView) -> str:
        return _FLIPPED_MOOD[super().mood(s, v)]


class _AlwaysFurious(Reading):
    def mood(self, s: Session, v: BeatView) -> str:
        return "furious"


class _WrongNeed(Reading):
    def need(self, s: Session, v: BeatView) -> str | None:
        need = super().need(s, v)
        if need is None:
            return None
        return NEEDS[(NEEDS.index(need) + 3) % len(NEEDS)]  # material <-> emotional, mostly


def _no_mistakes(seed: int) -> Policy:
    rng = Rng("policy-no-mistakes", seed)

    def choose(s: Session, v: BeatView) -> str:
        clean = [r for r in v.replies if not _mistakes(r)] or list(v.replies)
        return rng.choice(clean).id

    return choose


def _one_manner(act: str) -> Callable[[int], Policy]:
    """Textbook, except that the reply in this one manner wins wherever one is on offer."""

    def make(seed: int) -> Policy:
        book = textbook(Reading())

        def choose(s: Session, v: BeatView) -> str:
            return next((r.id for r in v.replies if act in r.acts), None) or book(s, v)

        return choose

    return make


def _by(value: Callable[[ReplyView], float]) -> Callable[[int], Policy]:
    return lambda seed: lambda s, v: _pick(v, value)


def _words(text: str, lang: str) -> frozenset[str]:
    """What "the same words" means to someone skimming: English words, Chinese character pairs."""
    if lang == "en":
        return frozenset(re.findall(r"[a-z']+", text.lower()))
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return frozenset(a + b for a, b in pairwise(chars))


def _echo(lang: str) -> Callable[[int], Policy]:
    """The reply that repeats most of what the customer just said (matching words, not needs)."""

    def policy(s: Session, v: BeatView) -> str:
        heard = _words(v.line.get(lang), lang)
        return _pick(v, lambda r: len(heard & _words(r.text.get(lang), lang)))

    return lambda seed: policy


def _slot(k: int) -> Callable[[int], Policy]:
    """Always the reply in the same place on the menu, as if the answer were always there."""
    return lambda seed: lambda s, v: v.replies[min(k, len(v.replies) - 1)].id


def _no_but(r: ReplyView, lang: str) -> float:
    """ "Never say but" as a rule of thumb: the longest reply without one."""
    text = r.text.get(lang).lower()
    said = _words(text, "en") if lang == "en" else text  # whole words: "about" is no "but"
    return len(text) - 10_000 * any(word in said for word in _BUT[lang])


def _mirror(s: Session, v: BeatView) -> str:
    """Match the customer by the length of what they said, not by who they are."""
    return _pick(v, lambda r: -abs(len(r.text.en) - len(v.line.en)))


def _names_them(s: Session, v: BeatView) -> str:
    """The reply that says the customer's name (warmth by formula), else the longest."""
    name = s.customer.name.en.split()[-1]
    return _pick(v, lambda r: 10_000 * (name in r.text.en) + len(r.text.en))


def _upbeat(r: ReplyView, lang: str) -> int:
    text = r.text.get(lang).lower()
    return sum(text.count(word) for word in _UPBEAT[lang])


LAZY: dict[str, Callable[[int], Policy]] = {
    "answer_key": _answer_key,
    "longest": _by(lambda r: len(r.text.en)),
    "longest_zh": _by(lambda r: len(r.text.zh)),
    "shortest": _by(lambda r: -len(r.text.en)),
    "shortest_zh": _by(lambda r: -len(r.text.zh)),
    "most_acts": _by(lambda r: len(r.acts)),
    "sorry": _by(lambda r: _sorry_words(r, "en")),
    "sorry_zh": _by(lambda r: _sorry_words(r, "zh")),
    "echo": _echo("en"),
    "echo_zh": _echo("zh"),
    "upbeat": _by(lambda r: _upbeat(r, "en")),
    "upbeat_zh": _by(lambda r: _upbeat(r, "zh")),
    "asker": _by(lambda r: r.text.en.count("?") + r.text.zh.count("？")),
    "same_slot": _slot(2),
    "no_but": _by(lambda r: _no_but(r, "en")),
    "no_but_zh": _by(lambda r: _no_but(r, "zh")),
    "mirror": lambda seed: _mirror,
    "names_them": lambda seed: _names_them,
    "soother": _by(_soothing),
    "apologizer": _by(_apologizing),
    "solver": _by(_solving),
    "no_mistakes": _no_mistakes,
    "wrong_style": lambda seed: textbook(_WrongStyle()),
    "wrong_anger": lambda seed: textbook(_WrongAnger()),
    "always_furious": lambda seed: textbook(_AlwaysFurious()),
    "wrong_need": lambda seed: textbook(_WrongNeed()),
    "always_direct": _one_manner("be_direct"),
    "always_warm": _one_manner("be_warm"),
    "always_calm": _one_manner("be_calm"),
    "always_precise": _one_manner("be_precise"),
}


def make_lazy(name: str, seed: int) -> Policy:
    return LAZY[name](seed)
