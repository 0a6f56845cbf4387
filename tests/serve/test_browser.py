"""End to end: `frontdesk serve` on a free port, a student in headless Chromium joins the
workshop, says a reply by key presses; the page, the save and the process table are checked.

Chromium is required: the CI script installs Debian's `chromium`, and this test fails without it.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from game.saves.store import read_save
from game.workshop import new_code
from tests.browser import browser
from tests.serve.kit import KEY, children, serve_command

EPISODE = "dropped-calls"


def test_a_student_plays_a_reply_in_the_browser_and_it_is_saved(tmp_path: Path) -> None:
    saves = tmp_path / "saves"
    code = new_code([EPISODE], 77, "en", [EPISODE]).code
    shot = tmp_path / "page.png"
    with serve_command(saves, "--workshop", code) as (port, server):

        async def student() -> None:
            async with browser() as page:
                await page.send("Page.navigate", url=f"http://127.0.0.1:{port}/?key={KEY}")
                await page.wait_for("Your name")  # the workshop code is already filled in
                await page.click(600, 400)
                await page.type("Ann")
                await page.press("enter")
                await page.wait_for("Dropped calls")  # joined: the workshop's episodes
                await page.press("enter")
                await page.wait_for("What do you say?")
                await page.type("1")
                for _ in range(100):
                    found = list(saves.glob("*.json"))
                    if found and found[0].stat().st_size:
                        break
                    await asyncio.sleep(0.1)
                await page.screenshot(shot)
                assert children(server.pid), "the game process should be running"
                await page.send("Page.navigate", url="about:blank")  # the student leaves

        asyncio.run(student())
        end = time.monotonic() + 10
        while children(server.pid) and time.monotonic() < end:
            time.sleep(0.1)
        assert not children(server.pid), "the game outlived its browser"

    (path,) = list(saves.glob("*.json"))
    save = read_save(path)
    assert save.player == "Ann" and save.workshop == code
    assert save.story.id == EPISODE and len(save.turns) == 1
    assert path.name.startswith(f"{code}_Ann_{EPISODE}_")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 5000


def test_keys_typed_before_any_click_reach_the_name_field(tmp_path: Path) -> None:
    """The page gives the terminal the keyboard at load: no click before typing the name."""
    saves = tmp_path / "saves"
    code = new_code([EPISODE], 77, "en", [EPISODE]).code
    with serve_command(saves, "--workshop", code) as (port, _):

        async def student() -> None:
            async with browser() as page:
                await page.send("Page.navigate", url=f"http://127.0.0.1:{port}/?key={KEY}")
                await page.wait_for("Your name")
                await page.type("Bo")  # no click anywhere first
                await page.press("enter")
                await page.wait_for("Dropped calls", seconds=15)  # the name was taken: joined
                await page.send("Page.navigate", url="about:blank")

        asyncio.run(student())


def test_a_typed_workshop_in_the_browser_saves_the_words_and_the_acts_heard(
    tmp_path: Path,
) -> None:
    saves = tmp_path / "saves"
    code = new_code([EPISODE], 77, "en", [EPISODE], typed=True).code
    said = "I'm so sorry, that sounds really frustrating"
    with serve_command(saves, "--workshop", code) as (port, _):

        async def student() -> None:
            async with browser() as page:
                await page.send("Page.navigate", url=f"http://127.0.0.1:{port}/?key={KEY}")
                await page.wait_for("Your name")
                await page.type("Cy")
                await page.press("enter")
                await page.wait_for("Dropped calls", seconds=15)
                await page.press("enter")
                await page.wait_for("What do you say to")  # the typing line, no menu
                await page.type(said)
                await page.press("enter")
                for _ in range(100):
                    found = list(saves.glob("*.json"))
                    if found and found[0].stat().st_size:
                        break
                    await asyncio.sleep(0.1)
                await page.send("Page.navigate", url="about:blank")

        asyncio.run(student())
    (path,) = list(saves.glob("*.json"))
    save = read_save(path)
    assert save.workshop == code and len(save.turns) == 1
    turn = save.turns[0]
    assert turn.reader is not None and turn.reply_text.en == said
    assert "apologize" in turn.acts
