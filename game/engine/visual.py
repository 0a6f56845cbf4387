"""Which cues can only be seen: on the phone or in text, nothing of them reaches the agent.

001's four synchronizations read breathing, face, posture and voice; on a call only the voice,
the breathing, the pace, the words and the silences come through. `validate` and the balance
check use this list to keep a voice channel's cues audible."""

from __future__ import annotations

import re

from game.engine.text import Text

_EN = re.compile(
    r"\b(look|looks|looked|looking|glance|glances|glanced|stare|stares|stared|eyes?|face|"
    r"faces|frown|frowns|frowned|smile|smiles|smiled|nod|nods|nodded|shrug|shrugs|shrugged|"
    r"arms?|hands?|fingers?|fist|shoulders?|jaw|lips?|brow|flushed|blush|blushes|tears|"
    r"posture|leans?|leaning|taps?|tapping|points?|pointing|waves?|watch face|"
    r"folded|crumpled|clutch|clutches|holds? up|holding|shows you|photos?|"
    r"stands?|standing|sits?|sitting|steps? back|sighs? visibly)\b",
    re.IGNORECASE,
)
_ZH = re.compile(
    r"(看了|看着|盯着|瞪|眼睛|眼神|眼圈|脸|皱眉|眉头|微笑|笑着|点头|摇头|耸肩|胳膊|手臂|双手|"
    r"手指|拳头|肩膀|下巴|嘴唇|姿势|靠在|倚|敲|指着|挥手|捏|攥|举着|照片|站着|坐着|退了一步|"
    r"抱着)"
)


def looks_visual(text: Text) -> bool:
    """True when the cue names something only the eyes could catch, in either language."""
    return bool(_EN.search(text.en) or _ZH.search(text.zh))
