"""How the customer takes the reply just given: their first words back (model.md §4; 001, 002)."""

# Sources: seed 001 (wrong attitudes to negative emotion: ignore, divert, deny, suppress; what
# grates on the ear: authoritative tone, direct denial, criticism, question back, interrupting;
# service vs technical language; the four restatements and the anger index); seed 002 (common
# complaint-handling mistakes: premature blame, arguing, lecturing, sarcasm, doubt, implying the
# customer is unimportant, meaningless questions, delay, insincerity); seed 000 §三 (the four
# buying styles and the manner each wants). Spoken words only, generic across episodes:
# "cool" is calm to moderately upset, "hot" is furious (5-6 stars).

from __future__ import annotations

from game.engine.echoes.blame import BLAME
from game.engine.echoes.feeling import FEELING
from game.engine.echoes.good import GOOD_ECHOES
from game.engine.echoes.service import SERVICE
from game.engine.text import Text

# The lines are data, one module per family of mistakes (feeling, blame, service) and one for
# the good moves; heard.py picks among them.

# mistake act -> buying style -> (cool, hot): what they say right after that mistake
MISTAKE_ECHOES: dict[str, dict[str, tuple[Text, Text]]] = {**FEELING, **BLAME, **SERVICE}

__all__ = ["GOOD_ECHOES", "MISTAKE_ECHOES"]
