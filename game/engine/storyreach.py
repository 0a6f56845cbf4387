"""Whether a customer the story's [customer] template allows can reach a resolved ending.

A branch's `when` may ask who the customer is (style, trait, state, cause, anger), which the
template bounds: `anger = [5, 6]` never holds for a customer drawn at anger [0, 1]. The
customers a template allows (customer.generate) are grouped into classes that every such
condition treats alike, and a set of classes is one int with a bit per class. Sets flow from
the start along each edge whose condition may hold for them; a beat is visited again only when
its set grows, so a story whose conditions ask nothing of the template takes one pass.

What changes during the episode (mood, trust, patience, stars, promised) is taken to be
possible; `said` is known exactly, being the acts of the reply the branch belongs to. When the
classes would take too much memory or work, a facet is dropped (any value is taken to be
possible): the check then finds fewer dead ends, never a false one."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from math import prod
from typing import Any

from game.engine.customer import CustomerTemplate
from game.engine.facets import NEEDS, TRAITS
from game.engine.story import MOODS, PATIENCE_BANDS, TRUST_BANDS, Condition, Ending, Reply
from game.engine.storygraph import Placed, finishing
from game.engine.storyreader import Reader
from game.engine.storysource import Path_
from game.engine.tuning import CALM_STATES_UP_TO

NEVER, MAYBE, ALWAYS = 0, 1, 2
STYLE, TRAIT, ANGER_STATE, CAUSE = range(4)  # the axes of a customer class
MEMORY_WORDS = 4_000_000  # 64-bit words of class sets held at once (32 MB)
# the work of spreading, before facets are dropped: each edge followed costs the words of a
# class set, plus about OVERHEAD words' worth of interpreter time
WORK, OVERHEAD = 4_000_000, 32


def states_at(t: CustomerTemplate, anger: int) -> tuple[str, ...]:
    """The states customer.generate may draw at this anger: `none` only at 0-1 stars, and
    then always when the template lists it."""
    calm = tuple(s for s in t.states if s == "none")
    hot = tuple(s for s in t.states if s != "none") or ("none",)
    return (calm or hot) if anger <= CALM_STATES_UP_TO else hot


def _static(c: Condition) -> tuple[object, ...]:
    return (c.style, c.trait, c.anger, c.state, c.cause)


class Classes:
    """The customers a template allows, as classes the story's conditions cannot tell apart.
    An axis in `dropped` is not told apart at all: whatever it is asked, the answer is maybe."""

    def __init__(
        self, t: CustomerTemplate, conds: list[Condition], dropped: frozenset[int] = frozenset()
    ) -> None:
        styles = {c.style for c in conds if c.style is not None}
        traits = {frozenset(c.trait) for c in conds if c.trait is not None}
        angers = {c.anger for c in conds if c.anger is not None}
        states = {c.state for c in conds if c.state is not None}
        causes = {c.cause for c in conds if c.cause is not None}
        pool = [tr for tr in TRAITS if tr in t.traits]
        most = min(t.max_traits, len(t.traits))
        drawn = [frozenset(s) for n in range(most + 1) for s in combinations(pool, n)]
        pairs = [(a, s) for a in range(t.anger[0], t.anger[1] + 1) for s in states_at(t, a)]
        signatures: list[tuple[list[Any], Callable[[Any], tuple[bool, ...]]]] = [
            (list(t.styles), lambda v: tuple(v in s for s in styles)),
            (drawn, lambda v: tuple(bool(v & s) for s in traits)),
            (pairs, lambda v: (*(a <= v[0] <= b for a, b in angers), *(v[1] in s for s in states))),
            (list(t.causes), lambda v: tuple(v in s for s in causes)),
        ]
        self.dropped = dropped
        self.axes = [
            values[:1] if axis in dropped else _reps(values, sig)
            for axis, (values, sig) in enumerate(signatures)
        ]
        self.sizes = [len(a) for a in self.axes]
        self.full = (1 << prod(self.sizes)) - 1
        self.words = prod(self.sizes) // 64 + 1
        self.dominant = {*t.needs, NEEDS[0]}  # with every weight 0 the first need leads
        self._memo: dict[tuple[int, frozenset[int]], int] = {}
        self._who: dict[tuple[object, ...], tuple[int, int]] = {}

    def select(self, axis: int, keep: Callable[[Any], bool]) -> tuple[int, int]:
        """The classes that may, and those that surely, have a kept value on this axis: a block
        of bits per value, repeated for the axes outside it."""
        if axis in self.dropped:
            return self.full, 0
        chosen = frozenset(i for i, v in enumerate(self.axes[axis]) if keep(v))
        if (axis, chosen) not in self._memo:
            inner, outer = prod(self.sizes[axis + 1 :]), prod(self.sizes[:axis])
            period = self.sizes[axis] * inner
            block = sum(((1 << inner) - 1) << (i * inner) for i in chosen)
            repeat = ((1 << (period * outer)) - 1) // ((1 << period) - 1)
            self._memo[axis, chosen] = block * repeat
        mask = self._memo[axis, chosen]
        return mask, mask

    def facets(self, c: Condition) -> list[tuple[str, tuple[int, int]]]:
        """Each facet of who the customer is that the condition asks, and who has it."""
        out: list[tuple[str, tuple[int, int]]] = []
        style, trait, anger, state, cause = c.style, c.trait, c.anger, c.state, c.cause
        if style is not None:
            out.append(("style", self.select(STYLE, lambda v: v in style)))
        if trait is not None:
            out.append(("trait", self.select(TRAIT, lambda v: any(x in v for x in trait))))
        if anger is not None:
            lo, hi = anger
            out.append(("anger", self.select(ANGER_STATE, lambda v: lo <= v[0] <= hi)))
        if state is not None:
            out.append(("state", self.select(ANGER_STATE, lambda v: v[1] in state)))
        if cause is not None:
            out.append(("cause", self.select(CAUSE, lambda v: v in cause)))
        return out

    def who(self, c: Condition) -> tuple[int, int]:
        """The classes for which who the customer is may, and surely does, meet the condition."""
        key = _static(c)
        if key not in self._who:
            may, sure = self.full, self.full
            for _, (m, s) in self.facets(c):
                may, sure = may & m, sure & s
            self._who[key] = (may, sure)
        return self._who[key]

    def now(self, c: Condition, acts: tuple[str, ...]) -> int:
        """NEVER, MAYBE or ALWAYS: what the rest of the condition does, whoever the customer."""
        got = []
        if c.said is not None:
            got.append(ALWAYS if set(c.said) & set(acts) else NEVER)
        if c.promised is not None:
            got.append(ALWAYS if set(c.promised) & set(acts) else MAYBE)
        for asked, every in (
            (c.mood, MOODS),
            (c.trust, TRUST_BANDS),
            (c.patience, PATIENCE_BANDS),
            (c.dominant, self.dominant),
        ):
            if asked is not None:
                got.append(_cover(asked, every))
        if c.stars is not None:
            got.append(ALWAYS if c.stars[0] <= 0 and c.stars[1] >= 6 else MAYBE)
        if c.remembered is not None:
            got.append(MAYBE)
        return min(got, default=ALWAYS)


def _reps(values: Iterable[Any], signature: Callable[[Any], tuple[bool, ...]]) -> list[Any]:
    """One value for each way the conditions answer about it."""
    firsts: dict[tuple[bool, ...], Any] = {}
    for v in values:
        firsts.setdefault(signature(v), v)
    return list(firsts.values())


def _cover(asked: Iterable[str], possible: Iterable[str]) -> int:
    want, can = set(asked), set(possible)
    return ALWAYS if can <= want else MAYBE if want & can else NEVER


@dataclass(frozen=True, slots=True)
class Edge:
    mask: int  # the classes that may take it
    target: str
    at: Path_  # where to point when it is cut off
    reply: Reply
    when: Condition | None  # None: the reply's own `next`, taken when no branch holds


def edges(p: Placed, classes: Classes) -> list[Edge]:
    out: list[Edge] = []
    for at, reply in zip(p.replies, p.beat.replies, strict=True):
        before = 0  # the classes an earlier branch surely takes
        for k, b in enumerate(reply.branches):
            (may, sure), now = classes.who(b.when), classes.now(b.when, reply.acts)
            mask = 0 if now == NEVER else may & ~before if before else may
            out.append(Edge(mask, b.next, (*at, "branch", k, "when"), reply, b.when))
            before |= sure if now == ALWAYS else 0
        mask = classes.full & ~before if before else classes.full
        out.append(Edge(mask, reply.next, (*at, "next"), reply, None))
    return out


def spread(
    start: str, out: dict[str, list[Edge]], full: int, budget: int | None
) -> dict[str, int] | None:
    """The classes that reach each node; None once `budget` edges have been followed."""
    reach = {start: full}
    todo, queued = deque([start]), {start}
    while todo:
        node = todo.popleft()
        queued.discard(node)
        for e in out.get(node, ()):
            if budget is not None:
                budget -= 1
                if budget < 0:
                    return None
            old = reach.get(e.target, 0)
            new = reach[node] & e.mask
            if new & ~old:
                reach[e.target] = old | new
                if e.target in out and e.target not in queued:
                    queued.add(e.target)
                    todo.append(e.target)
    return reach


def check_reach(
    r: Reader,
    template: CustomerTemplate,
    beats: list[Placed],
    endings: list[tuple[Path_, Ending]],
    start: str,
) -> None:
    """An error unless some customer the template allows can reach a resolved ending; then
    also one at each condition that cuts every such customer off on the way."""
    resolved = [(at, e) for at, e in endings if e.kind == "resolved"]
    if not resolved:
        r.bad(
            "FD0501", ("ending",), "a story needs a resolved ending: a way to settle the complaint"
        )
        return
    conds = [b.when for p in beats for reply in p.beat.replies for b in reply.branches]
    distinct = len({_static(c) for c in conds})
    dropped: frozenset[int] = frozenset()
    while True:
        classes = Classes(template, conds, dropped)
        last = classes.full == 1  # one class: each beat is visited once
        if not last and (len(beats) + distinct) * classes.words > MEMORY_WORDS:
            reach = None
        else:
            out = {p.beat.id: edges(p, classes) for p in beats}
            budget = None if last else WORK // (classes.words + OVERHEAD)
            reach = spread(start, out, classes.full, budget)
        if reach is not None:
            break
        kept = [a for a in range(len(classes.axes)) if a not in dropped]
        dropped |= {max(kept, key=lambda a: classes.sizes[a])}
    if any(reach.get(e.id, 0) for _, e in resolved):
        return
    names = ", ".join(repr(e.id) for _, e in resolved)
    r.bad(
        "FD0502",
        (*resolved[0][0], "id"),
        f"no customer that [customer] allows can reach a resolved ending ({names}): "
        "a condition on every way there never holds for them",
    )
    plain = {b: [e.target for e in es] for b, es in out.items()}
    toward = finishing((e.id for _, e in resolved), plain)
    for p in beats:
        here = reach.get(p.beat.id, 0)
        for e in out[p.beat.id] if here else ():
            if e.target in toward and not here & e.mask:
                r.bad("FD0503", e.at, _why(e, here, classes, template))


def _why(e: Edge, here: int, classes: Classes, t: CustomerTemplate) -> str:
    if e.when is None:
        return (
            f"reply {e.reply.id!r} never goes on to {e.target!r}: for every customer who "
            "gets here one of its branches holds first"
        )
    calm = t.anger[0] <= CALM_STATES_UP_TO and "none" in t.states
    allows = {
        "style": f"styles = {_list(t.styles)}",
        "trait": f"traits = {_list(t.traits)} with max_traits = {t.max_traits}",
        "anger": f"anger = [{t.anger[0]}, {t.anger[1]}]",
        "state": f"states = {_list(t.states)} at anger [{t.anger[0]}, {t.anger[1]}]"
        + ('; at anger 0-1 the state is always "none" when it is listed' if calm else ""),
        "cause": f"causes = {_list(t.causes)}",
    }
    reasons = [
        f"no customer who gets here has that {key} ([customer] allows {allows[key]})"
        for key, (may, _) in classes.facets(e.when)
        if not here & may
    ]
    said, dominant = e.when.said, e.when.dominant
    if said is not None and not set(said) & set(e.reply.acts):
        reasons.append(f"reply {e.reply.id!r} says none of it (its acts: {_list(e.reply.acts)})")
    if dominant is not None and _cover(dominant, classes.dominant) == NEVER:
        reasons.append(f"that need never leads ([customer.needs] has {_list(t.needs)})")
    why = "; ".join(reasons) or "its conditions never hold together for a customer who gets here"
    return f"the branch to {e.target!r} is never taken: {why}"


def _list(items: Iterable[str]) -> str:
    return "[" + ", ".join(f'"{x}"' for x in items) + "]"
