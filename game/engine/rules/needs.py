"""Rules 4 and 5, the needs: the dominant need first; emotional needs carry material ones."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from game.engine.facets import MATERIAL_NEEDS
from game.engine.notes import Note
from game.engine.rules.base import Work, need_phrase, note
from game.engine.tuning import TUNING

if TYPE_CHECKING:
    from game.engine.rules.facts import Ctx


# 4. dominant need first (001 服务内涵: 主导需求)
@cache
def _top_note(top: str, what: str) -> Note:
    """`what`: "lesser", "served", "off_target", "still_waiting" or "met"."""
    return note(
        "top-need-met" if what == "met" else "top-need",
        what == "served" or what == "met",
        f"top.{what}",
        need=need_phrase(top),
    )


_HARD_SELL = note("selling", False, "hard_sell")


def dominant_need(c: Ctx, w: Work) -> None:
    k = TUNING["dominant-need"]
    top, gains, met_at = c.top, w.gains, k["met_at"]
    had = c.needs.get(top, 0.0)
    unmet = had < met_at
    if unmet and gains.get(top, 0.0) <= 0:
        # a lesser need counts for less, the more so the further it lies below the dominant one
        weights = c.mine
        lf, scaled = k["lesser_factor"], False
        for n in tuple(gains):
            if n != top and weights.get(n, 0.0) > 0:
                share = min(1.0, weights[n] / weights[top]) if weights[top] > 0 else 1.0
                scaled = w.scale((n,), lf + (1.0 - lf) * share * share) or scaled
        if scaled:
            w.said(_top_note(top, "lesser"))
    gain = gains.get(top, 0.0)
    if gain > 0:
        w.waiting = 0
    calm = c.emotion < k["calm_enough_below"]
    if gain >= k["served_min_gain"]:
        w.add(k["served"])
        w.said(_top_note(top, "served"))
    elif unmet and gain <= 0 and c.f.need_acts and calm:
        w.add(k["off_target"])
        w.said(_top_note(top, "off_target"))
    waiting = c.progress.waiting
    if unmet and top in MATERIAL_NEEDS and c.f.soothing_only and calm and gain <= 0:
        # sympathy is not solving: calm enough to want the fix, and only soothing again
        w.waiting = waiting + 1
        w.add(k["still_waiting"], min(waiting + 1, k["still_waiting_cap"]))
        w.said(_top_note(top, "still_waiting"))
    if had + gain >= met_at and unmet:
        w.shift[top] = k["shift_factor"]
        w.said(_top_note(top, "met"))
    if "hard_sell" in c.seen:
        w.add(k["hard_sell"])
        w.said(_HARD_SELL)


# 5. emotional needs can carry unmet material ones (001 此消彼长): care makes an unmet need
# acceptable (it weighs less once honestly explained), never met
_NOT_MATTERING = note("mattered", False, "not_mattering")
_BARE_FIX = note("care", False, "bare_fix")


def emotional_carry(c: Ctx, w: Work) -> None:
    k = TUNING["emotional-carry"]
    had, gains = c.needs, w.gains
    if "imply_unimportant" in c.seen:
        w.add(k["imply_unimportant"])
        w.said(_NOT_MATTERING)
    # whether the reply served an emotional need (any of the three, had or not)
    cared = gains.get("respect", 0.0) > 0 or gains.get("heard", 0.0) > 0
    cared = cared or gains.get("pleasure", 0.0) > 0
    if "manage_expectations" in c.seen and not c.progress.managed:
        below = k["unmet_below"]
        unmet = tuple(n for n in c.weights.material if had.get(n, 0.0) < below)
        if unmet:
            # expectation management reorders the customer's needs (001 期望值管理)
            factor = k["cared_reorder"] if cared else k["expectations_reorder"]
            for n in unmet:
                w.shift[n] = factor
            w.note("expectations", True, "expectations.cared" if cared else "expectations")
    if cared or not c.weights.emotional:
        return
    felt = [had.get(n, 0.0) for n in c.weights.emotional]  # the emotional needs they have
    bare = sum(felt) / len(felt) < k["bare_material_below"]
    if bare and w.scale(c.f.material, k["bare_material_factor"]):
        w.said(_BARE_FIX)
