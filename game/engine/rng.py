"""A tiny seeded generator (splitmix64) that gives the same numbers on every machine and Python."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
_MASK = (1 << 64) - 1
_TWO_53 = float(1 << 53)


def stable_seed(*parts: object) -> int:
    """A 64-bit seed from any parts, via SHA-256 (never `hash()`, which varies per process)."""
    data = "\x1f".join(map(str, parts)).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


class Rng:
    """splitmix64: small, fast, and fully specified, unlike `random`'s internals across versions."""

    __slots__ = ("_state",)

    def __init__(self, *seed_parts: object) -> None:
        self._state = stable_seed(*seed_parts)

    def next_u64(self) -> int:
        z = self._state = (self._state + 0x9E3779B97F4A7C15) & _MASK
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)

    def random(self) -> float:
        """A float in [0, 1) from the top 53 bits."""
        return (self.next_u64() >> 11) / _TWO_53

    def below(self, n: int) -> int:
        if n <= 0:
            raise ValueError("below() needs n > 0")
        return self.next_u64() % n

    def between(self, lo: int, hi: int) -> int:
        """An int in [lo, hi], both ends included."""
        return lo + self.below(hi - lo + 1)

    def uniform(self, lo: float, hi: float) -> float:
        return lo + (hi - lo) * self.random()

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def shuffled(self, items: Sequence[T]) -> list[T]:
        out = list(items)
        draw = self.next_u64
        for i in range(len(out) - 1, 0, -1):
            j = draw() % (i + 1)  # self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        return self.shuffled(items)[:k]
