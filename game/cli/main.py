"""`frontdesk`: the game, and the headless commands that trainers, CI and benchmarks script."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.saves.store import ENV, Store, default_dir
from game.textsafe import one_line
from game.usage import Parser, UsageError, die, fail, launcher, warn

if TYPE_CHECKING:
    from game.saves.launch import Launch
    from game.workshop import Workshop

# The engine, the story pack and the save format are imported by the commands that use them:
# `frontdesk` alone shows its title screen before any of them is loaded (bench/bench_tui.py).


class _Later:
    """An argument's choices, loaded when first asked (parsing that argument, or help)."""

    def __init__(self, load: Callable[[], Sequence[str]]) -> None:
        self._load = load
        self._names: Sequence[str] | None = None

    def _all(self) -> Sequence[str]:
        if self._names is None:
            self._names = self._load()
        return self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __contains__(self, name: object) -> bool:
        return name in self._all()


def _policy_names() -> Sequence[str]:
    from game.engine.policies import policy_names

    return policy_names()


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"out of range (0 to 2^63-1): {text}")
    return value


def _whole(lo: int, hi: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from lo to hi."""

    def read(text: str) -> int:
        value = _seed(text)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{what} must be {lo} to {hi}, not {text}")
        return value

    return read


_runs = _whole(1, 1_000_000, "runs")
_jobs = _whole(1, 1024, "jobs")
_port = _whole(1, 65535, "a port")
_sessions = _whole(1, 1000, "games at once")


class _Code(argparse.Action):
    """A workshop code as the board shows it: `D58Q-FNPM` or `D58Q FNPM` (the shell splits a
    code typed with spaces into words; they are joined back)."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        setattr(namespace, self.dest, " ".join(values))


def build_parser() -> Parser:
    p = Parser(prog="frontdesk", description="A role-play game that trains customer service.")
    p.add_argument("--lang", choices=["en", "zh"], default=None, help="language of the game")
    p.add_argument("--name", default=None, help="the player's name (saves carry it)")
    p.add_argument(
        "--workshop",
        default=None,
        nargs="+",
        action=_Code,
        metavar="CODE",
        help="join a workshop by its code",
    )
    p.add_argument("--ask-name", action="store_true", help=argparse.SUPPRESS)  # served games
    p.add_argument(
        "--cmi5-launch",
        default=None,
        metavar="URL",
        help="the cmi5 launch URL an LMS opened (its saves then send cmi5 statements)",
    )
    p.add_argument(
        "--saves-dir",
        type=Path,
        default=None,
        help=f"where games are saved (default: saves/, or ${ENV})",
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    play = sub.add_parser("play", help="start one episode directly")
    play.add_argument("episode", help="episode id (see 'frontdesk list') or a .toml file")
    play.add_argument("--seed", type=_seed, default=None)
    play.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS)
    play.add_argument("--name", default=argparse.SUPPRESS, help="the player's name")

    sub.add_parser("list", help="list the episodes")

    val = sub.add_parser(
        "validate", help="check story files; problems as file:line: error FD0403: message"
    )
    val.add_argument("--strict", action="store_true", help="fail on warnings too")
    val.add_argument("paths", nargs="*", help="files or folders (default: the story pack)")

    sim = sub.add_parser("simulate", help="play episodes headless with a built-in policy")
    sim.add_argument("--episode", required=True, help="episode id, or 'all'")
    sim.add_argument(
        "--policy",
        required=True,
        choices=_Later(_policy_names),
        metavar="POLICY",  # not {the names}: argparse would load them to build the parser
        help="one of: %(choices)s",
    )
    sim.add_argument("--runs", type=_runs, default=100)
    sim.add_argument("--seed", type=_seed, default=1)
    sim.add_argument("--json", action="store_true", help="one JSON object per episode")
    sim.add_argument("--per-run", action="store_true", help="one JSON line per run")
    sim.add_argument("--save-dir", type=Path, default=None, help="write each run as a save")
    sim.add_argument("--jobs", type=_jobs, default=None, help="processes (default: every core)")

    rep = sub.add_parser("replay", help="step through a saved session; --check re-runs it")
    rep.add_argument(
        "saves", nargs="+", metavar="SAVE", help="a save file (--check: files or folders)"
    )
    rep.add_argument(
        "--check", action="store_true", help="re-run headless; exit 1 if anything differs"
    )
    rep.add_argument("--jobs", type=_jobs, default=None, help="--check: processes (every core)")

    ws = sub.add_parser("workshop", help="workshop codes: one set of customers for a class")
    ws_sub = ws.add_subparsers(dest="workshop_command", parser_class=Parser, required=True)
    wsn = ws_sub.add_parser("new", help="print a code that fixes episodes, seed and language")
    wsn.add_argument("--episodes", required=True, help="episode ids joined by commas, or 'all'")
    wsn.add_argument("--seed", type=_seed, default=None, help="0 to 1048575 (default: random)")
    wsn.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS)
    wsn.add_argument(
        "--typed", action="store_true", help="the class types every reply in its own words"
    )
    wss = ws_sub.add_parser("show", help="what a code stands for")
    wss.add_argument("code", nargs="+", action=_Code)

    srv = sub.add_parser("serve", help="serve the game to browsers (a classroom)")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: all)")
    srv.add_argument("--port", type=_port, default=8000)
    srv.add_argument("--key", default=None, help="the class key (default: a new random one)")
    srv.add_argument("--max-sessions", type=_sessions, default=40, help="games at once")
    srv.add_argument(
        "--workshop", default=argparse.SUPPRESS, nargs="+", action=_Code, metavar="CODE"
    )
    srv.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS)

    rpt = sub.add_parser("report", help="a class report over folders of saves")
    rpt.add_argument("dirs", nargs="+", metavar="DIR", help="folders (or files) of saves")
    rpt.add_argument(
        "--format", choices=["table", "csv", "md", "html", "json", "xapi"], default="table"
    )
    rpt.add_argument("--out", type=Path, default=None, help="write to this file, not stdout")
    rpt.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS)
    rpt.add_argument("--to-lrs", default=None, metavar="URL", help="send xAPI to this LRS")
    rpt.add_argument("--lrs-user", default=None, metavar="USER", help="the LRS user")
    rpt.add_argument(
        "--lrs-password-env", default=None, metavar="VAR", help="env var holding its password"
    )
    rpt.add_argument(
        "--lrs-auth-env",
        default=None,
        metavar="VAR",
        help="env var holding user:password (default FRONTDESK_LRS_AUTH)",
    )

    tr = sub.add_parser("try", help="drive one generated customer with act lists, no story")
    tr.add_argument("--customer", default="", help="e.g. style=demanding,anger=5,dominant=solve")
    tr.add_argument("--turn", action="append", required=True, help="acts joined by +")
    tr.add_argument("--seed", type=_seed, default=1)
    tr.add_argument("--channel", choices=["counter", "phone"], default="counter")
    tr.add_argument("--json", action="store_true")

    rd = sub.add_parser("read", help="read typed replies into acts (TEXT, or lines of stdin)")
    rd.add_argument("texts", nargs="*", metavar="TEXT", help="replies (default: one per line)")
    rd.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS)
    rd.add_argument("--json", action="store_true", help="one JSON object per reply")

    sub.add_parser("acts", help="the vocabulary of acts, with meanings and sources")
    sub.add_parser("rules", help="the rules of the customer model, with sources")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as err:
        return die(err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _dispatch(args: argparse.Namespace) -> int:
    cmd = args.command
    if cmd is None:
        return _open_tui(args, None)
    if cmd == "play":
        return _open_tui(args, args.episode)
    if cmd == "list":
        from game.catalog import load_pack

        for s in load_pack():
            print(f"{s.id:18} {s.difficulty}  {one_line(s.title.en)} / {one_line(s.title.zh)}")
        return 0
    if cmd == "validate":
        return _validate(args.paths, args.strict)
    if cmd == "simulate":
        return _simulate(args)
    if cmd == "replay":
        return _replay(args)
    if cmd == "workshop":
        return _workshop(args)
    if cmd == "serve":
        from game.serve.cli import run_serve

        workshop = _join(args.workshop).code if args.workshop else None
        return run_serve(args, _store(args.saves_dir).folder, workshop)
    if cmd == "report":
        from game.report.cli import run_report, run_to_lrs

        if args.to_lrs is not None:
            if args.out is not None or args.format not in ("table", "xapi"):
                fail("report: --to-lrs sends the xAPI statements; leave out --format and --out")
            return run_to_lrs(
                args.dirs, args.to_lrs, args.lrs_user, args.lrs_password_env, args.lrs_auth_env
            )
        return run_report(args.dirs, args.format, args.out, args.lang)
    if cmd == "try":
        from game.cli.trybench import run_try  # headless commands load only when used

        return run_try(args.customer, args.turn, args.seed, args.channel, args.json)
    if cmd == "read":
        from game.cli.read_cmd import run_read

        return run_read(args.lang, args.json, args.texts)
    if cmd == "acts":
        from game.engine.acts import ACTS

        for a in ACTS.values():
            print(f"{a.name:22} {'good' if a.good else 'MISTAKE':8} {a.source}  {a.meaning.en}")
        return 0
    if cmd == "rules":
        from game.engine.rules import RULES

        for r in RULES:
            print(f"{r.number:2}. {r.id:18} ({r.source}) {r.title.en}: {r.summary.en}")
        return 0
    fail(f"unknown command {cmd!r}")


def _validate(paths: list[str], strict: bool = False) -> int:
    from game.catalog import stories_dir
    from game.engine.storyfile import load_stories

    targets = [Path(p) for p in paths] or [stories_dir()]
    for target in targets:
        if not target.exists():
            fail(f"no such file or folder: {target}")
    stories, problems = load_stories(targets, warnings=True)
    for problem in problems:  # every one at once, with its code (docs/story-errors.md)
        warn(problem.coded())
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if errors or (strict and warnings):
        warn(f"{errors} error(s), {warnings} warning(s) in {len(targets)} path(s)")
        return 1
    print(f"{len(stories)} stories OK" + (f", {warnings} warning(s)" if warnings else ""))
    return 0


def _replay(args: argparse.Namespace) -> int:
    from game.catalog import story_by_id
    from game.cli import replay_cmd

    if args.check:
        return replay_cmd.run_check(args.saves, story_by_id, args.jobs)
    if len(args.saves) != 1:
        fail("replay one save at a time (or check many with --check)")
    save = replay_cmd.load(Path(args.saves[0]))
    from game.tui.launch import launch_replay

    return launch_replay(save, lang=args.lang)


def _simulate(args: argparse.Namespace) -> int:
    from game.cli.simulate_cmd import run_simulate

    return run_simulate(args)


def _pack_ids() -> list[str]:
    from game.catalog import load_pack

    return [s.id for s in load_pack()]


def _join(code: str) -> Workshop:
    from game.workshop import CodeError, read_code

    try:
        return read_code(code, _pack_ids())
    except CodeError as err:
        fail(f"workshop {code!r}: {err}")


def _workshop(args: argparse.Namespace) -> int:
    if args.workshop_command == "show":
        w = _join(args.code)
        print(f"code      {w.code}\nlanguage  {w.lang}\nseed      {w.seed}")
        print("episodes  " + ", ".join(w.episodes))
        print("replies   " + ("typed in their own words" if w.typed else "chosen or typed"))
        return 0
    import secrets

    from game.workshop import SEED_BITS, CodeError, new_code

    pack = _pack_ids()
    episodes = pack if args.episodes == "all" else [e.strip() for e in args.episodes.split(",")]
    seed = args.seed if args.seed is not None else secrets.randbelow(1 << SEED_BITS)
    try:
        w = new_code(episodes, seed, args.lang or "en", pack, typed=args.typed)
    except CodeError as err:
        fail(str(err))
    print(w.code)
    warn(f"Students join with: {launcher()} --workshop {w.code} --name NAME")
    return 0


def _store(folder: Path | None) -> Store:
    try:
        return Store.open(folder)
    except OSError as err:
        fail(f"cannot use the saves folder {folder or default_dir()}: {err.strerror}")


def _open_tui(args: argparse.Namespace, episode: str | None) -> int:
    from game.tui.launch import launch  # textual loads only when a screen is wanted

    story = None
    if episode:
        from game.catalog import find_story

        story = find_story(episode)
    workshop = _join(args.workshop) if args.workshop else None
    if workshop and story:
        fail("--workshop chooses the episodes; leave out 'play EPISODE'")
    lms = _cmi5(args.cmi5_launch) if args.cmi5_launch is not None else None
    return launch(
        workshop=workshop,
        story=story,
        seed=getattr(args, "seed", None),
        lang=args.lang,
        name=args.name or (lms.name if lms is not None else None),
        store=_store(args.saves_dir),
        ask_name=args.ask_name,
        lms=lms,
    )


def _cmi5(url: str) -> Launch:
    from game.saves.launch import LaunchError, from_url

    try:
        return from_url(url)
    except LaunchError as err:
        fail(f"--cmi5-launch: {err}")
