"""Reads and checks story files (stories/README.md): all problems at once, as file:line: message."""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.engine.acts import ACTS
from game.engine.customer import CustomerTemplate
from game.engine.facets import (
    AGE_BANDS,
    CAUSES,
    CHANNELS,
    COMPREHENSION,
    FACTORS,
    NEEDS,
    STATES,
    STYLES,
    TRAITS,
)
from game.engine.story import (
    EARLY_EXITS,
    ENDING_KINDS,
    MOODS,
    PATIENCE_BANDS,
    REMEMBERED,
    TRUST_BANDS,
    Beat,
    Branch,
    Condition,
    Ending,
    Reply,
    Story,
    Variant,
)
from game.engine.text import LANGS, Text
from game.engine.visual import looks_visual

Path_ = tuple[str | int, ...]
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TOP_FIELDS = (
    "format",
    "id",
    "title",
    "setting",
    "brief",
    "difficulty",
    "channel",
    "source",
    "start",
    "languages",
    "customer",
    "beat",
    "ending",
)
CUSTOMER_FIELDS = (
    "styles",
    "traits",
    "max_traits",
    "anger",
    "states",
    "causes",
    "comprehension",
    "ages",
    "needs",
    "factors",
)
BEAT_FIELDS = ("id", "line", "cue", "variant", "reply")
REPLY_FIELDS = ("id", "text", "acts", "next", "branch")
ENDING_FIELDS = ("id", "kind", "line", "variant")
VARIANT_FIELDS = ("when", "line", "cue")
NAMED_CONDITIONS: dict[str, tuple[str, ...]] = {
    "style": tuple(STYLES),
    "trait": tuple(TRAITS),
    "state": tuple(STATES),
    "cause": tuple(CAUSES),
    "mood": MOODS,
    "trust": TRUST_BANDS,
    "patience": PATIENCE_BANDS,
    "dominant": NEEDS,
    "said": tuple(ACTS),
    "promised": tuple(ACTS),
    "remembered": REMEMBERED,
}
RANGE_CONDITIONS = ("anger", "stars")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class StoryError(Exception):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- where things are: TOML tables and keys back to source lines (tomllib gives none) ------


