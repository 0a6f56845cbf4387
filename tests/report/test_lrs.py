"""Records in an LRS (issue #15): `frontdesk report DIR --to-lrs URL` sends the statements of
`--format xapi` (xAPI 1.0.3; cmi5 for a session launched from an LMS) in batches, with Basic
auth and retries, and a re-send adds nothing. End to end against a real Ralph LRS
(scripts/ralph.sh: its own virtual environment in .cache/, installed on first use), and
against a fake one for what Ralph cannot be made to do (fail, throttle, answer in parts)."""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

import game.report.lrs as lrs
from game.cli.main import main
from game.report.collect import collect, save_files
from game.report.xapi_statements import (
    CMI5,
    COMPLETED,
    FAILED,
    MOVE_ON,
    PASS_MARK,
    PASSED,
    all_statements,
    duration,
)
from game.saves.format import Save, dump
from game.saves.times import Times
from game.usage import UsageError
from tests.paths import ROOT
from tests.savekit import CAREFUL, saved
from tests.saves.test_launch import ACTIVITY, LAUNCH, REGISTRATION
from tests.serve.kit import free_port

BAD = ("policy", "lecture", "cant", "next")  # the fixture story's worst path: a score of 3
MIDDLING = ("wait", "lecture", "options", "next")  # 23


def _times(day: int, minutes: int, seconds: int) -> Times:
    start = f"2026-11-{day:02d}T09:00:00Z"
    return Times(start, f"2026-11-{day:02d}T09:{minutes:02d}:{seconds:02d}Z", ())


