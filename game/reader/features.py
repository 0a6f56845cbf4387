"""The features a normalized reply is read by: character n-grams, English words, negation, cues.

Character n-grams carry typos ("undrestand" still shares most of "understand") and Chinese
without a segmenter. English adds word unigrams and bigrams. A negation ("not", "won't", 不, 别,
没 ...) marks what follows it, up to the end of its clause, so that "I'm not going to tell you
to calm down" does not share the features of "calm down" (issue #13). Cue phrases (cues.py)
and word classes (lexicon.py) add one feature each; the model weighs them like any other."""

from __future__ import annotations

import re

from game.reader.cues import cue_features
from game.reader.normalize import NAME, is_cjk

# a cue or word class counts as this many features: English gains from them, Chinese less
# (its classes are single characters as often as words), measured by bench/bench_reader.py
CUE_WEIGHT = {"en": 3, "zh": 1}
NEG = "~"  # prefix of a feature inside a negation's scope

# --- English -------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9\ue000]+(?:'[a-z]+)?|[.,!?;:]+|[^\sa-z0-9]")
_NEGATORS_EN = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "cannot",
        "nor",
        "neither",
        "nobody",
        "nothing",
        "none",
        "nowhere",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "cant",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "wont",
        "havent",
        "hasnt",
        "hadnt",
        "aint",
        "mustnt",
        "neednt",
    ]
)
# words that end a negation's scope: a new clause starts
_CLAUSE_EN = frozenset(
    [
        "but",
        "and",
        "so",
        "because",
        "though",
        "although",
        "however",
        "yet",
        "or",
        "if",
        "when",
        "while",
        "then",
        "just",
        "instead",
        "unless",
        "until",
        "which",
    ]
)
_SCOPE_EN = 8
_EN_NGRAMS = (3, 4)  # 2-grams add nothing measurable; 5-grams cost 0.006 micro-F1 (bench)


def _negator_en(word: str) -> bool:
    return word in _NEGATORS_EN or word.endswith("n't")


def en_words(text: str) -> list[tuple[str, bool]]:
    """The words of normalized English text, each with whether a negation governs it."""
    out: list[tuple[str, bool]] = []
    left = 0
    for tok in _WORD.findall(text):
        if not (tok[0].isalnum() or tok[0] == NAME):
            left = 0
            if tok[0] in ".,!?;:":
                out.append((tok[0], False))
            continue
        word = tok.replace("'", "") if tok.endswith("n't") else tok
        if word in _CLAUSE_EN:
            left = 0
        negated = left > 0
        out.append((word, negated))
        left = _SCOPE_EN if _negator_en(tok) or _negator_en(word) else max(0, left - 1)
    return out


def en_features(text: str) -> list[str]:
    words = en_words(text)
    feats: list[str] = []
    lo, hi = _EN_NGRAMS
    prev = "<s>"
    for word, negated in words:
        mark = NEG if negated else ""
        if word in ".,!?;:":
            feats.append(word)
            prev = "<s>"
            continue
        feats.append(mark + "w:" + word)
        feats.append(mark + "b:" + prev + " " + word)
        prev = word
        padded = "<" + word + ">"
        size = len(padded)
        for n in range(lo, hi + 1):
            for i in range(size - n + 1):
                feats.append(mark + padded[i : i + n])
    if prev != "<s>":
        feats.append("b:" + prev + " </s>")
    return feats


# --- Chinese -------------------------------------------------------------------------------
_NEGATORS_ZH = "不别没无非未莫勿"
# words that start with a negator but negate nothing the reader cares for
_NOT_NEGATION_ZH = (
    "不好意思",
    "对不起",
    "不客气",
    "不过",
    "不便",
    "不断",
    "不少",
    "不仅",
    "不管",
    "不错",
    "非常",
    "无论",
    "未来",
    "别的",
    "别人",
    "别处",
    "没关系",
    "无奈",
    "差不多",
)
_CLAUSE_ZH = frozenset("，。！？；：,.!?;:、 但可而所因就")
_SCOPE_ZH = 4
_ZH_NGRAMS = (1, 3)


def zh_marks(text: str) -> list[bool]:
    """For each character of normalized Chinese text, whether a negation governs it."""
    marks = [False] * len(text)
    skip = 0
    left = 0
    for i, ch in enumerate(text):
        if skip:
            skip -= 1
            left = 0
            continue
        fixed = next((w for w in _NOT_NEGATION_ZH if text.startswith(w, i)), "")
        if fixed:
            skip = len(fixed) - 1
            left = 0
            continue
        if ch in _CLAUSE_ZH:
            left = 0
            continue
        marks[i] = left > 0
        if ch in _NEGATORS_ZH:
            left = _SCOPE_ZH
        elif left:
            left -= 1
    return marks


def zh_features(text: str) -> list[str]:
    marks = zh_marks(text)
    feats: list[str] = []
    lo, hi = _ZH_NGRAMS
    size = len(text)
    for i in range(size):
        for n in range(lo, hi + 1):
            if i + n > size:
                break
            gram = text[i : i + n]
            if " " in gram:
                break
            feats.append((NEG if marks[i + n - 1] else "") + gram)
    # Latin words inside Chinese ("check一下", "ok"): whole words only
    feats.extend("w:" + w for w in re.findall(r"[a-z]{2,}", text))
    return feats


# --- The shape of a reply ---------------------------------------------------------------
# How long it is, how many figures and sentences, whether it asks or exclaims: what the manner
# acts are made of (be_precise: figures; be_direct: few words; ramble: many; be_warm: "!"),
# which no n-gram sees. Thresholds, not counts: each feature says "at least". Measured by
# bench/bench_reader.py (micro-F1 en +0.02, zh +0.006); counted SHAPE_WEIGHT times, like cues.
SHAPE_WEIGHT = {"en": 3, "zh": 1}
_LENGTHS = (3, 6, 10, 16, 25, 40, 60)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?。！？]")


def shape_features(text: str, lang: str) -> list[str]:
    words = len(text.split()) if lang == "en" else len(text) // 2  # about two characters a word
    out = [f"len>={n}" for n in _LENGTHS if words >= n]
    if words < 3:
        out.append("len<3")
    figures = len(_DIGITS.findall(text))
    out.extend(f"num>={n}" for n in (1, 2, 3, 5) if figures >= n)
    sentences = len(_SENTENCE_END.findall(text))
    out.extend(f"sent>={n}" for n in (1, 2, 3, 4) if sentences >= n)
    if "!" in text:
        out.append("excl")
    if "?" in text:
        out.append("quest")
    return out


def features(text: str, lang: str) -> list[str]:
    """The distinct features of normalized text in the order first met (deterministic), then
    its cues and word classes, each CUE_WEIGHT times, then its shape, SHAPE_WEIGHT times."""
    raw = zh_features(text) if lang == "zh" else en_features(text)
    if any(is_cjk(ch) for ch in text) != (lang == "zh"):
        raw.append("mixed")
    out = list(dict.fromkeys(raw))
    out.extend(cue_features(text, lang) * CUE_WEIGHT[lang])
    out.extend(shape_features(text, lang) * SHAPE_WEIGHT[lang])
    return out
