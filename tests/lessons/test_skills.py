"""The skills (one per rule), how a session did on each, what to work on and where to practise."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from game.catalog import load_pack
from game.engine.facets import STYLES
from game.engine.notes import Note
from game.engine.rules import RULE_IDS
from game.engine.session import Session, Turn
from game.engine.simulate import play
from game.engine.story import Story
from game.engine.text import t
from game.engine.turn import Firing
from game.engine.worth import worth
from game.lessons import skills
from game.lessons.skills import SKILLS, SKILLS_BY_ID, judge, marks, practise, standing, weakest

CJK = re.compile(r"[\u4e00-\u9fff]")
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
IDS = re.compile("|".join(re.escape(r) for r in RULE_IDS if "-" in r))


@pytest.fixture(scope="module")
def pack() -> list[Story]:
    return list(load_pack())


def _session(pack: list[Story], policy: str = "textbook", seed: int = 3) -> list[Turn]:
    session, _ = play(pack[0], seed, policy)
    return list(session.turns)


def _hurting(turns: list[Turn], rule: str) -> list[Turn]:
    """The same turns, with `rule` hurting the customer on each (a bad note and a cost)."""
    bad = Firing(rule, (("trust", -6.0),), (Note("x", False, t("it hurt", "有害")),))
    return [replace(tn, fired=(*(f for f in tn.fired if f.rule != rule), bad)) for tn in turns]


def test_one_skill_per_rule_in_the_rules_order() -> None:
    assert tuple(s.id for s in SKILLS) == tuple(RULE_IDS)
    assert set(skills.PAR) == set(RULE_IDS)


def test_every_skill_has_words_in_both_languages_and_no_ids() -> None:
    for s in SKILLS:
        for text in (s.name, s.what, s.do):
            assert text.en.strip() and text.zh.strip(), s.id
            assert CJK.search(text.zh) and not CJK.search(text.en), s.id
            for words in (text.en, text.zh):
                assert not IDS.search(words) and not SNAKE.search(words), (s.id, words)
    for label in (*skills.LEVELS.values(), *skills.TRENDS.values()):
        assert label.en and CJK.search(label.zh)


def test_a_rule_that_hurt_every_turn_is_the_weakest_skill(pack: list[Story]) -> None:
    turns = _session(pack)
    assert weakest([turns]) != SKILLS_BY_ID["traits"]
    hurt = _hurting(turns, "traits")
    m = marks(hurt)["traits"]
    assert m.bad == len(turns) and m.good == 0
    assert weakest([hurt]) == SKILLS_BY_ID["traits"]
    (mine,) = [s for s in standing([hurt]) if s.skill.id == "traits"]
    assert mine.level == "weak"


def test_a_rule_running_on_its_own_is_context_not_a_mark(pack: list[Story]) -> None:
    """Patience drains every turn whatever is said: with no note, the firing marks nothing,
    though what it did to the customer was bad."""
    turns = _session(pack, "textbook")
    drains = [f for tn in turns for f in tn.fired if f.rule == "patience-runs-out" and not f.notes]
    assert drains and all(worth(f.deltas) < 0 for f in drains)
    assert all("patience-runs-out" not in judge(tn)[1] for tn in turns if not _noted(tn))
    assert skills.verdict((), (("patience", -6.0),)) == 0
    assert skills.verdict((True,), (("patience", -1.0),)) == 1  # the note says it helped
    assert skills.verdict((True, False), (("trust", -2.0),)) == -1  # both ways: worth decides


def _noted(tn: Turn) -> bool:
    return any(f.notes for f in tn.fired if f.rule == "patience-runs-out")


def test_an_avoid_skill_counts_each_clean_turn_as_good(pack: list[Story]) -> None:
    turns = _session(pack)
    clean = [tn for tn in turns if "wrong-attitudes" not in judge(tn)[1]]
    assert marks(turns)["wrong-attitudes"].good == len(clean)


def test_standing_is_over_the_recent_sessions_with_a_trend(pack: list[Story]) -> None:
    good = _session(pack, "textbook")
    bad = _hurting(good, "style-matching")
    rising = standing([bad, bad, good, good], recent=4)
    (s,) = [x for x in rising if x.skill.id == "style-matching"]
    assert s.trend == "up" and s.sessions == 4
    (f,) = [x for x in standing([good, good, bad, bad], recent=4) if x.skill.id == s.skill.id]
    assert f.trend == "down"
    # only the last `recent` count: old bad sessions are forgotten
    (r,) = [x for x in standing([bad, bad, good], recent=1) if x.skill.id == s.skill.id]
    assert r.trend == "new" and r.bad == 0 and r.level == "strong"


def test_strong_play_is_strong_and_random_play_is_not(pack: list[Story]) -> None:
    """Levels are against par (what a skilled player gets in this pack)."""
    skilled = [play(st, 2, "textbook")[0].turns for st in pack]
    careless = [play(st, 2, "worst")[0].turns for st in pack]
    levels = {s.skill.id: s.level for s in standing(skilled, recent=len(pack))}
    assert sum(v == "strong" for v in levels.values()) >= 9, levels
    worst = {s.skill.id: s.level for s in standing(careless, recent=len(pack))}
    assert sum(v == "weak" for v in worst.values()) >= 9, worst


def test_par_matches_the_pack_and_the_model(pack: list[Story]) -> None:
    """PAR is measured, not guessed: a change of the model or the pack that moves it by more
    than a little must update the table."""
    fresh = skills.par_of(pack)
    for rule, par in skills.PAR.items():
        assert abs(fresh[rule] - par) <= 0.05, (rule, fresh[rule], par)


def test_practise_names_an_episode_and_a_customer_where_the_rule_decides(
    pack: list[Story],
) -> None:
    for s in SKILLS:
        p = practise(s, pack)
        assert p is not None, s.id
        story = next(st for st in pack if st.id == p.story)
        session, _ = play(story, p.seed, skills.POLICY)
        assert any(s.id in judge(tn)[0] + judge(tn)[1] for tn in session.turns), s.id
        assert p == practise(s, list(reversed(pack)))  # decided by the data, not the order
        assert p.customer.en.startswith(("a ", "an ")) and CJK.search(p.customer.zh)
        assert not SNAKE.search(p.customer.en) and not IDS.search(p.customer.en)
        assert p.title == story.title
    # without that story another one is named
    first = practise(SKILLS[0], pack)
    assert first is not None
    other = practise(SKILLS[0], [st for st in pack if st.id != first.story])
    assert other is not None and other.story != first.story


def test_customer_words_follow_the_customer(pack: list[Story]) -> None:
    s = Session(pack[0], 5)
    words = skills.customer_words(s)
    assert STYLES[s.customer.style].en in words.en
    assert STYLES[s.customer.style].zh in words.zh


def test_customer_words_take_the_article_their_first_word_needs(pack: list[Story]) -> None:
    """'an upset, ...' but 'a tense, ...': the article is in the tables, not made in code."""
    seen: set[str] = set()
    for seed in range(60):
        words = skills.customer_words(Session(pack[0], seed)).en
        first = words.split()[0]
        second = words.split()[1]
        assert first == ("an" if second[0] in "aeiou" else "a"), words
        seen.add(first)
    assert seen == {"a", "an"}, "both articles came up"
