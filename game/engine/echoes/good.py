"""What the customer says when a good move lands: the right rung of the anger ladder (001 四个复述),
the need that matters most (001 主导需求), the manner their buying style wants (000 §三)."""

from __future__ import annotations

from game.engine.text import Text, t

# a good move that landed -> buying style -> (cool, hot)
GOOD_ECHOES: dict[str, dict[str, tuple[Text, Text]]] = {
    "rung": {
        "demanding": (
            t("Yes. Exactly.", "对。就是这样。"),
            t("Yes! That's it!", "对！就是这个！"),
        ),
        "influential": (
            t("Oh, yes! That's exactly how it felt, you get it!", "对对对！就是这种感觉，你懂我！"),
            t(
                "Yes! That's it, that's exactly what I've been trying to say!",
                "没错！我憋了半天就是这句话！",
            ),
        ),
        "steady": (
            t("…Yes. That's exactly how I feel.", "……对，就是这样。"),
            t("…Yes. That's it. That's exactly it.", "……是的，你说到我心坎里了。"),
        ),
        "compliant": (
            t("Correct. That is an accurate summary.", "没错，这个概括是准确的。"),
            t("Yes. That is precisely the point.", "对，问题恰恰就在这里。"),
        ),
    },
    "need": {
        "demanding": (
            t("Finally, someone who gets to the point.", "总算有人说到点子上了。"),
            t("Right. That's what matters!", "对！这才是要紧的！"),
        ),
        "influential": (
            t(
                "Oh, thank goodness, that's the thing I really care about!",
                "太好了，这才是我最在乎的事！",
            ),
            t("Now you're talking! That's what I came for!", "这才像话！我就是为这个来的！"),
        ),
        "steady": (
            t(
                "Oh… yes, that is what I was really worried about.",
                "哦……是的，我最担心的就是这个。",
            ),
            t("Yes… that's the part that matters to me most.", "是的……这才是我最在意的。"),
        ),
        "compliant": (
            t("That is what I came for.", "这正是我此行的目的。"),
            t(
                "Good. That addresses the substance of my complaint.",
                "很好，这才触及我投诉的实质。",
            ),
        ),
    },
    "manner": {
        "demanding": (
            t("Good. Go on.", "好。说下去。"),
            t("Short and straight. Good.", "简单直接，这就对了。"),
        ),
        "influential": (
            t(
                "Aw, that's nice. Thank you for being so kind about it.",
                "哎，听你这么说，心里舒服多了。",
            ),
            t("Well… okay, at least you're being nice about it.", "好吧……至少你说话还挺暖心的。"),
        ),
        "steady": (
            t("Thank you… it helps that you're not rushing me.", "谢谢您……您不催我，我安心多了。"),
            t(
                "…Alright. Speaking calmly like that does help a little.",
                "……好吧，你这样慢慢说，我好受一点了。",
            ),
        ),
        "compliant": (
            t("Thank you for being clear.", "谢谢，您说得很清楚。"),
            t("That is precise. I appreciate that.", "这很准确，我认可这一点。"),
        ),
    },
}
