"""Every problem a story file can have, with a stable code and a severity (Yarn Spinner's YS0001
style): `frontdesk validate` prints `file:line: error FD0403: message`. An error stops the story
from loading; a warning is something an author would want to know that does not break play
(`validate` exits 0 on warnings unless `--strict`). docs/story-errors.md lists them all; a test
keeps that table and this one the same, and has a story that triggers each code.

Codes are never reused or renumbered: a check that goes away leaves its code unused. The
families: FD01xx the file, FD02xx the values of fields, FD03xx the story's parts, FD04xx the
graph of beats and endings, FD05xx who can reach an ending."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ERROR: Final = "error"
WARNING: Final = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: str  # ERROR or WARNING
    summary: str  # what is wrong, for the table in docs/story-errors.md


def _e(code: str, summary: str) -> Code:
    return Code(code, ERROR, summary)


def _w(code: str, summary: str) -> Code:
    return Code(code, WARNING, summary)


_ALL = (
    # the file
    _e("FD0101", "the file cannot be read"),
    _e("FD0102", "the file is not UTF-8 text"),
    _e("FD0103", "the file is not valid TOML"),
    _e("FD0104", "keys, tables and arrays nest too deep"),
    _e("FD0105", "a whole number has too many digits"),
    _e("FD0106", "the story's id does not match the file name"),
    _e("FD0107", "another file already uses the story's id"),
    # the values of fields
    _e("FD0201", "an unknown field"),
    _e("FD0202", "a value that must be a table is not"),
    _e("FD0203", "tables that must be written as [[name]] are not"),
    _e("FD0204", "a required field is missing"),
    _e("FD0205", "a text is not a table of non-empty en and zh strings"),
    _e("FD0206", "a text lacks one of its languages"),
    _e("FD0207", "a value that must be non-empty text is not"),
    _e("FD0208", "an id that is not lowercase letters, digits and '-'"),
    _e("FD0209", "a list of names that is not one, or names something unknown"),
    _e("FD0210", "a name listed twice"),
    _e("FD0211", "a range that is not [lowest, highest] within its bounds"),
    _e("FD0212", "an unknown condition, or conditions that are not a table"),
    _e("FD0213", "a visual cue on a channel where the customer cannot be seen"),
    # the story's parts
    _e("FD0301", "the format is not 1"),
    _e("FD0302", "the difficulty is not a whole number from 1 to 5"),
    _e("FD0303", "an unknown channel"),
    _e("FD0304", "a story with no beat"),
    _e("FD0305", "max_traits is not 0, 1 or 2"),
    _e("FD0306", "[customer.needs] names no need"),
    _e("FD0307", "a variant or a branch without a when condition"),
    _e("FD0308", "`remembered` outside an ending's variant"),
    _e("FD0309", "a cue that depends on the buying style"),
    _e("FD0310", "a beat without 1 to 5 replies"),
    _e("FD0311", "two replies of a beat with the same id"),
    _e("FD0312", "a reply with no acts"),
    _e("FD0313", "an unknown ending kind"),
    _e("FD0314", "a typed fallback that names none of its beat's replies"),
    _w("FD0350", "a reply whose acts contradict each other"),
    # the graph
    _e("FD0401", "an id used by a beat and an ending"),
    _e("FD0402", "two beats with the same id"),
    _e("FD0403", "a reply that leads to an unknown beat"),
    _e("FD0404", "start names no beat"),
    _w("FD0405", "a beat no reply leads to: it is never played"),
    _w("FD0406", "a beat reached only from beats that are never played"),
    _e("FD0407", "a beat with no way to any ending"),
    _e("FD0408", "an early exit (walking out, hanging up, a manager) with no ending"),
    _w("FD0409", "an ending that nothing leads to: it is never shown"),
    # who can reach an ending
    _e("FD0501", "a story with no resolved ending"),
    _e("FD0502", "no customer the template allows can reach a resolved ending"),
    _e("FD0503", "a way to a resolved ending that no customer who gets there takes"),
)

CODES: dict[str, Code] = {c.code: c for c in _ALL}


def severity(code: str) -> str:
    """The severity of a code (a KeyError for a code that is not in the table)."""
    return CODES[code].severity
