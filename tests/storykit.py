"""A tiny story built in Python, for session tests that must not depend on the loader."""

from __future__ import annotations

from game.engine.customer import CustomerTemplate
from game.engine.story import Beat, Branch, Condition, Ending, Reply, Story, Variant
from game.engine.text import t


def tiny_story(anger: tuple[int, int] = (2, 4), channel: str = "counter") -> Story:
    calm = Reply(
        "calm",
        t("I'm sorry, {name}.", "{name},抱歉。"),
        ("acknowledge_feeling", "apologize"),
        "fix",
    )
    deny = Reply(
        "deny",
        t("It's not that bad.", "没那么严重。"),
        ("deny",),
        "fix",
        branches=(Branch(Condition(mood=("furious",)), "manager"),),
    )
    stall = Reply("stall", t("Wait a moment.", "请稍等。"), ("stall",), "hello")
    fix = Reply(
        "fix", t("I'll fix it now.", "我马上处理。"), ("propose_solution", "act_now"), "done"
    )
    hello = Beat(
        "hello",
        t("It's broken again.", "又坏了。"),
        (calm, deny, stall),
        variants=(Variant(Condition(style=("demanding",)), t("Broken. Again.", "又坏了。")),),
    )
    fix_beat = Beat(
        "fix", t("So?", "然后呢?"), (fix, Reply("thank", t("Thanks!", "谢谢!"), ("thank",), "done"))
    )
    return Story(
        id="tiny",
        title=t("Tiny", "小"),
        setting=t("A desk", "柜台"),
        brief=t("Be kind.", "要客气。"),
        difficulty=1,
        channel=channel,
        source="002",
        languages=("en", "zh"),
        start="hello",
        customer=CustomerTemplate(anger=anger),
        beats=(hello, fix_beat),
        endings=(
            Ending("done", "resolved", t("Good.", "好。")),
            Ending("manager", "escalated", t("Manager!", "经理!")),
            Ending("left", "walked_out", t("Bye.", "再见。")),
            Ending("hung", "hung_up", t("(click)", "(挂断)")),
        ),
    )


# --- the same small story as TOML text, for the loader's and validate's tests ---------------


def toml_head(
    story_id: str = "base",
    title: tuple[str, str] = ("Base", "基"),
    brief: tuple[str, str] = ("Be kind.", "要客气。"),
    start: str = "hello",
    channel: str = "counter",
) -> str:
    """A story file's top lines, up to `start` (ten lines, each ending in a newline)."""
    return f"""format = 1
id = "{story_id}"
title = {{ en = "{title[0]}", zh = "{title[1]}" }}
setting = {{ en = "A desk.", zh = "柜台。" }}
brief = {{ en = "{brief[0]}", zh = "{brief[1]}" }}
difficulty = 1
channel = "{channel}"
source = "002"
start = "{start}"
"""


RESOLVED = """
[[ending]]
id = "done"
kind = "resolved"
line = { en = "Good.", zh = "好。" }
"""
UNRESOLVED = """
[[ending]]
id = "meh"
kind = "unresolved"
line = { en = "Hm.", zh = "嗯。" }
"""
EXITS = """
[[ending]]
id = "out"
kind = "walked_out"
line = { en = "Out.", zh = "走了。" }

[[ending]]
id = "boss"
kind = "escalated"
line = { en = "Boss!", zh = "经理！" }
"""
TOML_ENDINGS = RESOLVED + EXITS  # every kind validate wants: resolved, walked out, escalated
