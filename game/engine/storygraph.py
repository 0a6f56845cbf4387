"""The shape of a story's graph: unique ids, known targets, every beat reached from the start and
able to reach an ending, and the early-exit endings. Linear in beats plus replies: one pass
forwards and one backwards, each with a deque and sets."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from game.engine.story import EARLY_EXITS, Beat, Ending, Reply
from game.engine.storyreader import Reader, hint
from game.engine.storysource import Path_

# "did you mean": difflib compares a misspelled id with every id, so a story with thousands of
# beats and as many misspellings would take minutes; hints stop after this many comparisons
HINT_BUDGET = 200_000


@dataclass(frozen=True, slots=True)
class Placed:
    """A beat and where it and each of its replies are in the document (a reply that could not
    be read is left out of the beat, so its neighbours' places cannot be counted from it)."""

    beat: Beat
    at: Path_
    replies: tuple[Path_, ...]


def edges(p: Placed) -> list[tuple[Path_, str, Reply]]:
    """Every `next` of a beat's replies and their branches, with where it is written."""
    out: list[tuple[Path_, str, Reply]] = []
    for at, reply in zip(p.replies, p.beat.replies, strict=True):
        out.append(((*at, "next"), reply.next, reply))
        out += [((*at, "branch", k, "next"), b.next, reply) for k, b in enumerate(reply.branches)]
    return out


def reachable(start: str, successors: Mapping[str, Sequence[str]]) -> set[str]:
    """The nodes reached from `start` (itself included), each visited once."""
    seen = {start}
    todo = deque([start])
    while todo:
        for nxt in successors.get(todo.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def reversed_graph(successors: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    back: dict[str, list[str]] = {}
    for node, outs in successors.items():
        for nxt in outs:
            back.setdefault(nxt, []).append(node)
    return back


def finishing(goals: Iterable[str], successors: Mapping[str, Sequence[str]]) -> set[str]:
    """The nodes from which some goal can be reached (the goals included)."""
    back = reversed_graph(successors)
    seen = set(goals)
    todo = deque(seen)
    while todo:
        for prev in back.get(todo.popleft(), ()):
            if prev not in seen:
                seen.add(prev)
                todo.append(prev)
    return seen


class _Hints:
    def __init__(self, options: Iterable[str]) -> None:
        self.options = sorted(options)
        self.left = HINT_BUDGET

    def __call__(self, word: str) -> str:
        if self.left < len(self.options):
            return ""
        self.left -= len(self.options)
        return hint(word, self.options)


def check_graph(
    r: Reader,
    beats: list[Placed],
    endings: list[tuple[Path_, Ending]],
    start: str,
    channel: str,
) -> dict[str, list[str]]:
    """Reports the graph's problems; returns each beat's targets (for the reach check)."""
    where: dict[str, Path_] = {}
    for p in beats:
        where.setdefault(p.beat.id, p.at)
    for at, e in endings:
        if e.id in where:
            r.bad("FD0401", (*at, "id"), f"id {e.id!r} is used twice (beats and endings share ids)")
        where.setdefault(e.id, at)
    beat_ids: set[str] = set()
    for p in beats:
        if p.beat.id in beat_ids:
            r.bad("FD0402", (*p.at, "id"), f"beat id {p.beat.id!r} is used twice")
        beat_ids.add(p.beat.id)
    targets: dict[str, list[str]] = {}
    hints = _Hints(where)
    for p in beats:
        outs = targets.setdefault(p.beat.id, [])
        for path, target, reply in edges(p):
            if target and target not in where:
                r.bad(
                    "FD0403",
                    path,
                    f"reply {reply.id!r} of beat {p.beat.id!r} leads to unknown beat "
                    f"{target!r}{hints(target)}",
                )
            outs.append(target)
    if start and start not in beat_ids:
        r.bad(
            "FD0404", ("start",), f"start names no beat: {start!r}{hint(start, sorted(beat_ids))}"
        )
        return targets
    reached = reachable(start, targets)
    named = {t for outs in targets.values() for t in outs}  # every beat or ending a next names
    for p in beats:
        if p.beat.id not in reached:
            # a warning: play never gets there, so it breaks nothing (FD0405: nothing names
            # it; FD0406: only beats that are never played do)
            code = "FD0406" if p.beat.id in named else "FD0405"
            r.bad(code, (*p.at, "id"), f"beat {p.beat.id!r} cannot be reached from start {start!r}")
    done = finishing((e.id for _, e in endings), targets)
    for p in beats:
        if p.beat.id in reached and p.beat.id not in done:
            r.bad("FD0407", (*p.at, "id"), f"beat {p.beat.id!r} has no way to any ending")
    kinds = {e.kind for _, e in endings}
    for kind in EARLY_EXITS.get(channel, ()):
        if kind not in kinds:
            r.bad(
                "FD0408",
                ("ending",),
                f"a {channel} story needs an ending of kind {kind!r}: the customer may leave early",
            )
    _unshown(r, endings, named, channel)
    return targets


def _unshown(r: Reader, endings: list[tuple[Path_, Ending]], named: set[str], channel: str) -> None:
    """A warning at each ending that is never shown: no next names it, and it is not the
    first of a kind the session picks by kind (an early exit; the other way round of a
    memory, resolved or unresolved: see Session._remembered)."""
    by_kind = (*EARLY_EXITS.get(channel, ()), "resolved", "unresolved")
    first: dict[str, str] = {}
    for _, e in endings:
        first.setdefault(e.kind, e.id)
    for at, e in endings:
        if e.id in named or (e.kind in by_kind and first[e.kind] == e.id):
            continue
        why = "no reply leads to it"
        if e.kind in by_kind:
            why += f", and the {e.kind} ending {first[e.kind]!r} comes before it"
        r.bad("FD0409", (*at, "id"), f"ending {e.id!r} is never shown: {why}")