def class_of_saves(folder: Path) -> list[Save]:
    """Four students over two weeks, one of them launched from an LMS, one save without times
    (written before saves had them) and one unfinished."""
    made = [
        replace(saved(CAREFUL, name="Ann_tui-story_7"), times=_times(2, 4, 30)),
        replace(saved(BAD, name="Ann_tui-story_8"), times=_times(9, 6, 5)),
        replace(saved(MIDDLING, name="Bo_tui-story_7"), player="Bo", workshop="D58Q-7K2M"),
        replace(saved(BAD, name="Cy_tui-story_7"), player="Cy", times=_times(3, 2, 0)),
        replace(saved(("feel",), name="Di_tui-story_7"), player="Di"),  # unfinished
        replace(
            saved(CAREFUL, name="Ed_tui-story_7"), player="Ed", times=_times(4, 3, 0), launch=LAUNCH
        ),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for s in made:
        (folder / f"{s.name}.json").write_bytes(dump(s))
    return made


def statements_of(folder: Path) -> list[dict[str, Any]]:
    return all_statements(collect(save_files([folder]), digest=True).records)


# --- the statements --------------------------------------------------------------------


def test_durations_are_iso_8601_as_xapi_writes_them() -> None:
    assert [duration(s) for s in (0, 59, 270, 3600, 3725)] == [
        "PT0S", "PT59S", "PT4M30S", "PT1H", "PT1H2M5S",
    ]  # fmt: skip


def test_a_plain_session_is_one_completed_statement_with_score_success_and_time(
    tmp_path: Path,
) -> None:
    class_of_saves(tmp_path)
    found = statements_of(tmp_path)
    assert len(found) == 6  # 4 plain finished sessions, 2 for the launched one, 0 unfinished
    ann = [s for s in found if s["actor"].get("name") == "Ann"]
    good, bad = sorted(ann, key=lambda s: -s["result"]["score"]["raw"])
    assert good["verb"]["id"].endswith("/completed")
    assert good["verb"]["display"] == {"en-US": "completed", "zh-CN": "完成"}
    assert good["result"]["completion"] is True and good["result"]["duration"] == "PT4M30S"
    assert good["result"]["score"]["raw"] >= PASS_MARK and good["result"]["success"] is True
    assert bad["result"]["success"] is False and bad["result"]["duration"] == "PT6M5S"
    assert 0 <= bad["result"]["score"]["scaled"] <= 1 and bad["result"]["score"]["max"] == 100
    assert good["timestamp"] == "2026-11-02T09:04:30Z"
    name = good["object"]["definition"]["name"]
    assert name == {"en-US": "The wrong size", "zh-CN": "尺码不对"}
    assert set(good["object"]["definition"]["description"]) == {"en-US", "zh-CN"}
    assert good["context"]["language"] == "en-US"
    assert "category" not in good["context"]["contextActivities"]  # not cmi5
    assert "registration" not in good["context"]
    bo = next(s for s in found if s["actor"].get("name") == "Bo")
    assert "timestamp" not in bo and "duration" not in bo["result"]  # no time is invented
    assert bo["context"]["extensions"]["urn:frontdesk:workshop"] == "D58Q-7K2M"
    assert bo["context"]["contextActivities"]["parent"][0]["id"].endswith("D58Q-7K2M")


def test_a_session_launched_from_an_lms_is_cmi5_completed_then_passed(tmp_path: Path) -> None:
    class_of_saves(tmp_path)
    ed = [s for s in statements_of(tmp_path) if s["object"]["id"] == ACTIVITY]
    completed, passed = ed
    assert completed["verb"]["id"].endswith("/completed") and passed["verb"]["id"] == PASSED
    assert completed["result"] == {"completion": True, "duration": "PT3M"}
    assert passed["result"]["success"] is True and passed["result"]["duration"] == "PT3M"
    assert passed["result"]["score"]["scaled"] == round(passed["result"]["score"]["raw"] / 100, 4)
    for s in ed:
        assert s["actor"] == LAUNCH.actor()
        assert s["context"]["registration"] == REGISTRATION
        categories = [a["id"] for a in s["context"]["contextActivities"]["category"]]
        assert categories == [CMI5, MOVE_ON]
    sessions = {s["context"]["extensions"][lrs_session_key()] for s in ed}
    assert len(sessions) == 1  # one session id for both
    assert len({s["id"] for s in ed}) == 2


def lrs_session_key() -> str:
    return "https://w3id.org/xapi/cmi5/context/extensions/sessionid"


def test_a_launched_session_under_the_pass_mark_is_failed(tmp_path: Path) -> None:
    s = replace(saved(BAD, name="Ed_tui-story_7"), times=_times(4, 3, 0), launch=LAUNCH)
    (tmp_path / "Ed.json").write_bytes(dump(s))
    verbs = [x["verb"]["id"] for x in statements_of(tmp_path)]
    assert verbs[0].endswith("/completed") and verbs[1] == FAILED


def test_the_xapi_format_writes_what_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class_of_saves(tmp_path / "saves")
    assert main(["report", str(tmp_path / "saves"), "--format", "xapi"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines == statements_of(tmp_path / "saves")
    again = statements_of(tmp_path / "saves")
    assert [s["id"] for s in again] == [s["id"] for s in lines]  # the ids never change


# --- sending, against a fake LRS -------------------------------------------------------


@dataclass
class FakeLRS:
    """Answers POSTs from a script of (status, body or headers); records what was sent."""

    answers: list[Any]
    sent: list[urllib.request.Request]

    def __call__(self, request: urllib.request.Request, timeout: float) -> Any:
        self.sent.append(request)
        answer: Any = self.answers.pop(0) if self.answers else "stored"
        if isinstance(answer, BaseException):
            raise answer
        ids = [s["id"] for s in json.loads(request.data or b"[]")]  # type: ignore[arg-type]
        if answer == "stored":
            return _Response(200, json.dumps(ids).encode())
        if answer == "none new":
            return _Response(204, b"")
        if answer == "first new":
            return _Response(200, json.dumps(ids[:1]).encode())
        status: int = answer[0]
        headers: dict[str, str] = answer[1]
        message = Message()
        for k, v in headers.items():
            message[k] = v
        body = io.BytesIO(b'{"detail": "no: \\u001b[31mred\\nsecond line"}')
        raise urllib.error.HTTPError(request.full_url, status, "Nope", message, body)


@dataclass
class _Response:
    status: int
    body: bytes

    def read(self) -> bytes:
        return self.body

    def __enter__(self) -> _Response:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


TARGET = lrs.Target("https://lrs.example.org/xAPI/statements", "trainer", "s3cret-pw")


def _fake(*answers: Any) -> FakeLRS:
    return FakeLRS(list(answers), [])


def _many(n: int) -> list[dict[str, Any]]:
    return [{"id": f"00000000-0000-5000-8000-{i:012d}"} for i in range(n)]


def test_statements_go_in_batches_with_the_xapi_version_and_basic_auth() -> None:
    fake = _fake()
    done = lrs.send(_many(120), TARGET, opener=fake)
    assert (done.sent, done.already, done.failures) == (120, 0, [])
    assert [len(json.loads(r.data)) for r in fake.sent] == [50, 50, 20]  # type: ignore[arg-type]
    r = fake.sent[0]
    assert r.get_method() == "POST" and r.full_url == TARGET.url
    assert r.get_header("X-experience-api-version") == "1.0.3"
    assert r.get_header("Content-type") == "application/json"
    assert r.get_header("Authorization") == "Basic " + base64.b64encode(
        b"trainer:s3cret-pw"
    ).decode("ascii")
    assert "s3cret" not in repr(TARGET)


def test_what_the_lrs_already_holds_counts_as_already_there() -> None:
    # a batch partly stored before (200 with the new ids), one wholly (204), one with a
    # statement the LRS holds otherwise (409: sent again one by one; 409 alone is "there")
    fake = _fake("first new", "none new", (409, {}), "stored", (409, {}))
    done = lrs.send(_many(6), TARGET, opener=fake, batch=2)
    assert (done.sent, done.already, done.differ, done.failures) == (6, 4, 1, [])
    assert [len(json.loads(r.data)) for r in fake.sent] == [2, 2, 2, 1, 1]  # type: ignore[arg-type]


def test_a_busy_lrs_is_tried_again_after_waits_that_double(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(lrs, "sleep", waits.append)
    refused = urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))
    done = lrs.send(_many(3), TARGET, opener=_fake((503, {}), refused, "stored"))
    assert (done.sent, done.failures) == (3, []) and waits == [0.5, 1.0]
    waits.clear()
    done = lrs.send(_many(3), TARGET, opener=_fake((429, {"Retry-After": "3"}), "stored"))
    assert done.sent == 3 and waits == [3.0]  # the LRS's Retry-After, within MAX_WAIT
    waits.clear()
    done = lrs.send(_many(3), TARGET, opener=_fake(*[refused] * 4))
    assert waits == [0.5, 1.0, 2.0] and done.sent == 0
    [line] = done.failures
    assert "Connection refused" in line and "after 4 tries" in line and "\n" not in line


def test_a_refused_password_stops_the_sending_and_is_never_shown() -> None:
    fake = _fake((401, {}))
    done = lrs.send(_many(120), TARGET, opener=fake)
    assert len(fake.sent) == 1 and done.sent == 0  # the next batches would be refused too
    [line] = done.failures
    assert "refused the credentials of 'trainer'" in line and "s3cret" not in line


def test_a_rejected_batch_is_one_line_and_the_others_still_go() -> None:
    done = lrs.send(_many(4), TARGET, opener=_fake((400, {}), "stored"), batch=2)
    assert done.sent == 2
    [line] = done.failures
    assert line.startswith("batch 1 of 2 (statements 1-2): HTTP 400 Nope: no: ")
    assert "\n" not in line and "\x1b" not in line  # the LRS's words, made safe, one line


def test_a_redirect_is_not_followed_with_the_credentials() -> None:
    fake = _fake((301, {"Location": "https://elsewhere.example.org/xAPI/statements"}))
    done = lrs.send(_many(2), TARGET, opener=fake)
    [line] = done.failures
    assert len(fake.sent) == 1 and "HTTP 301" in line and "elsewhere.example.org" in line


def test_credentials_come_from_the_environment_or_a_prompt_never_the_address() -> None:
    env = {"FRONTDESK_LRS_AUTH": "trainer:pa:ss", "MY_PW": "pw2"}
    t = lrs.target("https://lrs.example.org/xAPI/", environ=env)
    assert (t.url, t.user, t.password) == (
        "https://lrs.example.org/xAPI/statements",
        "trainer",
        "pa:ss",
    )
    t = lrs.target(
        "https://lrs.example.org/xAPI/statements", user="ann", password_env="MY_PW", environ=env
    )
    assert (t.url, t.user, t.password) == ("https://lrs.example.org/xAPI/statements", "ann", "pw2")
    t = lrs.target("https://lrs.example.org/x", user="ann", environ={}, ask=lambda _: "typed")
    assert t.password == "typed"
    cases: list[tuple[str, dict[str, Any]]] = [
        ("https://trainer:pw@lrs.example.org/xAPI/", {}),
        ("ftp://lrs.example.org/", {}),
        ("https://lrs.example.org/", {"environ": {}}),
        ("https://lrs.example.org/", {"environ": {"FRONTDESK_LRS_AUTH": "no-colon"}}),
        ("https://lrs.example.org/", {"user": "ann", "environ": {}, "ask": lambda _: ""}),
    ]
    for url, kwargs in cases:
        with pytest.raises(UsageError) as err:
            lrs.target(url, **({"environ": env} | kwargs))
        assert "pw" not in str(err.value).replace("password", "") and "\n" not in str(err.value)


# --- end to end, against Ralph ---------------------------------------------------------


@dataclass(frozen=True)
class Ralph:
    url: str  # its xAPI endpoint
    user: str
    password: str

    def get(self, path: str) -> Any:
        request = urllib.request.Request(self.url.rsplit("/xAPI", 1)[0] + path)
        pair = f"{self.user}:{self.password}".encode()
        request.add_header("Authorization", "Basic " + base64.b64encode(pair).decode())
        request.add_header("X-Experience-API-Version", "1.0.3")
        with urllib.request.urlopen(request, timeout=30) as r:
            return json.loads(r.read())

    def statements(self) -> list[dict[str, Any]]:
        """Every statement it holds, through GET /xAPI/statements (page after page)."""
        found: list[dict[str, Any]] = []
        page: str | None = "/xAPI/statements?limit=100"
        while page:
            answer = self.get(page)
            found += answer["statements"]
            page = answer.get("more") or None
        return found


READY_WITHIN = 300.0  # seconds: the first run installs Ralph (about 30-60 s here)


@pytest.fixture(scope="module")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    """A Ralph LRS on a free port, its statements in a fresh folder; stopped afterwards."""
    folder = tmp_path_factory.mktemp("ralph")
    port = free_port()
    password = secrets.token_urlsafe(12)
    log = (folder / "ralph.log").open("w")
    proc = subprocess.Popen(
        ["bash", str(ROOT / "scripts" / "ralph.sh"), "serve", str(folder), str(port), "trainer"],
        env={**os.environ, "RALPH_PASSWORD": password},
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the reloader and server go together
    )
    try:
        end = time.monotonic() + READY_WITHIN
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/__heartbeat__", timeout=2):
                    break
            except (OSError, urllib.error.URLError):
                pass
            if proc.poll() is not None or time.monotonic() > end:
                tail = (folder / "ralph.log").read_text()[-2000:]
                pytest.fail(f"Ralph did not start (scripts/ralph.sh): {tail}")
            time.sleep(0.3)
        yield Ralph(f"http://127.0.0.1:{port}/xAPI/", "trainer", password)
    finally:
        for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(proc.pid, sig)
                proc.wait(grace)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue
        log.close()


def _send(
    saves: Path, ralph: Ralph, password: str, monkeypatch: pytest.MonkeyPatch, *more: str
) -> int:
    monkeypatch.setenv("FRONTDESK_LRS_AUTH", f"{ralph.user}:{password}")
    return main(["report", str(saves), "--to-lrs", ralph.url, *more])


def test_a_class_sent_to_ralph_reads_back_whole_and_a_resend_adds_none(
    ralph: Ralph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    saves = tmp_path / "class"
    class_of_saves(saves)
    sent = statements_of(saves)
    assert _send(saves, ralph, ralph.password, monkeypatch) == 0
    assert capsys.readouterr().out == "sent 6 statements, 0 already there\n"
    stored = {s["id"]: s for s in ralph.statements()}
    assert set(stored) == {s["id"] for s in sent}
    for s in sent:
        back = stored[s["id"]]
        for field in ("actor", "verb", "object", "result", "context"):
            assert back[field] == s[field], field  # as sent, read back through Ralph's API
    ed = [stored[s["id"]] for s in sent if s["object"]["id"] == ACTIVITY]
    assert [s["verb"]["id"] for s in ed] == [COMPLETED, PASSED]
    assert ed[1]["result"]["duration"] == "PT3M" and ed[1]["result"]["success"] is True
    assert [a["id"] for a in ed[1]["context"]["contextActivities"]["category"]] == [CMI5, MOVE_ON]
    assert ed[0]["context"]["registration"] == REGISTRATION
    ann = next(s for s in stored.values() if s["timestamp"] == "2026-11-02T09:04:30Z")
    assert ann["result"]["duration"] == "PT4M30S" and ann["result"]["score"]["raw"] > PASS_MARK

    assert _send(saves, ralph, ralph.password, monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.startswith("sent 6 statements, 6 already there")
    assert len(ralph.statements()) == len(stored)  # the re-send added none


def test_a_wrong_password_is_one_line_and_exit_2(
    ralph: Ralph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    class_of_saves(tmp_path)
    wrong = "not-" + ralph.password
    assert _send(tmp_path, ralph, wrong, monkeypatch) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert "refused the credentials of 'trainer' (HTTP 401)" in lines[0]
    assert len(lines) == 2 and "6 of 6 statements not sent" in lines[1]  # the line, the total
    assert wrong not in captured.err + captured.out and captured.out == ""


def test_an_lrs_that_is_down_is_one_line_and_exit_2_after_the_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(lrs, "sleep", waits.append)  # the waits made instant
    monkeypatch.setenv("FRONTDESK_LRS_AUTH", "trainer:pw-down")
    class_of_saves(tmp_path)
    url = f"http://127.0.0.1:{free_port()}/xAPI/"  # nothing listens there
    assert main(["report", str(tmp_path), "--to-lrs", url]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "Connection refused (after 4 tries)" in err[0]
    assert waits == list(lrs.WAITS) and "pw-down" not in "".join(err)
