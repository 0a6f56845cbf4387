"""The closed vocabulary of acts a reply can carry (model.md §3): the table (act_table.py) indexed
by name, and the families of acts the rules read.

The engine reacts to acts, never to a reply's words. `serves` is what an act does for the
customer's needs by itself; every other effect belongs to a rule (rules/)."""

from __future__ import annotations

from game.engine.act_table import ALL, Act

__all__ = [
    "ACTING",
    "ACTS",
    "CLARIFY",
    "CONTRADICTIONS",
    "MISTAKES",
    "NEED_ACTS",
    "PROBLEM",
    "SOLVING",
    "SYNC",
    "Act",
    "contradictions",
    "unknown_acts",
]

ACTS: dict[str, Act] = {a.name: a for a in ALL}

SYNC: frozenset[str] = frozenset(a.name for a in ALL if a.group == "sync")
CLARIFY: frozenset[str] = frozenset(a.name for a in ALL if a.group == "clarify")
MISTAKES: frozenset[str] = frozenset(a.name for a in ALL if not a.good)
# acts that go at the problem rather than the feeling (rule emotion-first)
PROBLEM: frozenset[str] = frozenset(
    {
        "explain_reason",
        "offer_options",
        "propose_solution",
        "act_now",
        "compensate",
        "promise_improvement",
        "manage_expectations",
        "hard_sell",
    }
)
SOLVING: frozenset[str] = frozenset({"propose_solution", "offer_options", "compensate"})
ACTING: frozenset[str] = frozenset({"act_now", "take_ownership"})
# acts that serve a need directly, not the feeling (rule dominant-need)
NEED_ACTS: frozenset[str] = frozenset(a.name for a in ALL if a.group == "need")

# acts that cannot both be true of one reply, each with why: a story that tags a reply with
# both is told so (a warning, FD0350), as one of them is likely a slip
CONTRADICTIONS: tuple[tuple[str, str, str], ...] = (
    ("listen", "interrupt", "it cannot let them finish and cut in"),
    ("listen", "rush", "it cannot let them finish and hurry them along"),
    ("act_now", "stall", "it cannot act now and ask them to wait"),
    ("be_calm", "rush", "it cannot be calm and unhurried, and hurry them along"),
    ("be_precise", "ramble", "it cannot be precise and ramble"),
    ("be_direct", "ramble", "it cannot be direct and ramble"),
    ("praise_sincerely", "sarcasm", "it cannot praise sincerely and be sarcastic"),
)


def contradictions(acts: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The pairs of CONTRADICTIONS these acts hold both of, in the table's order."""
    return [(a, b, why) for a, b, why in CONTRADICTIONS if a in acts and b in acts]


def unknown_acts(names: list[str] | tuple[str, ...]) -> list[str]:
    return [n for n in names if n not in ACTS]
