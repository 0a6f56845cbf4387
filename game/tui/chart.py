"""The debrief's timeline: the moments of an episode as a column chart, peak and end marked."""

# A plain function of the engine's moments (-100..100) and peak index; drawn with block
# characters into a `Content`, so it needs no plotting library and adapts to any width.

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content

AXIS = 5  # "+100" and the axis line
GOOD, BAD, MARK, DIM = "$success", "$error", "bold $accent", "dim"


def _label_row(marks: list[tuple[int, str]], width: int) -> str:
    """Words placed at columns, pushed right when they would overlap (cells, not characters)."""
    out, used = "", 0
    for col, word in sorted(marks):
        start = min(col, width - cell_len(word))  # a label at the right edge ends there
        start = max(start, used + 1 if used else 0)
        out += " " * (start - used) + word
        used = start + cell_len(word)
    return out


def timeline(
    moments: Sequence[float],
    peak: int,
    width: int,
    height: int,
    words: tuple[str, str, str],
) -> Content:
    """Moments as columns around a zero line; `words` are the labels (peak, end, peak = end)."""
    height = max(3, height | 1)  # odd: as many rows above the zero line as below
    half = height // 2
    n = max(len(moments), 1)
    plot = max(width - AXIS, n)
    slot = max(1, min(12, plot // n))
    bar = max(1, min(6, slot - 2 if slot > 3 else slot - 1))
    rows: list[list[tuple[str, str]]] = [[] for _ in range(height)]
    for r in range(height):
        axis = "+100" if r == 0 else "   0" if r == half else "-100" if r == height - 1 else ""
        rows[r].append((f"{axis:>4}" + ("┼" if r == half else "│"), DIM))
    for i, m in enumerate(moments):
        size = min(half, math.ceil(abs(m) / 100.0 * half))
        style = GOOD if m >= 0 else BAD
        if i == peak:
            style += " bold"
        for r in range(height):
            if r == half:
                rows[r].append(("─" * bar, DIM))
            elif (m > 0 and half - size <= r < half) or (m < 0 and half < r <= half + size):
                rows[r].append(("█" * bar, style))
            else:
                rows[r].append((" " * bar, ""))
            if slot > bar:
                rows[r].append(
                    (("─" if r == half else " ") * (slot - bar), DIM if r == half else "")
                )
    last = len(moments) - 1
    centre = AXIS + bar // 2
    marks: list[tuple[int, str]] = []
    if moments:
        if peak == last:
            marks.append((centre + peak * slot, words[2]))
        else:
            marks.extend([(centre + peak * slot, words[0]), (centre + last * slot, words[1])])
    arrows = [" "] * (AXIS + slot * n)
    for col, _ in marks:
        if col < len(arrows):
            arrows[col] = "▲"
    numbers = ""
    step = 1 if slot >= 3 else 5
    for i in range(0, len(moments), step):
        col = centre + i * slot
        numbers += " " * max(0, col - len(numbers)) + str(i + 1)
    lines = [Content.assemble(*row) for row in rows]
    lines.append(Content.styled(numbers, DIM))
    lines.append(Content.styled("".join(arrows).rstrip(), MARK))
    lines.append(Content.styled(_label_row(marks, AXIS + plot), MARK))
    return Content("\n").join(lines)


BLOCKS = " ▁▂▃▄▅▆▇█"  # eighths of a cell, from empty to full


def attempts_chart(scores: Sequence[float], width: int = 40, height: int = 3) -> Content:
    """Scores out of 100, oldest first, as columns `height` rows tall (the newest that fit in
    `width`, two cells and a gap each): how an episode went over time, at a glance; the best
    attempt in bold, a base line under them all."""
    shown = list(scores)[-max(1, width // 3) :]
    best = max(shown) if shown else 0.0
    eighths = [max(1, round(min(100.0, max(0.0, s)) / 100.0 * 8 * height)) for s in shown]
    lines: list[Content] = []
    for row in range(height, 0, -1):
        parts: list[tuple[str, str]] = []
        for score, n in zip(shown, eighths, strict=True):
            fill = min(8, max(0, n - (row - 1) * 8))
            style = "bold $accent" if score == best else "$primary"
            parts += [(BLOCKS[fill] * 2, style), (" ", "")]
        lines.append(Content.assemble(*parts))
    lines.append(Content.styled("▔" * (3 * len(shown)), "dim"))
    return Content("\n").join(lines)
