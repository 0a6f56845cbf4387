"""How the customer takes the reply just given: their first words back (model.md §4; 001, 002).

The lines are in the tables (`[speech]` of game/words/*.toml), keyed
`speech.FAMILY.MOVE.STYLE.HEAT`: a family of mistakes (feeling, blame, service) or `good`, the
mistake act or good move, the buying style, and `cool` (calm to moderately upset) or `hot`
(furious, 5-6 stars). This module keeps which lines there are, in the shape heard.py picks
from: move -> buying style -> (cool, hot)."""

# Sources: seed 001 (wrong attitudes to negative emotion: ignore, divert, deny, suppress; what
# grates on the ear: authoritative tone, direct denial, criticism, question back, interrupting;
# service vs technical language; the four restatements and the anger index); seed 002 (common
# complaint-handling mistakes: premature blame, arguing, lecturing, sarcasm, doubt, implying the
# customer is unimportant, meaningless questions, delay, insincerity); seed 000 §三 (the four
# buying styles and the manner each wants). Spoken words only, generic across episodes.

from __future__ import annotations

from collections.abc import Iterator, Mapping

from game.engine.facets import STYLES
from game.engine.text import Text, fixed

# family -> the mistake acts always answered, each in every buying style, cool and hot
FAMILIES: dict[str, tuple[str, ...]] = {
    # a wrong attitude to their feeling, or what grates on the ear (001)
    "feeling": (
        "ignore",
        "divert",
        "deny",
        "suppress",
        "interrupt",
        "question_back",
        "direct_refusal",
    ),
    # telling them they are wrong, and the tone of it (001, 002)
    "blame": (
        "criticize",
        "argue",
        "lecture",
        "sarcasm",
        "doubt",
        "authoritative_tone",
        "jargon",
        "premature_blame",
    ),
    # a common service mistake (002, 000 §三)
    "service": (
        "stall",
        "empty_promise",
        "imply_unimportant",
        "meaningless_question",
        "personal_question",
        "hard_sell",
        "ramble",
        "rush",
        "too_familiar",
    ),
}
# a good move that is heard when it lands: the right rung of the anger ladder (001 四个复述), the
# need that matters most (001 主导需求), the manner their buying style wants (000 §三)
GOOD_MOVES: tuple[str, ...] = ("rung", "need", "manner")


class Lines(Mapping[str, tuple[Text, Text]]):
    """What is said after one mistake or good move: buying style -> (cool, hot), the lines
    `KEY.STYLE.cool` and `KEY.STYLE.hot` of the tables, looked up at first use."""

    __slots__ = ("_made", "key")

    def __init__(self, key: str) -> None:
        self.key = key
        self._made: dict[str, tuple[Text, Text]] = {}

    def __getitem__(self, style: str) -> tuple[Text, Text]:
        made = self._made.get(style)
        if made is None:
            if style not in STYLES:
                raise KeyError(style)
            cool, hot = (fixed(f"{self.key}.{style}.{heat}") for heat in ("cool", "hot"))
            made = self._made[style] = (cool, hot)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(STYLES)

    def __len__(self) -> int:
        return len(STYLES)


# mistake act -> buying style -> (cool, hot): what they say right after that mistake
MISTAKE_ECHOES: dict[str, Lines] = {
    act: Lines(f"speech.{family}.{act}") for family, acts in FAMILIES.items() for act in acts
}
# a good move that landed -> buying style -> (cool, hot)
GOOD_ECHOES: dict[str, Lines] = {move: Lines(f"speech.good.{move}") for move in GOOD_MOVES}

__all__ = ["FAMILIES", "GOOD_ECHOES", "GOOD_MOVES", "MISTAKE_ECHOES", "Lines"]