class Lines:
    """Maps a value's path in the parsed document (("beat", 2, "reply", 0, "acts")) to a line."""

    def __init__(self, source: str) -> None:
        self.at: dict[Path_, int] = {}
        arrays: dict[Path_, int] = {}
        table: Path_ = ()
        in_string = ""
        for number, raw in enumerate(source.splitlines(), start=1):
            line = raw.strip()
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = ""
                continue
            header = re.match(r"^(\[\[?)\s*([^\]]+?)\s*\]\]?", line)
            if header:
                table = self._header(header.group(2), header.group(1) == "[[", arrays)
                self.at.setdefault(table, number)
                self.at.setdefault(table[:-1], number)  # an array's first table stands for it
                continue
            key = re.match(r'^([A-Za-z0-9_\-."\' ]+?)\s*=', line)
            if key:
                path = table
                for part in key.group(1).split("."):
                    path = (*path, part.strip().strip("\"'"))
                    self.at.setdefault(path, number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_string = quote

    @staticmethod
    def _header(name: str, is_array: bool, arrays: dict[Path_, int]) -> Path_:
        parts = [p.strip().strip("\"'") for p in name.split(".")]
        path: Path_ = ()
        for i, part in enumerate(parts):
            path = (*path, part)
            if is_array and i == len(parts) - 1:
                arrays[path] = arrays.get(path, 0) + 1
                path = (*path, arrays[path] - 1)
            elif path in arrays:
                path = (*path, arrays[path] - 1)
        return path

    def of(self, path: Path_) -> int:
        while path:
            if path in self.at:
                return self.at[path]
            path = path[:-1]
        return 1


# --- reading, with every problem collected -----------------------------------------------


class Reader:
    def __init__(self, file: str, source: str) -> None:
        self.file = file
        self.lines = Lines(source)
        self.problems: list[Problem] = []
        self.single: str | None = None
        self.channel = "counter"

    def cue(self, value: object, path: Path_) -> Text | None:
        """A cue: on a voice channel only what can be heard (001's four synchronizations)."""
        cue = self.text(value, path, "cue", required=False)
        if cue is not None and self.channel != "counter" and looks_visual(cue):
            self.bad(
                path,
                f"a {self.channel} customer cannot be seen: this cue is visual; "
                "say what the agent hears (voice, breathing, pace, words, silence)",
            )
        return cue

    def bad(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, self.lines.of(path), message))

    def table(
        self, value: object, path: Path_, fields: tuple[str, ...], what: str
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.bad(path, f"{what} must be a table")
            return {}
        for key in value:
            if key not in fields:
                self.bad((*path, key), f"unknown field {key!r} in {what}{_hint(key, fields)}")
        return value

    def tables(self, value: object, path: Path_, what: str) -> list[tuple[Path_, object]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(path, f"{what} must be written as [[{'.'.join(map(str, path))}]] tables")
            return []
        return [((*path, i), v) for i, v in enumerate(value)]

    def text(self, value: object, path: Path_, what: str, required: bool = True) -> Text | None:
        if value is None:
            if required:
                self.bad(path, f"{what} is missing")
            return None
        if not isinstance(value, dict):
            self.bad(path, f'{what} must be a table like {{ en = "...", zh = "..." }}')
            return None
        for key in value:
            if key not in LANGS:
                self.bad(path, f"{what} has unknown language {key!r} (use en and zh)")
        got = {}
        for lang in LANGS:
            s = value.get(lang)
            if s is None:
                if self.single is None or self.single == lang:
                    self.bad(
                        path,
                        f"{what} has no {'English' if lang == 'en' else 'Chinese'} ({lang}) text",
                    )
                continue
            if not isinstance(s, str) or not s.strip():
                self.bad(path, f"{what}: {lang} must be non-empty text")
                continue
            got[lang] = s
        if not got:
            return None
        return Text(got.get("en", got.get("zh", "")), got.get("zh", got.get("en", "")))

    def string(self, value: object, path: Path_, what: str) -> str:
        if value is None:
            self.bad(path, f"{what} is missing")
            return ""
        if not isinstance(value, str) or not value:
            self.bad(path, f"{what} must be non-empty text")
            return ""
        return value

    def ident(self, value: object, path: Path_, what: str) -> str:
        s = self.string(value, path, what)
        if s and not ID.match(s):
            self.bad(path, f"{what} {s!r} must be lowercase letters, digits and '-'")
        return s

    def names(
        self, value: object, path: Path_, allowed: tuple[str, ...], what: str
    ) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            self.bad(path, f"{what} must be a list of names")
            return ()
        out: list[str] = []
        for item in items:
            if not isinstance(item, str) or item not in allowed:
                self.bad(path, f"unknown {what} {item!r}{_hint(item, allowed)}")
            elif item in out:
                self.bad(path, f"{what} {item!r} is listed twice")
            else:
                out.append(item)
        return tuple(out)

    def span(
        self, value: object, path: Path_, lo: float, hi: float, what: str, whole: bool = True
    ) -> tuple[float, float] | None:
        kinds = (int,) if whole else (int, float)
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, kinds) and not isinstance(v, bool) for v in value)
        )
        if not ok:
            self.bad(path, f"{what} must be [lowest, highest]")
            return None
        a, b = value[0], value[1]  # type: ignore[index]
        if not lo <= a <= b <= hi:
            self.bad(
                path, f"{what} must have {lo:g} <= lowest <= highest <= {hi:g}, not [{a}, {b}]"
            )
            return None
        return (a, b)

    def condition(self, value: object, path: Path_) -> Condition:
        if not isinstance(value, dict):
            self.bad(path, "when must be a table of conditions")
            return Condition()
        fields: dict[str, Any] = {}
        for key, v in value.items():
            at = (*path, key)
            if key in NAMED_CONDITIONS:
                fields[key] = self.names(v, at, NAMED_CONDITIONS[key], key)
            elif key in RANGE_CONDITIONS:
                got = self.span(v, at, 0, 6, key)
                fields[key] = (int(got[0]), int(got[1])) if got else None
            else:
                allowed = (*NAMED_CONDITIONS, *RANGE_CONDITIONS)
                self.bad(at, f"unknown condition {key!r}{_hint(key, allowed)}")
        return Condition(**fields)


