"""A session launched from an LMS (cmi5, issue #15): the launch URL read strictly, kept in the
save's top-level "launch" (absent otherwise), passed on by `frontdesk serve` to the game."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from textual.pilot import Pilot

from game.cli.main import main
from game.saves.check import check
from game.saves.format import SaveError, dump, parse_save
from game.saves.launch import Launch, LaunchError, from_url
from game.saves.store import Store, flush, read_save
from game.tui.app import FrontdeskApp, make_app
from tests.savekit import saved
from tests.serve.kit import ECHO, KEY, origin, served
from tests.tui.kit import SEED, fixture_story, key_for, run, session_of

REGISTRATION = "2b3c4d5e-0000-4000-8000-000000000001"
ACTIVITY = "https://lms.example.org/course/7/au/frontdesk"
ACTOR = {
    "objectType": "Agent",
    "account": {"homePage": "https://lms.example.org", "name": "learner-17"},
    "name": "Bo",
}
SECRET = "https://lms.example.org/fetch?token=one-time-7f3a"


def launch_query(**changes: Any) -> str:
    """The query of a cmi5 launch URL as an LMS builds it (cmi5 8.1)."""
    values: dict[str, Any] = {
        "endpoint": "https://lms.example.org/lrs/",
        "fetch": SECRET,
        "actor": json.dumps(ACTOR),
        "registration": REGISTRATION.upper(),  # a UUID in any case
        "activityId": ACTIVITY,
    } | changes
    return urlencode({k: v for k, v in values.items() if v is not None})


LAUNCH = Launch(REGISTRATION, ACTIVITY, "https://lms.example.org", "learner-17", "Bo")


def test_a_cmi5_launch_url_gives_the_learner_the_registration_and_the_activity() -> None:
    assert from_url(f"https://au.example.org/play?{launch_query()}") == LAUNCH
    assert from_url("?" + launch_query()) == LAUNCH  # the bare query does too
    assert LAUNCH.actor() == ACTOR


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"registration": None}, "registration"),
        ({"registration": "not-a-uuid"}, "UUID"),
        ({"activityId": "no scheme here"}, "IRI"),
        ({"actor": "{not json"}, "JSON"),
        ({"actor": json.dumps({"objectType": "Agent", "mbox": "mailto:a@b.c"})}, "account"),
        ({"actor": json.dumps({"objectType": "Group", "account": ACTOR["account"]})}, "Agent"),
    ],
)
def test_a_launch_url_that_is_not_one_is_refused_in_one_line(
    changes: dict[str, Any], words: str
) -> None:
    with pytest.raises(LaunchError) as err:
        from_url("?" + launch_query(**changes))
    assert words in str(err.value) and "\n" not in str(err.value)
    assert "one-time" not in str(err.value)  # the fetch URL is a secret: never quoted


def test_the_launch_round_trips_in_the_save_and_is_absent_without_one() -> None:
    plain = saved()
    assert "launch" not in json.loads(dump(plain))
    assert parse_save(dump(plain)).launch is None
    launched = replace(plain, launch=LAUNCH)
    obj = json.loads(dump(launched))
    assert obj["launch"] == {"registration": REGISTRATION, "activity": ACTIVITY, "actor": ACTOR}
    assert "endpoint" not in json.dumps(obj) and "one-time" not in json.dumps(obj)
    assert parse_save(dump(launched)).launch == LAUNCH
    story = fixture_story()
    assert check(parse_save(dump(launched)), story) is None  # replay --check never looks at it


def _with_launch(launch: object) -> bytes:
    obj = json.loads(dump(saved()))
    obj["launch"] = launch
    return json.dumps(obj).encode()


GOOD: dict[str, Any] = {"registration": REGISTRATION, "activity": ACTIVITY, "actor": ACTOR}


@pytest.mark.parametrize(
    "launch",
    [
        "yes",
        {k: v for k, v in GOOD.items() if k != "actor"},
        GOOD | {"endpoint": "https://lms.example.org/lrs/"},
        GOOD | {"registration": REGISTRATION.upper()},
        GOOD | {"activity": "not an iri"},
        GOOD | {"actor": {"objectType": "Agent", "mbox": "mailto:a@b.c"}},
        GOOD | {"actor": ACTOR | {"account": {"homePage": "https://x.org", "name": "a", "x": 1}}},
    ],
)
def test_a_wrong_launch_in_a_save_is_refused_in_one_line(launch: object) -> None:
    with pytest.raises(SaveError) as err:
        parse_save(_with_launch(launch))
    assert "launch" in str(err.value) and "\n" not in str(err.value)


def test_a_game_opened_from_an_lms_keeps_the_launch_in_every_save(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    story = fixture_story()
    app = make_app(lambda: [story], story=story, seed=SEED, name="Bo", store=store, lms=LAUNCH)
    app.animation_level = "none"

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await pilot.press(key_for(session_of(app), "feel"))
        await pilot.pause()

    run(app, body)
    flush(10)
    [path] = tmp_path.glob("*.json")
    assert read_save(path).launch == LAUNCH


def test_a_launched_save_continued_without_the_lms_keeps_its_launch(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    name = store.reserve("Bo", "tui-story", SEED)
    store.write(replace(saved(("feel",), name=name), player="Bo", launch=LAUNCH))
    story = fixture_story()
    app = make_app(lambda: [story], seed=SEED, name="Bo", store=store)  # no --cmi5-launch
    app.animation_level = "none"

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        app.resume(read_save(tmp_path / f"{name}.json"))
        await pilot.pause()
        await pilot.press(key_for(session_of(app), "check"))
        await pilot.pause()

    run(app, body)
    flush(10)
    again = read_save(tmp_path / f"{name}.json")
    assert len(again.turns) == 2 and again.launch == LAUNCH


def test_a_bad_cmi5_launch_on_the_command_line_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--cmi5-launch", "https://au.example.org/?" + launch_query(actor="{")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--cmi5-launch" in err and "JSON" in err


def test_serve_passes_an_lms_launch_to_the_game_and_keeps_fetch_out_of_it(
    tmp_path: Path,
) -> None:
    async def go() -> None:
        argv = [sys.executable, "-c", ECHO]
        async with served(tmp_path, argv=argv) as (client, server):
            r = await client.get(f"/?key={KEY}&{launch_query()}", allow_redirects=False)
            assert r.status == 303
            location = r.headers["Location"]
            assert "registration=" in location and "fetch" not in location and KEY not in location
            page = await (await client.get(location)).text()
            url = re.search(r'data-session-websocket-url="([^"]+)"', page)
            assert url is not None and "/ws/" in url[1]
            path = url[1].split(str(client.port), 1)[1]
            ws = await client.ws_connect(path + "?width=80&height=24", headers=_origin(client))
            await ws.receive()
            (game,) = server.games.values()
            args = Path(f"/proc/{game.pid}/cmdline").read_bytes().decode().split("\0")
            await ws.close()
            given = args[args.index("--cmi5-launch") + 1]
            assert from_url(given) == LAUNCH and "fetch" not in given
            bad = await client.get("/?" + launch_query(registration="nope"))
            assert bad.status == 400 and "学习平台" in await bad.text()
            forged = base64.urlsafe_b64encode(b"?actor=%7B").decode()
            before = set(server.games)  # the first game may still be stopping
            with pytest.raises(Exception, match="400"):
                await client.ws_connect(f"/ws/{forged}", headers=_origin(client))
            assert set(server.games) <= before  # no game started for a forged launch

    asyncio.run(go())


def _origin(client: Any) -> dict[str, str]:
    return {"Origin": origin(client)}
