"""The learner's round-4 parts: training-time variants, the second (stacked) pass and its model
file, the cue that tells a plan from a change of subject."""

from __future__ import annotations

import functools

from game.reader.augment import variants
from game.reader.corpus import Example
from game.reader.cues import cue_features
from game.reader.features import features
from game.reader.learn import Settings, train
from game.reader.model import Model, from_json, stack_features, to_json
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
def _stacked() -> Model:
    return train(_data(), "en", Settings(epochs=4, stack=2, stack_epochs=4, min_df=1))


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


def test_the_second_pass_is_kept_in_the_model_file_and_read_back_exactly() -> None:
    model = _stacked()
    assert model.stack_cuts and model.stack_rows
    raw = to_json(model)
    back = from_json(raw)
    assert to_json(back) == raw
    for text in ("I understand, but please calm down.", "let's get it sorted today"):
        assert back.read(text) == model.read(text)


def test_the_second_pass_decides_what_is_read() -> None:
    model = _stacked()
    text = normalize("I understand, but please calm down.")
    first = model.first_logits(features(text, "en"))
    assert model.logits(text) == model.second_logits(first)
    assert model.logits(text) != first


def test_stack_features_are_the_cuts_each_act_reaches() -> None:
    cuts = (-1.0, 0.0, 1.0)
    assert stack_features([-2.0, 0.5, 3.0], cuts) == [3, 4, 6, 7, 8]


def test_a_plan_with_lets_is_not_a_change_of_subject() -> None:
    plan = cue_features(normalize("Sorry about that, let's get it fixed now."), "en")
    away = cue_features(normalize("Let's talk about something else."), "en")
    assert "sem:doing" in plan and "cue:divert" not in plan
    assert "cue:divert" in away and "sem:doing" not in away
