"""Workshop codes: one short code fixes a class's episodes, seed and language.

A trainer writes the code on the board (`K7QM-3XD9-TPRW`); every student who joins with it meets
the same customers in the same order, because each episode's seed comes from the code's seed and
the episode's id. The code carries everything (no server needed): a version, the language, the
seed, each episode as a 16-bit hash of its id, and a checksum that catches a mistyped letter.
Version 2 adds one bit after the language: the class types every reply in its own words. A code
is written in the lowest version that holds it, so the codes of menu workshops never change.
The alphabet leaves out 0 O 1 I L U, which people confuse on a board.

Standard library only: the engine's rule holds here too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from game.engine.rng import stable_seed
from game.engine.text import counted

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # 30 symbols, none easily confused
VERSION = 2  # the newest layout this program reads
LANGS = ("en", "zh")
SEED_BITS = 20
MAX_EPISODES = 15
_CHECK_BITS = 12
TYPO = "it has a typo (check it letter by letter)"


class CodeError(ValueError):
    """A code that can't be used; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Workshop:
    code: str
    lang: str
    seed: int
    episodes: tuple[str, ...]
    typed: bool = False  # every reply typed in the player's own words: no menu

    def seed_for(self, episode: str) -> int:
        """The seed of one episode: the same for every student of the workshop."""
        return stable_seed("workshop", self.seed, episode) % 2**63


def episode_hash(episode: str) -> int:
    return int.from_bytes(hashlib.sha256(episode.encode("utf-8")).digest()[:2], "big")


def _check(value: int, bits: int) -> int:
    data = f"{bits}:{value}".encode()
    return int.from_bytes(hashlib.sha256(data).digest()[:2], "big") % (1 << _CHECK_BITS)


def _group(text: str) -> str:
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _layout(version: int, count: int) -> tuple[int, ...]:
    """The width of each field of a code, after the leading 1 bit and before the checksum."""
    typed = (1,) if version >= 2 else ()
    return (3, 1, *typed, SEED_BITS, 4, *([16] * count))


def new_code(
    episodes: Sequence[str], seed: int, lang: str, pack: Sequence[str], typed: bool = False
) -> Workshop:
    """A workshop over `episodes` (ids of `pack`, played in this order)."""
    if not episodes:
        raise CodeError("name at least one episode")
    if len(episodes) > MAX_EPISODES:
        raise CodeError(f"at most {MAX_EPISODES} episodes in one workshop")
    if len(set(episodes)) != len(episodes):
        raise CodeError("an episode is named twice")
    for e in episodes:
        if e not in pack:
            raise CodeError(f"no episode {e!r} (episodes: {', '.join(pack)})")
    hashes = [episode_hash(e) for e in pack]
    for e in episodes:
        if hashes.count(episode_hash(e)) > 1:
            raise CodeError(f"episode {e!r} can't be told apart in a code; rename it")
    if not 0 <= seed < 1 << SEED_BITS:
        raise CodeError(f"a workshop seed is 0 to {(1 << SEED_BITS) - 1}")
    if lang not in LANGS:
        raise CodeError("the language is en or zh")
    version = 2 if typed else 1
    fields = (
        version,
        LANGS.index(lang),
        *((1,) if typed else ()),
        seed,
        len(episodes),
        *(episode_hash(e) for e in episodes),
    )
    value, bits = 1, 0  # a leading 1 bit, so the code's length tells how many fields follow
    for field, width in zip(fields, _layout(version, len(episodes)), strict=True):
        value, bits = (value << width) | field, bits + width
    value = (value << _CHECK_BITS) | _check(value, bits)
    digits = ""
    while value:
        value, d = divmod(value, len(ALPHABET))
        digits = ALPHABET[d] + digits
    return Workshop(_group(digits), lang, seed, tuple(episodes), typed)


def read_code(code: str, pack: Sequence[str]) -> Workshop:
    """The workshop a code stands for, its episodes found in `pack`; `CodeError` if it can't be."""
    text = "".join(code.split()).replace("-", "").upper()
    if not text:
        raise CodeError("the workshop code is empty")
    value = 0
    for ch in text:
        if ch not in ALPHABET:
            raise CodeError(
                f"{ch!r} is never used in a workshop code (codes have no 0, O, 1, I, L or U)"
            )
        value = value * len(ALPHABET) + ALPHABET.index(ch)
    check, value = value & ((1 << _CHECK_BITS) - 1), value >> _CHECK_BITS
    bits = value.bit_length() - 1  # under the leading 1 bit
    version = value >> (bits - 3) & 0b111 if bits >= 3 else 0
    header = sum(_layout(version, 0))
    count = (bits - header) // 16 if bits >= header else -1
    total = header + 16 * count
    if count < 1 or bits != total or _check(value, total) != check:
        raise CodeError(TYPO)
    if version > VERSION:
        raise CodeError("this workshop code is from a newer frontdesk: update it")
    fields = []
    for width in reversed(_layout(version, count)):
        fields.append(value & ((1 << width) - 1))
        value >>= width
    version, lang, *rest = reversed(fields)
    typed = bool(rest.pop(0)) if version >= 2 else False
    seed, n, *hashes = rest
    if version < 1 or n != count:
        raise CodeError(TYPO)
    by_hash = {episode_hash(e): e for e in pack}
    missing = [h for h in hashes if h not in by_hash]
    if missing:
        raise CodeError(
            f"this code names {counted(len(missing), 'episode')} this copy of frontdesk "
            "doesn't have: "
            "update its stories"
        )
    return Workshop(_group(text), LANGS[lang], seed, tuple(by_hash[h] for h in hashes), typed)
