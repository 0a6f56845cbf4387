"""The closed vocabulary of acts a reply can carry (model.md §3), as data: one row per act, with
its source; its meaning in words is `act.meaning.NAME` of the tables (game/words). acts.py
indexes it and names its families."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.text import Text, fixed


@dataclass(frozen=True, slots=True)
class Act:
    name: str
    good: bool
    group: str  # sync, clarify, need, close, manner, express, mistake
    source: str
    serves: dict[str, float] = field(default_factory=dict)

    @property
    def meaning(self) -> Text:
        """What the act is, in words (the tables' `act.meaning.NAME`)."""
        return fixed(f"act.meaning.{self.name}")


def _a(name: str, good: bool, group: str, source: str, **serves: float) -> Act:
    return Act(name, good, group, source, dict(serves))


ALL: tuple[Act, ...] = (
    # synchronizing emotion (001 四个同步, 四个复述; 002 平息怨气)
    _a("acknowledge_feeling", True, "sync", "001", heard=0.2),
    _a("restate_facts", True, "sync", "001", heard=0.2, understand=0.05),
    _a("share_similar", True, "sync", "001", heard=0.1),
    _a("voice_unspoken_pain", True, "sync", "001", heard=0.35),
    _a("apologize", True, "sync", "002", respect=0.15),
    _a("listen", True, "sync", "002", heard=0.3),
    # clarifying (002 步骤三)
    _a("open_question", True, "clarify", "002", heard=0.15, understand=0.05),
    _a("closed_question", True, "clarify", "002", understand=0.1),
    # serving needs (001 服务内涵; 002 步骤四、五)
    _a("explain_reason", True, "need", "001", understand=0.35),
    _a("offer_options", True, "need", "001", solve=0.2, respect=0.05),
    _a("propose_solution", True, "need", "002", solve=0.4),
    _a("act_now", True, "need", "001", solve=0.25, respect=0.05),
    _a("take_ownership", True, "need", "001", solve=0.1, respect=0.2),
    _a("compensate", True, "need", "001", compensation=0.5),
    _a("promise_improvement", True, "need", "002", prevention=0.45),
    _a("manage_expectations", True, "need", "001", understand=0.2),
    _a("small_gesture", True, "need", "002", pleasure=0.35, respect=0.1),
    _a("thank", True, "close", "002", pleasure=0.1, respect=0.05),
    _a("use_name", True, "manner", "002", respect=0.1),
    _a("praise_sincerely", True, "manner", "001", pleasure=0.15, respect=0.1),
    _a("find_common_ground", True, "manner", "001", pleasure=0.1, heard=0.05),
    # style matching (000 §三)
    _a("be_direct", True, "manner", "000"),
    _a("be_warm", True, "manner", "000"),
    _a("be_calm", True, "manner", "000"),
    _a("be_precise", True, "manner", "000"),
    # the four ways of expressing (004)
    _a("narrate", True, "express", "004", understand=0.1),
    _a("explain_with_case", True, "express", "004", understand=0.15),
    _a("interpret", True, "express", "004", understand=0.15),
    _a("comment", True, "express", "004", understand=0.05),
    # wrong attitudes to negative emotion (001 面对消极情绪的错误态度)
    _a("ignore", False, "mistake", "001"),
    _a("divert", False, "mistake", "001"),
    _a("deny", False, "mistake", "001"),
    _a("suppress", False, "mistake", "001"),
    # things that grate on the ear (001 刺激听觉的不当行为) and handling mistakes (002)
    _a("interrupt", False, "mistake", "001"),
    _a("question_back", False, "mistake", "001"),
    _a("direct_refusal", False, "mistake", "001"),
    _a("criticize", False, "mistake", "002"),
    _a("argue", False, "mistake", "002"),
    _a("lecture", False, "mistake", "002"),
    _a("sarcasm", False, "mistake", "002"),
    _a("doubt", False, "mistake", "002"),
    _a("authoritative_tone", False, "mistake", "001"),
    _a("jargon", False, "mistake", "001", understand=0.05),
    _a("premature_blame", False, "mistake", "002"),
    _a("stall", False, "mistake", "002"),
    _a("empty_promise", False, "mistake", "002"),
    _a("imply_unimportant", False, "mistake", "002"),
    _a("meaningless_question", False, "mistake", "002"),
    _a("personal_question", False, "mistake", "000"),
    _a("hard_sell", False, "mistake", "001"),
    _a("ramble", False, "mistake", "000"),
    _a("rush", False, "mistake", "000"),
    _a("too_familiar", False, "mistake", "000"),
)
