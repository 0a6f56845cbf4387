"""Chinese line-breaking: no line of the talk, cues or replies starts with a closing mark."""

from __future__ import annotations

import pytest
from textual.content import Content

from game.tui.wrap import NO_START, wrap

TEXT = "".join(
    [
        "一二三四五六七八九，十一二三四五，六。七八九十。",
        "解放路那家营业厅去年试过八点开门，大家都说好。",
    ]
)


@pytest.mark.parametrize("width", range(4, 40))
def test_no_line_starts_with_a_closing_mark_and_none_is_too_wide(width: int) -> None:
    rows = wrap(Content(TEXT), width)
    assert [r.plain for r in rows if r.plain[:1] in NO_START] == []
    assert max(r.cell_length for r in rows) <= width
    assert "".join(r.plain for r in rows) == TEXT  # nothing lost, nothing doubled


def test_plain_folding_would_have_started_a_line_with_a_comma() -> None:
    assert any(r.plain.startswith("，") for r in Content(TEXT).wrap(9))
    assert not any(r.plain.startswith("，") for r in wrap(Content(TEXT), 9))


def test_english_wraps_as_before_and_styles_survive() -> None:
    text = Content.styled("Fifty minutes when you were told fifteen. That's maddening.", "bold")
    assert [r.plain for r in wrap(text, 20)] == [r.plain for r in text.wrap(20)]
    assert all(r.spans for r in wrap(Content.styled(TEXT, "bold"), 9))


def test_paragraphs_stay_apart() -> None:
    assert [r.plain for r in wrap(Content("好，好\n，开头"), 20)] == ["好，好", "，开头"]
