"""How the customer takes the reply just given: the first words of their answer (rule notes made
audible). A named mistake is always answered (001 wrong attitudes; 002 handling mistakes); a good
move that lands is heard too: the right rung of the anger ladder, the dominant need served, their
own manner met for the first time."""

from __future__ import annotations

from game.engine.acts import ACTS
from game.engine.customer import Customer
from game.engine.echoes import GOOD_ECHOES, MISTAKE_ECHOES
from game.engine.meters import Meters, mood, stars
from game.engine.rules import MANNERS, RUNGS, band
from game.engine.text import Text
from game.engine.tuning import RUNG_ECHO_FROM, TUNING


def answered_mistake(acts: tuple[str, ...]) -> str | None:
    """The named mistake among `acts` the customer answers first (the first with words for it)."""
    return next((a for a in acts if not ACTS[a].good and a in MISTAKE_ECHOES), None)


def heard(
    c: Customer, acts: tuple[str, ...], before: Meters, after: Meters, said_before: frozenset[str]
) -> Text | None:
    """Their first words after a reply with these acts, or None when nothing stands out."""
    hot = 1 if mood(after.emotion) == "furious" else 0
    if (wrong := answered_mistake(acts)) is not None:
        return MISTAKE_ECHOES[wrong][c.style][hot]
    n = stars(before.emotion)
    if n >= RUNG_ECHO_FROM and RUNGS[band(n)] in acts:
        return GOOD_ECHOES["rung"][c.style][hot]
    top = before.dominant
    met = TUNING["dominant-need"]["met_at"]
    if before.need(top) < met <= after.need(top):
        return GOOD_ECHOES["need"][c.style][hot]
    manner = MANNERS[c.style]
    if manner in acts and manner not in said_before:
        return GOOD_ECHOES["manner"][c.style][hot]
    return None
