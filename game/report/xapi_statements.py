"""One xAPI statement per finished save, as JSON lines (`--format xapi`), for an LRS.

Nothing is invented: no timestamp (a save does not record when it was played), and each
statement's id is a uuid5 of the save file's bytes, so the same save always gives the same
statement and an LRS can drop a duplicate.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from game.report.collect import Record
from game.report.labels import workshop_key

COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
HOME = "urn:frontdesk"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, HOME)
LANGUAGE = {"en": "en-US", "zh": "zh-CN"}


def statement(r: Record) -> dict[str, Any]:
    assert r.ending is not None and r.digest
    score = r.ending.score
    return {
        "id": str(uuid.uuid5(NAMESPACE, r.digest)),
        "actor": {
            "objectType": "Agent",
            "name": r.player,
            "account": {"homePage": HOME, "name": f"{workshop_key(r.workshop)}/{r.player}"},
        },
        "verb": {"id": COMPLETED, "display": {"en-US": "completed"}},
        "object": {
            "objectType": "Activity",
            "id": f"{HOME}:episode:{r.episode}",
            "definition": {
                "name": {"en-US": r.title.get("en"), "zh-CN": r.title.get("zh")},
                "type": SIMULATION,
            },
        },
        "result": {
            "score": {"scaled": round(score / 100, 4), "raw": score, "min": 0, "max": 100},
            "completion": True,
        },
        "context": {
            "language": LANGUAGE[r.lang],
            "extensions": {
                f"{HOME}:workshop": r.workshop,
                f"{HOME}:seed": r.seed,
                f"{HOME}:save": r.name,
                f"{HOME}:left-early": r.ending.left,
            },
        },
    }


def render(records: Sequence[Record]) -> str:
    """`records` in report order (workshop, player, episode, save); unfinished ones skipped."""
    return "".join(
        json.dumps(statement(r), ensure_ascii=False, sort_keys=True) + "\n"
        for r in records
        if r.ending is not None
    )
