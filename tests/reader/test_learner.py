"""The learner's parts: training-time variants, the nearest labelled replies (neighbours.py) and
their place in the model file, the cue that tells a plan from a change of subject."""

from __future__ import annotations

import dataclasses
import functools

from game.reader.augment import variants
from game.reader.corpus import Example
from game.reader.cues import cue_features
from game.reader.features import features
from game.reader.learn import Settings, train
from game.reader.model import Model, from_json, to_json
from game.reader.neighbours import Neighbours, Vote, build, wordlike
from game.reader.normalize import normalize

_LINES = [
    ("acknowledge_feeling", "I understand, that sounds really frustrating."),
    ("acknowledge_feeling", "I can see why you're upset."),
    ("acknowledge_feeling", "That must be so annoying, I get it."),
    ("acknowledge_feeling+propose_solution", "I get it, let's get it fixed right now."),
    ("acknowledge_feeling+propose_solution", "I hear you. How about I replace it today?"),
    ("propose_solution", "Let's get a new card sent to you."),
    ("propose_solution", "How about we reset the line and test it?"),
    ("propose_solution", "I can book an engineer for tomorrow morning."),
    ("suppress", "Please calm down."),
    ("suppress", "No need to shout, ok?"),
    ("suppress", "Relax, sir."),
    ("suppress+acknowledge_feeling", "I understand, but please calm down."),
    ("divert", "Let's talk about something else."),
    ("divert", "Anyway, have you seen the weather?"),
    ("divert", "Forget about that, let's look at your new plan."),
]


def _data(copies: int = 2) -> list[Example]:
    out = []
    for k in range(copies):
        for n, (acts, text) in enumerate(_LINES):
            suffix = "" if k == 0 else " " + ("ok" if k == 1 else "thanks")
            out.append(Example(text + suffix, tuple(acts.split("+")), f"g{n % 7}", "test"))
    return out


@functools.cache
def _near() -> Model:
    return train(_data(), "en", Settings(epochs=4, min_df=1))


def test_variants_are_new_wordings_the_same_on_every_call() -> None:
    text = "I'm so sorry about the wait, let me check your account now."
    got = variants(text, "en", 2)
    assert len(got) == 2
    assert text not in got
    assert got == variants(text, "en", 2)  # seeded by the text, not by a clock or hash()


def test_variants_keep_negations_and_swap_nin_in_chinese() -> None:
    for v in variants("I won't tell you to calm down, I promise.", "en", 3):
        assert "won't" in v.lower() or "wont" in v.lower()
    zh = variants("您别着急，我马上帮您查一下。", "zh", 4)
    assert any("你" in v and "您" not in v for v in zh)
    assert all("别" in v for v in zh)


def test_augmented_training_sees_more_texts_and_is_reproducible() -> None:
    s = Settings(epochs=3, min_df=1)
    plain = train(_data(1), "en", s)
    more = train(_data(1), "en", Settings(epochs=3, min_df=1, augment=2))
    assert len(more.index) > len(plain.index)  # the variants brought features of their own
    assert to_json(more) == to_json(train(_data(1), "en", Settings(epochs=3, min_df=1, augment=2)))


def test_the_neighbours_are_kept_in_the_model_file_and_read_back_exactly() -> None:
    model = _near()
    assert model.neighbours is not None and model.neighbours.labels
    raw = to_json(model)
    back = from_json(raw)
    assert to_json(back) == raw
    for text in ("I understand, but please calm down.", "let's get it sorted today"):
        assert back.read(text) == model.read(text)


def test_the_neighbours_move_what_is_read() -> None:
    model = _near()
    assert model.neighbours is not None
    text = normalize("Forget about that, let's look at your new plan.")
    feats = features(text, "en")
    first = model.first_logits(feats)
    moved = model.logits(text)
    divert = model.acts.index("divert")
    assert moved[divert] > first[divert]  # its own line, labelled divert, is the nearest
    assert dataclasses.replace(model, neighbours=None).logits(text) == first


_VOTE = Vote(k=2, power=1, beta=4.0, offset=0.4)


def _index() -> tuple[list[str], Neighbours]:
    vocab = ["w:calm", "w:down", "w:understand", "w:sorry"]
    feats = [["w:calm", "w:down"], ["w:understand"], ["w:sorry", "w:understand"]]
    return vocab, build(feats, [[0], [1], [1, 2]], vocab, keep=10, vote=_VOTE)


def test_the_nearest_replies_vote_by_similarity() -> None:
    vocab, nb = _index()
    rows = [vocab.index("w:calm")]
    assert nb.shares(rows, 3) == [1.0, 0.0, 0.0]  # only the calm-down reply shares a word
    both = nb.shares([vocab.index("w:understand")], 3)
    assert both[1] == 1.0 and 0.0 < both[2] < 1.0  # two near, the plainer one nearer
    assert nb.shares([], 3) == [0.0, 0.0, 0.0]


def test_a_vote_moves_each_logit_by_beta_times_its_share() -> None:
    vocab, nb = _index()
    moved = nb.adjust([0.0, 0.0, 0.0], [vocab.index("w:calm")])
    assert moved == [4.0 * (2.0 - 0.4), -1.6, -1.6]


def test_the_index_keeps_only_each_replys_strongest_features() -> None:
    vocab = ["w:a", "w:b", "w:c", "w:z"]
    feats = [["w:a", "w:b", "w:c"], ["w:c", "w:z"], ["w:z"]]
    nb = build(feats, [[0], [1], [1]], vocab, keep=1, vote=_VOTE)
    assert len(nb.docs) == 3  # one posting a reply
    assert nb.starts[-1] == 3


def test_a_plan_with_lets_is_not_a_change_of_subject() -> None:
    plan = cue_features(normalize("Sorry about that, let's get it fixed now."), "en")
    away = cue_features(normalize("Let's talk about something else."), "en")
    assert "sem:doing" in plan and "cue:divert" not in plan
    assert "cue:divert" in away and "sem:doing" not in away


def test_english_replies_are_compared_by_words_chinese_by_characters() -> None:
    assert wordlike("w:calm") and wordlike("~b:not calm") and wordlike("cue:suppress")
    assert wordlike("冷静") and wordlike("~冷")
    assert not wordlike("<cal") and not wordlike("len>=6") and not wordlike("excl")
    vocab = ["<cal", "w:calm"]
    nb = build([["<cal", "w:calm"], ["<cal"]], [[0], [1]], vocab, keep=10, vote=_VOTE)
    assert nb.starts == (0, 0, 1)  # the n-gram has no postings; the word has reply 0's
