"""A story's typed fallback (`typed = "reply-id"` in a beat): a typed reply that does nothing any
offered reply does goes on along the reply the author chose, not the one nearest in words."""

from __future__ import annotations

from game.engine.session import Session
from game.engine.storyfile import parse_story
from game.reader.nearest import nearest_reply
from game.reader.reading import Reading
from game.typed_reply import hear
from tests.engine.story.test_codes import BASE

TWO_PATHS = BASE.replace(
    '[[beat.reply]]\nid = "fix"\n',
    'typed = "calm"\n\n'
    '[[beat.reply]]\nid = "calm"\n'
    'text = { en = "Let me hear what happened.", zh = "您说说经过。" }\n'
    'acts = ["listen"]\nnext = "done"\n\n'
    '[[beat.reply]]\nid = "fix"\n',
)


class Offer:
    def __init__(self, id: str, en: str, acts: tuple[str, ...]) -> None:
        from game.engine.text import t

        self.id, self.text, self.acts = id, t(en, en), acts


OFFERED = (
    Offer("words", "Thank you for waiting so patiently today", ("be_warm",)),
    Offer("other", "I will fix it", ("propose_solution",)),
)


def test_a_reply_sharing_no_act_takes_the_fallback_not_the_nearest_words() -> None:
    reading = Reading(("thank",), {"thank": 0.9})
    text = "Thank you for waiting so patiently"
    assert nearest_reply(reading, text, OFFERED, "en") == "words"
    assert nearest_reply(reading, text, OFFERED, "en", fallback="other") == "other"


def test_a_reply_sharing_an_act_ignores_the_fallback() -> None:
    reading = Reading(("propose_solution",), {"propose_solution": 0.9})
    assert nearest_reply(reading, "I will fix it", OFFERED, "en", fallback="words") == "other"


def test_a_fallback_that_is_not_offered_is_ignored() -> None:
    reading = Reading(("thank",), {"thank": 0.9})
    text = "Thank you for waiting so patiently"
    assert nearest_reply(reading, text, OFFERED, "en", fallback="gone") == "words"


def test_the_story_field_reaches_the_typed_reply() -> None:
    story = parse_story(TWO_PATHS.encode(), "two.toml")
    assert story.beats[0].typed == "calm"
    view = Session(story, 1).current
    assert view is not None and view.typed == "calm"
    # an apology does nothing either offered reply does: it goes on along the fallback
    typed = hear(view, "I am so sorry about this", "en")
    assert "listen" not in typed.acts and "propose_solution" not in typed.acts
    assert typed.along == "calm"


def test_setting_the_fallback_changes_the_beats_hash_and_leaving_it_out_does_not() -> None:
    from game.saves.save import story_ref

    def beat_hash(text: str) -> str:
        return dict(story_ref(parse_story(text.encode(), "two.toml")).beats)["hello"]

    without = TWO_PATHS.replace('typed = "calm"\n', "")
    assert beat_hash(TWO_PATHS) != beat_hash(without)
    # and a story without it keeps the hashes older saves hold: the engine's golden saves
    # (tests/engine/test_engine_identical.py) were written before the field existed
