"""The typed reading of a story's values (text, names, ranges, conditions), each problem
collected with its line rather than raised."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from game.engine.acts import ACTS
from game.engine.facets import CAUSES, NEEDS, STATES, STYLES, TRAITS
from game.engine.story import MOODS, PATIENCE_BANDS, REMEMBERED, TRUST_BANDS, Condition
from game.engine.storysource import Lines, Path_, Problem, problem
from game.engine.text import LANGS, Text
from game.engine.visual import looks_visual

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
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
                "FD0213",
                path,
                f"a {self.channel} customer cannot be seen: this cue is visual; "
                "say what the agent hears (voice, breathing, pace, words, silence)",
            )
        return cue

    def bad(self, code: str, path: Path_, message: str) -> None:
        """A problem at this place, with its code (storycodes.py; the code gives the severity)."""
        self.problems.append(problem(self.file, self.lines.of(path), code, message))

    @property
    def errors(self) -> bool:
        """Whether any problem found so far is an error (warnings do not stop a story)."""
        return any(p.is_error for p in self.problems)

    def table(
        self, value: object, path: Path_, fields: tuple[str, ...], what: str
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.bad("FD0202", path, f"{what} must be a table")
            return {}
        for key in value:
            if key not in fields:
                self.bad(
                    "FD0201", (*path, key), f"unknown field {key!r} in {what}{hint(key, fields)}"
                )
        return value

    def tables(self, value: object, path: Path_, what: str) -> list[tuple[Path_, object]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(
                "FD0203", path, f"{what} must be written as [[{'.'.join(map(str, path))}]] tables"
            )
            return []
        return [((*path, i), v) for i, v in enumerate(value)]

    def text(self, value: object, path: Path_, what: str, required: bool = True) -> Text | None:
        if value is None:
            if required:
                self.bad("FD0204", path, f"{what} is missing")
            return None
        if not isinstance(value, dict):
            self.bad("FD0205", path, f'{what} must be a table like {{ en = "...", zh = "..." }}')
            return None
        for key in value:
            if key not in LANGS:
                self.bad("FD0205", path, f"{what} has unknown language {key!r} (use en and zh)")
        got = {}
        for lang in LANGS:
            s = value.get(lang)
            if s is None:
                if self.single is None or self.single == lang:
                    self.bad(
                        "FD0206",
                        path,
                        f"{what} has no {'English' if lang == 'en' else 'Chinese'} ({lang}) text",
                    )
                continue
            if not isinstance(s, str) or not s.strip():
                self.bad("FD0205", path, f"{what}: {lang} must be non-empty text")
                continue
            got[lang] = s
        if not got:
            return None
        return Text(got.get("en", got.get("zh", "")), got.get("zh", got.get("en", "")))

    def string(self, value: object, path: Path_, what: str) -> str:
        if value is None:
            self.bad("FD0204", path, f"{what} is missing")
            return ""
        if not isinstance(value, str) or not value:
            self.bad("FD0207", path, f"{what} must be non-empty text")
            return ""
        return value

    def ident(self, value: object, path: Path_, what: str) -> str:
        s = self.string(value, path, what)
        if s and not ID.match(s):
            self.bad("FD0208", path, f"{what} {s!r} must be lowercase letters, digits and '-'")
        return s

    def names(
        self, value: object, path: Path_, allowed: tuple[str, ...], what: str
    ) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            self.bad("FD0209", path, f"{what} must be a list of names")
            return ()
        out: list[str] = []
        for item in items:
            if not isinstance(item, str) or item not in allowed:
                self.bad("FD0209", path, f"unknown {what} {item!r}{hint(item, allowed)}")
            elif item in out:
                self.bad("FD0210", path, f"{what} {item!r} is listed twice")
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
            self.bad("FD0211", path, f"{what} must be [lowest, highest]")
            return None
        a, b = value[0], value[1]  # type: ignore[index]
        if not lo <= a <= b <= hi:
            self.bad(
                "FD0211",
                path,
                f"{what} must have {lo:g} <= lowest <= highest <= {hi:g}, not [{a}, {b}]",
            )
            return None
        return (a, b)

    def condition(self, value: object, path: Path_) -> Condition:
        if not isinstance(value, dict):
            self.bad("FD0212", path, "when must be a table of conditions")
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
                self.bad("FD0212", at, f"unknown condition {key!r}{hint(key, allowed)}")
        return Condition(**fields)


def hint(word: object, options: Iterable[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(options), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""