def _hint(word: object, options: Iterable[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(options), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


# --- the story -----------------------------------------------------------------------------


def parse_story(data: bytes, path: str) -> Story:
    """A story from a file's bytes, or a StoryError listing every problem found."""
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise StoryError([Problem(path, line, "not UTF-8 text; save the file as UTF-8")]) from None
    try:
        doc = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+), column \d+\)", str(err))
        line = int(m.group(1)) if m else 1
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err)) or "not valid TOML"
        raise StoryError([Problem(path, line, f"not valid TOML: {message}")]) from None
    except (RecursionError, ValueError) as err:
        raise StoryError([Problem(path, 1, f"not valid TOML: {err}")]) from None
    reader = Reader(path, source)
    try:
        story = _story(reader, doc, path, data)
    except RecursionError:
        reader.bad((), "the file nests too deeply to read")
        story = None
    if reader.problems or story is None:
        raise StoryError(sorted(reader.problems, key=lambda p: p.line))
    return story


def load_story(path: str | Path) -> Story:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise StoryError([Problem(str(path), 1, f"cannot read: {err.strerror}")]) from None
    story = parse_story(data, str(path))
    if story.id != p.stem:
        line = Lines(data.decode("utf-8")).of(("id",))
        raise StoryError(
            [Problem(str(path), line, f"id {story.id!r} must match the file name {p.stem!r}")]
        )
    return story


