"""A session launched from an LMS (cmi5): who the LMS says the learner is, in which registration,
for which of its activities (issue #15).

An LMS that follows cmi5 opens the game at a launch URL whose query carries `endpoint`,
`fetch`, `actor`, `registration` and `activityId` (cmi5 section 8.1). The save keeps the three
that name the attempt (top-level `"launch": {"registration", "activity", "actor"}`), so the class
report can send cmi5 statements for it later; `endpoint` and `fetch` (a one-time token URL) are
the LMS's own business and are never written down. A save without a launch has no field.

Only the standard library: read by the save format and the class report.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from game.saves.strict import SaveError

# the query parameters of a cmi5 launch URL (cmi5 8.1); the report needs the last three
PARAMETERS = ("endpoint", "fetch", "actor", "registration", "activityId")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")  # an absolute IRI, roughly
MAX_CHARS = 2000  # each value: a launch URL is not a place for a book


class LaunchError(ValueError):
    """A launch URL or record that is not one (one line, never quoting a secret)."""


@dataclass(frozen=True, slots=True)
class Launch:
    registration: str  # the LMS's registration: a UUID, lower case
    activity: str  # the AU's activity id (an IRI), the object of every statement
    home: str  # the actor's account: homePage (an IRL) ...
    account: str  # ... and name, as the LMS gave them
    name: str | None = None  # the learner's name, when the LMS gave one

    def actor(self) -> dict[str, Any]:
        """The xAPI Agent of the launch: the actor of every cmi5 statement of the session."""
        agent: dict[str, Any] = {
            "objectType": "Agent",
            "account": {"homePage": self.home, "name": self.account},
        }
        return agent | ({"name": self.name} if self.name is not None else {})


def _text(value: object, what: str, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_CHARS:
        raise LaunchError(f"{what} is missing or is not text")
    if pattern is not None and not pattern.fullmatch(value):
        raise LaunchError(f"{what} is not an absolute IRI")
    return value


def _registration(value: object) -> str:
    text = _text(value, "the registration")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise LaunchError("the registration is not a UUID") from None


def _actor(value: object) -> tuple[str, str, str | None]:
    """An Agent identified by an account (cmi5 requires one): (homePage, name, display name)."""
    if not isinstance(value, dict) or value.get("objectType", "Agent") != "Agent":
        raise LaunchError("the actor is not an xAPI Agent")
    account = value.get("account")
    if not isinstance(account, dict):
        raise LaunchError("the actor has no account (cmi5 names the learner by an account)")
    home = _text(account.get("homePage"), "the actor's account homePage", _IRI)
    name = _text(account.get("name"), "the actor's account name")
    shown = value.get("name")
    if shown is not None:
        shown = _text(shown, "the actor's name")
    return home, name, shown


def from_url(url: str) -> Launch:
    """The launch in a cmi5 launch URL (or its bare query, `?endpoint=...` or `endpoint=...`)."""
    query = urlsplit(url).query if "?" in url else url
    values = parse_qs(query, keep_blank_values=True)
    for key in ("actor", "registration", "activityId"):
        if len(values.get(key, [])) != 1:
            raise LaunchError(f"the launch URL has no single {key!r} (cmi5 launch parameters)")
    try:
        actor = json.loads(values["actor"][0])
    except (ValueError, RecursionError):
        raise LaunchError("the launch URL's actor is not JSON") from None
    home, name, shown = _actor(actor)
    return Launch(
        registration=_registration(values["registration"][0]),
        activity=_text(values["activityId"][0], "the activityId", _IRI),
        home=home,
        account=name,
        name=shown,
    )


def launch_json(launch: Launch) -> dict[str, Any]:
    return {
        "registration": launch.registration,
        "activity": launch.activity,
        "actor": launch.actor(),
    }


def read_launch(obj: object) -> Launch:
    """A save's `launch` record, every field checked; `SaveError` (one line) otherwise."""
    if not isinstance(obj, dict) or set(obj) != {"registration", "activity", "actor"}:
        raise SaveError("field 'launch' must hold exactly registration, activity and actor")
    actor = obj["actor"]
    if not isinstance(actor, dict) or not set(actor) <= {"objectType", "account", "name"}:
        raise SaveError("field 'launch.actor' holds fields an xAPI Agent with an account has not")
    if not isinstance(actor.get("account"), dict) or set(actor["account"]) != {"homePage", "name"}:
        raise SaveError("field 'launch.actor.account' must hold exactly homePage and name")
    try:
        home, name, shown = _actor(actor)
        registration = _registration(obj["registration"])
        if registration != obj["registration"]:
            raise LaunchError("the registration is not a UUID in lower case")
        return Launch(registration, _text(obj["activity"], "the activity", _IRI), home, name, shown)
    except LaunchError as err:
        raise SaveError(f"field 'launch': {err}") from None
