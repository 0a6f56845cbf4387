"""The xAPI 1.0.3 statements of finished saves: written as JSON lines (`--format xapi`) and sent
to an LRS (`--to-lrs`, game/report/lrs.py), the same statements either way (`statements`).

A session played on its own gives one `completed` statement with the score, `success` against
the pass mark, and (when the save has its times) `timestamp` and `duration`. A session launched
from an LMS (the save's `launch`, cmi5) gives what the cmi5 profile asks of an AU: `completed`
(completion, duration), then `passed` or `failed` (score, success, duration), for the LMS's
actor, activity and registration, in the cmi5 and moveOn categories, with a session id.

Nothing is invented: each statement's id is a uuid5 of the save file's bytes (and the verb),
so the same save always gives the same statements and a re-send is harmless; no time is sent
that the save does not hold.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from game.engine.session import COLD_BELOW
from game.report.collect import Record
from game.report.labels import workshop_key
from game.saves.times import Times

ADL = "http://adlnet.gov/expapi/verbs/"
COMPLETED, PASSED, FAILED = ADL + "completed", ADL + "passed", ADL + "failed"
VERB_WORDS = {
    COMPLETED: {"en-US": "completed", "zh-CN": "完成"},
    PASSED: {"en-US": "passed", "zh-CN": "通过"},
    FAILED: {"en-US": "failed", "zh-CN": "未通过"},
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
HOME = "urn:frontdesk"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, HOME)
LANGUAGE = {"en": "en-US", "zh": "zh-CN"}
# the pass mark: a score from which the customer remembers the episode well (the endings'
# "well", engine/session.py), the score the debrief's warm endings need
PASS_MARK = COLD_BELOW
CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon"
SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
DESCRIPTION = {
    "en-US": "A frontdesk customer-service role-play: one customer, from their first words to "
    "the end of the matter, scored by how they will remember it (0 to 100).",
    "zh-CN": "frontdesk 客服角色扮演：一位客户，从第一句话到事情了结，"
    "按对方将如何记住这次经历评分（0 到 100）。",
}
GAME = {
    "objectType": "Activity",
    "id": HOME,
    "definition": {"name": {"en-US": "frontdesk", "zh-CN": "frontdesk"}},
}


def duration(seconds: int) -> str:
    """An ISO 8601 duration as xAPI writes it: 270 -> PT4M30S, 0 -> PT0S."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    parts = (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s or not h + m else "")
    return "PT" + parts


def _seconds(r: Record) -> int | None:
    return Times(r.started, r.ended).seconds


def _score(score: float) -> dict[str, Any]:
    return {"scaled": round(score / 100, 4), "raw": round(score, 2), "min": 0, "max": 100}


def _object(r: Record, activity: str) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": activity,
        "definition": {
            "name": {"en-US": r.title.en, "zh-CN": r.title.zh},
            "description": DESCRIPTION,
            "type": SIMULATION,
        },
    }


def _extensions(r: Record) -> dict[str, Any]:
    assert r.ending is not None
    found: dict[str, Any] = {
        f"{HOME}:episode": r.episode,
        f"{HOME}:seed": r.seed,
        f"{HOME}:save": r.name,
        f"{HOME}:workshop": r.workshop,
        f"{HOME}:left-early": r.ending.left,
    }
    return {k: v for k, v in found.items() if v is not None}


def _plain(r: Record, result: dict[str, Any]) -> dict[str, Any]:
    """A session played on its own (or in a workshop): one `completed` statement."""
    assert r.ending is not None
    score = r.ending.score
    context: dict[str, Any] = {
        "language": LANGUAGE[r.lang],
        "extensions": _extensions(r),
        "contextActivities": {"grouping": [GAME]}
        | ({"parent": [_workshop(r.workshop)]} if r.workshop else {}),
    }
    return {
        "id": str(uuid.uuid5(NAMESPACE, r.digest)),
        "actor": {
            "objectType": "Agent",
            "name": r.player,
            "account": {"homePage": HOME, "name": f"{workshop_key(r.workshop)}/{r.player}"},
        },
        "verb": {"id": COMPLETED, "display": VERB_WORDS[COMPLETED]},
        "object": _object(r, f"{HOME}:episode:{r.episode}"),
        "result": {"score": _score(score), "success": score >= PASS_MARK, "completion": True}
        | result,
        "context": context,
    }


def _workshop(code: str) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": f"{HOME}:workshop:{code}",
        "definition": {"name": {"en-US": f"workshop {code}", "zh-CN": f"工作坊 {code}"}},
    }


def _cmi5(r: Record, times: dict[str, Any]) -> list[dict[str, Any]]:
    """A session launched from an LMS: `completed`, then `passed` or `failed` (cmi5 9.3)."""
    launch, ending = r.launch, r.ending
    assert launch is not None and ending is not None
    score = ending.score
    passed = score >= PASS_MARK
    extensions = _extensions(r) | {SESSION_ID: str(uuid.uuid5(NAMESPACE, r.digest + "/session"))}

    def one(verb: str, result: dict[str, Any]) -> dict[str, Any]:
        key = r.digest if verb == COMPLETED else f"{r.digest}/{verb}"
        return {
            "id": str(uuid.uuid5(NAMESPACE, key)),
            "actor": launch.actor(),
            "verb": {"id": verb, "display": VERB_WORDS[verb]},
            "object": _object(r, launch.activity),
            "result": result | times,
            "context": {
                "registration": launch.registration,
                "language": LANGUAGE[r.lang],
                "extensions": extensions,
                "contextActivities": {
                    "category": [{"objectType": "Activity", "id": c} for c in (CMI5, MOVE_ON)],
                    "grouping": [GAME],
                },
            },
        }

    return [
        one(COMPLETED, {"completion": True}),
        one(PASSED if passed else FAILED, {"score": _score(score), "success": passed}),
    ]


def statements(r: Record) -> list[dict[str, Any]]:
    """The statements of one finished save (`r.digest` set), in the order they are sent."""
    assert r.ending is not None and r.digest
    seconds = _seconds(r)
    result = {"duration": duration(seconds)} if seconds is not None else {}
    stamp = r.ended or r.started
    when = {"timestamp": stamp} if stamp is not None else {}
    made = _cmi5(r, result) if r.launch is not None else [_plain(r, result)]
    return [s | when for s in made]


def all_statements(records: Sequence[Record]) -> list[dict[str, Any]]:
    """`records` in report order (workshop, player, episode, save); unfinished ones skipped."""
    return [s for r in records if r.ending is not None for s in statements(r)]


def line(statement: dict[str, Any]) -> str:
    return json.dumps(statement, ensure_ascii=False, sort_keys=True) + "\n"


def render(records: Sequence[Record]) -> str:
    return "".join(line(s) for s in all_statements(records))
