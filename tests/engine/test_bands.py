"""The model's bands and thresholds are typed tables in tuning.py, and they agree with one
another as the seed says: the moods line up with the anger index (001 四个复述), the ladder's
rungs are 1-2, 3-4 and 5-6 stars, and the peak-end weights make a whole (001 峰终定律)."""

from __future__ import annotations

import dataclasses

import pytest

from game.engine import tuning
from game.engine.meters import mood, patience_band, stars, trust_band
from game.engine.rules import band
from game.engine.scoring import peak_end

MOOD_OF_STARS = {
    0: "calm",
    1: "calm",
    2: "tense",
    3: "upset",
    4: "upset",
    5: "furious",
    6: "furious",
}


def test_the_moods_line_up_with_the_anger_index() -> None:
    for tenth in range(0, 1001):
        emotion = tenth / 10
        assert mood(emotion) == MOOD_OF_STARS[stars(emotion)], emotion
    assert stars(0.0) == 0 and stars(100.0) == tuning.STARS.most == 6


def test_the_ladder_has_three_rungs_of_two_stars() -> None:
    assert [band(n) for n in range(1, 7)] == ["low", "low", "mid", "mid", "high", "high"]


def test_the_bands_move_with_their_tables() -> None:
    assert trust_band(tuning.TRUST.guarded_from - 0.01) == "low"
    assert trust_band(tuning.TRUST.guarded_from) == "guarded"
    assert trust_band(tuning.TRUST.high_from) == "high"
    assert patience_band(tuning.PATIENCE_THIN_BELOW - 0.01) == "thin"
    assert patience_band(tuning.PATIENCE_THIN_BELOW) == "plenty"
    assert mood(tuning.MOOD.furious_from) == "furious" and mood(tuning.MOOD.tense_from) == "tense"


def test_peak_end_weights_make_a_whole_and_drive_the_score() -> None:
    w = tuning.PEAK_END
    assert abs(w.peak + w.end + w.start - 1.0) < 1e-12
    # a start of 100, a peak (and end) of -100: the start's weight is all that is left of 50
    assert peak_end([100.0, -100.0]) == 50.0 + (w.start * 100 - (w.peak + w.end) * 100) / 2


def test_every_table_is_frozen() -> None:
    for table in (tuning.STARS, tuning.LADDER, tuning.MOOD, tuning.TRUST, tuning.PEAK_END):
        field = dataclasses.fields(table)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(table, field, 0)
