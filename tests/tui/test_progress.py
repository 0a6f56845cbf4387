"""A learner who comes back (issue #15): the profile, the name asked once, the episode list in
order with its marks, "My progress", practise next, and the workshop's next episode."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot

from game.engine.policies import greedy
from game.engine.session import Session
from game.engine.story import Story
from game.lessons.skills import SKILLS_BY_ID
from game.profile import Profile, dump, parse, read, write
from game.saves.format import save_of
from game.saves.store import Store
from game.saves.times import Times
from game.tui.app import FrontdeskApp, make_app
from game.tui.desk import Desk
from game.tui.screens.debrief_screen import DebriefScreen
from game.tui.screens.join_screen import JoinScreen
from game.tui.screens.picker_screen import PickerScreen
from game.tui.screens.progress_screen import ProgressScreen
from game.tui.screens.title_screen import TitleScreen
from game.workshop import new_code
from tests.tui.kit import fixture_story, flat, press, run, screen_text, session_of, settle, shows


def app_of(
    stories: list[Story], store: Store | None, config: Path | None, **options: object
) -> FrontdeskApp:
    app = make_app(lambda: stories, store=store, profile_dir=config, **options)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


def played(story: Story, seed: int, sign: float) -> Session:
    """A session played to its end with the best (sign 1) or worst (-1) reply at each turn."""
    s = Session(story, seed)
    while (view := s.current) is not None:
        s.choose(greedy(s, view, sign))
    return s


def keep(store: Store, player: str, s: Session, ended: str | None, code: str | None = None) -> None:
    name = store.reserve(player, s.story.id, s.seed, code)
    times = Times(ended, ended, ()) if ended else Times()
    store.write(save_of(s, name=name, lang="en", player=player, workshop=code, times=times))


def stories() -> list[Story]:
    base = fixture_story()
    return [
        replace(base, id="hard-one", title=replace(base.title, en="Hard one"), difficulty=5),
        replace(base, id="easy-one", title=replace(base.title, en="Easy one"), difficulty=1),
        replace(base, id="mid-one", title=replace(base.title, en="Mid one"), difficulty=3),
    ]


# the profile
def test_the_profile_round_trips_and_a_missing_one_is_the_defaults(tmp_path: Path) -> None:
    assert read(tmp_path) == (Profile(), None)
    kept = Profile("Ann Lee", "zh", "light")
    write(kept, tmp_path / "new")
    assert read(tmp_path / "new") == (kept, None)
    assert parse(dump(Profile(name="安"))) == Profile(name="安")


def test_a_broken_profile_gives_the_defaults_a_notice_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    for bad in (b"{ not json", b'{"lang": "fr"}', b'["Ann"]', b'{"name": "A\\u001b[31m"}'):
        path.write_bytes(bad)
        profile, why = read(tmp_path)
        assert profile == Profile() and why is not None and "\n" not in why, bad

    path.write_bytes(b"{ not json")

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, JoinScreen)  # the defaults: no name yet, so it is asked
        assert "couldnotberead" in flat(screen_text(app).replace("▌", ""))  # in a notification
        assert path.read_bytes() == b"{ not json"  # untouched until the learner changes something
        await pilot.press(*"Ann", "enter")
        await settle(pilot)
        assert read(tmp_path) == (Profile(name="Ann"), None)

    run(app_of(stories(), None, tmp_path), body)


def test_the_name_is_asked_once_across_two_runs_and_saves_carry_it(tmp_path: Path) -> None:
    config, store = tmp_path / "config", Store.open(tmp_path / "saves")
    story = fixture_story()

    async def first(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, JoinScreen)
        await pilot.press(*"Mei", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TitleScreen) and shows(app, "Welcome, Mei.")
        await press(pilot, "n", "enter", "1")
        assert app.player == "Mei" and session_of(app).turns

    run(app_of([story], store, config, seed=7), first)
    app_saves = list(store.folder.glob("Mei_*.json"))
    assert len(app_saves) == 1

    async def second(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert isinstance(app.screen, TitleScreen)
        assert app.player == "Mei" and shows(app, "Welcome, Mei.")

    run(app_of([story], store, config), second)

    async def named(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert app.player == "Bo"  # the command line wins over the profile

    run(app_of([story], store, config, name="Bo"), named)
    assert read(config)[0].name == "Mei"  # and is not kept in it


def test_language_and_theme_are_remembered_and_the_option_still_wins(tmp_path: Path) -> None:
    write(Profile(name="Ann"), tmp_path)

    async def switch(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "l", "t")

    run(app_of(stories(), None, tmp_path, lang="en"), switch)
    assert read(tmp_path)[0] == Profile("Ann", "zh", "light")

    async def back(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert app.lang == "zh" and app.theme == "textual-light"
        assert shows(app, "新的一局")

    run(app_of(stories(), None, tmp_path), back)

    async def told(pilot: Pilot[int], app: FrontdeskApp) -> None:
        assert app.lang == "en"

    run(app_of(stories(), None, tmp_path, lang="en"), told)


# the episode list
def test_the_episode_list_goes_easiest_first_with_marks_and_start_here(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    pack = stories()
    by_id = {s.id: s for s in pack}
    good = played(by_id["easy-one"], 7, 1.0)
    bad = played(by_id["easy-one"], 7, -1.0)
    # saved out of order: their times, not the files, say which came last
    keep(store, "Ann", good, "2026-11-03T10:00:00Z")
    keep(store, "Ann", bad, "2026-11-02T10:00:00Z")
    keep(store, "Bo", good, "2026-11-04T10:00:00Z")  # someone else's: not Ann's marks
    assert good.result is not None and bad.result is not None
    best = f"{good.result.score:.0f}"

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "n")
        assert isinstance(app.screen, PickerScreen)
        assert [s.id for s in app.screen.stories] == ["easy-one", "mid-one", "hard-one"]
        text = screen_text(app)
        assert text.index("Easy one") < text.index("Mid one") < text.index("Hard one")
        assert shows(app, f"best {best} · latest {best} ↑")
        assert text.index("start here") > text.index("Mid one")  # the first not yet played
        assert text.count("start here") == 1
        assert shows(app, "Your latest score", f"{best}, better than the time before")

    run(app_of(pack, store, None, name="Ann"), body, size=(100, 30))


# my progress
def test_progress_shows_first_best_latest_and_practise_next_starts_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    story = fixture_story()
    runs = [played(story, 7, -1.0), played(story, 7, 1.0), played(story, 8, -1.0)]
    for day, s in zip(("02", "03", "04"), runs, strict=True):
        keep(store, "Ann", s, f"2026-11-{day}T09:00:00Z")
    scores = [f"{s.result.score:.0f}" for s in runs if s.result is not None]

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "p")
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        assert shows(app, "The wrong size", "played 3 times")
        assert shows(app, f"First{scores[0]}", f"Best{max(scores, key=float)}")
        assert shows(app, f"Latest{scores[2]}", "Your skills lately", "Practise next")
        p = screen.practice
        assert p is not None and p.story == story.id
        assert shows(app, SKILLS_BY_ID[p.skill].name.en)
        await press(pilot, "enter")
        s = session_of(app)
        assert (s.story.id, s.seed) == (p.story, p.seed)

    run(app_of([story], store, None, name="Ann"), body, size=(100, 40))


def test_progress_with_no_saves_says_what_to_do() -> None:
    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        await press(pilot, "p")
        assert isinstance(app.screen, ProgressScreen)
        assert shows(app, "Nothing played yet", "Press n")
        assert app.screen.practice is None
        await press(pilot, "enter")
        assert isinstance(app.screen, ProgressScreen)  # nothing to practise yet: no new screen
        await press(pilot, "n")
        assert isinstance(app.screen, PickerScreen)

    run(app_of(stories(), None, None, name="Ann"), body)


# workshops
def test_next_workshop_episode_starts_the_next_unplayed_then_says_done(tmp_path: Path) -> None:
    pack = stories()
    w = new_code(["mid-one", "easy-one"], 5, "en", [s.id for s in pack])

    async def body(pilot: Pilot[int], app: FrontdeskApp) -> None:
        app.join(w, "Ann")
        await settle(pilot)
        await press(pilot, "enter")  # the workshop's first episode
        for episode in ("mid-one", "easy-one"):
            s = session_of(app)
            assert (s.story.id, s.seed) == (episode, w.seed_for(episode))
            while (view := s.current) is not None:
                await press(pilot, str([r.id for r in view.replies].index(greedy(s, view, 1)) + 1))
            await press(pilot, "enter")
            assert isinstance(app.screen, DebriefScreen)
            assert shows(app, "Next episode of the workshop")
            await press(pilot, "w")
        assert isinstance(app.screen, DebriefScreen)  # the last one: it stays, and says so
        assert shows(app, "it is done")

    run(app_of(pack, Store.open(tmp_path), None), body, size=(100, 30))


def test_next_in_workshop_picks_the_next_not_yet_played_and_none_at_the_end() -> None:
    pack = stories()
    w = new_code(["hard-one", "mid-one", "easy-one"], 5, "en", [s.id for s in pack])
    desk = Desk(lambda: pack, workshop=w)
    desk.stories = pack
    by_id = {s.id: s for s in pack}
    assert desk.next_in_workshop("hard-one") == by_id["mid-one"]
    desk.finished(played(by_id["mid-one"], w.seed_for("mid-one"), 1.0))
    assert desk.next_in_workshop("hard-one") == by_id["easy-one"]
    desk.finished(played(by_id["easy-one"], 3, 1.0))  # not the class's customer: not done
    assert desk.next_in_workshop("hard-one") == by_id["easy-one"]
    desk.finished(played(by_id["easy-one"], w.seed_for("easy-one"), 1.0))
    desk.finished(played(by_id["hard-one"], w.seed_for("hard-one"), 1.0))
    assert desk.next_in_workshop("easy-one") is None
