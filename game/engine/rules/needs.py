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
    en, zh = need_phrase(top).en, need_phrase(top).zh
    if what == "lesser":
        return note(
            "top-need",
            False,
            f"served a lesser need while what they wanted most was {en}",
            f"主导需求“{zh}”未满足，先满足次要需求事倍功半",
        )
    if what == "served":
        return note(
            "top-need",
            True,
            f"went straight at what they wanted most: {en}",
            f"抓住了主导需求“{zh}”",
        )
    if what == "off_target":
        return note(
            "top-need",
            False,
            f"answered something they did not ask first; they wanted {en}",
            f"答非所求：客户最在意的是“{zh}”",
        )
    if what == "still_waiting":
        return note(
            "top-need",
            False,
            f"calm enough now, and still nothing done; they wanted {en}",
            f"情绪已平复，“{zh}”却还没有着落",
        )
    return note(
        "top-need-met",
        True,
        f"they got what they wanted most ({en}); another need now leads",
        f"“{zh}”已满足，其他需求升为主导",
    )


_HARD_SELL = note("selling", False, "sold before understanding the need", "未了解需求就推销")


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
_NOT_MATTERING = note("mattered", False, "implied they did not matter", "暗示客户不重要")
_BARE_FIX = note(
    "care",
    False,
    "a bare fix, with no regard for how they felt, satisfied less",
    "只解决问题、不顾感受，满意度打了折扣",
)


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
            w.note(
                "expectations",
                True,
                "honest expectations, said with care: what cannot be done weighs less"
                if cared
                else "honest expectations made what cannot be done weigh less",
                "坦诚管理期望并照顾感受：做不到的部分不再那么重要"
                if cared
                else "期望值管理让做不到的部分不再那么重要",
            )
    if cared or not c.weights.emotional:
        return
    felt = [had.get(n, 0.0) for n in c.weights.emotional]  # the emotional needs they have
    bare = sum(felt) / len(felt) < k["bare_material_below"]
    if bare and w.scale(c.f.material, k["bare_material_factor"]):
        w.said(_BARE_FIX)
