"""How the debrief names an act in a sentence: a short phrase for what the reply did.

`ACTS[name].meaning` is the act's definition; this is the act as a learner reads it inside a
note ("telling them to calm down fed the emotion it meant to stop"), `act.phrase.NAME` of the
tables (game/words). Never the act's id."""

from __future__ import annotations

from game.engine.act_table import ALL
from game.engine.text import Text, Words

ACT_WORDS = Words("act.phrase", (a.name for a in ALL))


def act_words(name: str) -> Text:
    """The act as a phrase for a sentence; an unknown name (from an old save) reads as itself."""
    if name in ACT_WORDS:
        return ACT_WORDS[name]
    plain = name.replace("_", " ")
    return Text(plain, plain)
