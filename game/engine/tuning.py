"""Every number of the customer model, tune here and nowhere else: `TUNING`, the rules' numbers
keyed by rule id, and below it the bands and thresholds the rest of the engine reads (moods,
the anger index and ladder, the peak-end weights, cue trends, the memory of an episode), each a
typed table citing the seed document it comes from (../shared/seeds, by file number)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

TUNING: dict[str, dict[str, Any]] = {
    "start": {
        "emotion_per_star": 12.0,
        "emotion_base": 6.0,
        "state_emotion": {"angry": 4.0, "rude": 3.0, "domineering": 2.0},
        "cause_emotion": {"venting": 4.0, "tired": 2.0, "hurt": 2.0},
        "trust_base": 56.0,
        "trust_per_star": 3.0,
        "sarcastic_trust": 8.0,
        "sceptic_trust": 5.0,
        "patience_base": 100.0,
        "patience_per_star": 4.0,
        "cause_patience": {"tired": 8.0, "bad_mood": 5.0},
    },
    "moment": {
        # the moment (model.md §2) from the meters after a turn
        "calm_point": 30.0,  # emotion below this feels good
        "emotion": 1.0,
        "trust": 0.6,
        "needs": 70.0,
        "needs_baseline": 0.25,
        "relief": 0.6,  # how much a drop in emotion this turn adds
        "exit_penalty": 25.0,  # leaving early is remembered as worse (rule 11)
    },
    "emotion-first": {
        "calm": {
            "acknowledge_feeling": 10.0,
            "restate_facts": 9.0,
            "share_similar": 6.0,
            "voice_unspoken_pain": 10.0,
            "apologize": 6.0,
            "listen": 8.0,
        },
        "calm_cap": 20.0,
        "trust_per_sync": 2.0,
        "trust_cap": 6.0,
        "full_below": 30.0,  # emotion at or below which problem acts work fully
        "floor_above": 65.0,  # emotion at or above which they work at `floor`
        "floor": 0.2,
        "not_listening_from": 55.0,
        "not_listening_emotion": 6.0,
        "not_listening_trust": -3.0,
    },
    "anger-ladder": {
        # multiplier on an act's calming, by band of stars now (001 四个复述)
        "low": {"acknowledge_feeling": 1.3, "restate_facts": 0.8, "voice_unspoken_pain": -0.3},
        "mid": {"acknowledge_feeling": 0.6, "restate_facts": 1.5, "voice_unspoken_pain": 0.7},
        "high": {"acknowledge_feeling": 0.2, "restate_facts": 0.6, "voice_unspoken_pain": 2.0},
        # another rung than this level's: drama for the calm, too little for the angry
        "wrong_rung": {
            "low": {"trust": -4.0, "patience": -5.0},
            "mid": {"trust": -3.0},
            "high": {"trust": -5.0},
        },
    },
    "wrong-attitudes": {
        "emotion": {"ignore": 7.0, "divert": 8.0, "deny": 10.0, "suppress": 11.0},
        "trust": {"ignore": -5.0, "divert": -6.0, "deny": -7.0, "suppress": -7.0},
        "lingers_from": 35.0,  # unattended emotion at or above this grows
        "lingers": 2.0,
    },
    "dominant-need": {
        "met_at": 0.6,  # the dominant need counts as met from here
        "lesser_factor": 0.35,
        "served": {"emotion": -4.0, "trust": 6.0},
        "served_min_gain": 0.1,
        "calm_enough_below": 45.0,  # below this emotion they want the need served, not soothing
        "off_target": {"emotion": 4.0, "trust": -5.0},
        "still_waiting": {"emotion": 3.0, "trust": -3.0, "patience": -3.0},  # per turn waited
        "still_waiting_cap": 4,
        "shift_factor": 0.5,  # a met dominant need's priority is multiplied by this
        "hard_sell": {"emotion": 5.0, "trust": -5.0, "patience": -4.0},
    },
    "emotional-carry": {
        # an unmet material need weighs this much less once honestly explained (and with care)
        "expectations_reorder": 0.7,
        "cared_reorder": 0.5,
        "unmet_below": 0.6,
        "bare_material_below": 0.25,
        "bare_material_factor": 0.7,
        "imply_unimportant": {"emotion": 6.0, "trust": -4.0, "respect": -0.25},
    },
    "style-matching": {
        "likes": {
            "demanding": ["be_direct", "act_now", "narrate"],
            "influential": ["be_warm", "listen", "find_common_ground", "praise_sincerely"],
            "steady": ["be_calm", "explain_reason", "manage_expectations"],
            "compliant": ["be_precise", "restate_facts", "explain_with_case"],
        },
        "dislikes": {
            "demanding": ["ramble", "stall"],
            "influential": ["interrupt", "rush"],
            "steady": ["rush", "hard_sell", "authoritative_tone"],
            "compliant": ["too_familiar", "ramble"],
        },
        "liked": {"emotion": -5.0, "trust": 6.0, "respect": 0.08},  # served in their own way
        "disliked": {"emotion": 5.0, "trust": -5.0, "patience": -4.0},
        "opposite": {"emotion": 8.0, "trust": -8.0, "patience": -4.0},  # the opposite's manner
        "adjacent": {"emotion": 3.0, "trust": -4.0},  # a neighbouring style's manner
        # the same fix lands better said their way, worse said the opposite way
        "own_needs_factor": 1.2,
        "adjacent_needs_factor": 0.75,
        "opposite_needs_factor": 0.5,
        "cap": 2,
    },
    "expressing": {
        "matched": {"emotion": -3.0, "trust": 6.0},
        "matched_understand_factor": 1.5,
        "self_praise_to_sceptic_trust": -4.0,
        "long_case_patience": -3.0,
        "jargon_low": {"emotion": 7.0, "trust": -4.0},
        "jargon": {"emotion": 3.0, "trust": -2.0},
        "you_are_wrong": {"emotion": 6.0, "trust": -7.0},  # criticize, argue, doubt
        "grating": {"emotion": 5.0, "trust": -5.0},  # authoritative_tone, sarcasm, lecture
    },
    "no-in-yes": {
        "refusal": {"emotion": 9.0, "trust": -6.0, "respect": -0.1},
        "sandwich_factor": 0.5,
        "yes_language": {"emotion": -4.0, "trust": 4.0},
        "three_f": {"emotion": -3.0, "trust": 2.0},
    },
    "complaint-path": {
        "accepted_at_once_trust": 3.0,
        "solve_before_clarify_factor": 0.6,
        "solve_before_clarify_trust": -2.0,
        "closed_before_open": {"emotion": 3.0, "trust": -2.0},
        "thanks_too_early": {"emotion": 3.0, "trust": -2.0},
        "thanks_after_solving": {"emotion": -4.0, "trust": 3.0},
        "acted_after_solving_trust": 4.0,
        "second_apology_fades": 0.5,  # share of an apology's calm lost the second time
        "apology_grates": {"emotion": 4.0, "trust": -4.0},
        "mistakes": {
            "premature_blame": {"emotion": 4.0, "trust": -8.0},
            "stall": {"emotion": 4.0, "patience": -10.0},
            "meaningless_question": {"emotion": 4.0, "patience": -5.0},
            "empty_promise": {"trust": -6.0},
            "interrupt": {"emotion": 5.0, "trust": -3.0},
            "question_back": {"emotion": 5.0, "trust": -3.0},
        },
    },
    "traits": {
        "talkative_interrupted": {"emotion": 6.0},
        "proud_lectured": {"emotion": 7.0, "trust": -4.0},
        "proud_praised": {"emotion": -3.0, "trust": 4.0},
        "modest_praised": {"emotion": 1.0, "trust": -2.0},
        "opinion_minded_similar": {"emotion": -6.0, "trust": 4.0},
        "hesitant_recommended": {"emotion": -4.0, "trust": 4.0},
        "hesitant_unguided": {"emotion": 2.0, "patience": -6.0},
        "shy_pressed": {"emotion": 5.0},
        "shy_warmed": {"emotion": -3.0},
        "sarcastic_mirrored": {"emotion": 6.0},
        "eccentric_argued": {"emotion": 5.0},
        "silent_opened": {"heard": 0.1},
        "private_asked": {"emotion": 6.0, "trust": -6.0},
        "open_asked": {"emotion": 1.0, "trust": -2.0},
        "elder_respected": {"trust": 3.0},
        "elder_too_familiar": {"emotion": 5.0, "trust": -4.0},
        "relationship_ground": {"trust": 4.0},
        "avoider_argued": {"patience": -8.0},
        "confronter_suppressed": {"emotion": 4.0},
        "punctual_stalled": {"emotion": 4.0, "patience": -5.0},
        "traditional_familiar": {"trust": -3.0},
    },
    "scripted": {
        "at_once": 4,  # acts that do something, in one reply, a customer can take in
        "too_much": {"trust": -4.0, "patience": -4.0},
        "again_factor": 0.5,  # the second reply running that says nothing new counts for half
        "again": {"emotion": 3.0, "trust": -5.0, "patience": -4.0},
    },
    "patience-runs-out": {
        "drain": 6.0,
        "style": {"demanding": 1.4, "influential": 1.0, "steady": 0.8, "compliant": 1.0},
        "time": {"punctual": 1.3, "relaxed": 0.8},
        "tired": 1.2,
        "hot_from": 70.0,
        "hot": 1.3,
        "acting_restores": 5.0,
        "escalate_at": 100.0,
        # out of patience but calm and trusting: they stay (rule 11 ends it for the upset only)
        "content_below": 20.0,
        "content_trust_from": 65.0,
    },
}


# --- the bands and thresholds, typed -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stars:
    """The anger index an emotion level shows: (emotion + offset) // width, 0 to `most` stars."""

    offset: int
    width: int
    most: int


