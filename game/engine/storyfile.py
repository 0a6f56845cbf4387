"""Reads and checks story files (stories/README.md): all problems at once, as file:line: message.

The file's text and its lines are storysource.py's, the typed reading of values
storyreader.py's, the graph's shape storygraph.py's, and who can reach a resolved ending
storyreach.py's; this module reads the story's tables with them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from game.engine.acts import ACTS, contradictions
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
from game.engine.story import ENDING_KINDS, Beat, Branch, Ending, Reply, Story, Variant
from game.engine.storygraph import Placed, check_graph
from game.engine.storyreach import check_reach
from game.engine.storyreader import Reader, hint
from game.engine.storysource import (
    Lines,
    Path_,
    Problem,
    StoryError,
    decode,
    parse_toml,
    problem,
)
from game.engine.text import LANGS

__all__ = ["Problem", "StoryError", "load_stories", "load_story", "parse_story"]

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
BEAT_FIELDS = ("id", "line", "cue", "variant", "reply", "typed")
REPLY_FIELDS = ("id", "text", "acts", "next", "branch")
ENDING_FIELDS = ("id", "kind", "line", "variant")
VARIANT_FIELDS = ("when", "line", "cue")


def parse_story(data: bytes, path: str, warnings: list[Problem] | None = None) -> Story:
    """A story from a file's bytes, or a StoryError listing every problem found (warnings
    too). A story with warnings only loads; they are added to `warnings` when it is given."""
    source = decode(data, path)
    doc = parse_toml(source, path)
    reader = Reader(path, source)
    try:
        story = _story(reader, doc, path, data)
    except RecursionError:
        reader.bad("FD0104", (), "the file nests too deeply to read")
        story = None
    found = sorted(reader.problems, key=lambda p: p.line)
    if reader.errors or story is None:
        raise StoryError(found)
    if warnings is not None:
        warnings.extend(found)
    return story


def load_story(path: str | Path, warnings: list[Problem] | None = None) -> Story:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise StoryError(
            [problem(str(path), 1, "FD0101", f"cannot read: {err.strerror}")]
        ) from None
    story = parse_story(data, str(path), warnings)
    if story.id != p.stem:
        line = Lines(decode(data, str(path))).of(("id",))
        raise StoryError(
            [
                problem(
                    str(path),
                    line,
                    "FD0106",
                    f"id {story.id!r} must match the file name {p.stem!r}",
                )
            ]
        )
    return story


def _id_line(file: Path) -> int:
    try:
        return Lines(decode(file.read_bytes(), str(file))).of(("id",))
    except (OSError, StoryError):  # it was read a moment ago; if it is gone now, say line 1
        return 1


def load_stories(
    paths: Iterable[Path], warnings: bool = False
) -> tuple[list[Story], list[Problem]]:
    """Loads files, and the *.toml files of folders; also reports ids used twice. The
    problems are the errors, and with `warnings` the warnings too (of the stories that load:
    a StoryError's are always listed)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.toml")) if path.is_dir() else [path])
    stories: list[Story] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        try:
            story = load_story(file, problems if warnings else None)
        except StoryError as err:
            problems.extend(err.problems)
            continue
        if story.id in seen:
            message = f"story id {story.id!r} is also used by {seen[story.id]}"
            problems.append(problem(str(file), _id_line(file), "FD0107", message))
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
        r.bad("FD0301", ("format",), "format must be 1")
    sid = r.ident(doc.get("id"), ("id",), "id")
    title = r.text(doc.get("title"), ("title",), "title")
    setting = r.text(doc.get("setting"), ("setting",), "setting")
    brief = r.text(doc.get("brief"), ("brief",), "brief")
    difficulty = doc.get("difficulty")
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 5:
        r.bad("FD0302", ("difficulty",), "difficulty must be a whole number from 1 to 5")
        difficulty = 1
    channel = doc.get("channel")
    if channel not in CHANNELS:
        r.bad("FD0303", ("channel",), f"channel must be one of {', '.join(CHANNELS)}")
        channel = "counter"
    r.channel = str(channel)
    source = r.string(doc.get("source"), ("source",), "source")
    start = r.ident(doc.get("start"), ("start",), "start")
    customer = _customer(r, doc.get("customer", {}))
    placed = [b for p, v in r.tables(doc.get("beat"), ("beat",), "beat") if (b := _beat(r, v, p))]
    ending_at = [
        (p, e)
        for p, v in r.tables(doc.get("ending"), ("ending",), "ending")
        if (e := _ending(r, v, p))
    ]
    if not placed:
        r.bad("FD0304", ("beat",), "a story needs at least one [[beat]]")
    check_graph(r, placed, ending_at, start, str(channel))
    if not r.errors:  # who can get where means something once the rest is sound
        check_reach(r, customer, placed, ending_at, start)
    beats = [p.beat for p in placed]
    endings = [e for _, e in ending_at]
    if r.errors or title is None or setting is None or brief is None:
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
            r.bad("FD0305", (*at, "max_traits"), "max_traits must be 0, 1 or 2")
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
            r.bad("FD0306", (*at, "needs"), "[customer.needs] needs at least one need")
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
            r.bad("FD0307", p, "a variant needs a when = { ... } condition")
        when = r.condition(doc.get("when", {}), (*p, "when"))
        line = r.text(doc.get("line"), (*p, "line"), "line of a variant")
        if when.remembered is not None and not ending:
            r.bad(
                "FD0308",
                (*p, "when"),
                "remembered is known only at the end: use it in an ending's variant",
            )
        cue = r.cue(doc.get("cue"), (*p, "cue"))
        if cue is not None and when.style is not None:
            r.bad(
                "FD0309",
                (*p, "cue"),
                "a cue may not depend on the buying style (000: never type a customer by a "
                "gesture); let the style show in the line's words",
            )
        if line:
            out.append(Variant(when, line, cue))
    return tuple(out)


def _beat(r: Reader, value: object, at: Path_) -> Placed | None:
    doc = r.table(value, at, BEAT_FIELDS, "a [[beat]]")
    bid = r.ident(doc.get("id"), (*at, "id"), "beat id")
    line = r.text(doc.get("line"), (*at, "line"), f"line of beat {bid!r}")
    cue = r.cue(doc.get("cue"), (*at, "cue"))
    variants = _variants(r, doc.get("variant"), (*at, "variant"))
    replies: list[Reply] = []
    places: list[Path_] = []
    ids: set[str] = set()
    raw = r.tables(doc.get("reply"), (*at, "reply"), "reply")
    if not 1 <= len(raw) <= 5:
        r.bad("FD0310", at, f"beat {bid!r} must have 1 to 5 replies, not {len(raw)}")
    for p, v in raw:
        reply = _reply(r, v, p, bid)
        if reply is None:
            continue
        if reply.id in ids:
            r.bad("FD0311", (*p, "id"), f"beat {bid!r} has two replies with id {reply.id!r}")
        ids.add(reply.id)
        replies.append(reply)
        places.append(p)
    typed = None
    if "typed" in doc:
        typed = r.ident(doc["typed"], (*at, "typed"), "typed fallback") or None
        if typed is not None and typed not in ids:
            r.bad(
                "FD0314", (*at, "typed"), f"beat {bid!r} has no reply {typed!r} for typed replies"
            )
    if not bid or line is None:
        return None
    beat = Beat(bid, line, tuple(replies), cue, variants, typed)
    return Placed(beat, at, tuple(places))


def _reply(r: Reader, value: object, at: Path_, beat: str) -> Reply | None:
    doc = r.table(value, at, REPLY_FIELDS, "a reply")
    rid = r.ident(doc.get("id"), (*at, "id"), "reply id")
    text = r.text(doc.get("text"), (*at, "text"), f"text of reply {rid!r}")
    acts = doc.get("acts")
    names: tuple[str, ...] = ()
    if acts is None:
        r.bad("FD0312", at, f"reply {rid!r} of beat {beat!r} has no acts")
    else:
        names = r.names(acts, (*at, "acts"), tuple(ACTS), "act")
        for one, other, why in contradictions(names):
            r.bad(
                "FD0350",
                (*at, "acts"),
                f"reply {rid!r} of beat {beat!r} is tagged {one} and {other}: {why}; "
                "is one of them a slip?",
            )
    nxt = r.ident(doc.get("next"), (*at, "next"), f"next of reply {rid!r}")
    branches = []
    for p, v in r.tables(doc.get("branch"), (*at, "branch"), "branch"):
        b = r.table(v, p, ("when", "next"), "a branch")
        if "when" not in b:
            r.bad("FD0307", p, "a branch needs a when = { ... } condition")
        when = r.condition(b.get("when", {}), (*p, "when"))
        if when.remembered is not None:
            r.bad(
                "FD0308",
                (*p, "when"),
                "remembered is known only at the end: use it in an ending's variant",
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
            "FD0313",
            (*at, "kind"),
            f"ending kind must be one of {', '.join(ENDING_KINDS)}{hint(kind, ENDING_KINDS)}",
        )
    line = r.text(doc.get("line"), (*at, "line"), f"line of ending {eid!r}")
    variants = _variants(r, doc.get("variant"), (*at, "variant"), ending=True)
    if not eid or line is None or kind not in ENDING_KINDS:
        return None
    return Ending(eid, str(kind), line, variants)
