"""Wrapping that respects Chinese line-breaking: no line starts with a closing punctuation mark.

Textual folds a run of Chinese characters wherever the width runs out, so "，" or "。" can land
at the start of a line, which a Chinese reader sees as a typesetting error. Here the character
before such a mark moves down with it (and what no longer fits moves on to the next line).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

# marks that may not begin a line (the core of the GB/T 15834 and JIS X 4051 lists)
NO_START = frozenset("，。、；：！？）」』】》〉”’…·%,.;:!?)]}")


def _wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80  # CJK and full-width forms: text folded without spaces


def wrap(content: Content, width: int) -> list[Content]:
    """`content.wrap(width)`, paragraph by paragraph, without a line led by a closing mark."""
    rows: list[Content] = []
    for paragraph in content.split("\n"):
        rows.extend(_settle(list(paragraph.wrap(max(1, width))), width))
    return rows


def _settle(rows: list[Content], width: int) -> list[Content]:
    i = 1
    while i < len(rows):
        prev, row = rows[i - 1], rows[i]
        plain = prev.plain
        if row.plain[:1] in NO_START and len(plain) > 1 and _wide(plain[-1]):
            rows[i - 1], rows[i] = prev[:-1], prev[-1:] + row
            if rows[i].cell_length > width:
                cut = _fit(rows[i], width)
                tail = rows[i][cut:]
                rows[i] = rows[i][:cut]
                if i + 1 < len(rows):
                    rows[i + 1] = tail + rows[i + 1]
                    rows[i + 1 :] = _refold(rows[i + 1 :], width)
                else:
                    rows.append(tail)
        i += 1
    return rows


def _fit(row: Content, width: int) -> int:
    """How many characters of `row` fit in `width` cells."""
    cells = 0
    for n, ch in enumerate(row.plain):
        cells += cell_len(ch)
        if cells > width:
            return max(1, n)
    return len(row.plain)


def _refold(rows: list[Content], width: int) -> list[Content]:
    """Lines that grew past the width pass their overflow down, one line to the next."""
    out: list[Content] = []
    carry = Content("")
    for row in rows:
        row = carry + row
        if row.cell_length > width:
            cut = _fit(row, width)
            row, carry = row[:cut], row[cut:]
        else:
            carry = Content("")
        out.append(row)
    if carry.plain:
        out.append(carry)
    return out