# 001 四个复述 (愤怒指数 1-2, 3-4, 5-6 颗星): 0-6 stars over emotion 0-100
STARS: Final = Stars(offset=6, width=13, most=6)


@dataclass(frozen=True, slots=True)
class Ladder:
    """The rung of the anger ladder for a number of stars: low up to `low_to`, mid up to
    `mid_to`, high above."""

    low_to: int
    mid_to: int


# 001 四个复述: 1-2 stars answer the key pain, 3-4 restate it, 5-6 voice the unspoken pain
LADDER: Final = Ladder(low_to=2, mid_to=4)


@dataclass(frozen=True, slots=True)
class MoodBands:
    """Where emotion crosses into the next mood (cues, story conditions, how hot echoes are):
    calm below `tense_from`, tense, upset from `upset_from`, furious from `furious_from`."""

    tense_from: float
    upset_from: float
    furious_from: float


# 001 愤怒指数, on the STARS scale: calm 0-1 stars, tense 2, upset 3-4, furious 5-6
MOOD: Final = MoodBands(tense_from=20.0, upset_from=33.0, furious_from=59.0)


@dataclass(frozen=True, slots=True)
class TrustBands:
    """Trust levels for cues and story conditions: low below `guarded_from`, high from
    `high_from`."""

    guarded_from: float
    high_from: float


