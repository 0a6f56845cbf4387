"""A customer drawn from a seed within the limits a story sets (model.md §1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.engine.facets import CAUSES, FACTORS, NEEDS, STATES, STYLES, TRAITS
from game.engine.people import LOOKS, NAMES, Person, look_of
from game.engine.rng import Rng
from game.engine.text import Text
from game.engine.tuning import CALM_STATES_UP_TO, PHONE_DEMANDING_WEIGHT, TRUSTS_SELF_PRAISE


@dataclass(frozen=True, slots=True)
class CustomerTemplate:
    """What a story allows; the seed decides the rest. Empty tuples mean 'any'."""

    styles: tuple[str, ...] = tuple(STYLES)
    traits: tuple[str, ...] = tuple(TRAITS)
    max_traits: int = 2
    anger: tuple[int, int] = (0, 6)
    states: tuple[str, ...] = tuple(STATES)
    causes: tuple[str, ...] = tuple(CAUSES)
    # need -> (lowest, highest) weight; needs left out get weight 0
    needs: dict[str, tuple[float, float]] = field(
        default_factory=lambda: {"solve": (0.4, 1.0), "heard": (0.2, 0.8)}
    )
    # factor -> allowed values; factors left out are drawn from all their values
    factors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    comprehension: tuple[str, ...] = ("low", "normal", "high")
    ages: tuple[str, ...] = ("young", "middle", "elder")


@dataclass(frozen=True, slots=True)
class Customer:
    name: Text
    age: str
    look: Text
    style: str
    traits: tuple[str, ...]
    state: str
    cause: str
    anger: int
    needs: tuple[tuple[str, float], ...]  # (need, weight), in NEEDS order
    factors: tuple[tuple[str, str], ...]  # (factor, value), in FACTORS order
    comprehension: str
    trusts_self_praise: bool
    # derived once, for the rules' hot path
    _factor_map: dict[str, str] = field(init=False, repr=False, compare=False)
    expression: str = field(init=False, repr=False, compare=False)
    # what the engine works out once about this customer, on first use (rules.Profile)
    _memo: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_factor_map", dict(self.factors))
        object.__setattr__(self, "expression", self._expression())
        object.__setattr__(self, "_memo", {})

    def has(self, trait: str) -> bool:
        return trait in self.traits

    def factor(self, name: str) -> str:
        return self._factor_map[name]

    def weight(self, need: str) -> float:
        return dict(self.needs).get(need, 0.0)

    @property
    def dominant(self) -> str:
        return dominant_need(dict(self.needs))

    def _expression(self) -> str:
        """The way of expressing that reaches this customer (004)."""
        if self.comprehension == "low" or self.cause == "poor_comprehension":
            return "interpret"
        if self.state in ("dissatisfied", "domineering") or "eccentric" in self.traits:
            return "comment"
        if not self.trusts_self_praise:
            return "explain_with_case"
        return "narrate"


def dominant_need(weights: dict[str, float]) -> str:
    """The need with the highest weight; ties go to the earlier need in NEEDS (never dict order)."""
    best = NEEDS[0]
    top = weights.get(best, 0.0)
    for need in NEEDS:
        w = weights.get(need, 0.0)
        if w > top:
            best, top = need, w
    return best


def _style(template: CustomerTemplate, rng: Rng, channel: str) -> str:
    styles = list(template.styles)
    if channel == "phone" and "demanding" in styles and len(styles) > 1:
        styles += ["demanding"] * (PHONE_DEMANDING_WEIGHT - 1)
    return rng.choice(styles)


_TRAIT_ORDER = {tr: i for i, tr in enumerate(TRAITS)}


def generate(template: CustomerTemplate, rng: Rng, channel: str = "counter") -> Customer:
    """Draws one customer. The draw order is fixed, so a seed means the same person everywhere."""
    style = _style(template, rng, channel)
    n_traits = rng.between(0, min(template.max_traits, len(template.traits)))
    pool = [tr for tr in TRAITS if tr in template.traits]
    traits = tuple(sorted(rng.sample(pool, n_traits), key=_TRAIT_ORDER.__getitem__))
    anger = rng.between(*template.anger)
    calm_states = [s for s in template.states if s == "none"]
    hot_states = [s for s in template.states if s != "none"] or ["none"]
    state = (
        rng.choice(calm_states or hot_states)
        if anger <= CALM_STATES_UP_TO
        else rng.choice(hot_states)
    )
    cause = rng.choice(template.causes)
    needs = tuple(
        (need, round(rng.uniform(*template.needs[need]), 3))
        for need in NEEDS
        if need in template.needs
    )
    factors = tuple(
        (name, rng.choice(template.factors.get(name) or values)) for name, values in FACTORS.items()
    )
    comprehension = rng.choice(template.comprehension)
    trusts = rng.chance(TRUSTS_SELF_PRAISE) and not (
        "sarcastic" in traits or "opinion_minded" in traits
    )
    age = rng.choice(template.ages)
    person: Person = rng.choice(NAMES)
    where = "phone" if channel == "phone" else "counter"
    look = look_of(where, rng.choice(LOOKS[where]))
    return Customer(
        name=person.name,
        age=age,
        look=look,
        style=style,
        traits=traits,
        state=state,
        cause=cause,
        anger=anger,
        needs=needs,
        factors=factors,
        comprehension=comprehension,
        trusts_self_praise=trusts,
    )
