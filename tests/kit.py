"""Small builders for engine tests: a customer chosen facet by facet, and turns played in a row."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.customer import Customer
from game.engine.facets import FACTORS
from game.engine.meters import Meters, State, initial_state
from game.engine.rules import RULE_IDS
from game.engine.scoring import peak_end
from game.engine.text import t
from game.engine.turn import Outcome, evaluate


def customer(
    style: str = "steady",
    anger: int = 3,
    traits: tuple[str, ...] = (),
    needs: tuple[tuple[str, float], ...] = (("solve", 0.9), ("understand", 0.4), ("heard", 0.5)),
    state: str = "dissatisfied",
    cause: str = "frustrated",
    comprehension: str = "normal",
    trusts_self_praise: bool = True,
    age: str = "middle",
    **factors: str,
) -> Customer:
    chosen = {name: values[-1] for name, values in FACTORS.items()}
    chosen.update(factors)
    return Customer(
        name=t("Ms. Test", "测试女士"),
        age=age,
        look=t("", ""),
        style=style,
        traits=traits,
        state=state,
        cause=cause,
        anger=anger,
        needs=needs,
        factors=tuple((n, chosen[n]) for n in FACTORS),
        comprehension=comprehension,
        trusts_self_praise=trusts_self_praise,
    )


@dataclass(frozen=True)
class Played:
    outcomes: tuple[Outcome, ...]

    @property
    def last(self) -> Meters:
        return self.outcomes[-1].after.meters

    @property
    def moments(self) -> list[float]:
        return [o.moment for o in self.outcomes]

    @property
    def score(self) -> float:
        return peak_end(self.moments)


def play(
    c: Customer,
    *turns: str,
    rules: tuple[str, ...] = RULE_IDS,
    channel: str = "counter",
    start: State | None = None,
) -> Played:
    """Plays turns given as 'act+act'; stops early if the customer leaves."""
    state = start or initial_state(c)
    outs: list[Outcome] = []
    for turn in turns:
        out = evaluate(c, state, tuple(turn.split("+")), channel, rules)
        outs.append(out)
        state = out.after
        if out.ended:
            break
    return Played(tuple(outs))


def without(rule: str) -> tuple[str, ...]:
    assert rule in RULE_IDS
    return tuple(r for r in RULE_IDS if r != rule)