# 001 (因为信任，所以简单: trust makes it simple) and model.md §2; no seed gives the numbers
TRUST: Final = TrustBands(guarded_from=35.0, high_from=65.0)
# 000, 002 (tired and hurried customers): patience below this is thin (cues, conditions)
PATIENCE_THIN_BELOW: Final = 35.0


@dataclass(frozen=True, slots=True)
class PeakEnd:
    """How much each moment weighs in the remembered score; length counts for nothing."""

    peak: float
    end: float
    start: float


# 001 峰终定律 (Kahneman et al. 1993): the peak and the end rule the memory; 接触的起点也重要
# (the first contact matters too, a little)
PEAK_END: Final = PeakEnd(peak=0.45, end=0.45, start=0.10)


@dataclass(frozen=True, slots=True)
class Memory:
    """How an episode is remembered by its score (an ending's `remembered` variant): badly
    below `warm_from`, well from `cold_below`, mixed between."""

    warm_from: float
    cold_below: float


# 001 峰终定律: warm words for an ending need a good memory, cold ones a poor one
MEMORY: Final = Memory(warm_from=45.0, cold_below=65.0)

# 001 四个同步 (read the emotion): a change of emotion in one turn this large shows as the
# customer softening or hardening (a cue)
CUE_TREND: Final = 5.0
# 001 四个复述: from this many stars a right restatement is answered aloud ("Yes, exactly")
RUNG_ECHO_FROM: Final = 3
# 004: on a call-centre line most callers are the direct kind; on the phone the demanding
# style is drawn this many times as often as each other style the story allows
PHONE_DEMANDING_WEIGHT: Final = 2
# 000 (difficult customers: angry, domineering, rude): a customer of more stars than this
# comes in with one of the template's hot states, never "none"
CALM_STATES_UP_TO: Final = 1
# 004 (explain with cases to those who distrust self-praise): the chance a customer trusts a
# company's praise of itself (never the sarcastic or the opinion-minded)
TRUSTS_SELF_PRAISE: Final = 0.5
# not from a seed: a loop in a story cannot run forever (patience would end it; this makes sure)
MAX_TURNS: Final = 40