def load_stories(paths: Iterable[Path]) -> tuple[list[Story], list[Problem]]:
    """Loads files, and the *.toml files of folders; also reports ids used twice."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.toml")) if path.is_dir() else [path])
    stories: list[Story] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        try:
            story = load_story(file)
        except StoryError as err:
            problems.extend(err.problems)
            continue
        if story.id in seen:
            problems.append(
                Problem(str(file), 1, f"story id {story.id!r} is also used by {seen[story.id]}")
            )
            continue
        seen[story.id] = str(file)
        stories.append(story)
    return stories, problems


def _story(r: Reader, doc: dict[str, Any], path: str, data: bytes) -> Story | None:
    r.table(doc, (), TOP_FIELDS, "the story")
    languages: tuple[str, ...] = LANGS
    if "languages" in doc:
        languages = r.names(doc["languages"], ("languages",), LANGS, "language") or LANGS
        if len(languages) == 1:
            r.single = languages[0]
    if doc.get("format") != 1:
        r.bad(("format",), "format must be 1")
    sid = r.ident(doc.get("id"), ("id",), "id")
    title = r.text(doc.get("title"), ("title",), "title")
    setting = r.text(doc.get("setting"), ("setting",), "setting")
    brief = r.text(doc.get("brief"), ("brief",), "brief")
    difficulty = doc.get("difficulty")
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 5:
        r.bad(("difficulty",), "difficulty must be a whole number from 1 to 5")
        difficulty = 1
    channel = doc.get("channel")
    if channel not in CHANNELS:
        r.bad(("channel",), f"channel must be one of {', '.join(CHANNELS)}")
        channel = "counter"
    r.channel = str(channel)
    source = r.string(doc.get("source"), ("source",), "source")
    start = r.ident(doc.get("start"), ("start",), "start")
    customer = _customer(r, doc.get("customer", {}))
    beats = [b for p, v in r.tables(doc.get("beat"), ("beat",), "beat") if (b := _beat(r, v, p))]
    endings = [
        e for p, v in r.tables(doc.get("ending"), ("ending",), "ending") if (e := _ending(r, v, p))
    ]
    if not beats:
        r.bad(("beat",), "a story needs at least one [[beat]]")
    _check_graph(r, beats, endings, start, str(channel))
    if r.problems or title is None or setting is None or brief is None:
        return None
    return Story(
        id=sid,
        title=title,
        setting=setting,
        brief=brief,
        difficulty=difficulty,
        channel=str(channel),
        source=source,
        languages=languages,
        start=start,
        customer=customer,
        beats=tuple(beats),
        endings=tuple(endings),
        path=path,
        digest=hashlib.sha256(data).hexdigest(),
    )


def _customer(r: Reader, value: object) -> CustomerTemplate:
    at: Path_ = ("customer",)
    doc = r.table(value, at, CUSTOMER_FIELDS, "[customer]")
    base = CustomerTemplate()
    fields: dict[str, Any] = {}
    lists = {
        "styles": STYLES,
        "traits": TRAITS,
        "states": STATES,
        "causes": CAUSES,
        "comprehension": COMPREHENSION,
        "ages": AGE_BANDS,
    }
    for key, vocab in lists.items():
        if key in doc:
            fields[key] = r.names(doc[key], (*at, key), tuple(vocab), key.rstrip("s"))
    if "max_traits" in doc:
        m = doc["max_traits"]
        if not isinstance(m, int) or isinstance(m, bool) or not 0 <= m <= 2:
            r.bad((*at, "max_traits"), "max_traits must be 0, 1 or 2")
        else:
            fields["max_traits"] = m
    if "anger" in doc:
        got = r.span(doc["anger"], (*at, "anger"), 0, 6, "anger")
        if got:
            fields["anger"] = (int(got[0]), int(got[1]))
    if "needs" in doc:
        needs: dict[str, tuple[float, float]] = {}
        table = r.table(doc["needs"], (*at, "needs"), NEEDS, "[customer.needs]")
        for need, span in table.items():
            if need in NEEDS:
                got = r.span(span, (*at, "needs", need), 0, 1, f"need {need}", whole=False)
                if got:
                    needs[need] = (float(got[0]), float(got[1]))
        if not table:
            r.bad((*at, "needs"), "[customer.needs] needs at least one need")
        fields["needs"] = needs or base.needs
    if "factors" in doc:
        factors: dict[str, tuple[str, ...]] = {}
        table = r.table(doc["factors"], (*at, "factors"), tuple(FACTORS), "[customer.factors]")
        for name, allowed in table.items():
            if name in FACTORS:
                factors[name] = r.names(allowed, (*at, "factors", name), FACTORS[name], name)
        fields["factors"] = factors
    tpl = CustomerTemplate(**fields)
    empty = [k for k in lists if k in fields and not fields[k]]
    return base if empty else tpl


def _variants(r: Reader, value: object, at: Path_, ending: bool = False) -> tuple[Variant, ...]:
    out = []
    for p, v in r.tables(value, at, "variant"):
        doc = r.table(v, p, VARIANT_FIELDS, "a variant")
        if "when" not in doc:
            r.bad(p, "a variant needs a when = { ... } condition")
        when = r.condition(doc.get("when", {}), (*p, "when"))
        line = r.text(doc.get("line"), (*p, "line"), "line of a variant")
        if when.remembered is not None and not ending:
            r.bad(
                (*p, "when"), "remembered is known only at the end: use it in an ending's variant"
            )
        cue = r.cue(doc.get("cue"), (*p, "cue"))
        if cue is not None and when.style is not None:
            r.bad(
                (*p, "cue"),
                "a cue may not depend on the buying style (000: never type a customer by a "
                "gesture); let the style show in the line's words",
            )
        if line:
            out.append(Variant(when, line, cue))
    return tuple(out)


def _beat(r: Reader, value: object, at: Path_) -> Beat | None:
    doc = r.table(value, at, BEAT_FIELDS, "a [[beat]]")
    bid = r.ident(doc.get("id"), (*at, "id"), "beat id")
    line = r.text(doc.get("line"), (*at, "line"), f"line of beat {bid!r}")
    cue = r.cue(doc.get("cue"), (*at, "cue"))
    variants = _variants(r, doc.get("variant"), (*at, "variant"))
    replies: list[Reply] = []
    raw = r.tables(doc.get("reply"), (*at, "reply"), "reply")
    if not 1 <= len(raw) <= 5:
        r.bad(at, f"beat {bid!r} must have 1 to 5 replies, not {len(raw)}")
    for p, v in raw:
        reply = _reply(r, v, p, bid)
        if reply is None:
            continue
        if any(x.id == reply.id for x in replies):
            r.bad((*p, "id"), f"beat {bid!r} has two replies with id {reply.id!r}")
        replies.append(reply)
    if not bid or line is None:
        return None
    return Beat(bid, line, tuple(replies), cue, variants)


def _reply(r: Reader, value: object, at: Path_, beat: str) -> Reply | None:
    doc = r.table(value, at, REPLY_FIELDS, "a reply")
    rid = r.ident(doc.get("id"), (*at, "id"), "reply id")
    text = r.text(doc.get("text"), (*at, "text"), f"text of reply {rid!r}")
    acts = doc.get("acts")
    names: tuple[str, ...] = ()
    if acts is None:
        r.bad(at, f"reply {rid!r} of beat {beat!r} has no acts")
    else:
        names = r.names(acts, (*at, "acts"), tuple(ACTS), "act")
    nxt = r.ident(doc.get("next"), (*at, "next"), f"next of reply {rid!r}")
    branches = []
    for p, v in r.tables(doc.get("branch"), (*at, "branch"), "branch"):
        b = r.table(v, p, ("when", "next"), "a branch")
        if "when" not in b:
            r.bad(p, "a branch needs a when = { ... } condition")
        when = r.condition(b.get("when", {}), (*p, "when"))
        if when.remembered is not None:
            r.bad(
                (*p, "when"), "remembered is known only at the end: use it in an ending's variant"
            )
        target = r.ident(b.get("next"), (*p, "next"), "next of a branch")
        branches.append(Branch(when, target))
    if not rid or text is None:
        return None
    return Reply(rid, text, names, nxt, tuple(branches))


def _ending(r: Reader, value: object, at: Path_) -> Ending | None:
    doc = r.table(value, at, ENDING_FIELDS, "an [[ending]]")
    eid = r.ident(doc.get("id"), (*at, "id"), "ending id")
    kind = doc.get("kind")
    if kind not in ENDING_KINDS:
        r.bad(
            (*at, "kind"),
            f"ending kind must be one of {', '.join(ENDING_KINDS)}{_hint(kind, ENDING_KINDS)}",
        )
    line = r.text(doc.get("line"), (*at, "line"), f"line of ending {eid!r}")
    variants = _variants(r, doc.get("variant"), (*at, "variant"), ending=True)
    if not eid or line is None or kind not in ENDING_KINDS:
        return None
    return Ending(eid, str(kind), line, variants)


def _check_graph(
    r: Reader, beats: list[Beat], endings: list[Ending], start: str, channel: str
) -> None:
    where: dict[str, Path_] = {}
    for i, b in enumerate(beats):
        where.setdefault(b.id, ("beat", i))
    for i, e in enumerate(endings):
        if e.id in where:
            r.bad(("ending", i, "id"), f"id {e.id!r} is used twice (beats and endings share ids)")
        where.setdefault(e.id, ("ending", i))
    seen_beats: set[str] = set()
    for i, b in enumerate(beats):
        if b.id in seen_beats:
            r.bad(("beat", i, "id"), f"beat id {b.id!r} is used twice")
        seen_beats.add(b.id)
    ending_ids = {e.id for e in endings}
    targets: dict[str, list[str]] = {}
    for i, b in enumerate(beats):
        outs = targets.setdefault(b.id, [])
        for j, reply in enumerate(b.replies):
            nexts: list[tuple[Path_, str]] = [(("beat", i, "reply", j, "next"), reply.next)]
            nexts += [
                (("beat", i, "reply", j, "branch", k, "next"), br.next)
                for k, br in enumerate(reply.branches)
            ]
            for path, target in nexts:
                if target and target not in where:
                    r.bad(
                        path,
                        f"reply {reply.id!r} of beat {b.id!r} leads to unknown beat "
                        f"{target!r}{_hint(target, list(where))}",
                    )
                outs.append(target)
    if start and start not in seen_beats:
        r.bad(("start",), f"start names no beat: {start!r}{_hint(start, sorted(seen_beats))}")
        return
    reached: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node in reached or node not in targets:
            continue
        reached.add(node)
        todo.extend(targets[node])
    for i, b in enumerate(beats):
        if b.id not in reached:
            r.bad(("beat", i, "id"), f"beat {b.id!r} cannot be reached from start {start!r}")
    finishing = set(ending_ids)
    changed = True
    while changed:
        changed = False
        for bid, outs in targets.items():
            if bid not in finishing and any(o in finishing for o in outs):
                finishing.add(bid)
                changed = True
    for i, b in enumerate(beats):
        if b.id in reached and b.id not in finishing:
            r.bad(("beat", i, "id"), f"beat {b.id!r} has no way to any ending")
    kinds = {e.kind for e in endings}
    for kind in EARLY_EXITS.get(channel, ()):
        if kind not in kinds:
            r.bad(
                ("ending",),
                f"a {channel} story needs an ending of kind {kind!r}: the customer may leave early",
            )
