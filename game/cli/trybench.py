"""`frontdesk try`: the trainer's what-if bench, one generated customer driven by act lists."""

from __future__ import annotations

import json
from dataclasses import replace

from game.engine.acts import ACTS
from game.engine.customer import Customer, CustomerTemplate, generate
from game.engine.facets import (
    AGE_BANDS,
    CAUSES,
    COMPREHENSION,
    FACTORS,
    NEEDS,
    STATES,
    STYLES,
    TRAITS,
)
from game.engine.meters import Meters, initial_state
from game.engine.rng import Rng
from game.engine.scoring import peak_end
from game.engine.turn import Outcome, evaluate
from game.usage import fail

_CHOICES: dict[str, tuple[str, ...]] = {
    "style": tuple(STYLES),
    "state": tuple(STATES),
    "cause": tuple(CAUSES),
    "comprehension": COMPREHENSION,
    "age": tuple(AGE_BANDS),
    "dominant": NEEDS,
}


def parse_customer(spec: str, seed: int) -> Customer:
    """`style=demanding,anger=5,dominant=solve,traits=proud+talkative,time=punctual`."""
    fields: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, sep, value = part.partition("=")
        if not sep or not value:
            fail(f"--customer: expected key=value, got {part!r}")
        fields[key.strip()] = value.strip()
    tpl = CustomerTemplate()
    for key, value in fields.items():
        if key in _CHOICES and value not in _CHOICES[key]:
            fail(f"--customer: {key} must be one of {', '.join(_CHOICES[key])}, not {value!r}")
        if key == "style":
            tpl = replace(tpl, styles=(value,))
        elif key == "state":
            tpl = replace(tpl, states=(value,))
        elif key == "cause":
            tpl = replace(tpl, causes=(value,))
        elif key == "comprehension":
            tpl = replace(tpl, comprehension=(value,))
        elif key == "age":
            tpl = replace(tpl, ages=(value,))
        elif key == "anger":
            if not value.isdigit() or not 0 <= int(value) <= 6:
                fail(f"--customer: anger must be 0 to 6, not {value!r}")
            tpl = replace(tpl, anger=(int(value), int(value)))
        elif key == "dominant":
            needs = {n: (0.2, 0.5) for n in ("solve", "heard", "understand")}
            needs[value] = (0.9, 1.0)
            tpl = replace(tpl, needs=needs)
        elif key == "traits":
            names = tuple(v for v in value.split("+") if v)
            bad = [n for n in names if n not in TRAITS]
            if bad or len(names) > 2:
                fail(f"--customer: traits are up to two of {', '.join(TRAITS)}; got {value!r}")
            tpl = replace(tpl, traits=names, max_traits=len(names))
        elif key in FACTORS:
            if value not in FACTORS[key]:
                fail(f"--customer: {key} must be one of {', '.join(FACTORS[key])}")
            tpl = replace(tpl, factors={**tpl.factors, key: (value,)})
        else:
            fail(f"--customer: unknown facet {key!r}")
    c = generate(tpl, Rng("try", seed))
    if "traits" in fields:  # exactly the traits asked for, not a draw among them
        c = replace(c, traits=tpl.traits)
    return c


def _meters(m: Meters) -> dict[str, object]:
    return {"emotion": m.emotion, "trust": m.trust, "patience": m.patience, "needs": dict(m.needs)}


def run_try(spec: str, turns: list[str], seed: int, channel: str, as_json: bool) -> int:
    customer = parse_customer(spec, seed)
    plan: list[tuple[str, ...]] = []
    for turn in turns:
        acts = tuple(a for a in turn.split("+") if a)
        unknown = [a for a in acts if a not in ACTS]
        if not acts or unknown:
            fail(f"--turn {turn!r}: unknown act {unknown[0]!r}" if unknown else "--turn is empty")
        plan.append(acts)
    state = initial_state(customer)
    outcomes: list[Outcome] = []
    for acts in plan:
        out = evaluate(customer, state, acts, channel)
        outcomes.append(out)
        state = out.after
        if out.ended:
            break
    ended = outcomes[-1].ended
    score = round(peak_end([o.moment for o in outcomes]), 2)
    if as_json:
        rows = [
            {
                "acts": list(o.acts),
                "moment": o.moment,
                "meters": _meters(o.after.meters),
                "rules": list(dict.fromkeys(f.rule for f in o.fired)),
            }
            for o in outcomes
        ]
        doc = {"customer": _describe(customer), "turns": rows, "ended": ended, "score": score}
        print(json.dumps(doc, ensure_ascii=False))
        return 0
    print(f"customer: {json.dumps(_describe(customer), ensure_ascii=False)}")
    for i, o in enumerate(outcomes, 1):
        m = o.after.meters
        rules = ", ".join(dict.fromkeys(f.rule for f in o.fired))
        print(
            f"{i:2}. {'+'.join(o.acts):40} moment {o.moment:7}  emotion {m.emotion:5}"
            f"  trust {m.trust:5}  patience {m.patience:5}  {rules}"
        )
    print(f"ended: {ended or '-'}   peak-end score: {score}")
    return 0


def _describe(c: Customer) -> dict[str, object]:
    return {
        "name": c.name.en,
        "style": c.style,
        "anger": c.anger,
        "traits": list(c.traits),
        "state": c.state,
        "cause": c.cause,
        "dominant": c.dominant,
        "needs": dict(c.needs),
        "factors": dict(c.factors),
        "comprehension": c.comprehension,
        "expression": c.expression,
        "age": c.age,
    }
