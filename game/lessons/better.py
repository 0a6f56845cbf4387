"""What each offered reply would have done at each turn, and the turn that holds the lesson.

The debrief may see everything play never shows: it re-runs the session (the engine is
deterministic) and asks the engine, at every turn, what each reply on offer would have done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.meters import Meters, State
from game.engine.said import Said, Typed
from game.engine.session import Session
from game.engine.story import Story
from game.engine.text import Text, t
from game.engine.turn import Firing

# a better reply must beat the one said by this much (moments run -100..100) to be named;
# below it, what was said was as good as any on offer
BETTER_BY = 2.0
# the lesson of the episode is the turn with the largest gap, if it is at least this large
LESSON_FROM = 6.0


@dataclass(frozen=True, slots=True)
class Option:
    """One reply on offer, as the engine says it would have landed."""

    reply_id: str
    text: Text
    acts: tuple[str, ...]
    moment: float
    fired: tuple[Firing, ...]
    ended: str | None


@dataclass(frozen=True, slots=True)
class Advice:
    turn: int
    customer: Customer
    before: State
    chosen: Option
    best: Option  # the chosen one itself when nothing on offer did better
    options: tuple[Option, ...]  # every reply on offer, in the order shown

    @property
    def gap(self) -> float:
        return round(self.best.moment - self.chosen.moment, 2)

    @property
    def improvable(self) -> bool:
        return self.gap >= BETTER_BY

    @property
    def meters(self) -> Meters:
        return self.before.meters


def _option(s: Session, reply_id: str, text: Text, acts: tuple[str, ...]) -> Option:
    out = s.preview(reply_id)
    return Option(reply_id, text, acts, out.moment, out.fired, out.ended)


def advise(
    story: Story, seed: int, rules: tuple[str, ...], replies: Sequence[Said]
) -> tuple[Advice, ...]:
    """Per turn played, the replies on offer and the best of them, by re-running the session.

    Stops early (with what it has) if the story no longer offers a reply that was said."""
    s = Session(story, seed, rules)
    found: list[Advice] = []
    for k, said in enumerate(replies):
        view = s.current
        reply_id = said.along if isinstance(said, Typed) else said
        if view is None or reply_id not in {r.id for r in view.replies}:
            break
        options = tuple(_option(s, r.id, r.text, r.acts) for r in view.replies)
        chosen = next(o for o in options if o.reply_id == reply_id)
        if isinstance(said, Typed):  # what was typed, not the offered reply it went on along
            out = s.preview_acts(said.acts)
            text = t(said.text, said.text)
            chosen = Option(reply_id, text, said.acts, out.moment, out.fired, out.ended)
        best = chosen
        for o in options:
            if o.moment > best.moment + 1e-9:
                best = o
        found.append(Advice(k, s.customer, s.state, chosen, best, options))
        s.say_again(said)
    return tuple(found)


def lesson(advice: Sequence[Advice]) -> int | None:
    """The turn where what was said fell furthest short of the best on offer; None if none did."""
    if not advice:
        return None
    worst = max(advice, key=lambda a: (a.gap, -a.turn))
    return worst.turn if worst.gap >= LESSON_FROM else None
