"""Inline SVG charts for the HTML report: no script, no font or file from anywhere else."""

from __future__ import annotations

from html import escape

from game.report.stats import Spread

INK = "#1d2330"
MUTED = "#5b6475"
BAR = "#2f5fa7"
BOX = "#c25a00"


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">'
        + "".join(body)
        + "</svg>"
    )


def _text(
    x: float, y: float, s: str, anchor: str = "middle", size: int = 15, fill: str = MUTED
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{fill}">{escape(s)}</text>'
    )


def histogram(spread: Spread, label: str = "score distribution") -> str:
    """Ten score buckets (0-100) as columns, their counts on top, and the quartiles as a box
    under the axis (whiskers from min to max, the box from Q1 to Q3, the median a line)."""
    w, h, left, right, top, axis = 560, 250, 16, 16, 26, 180
    n = len(spread.histogram)
    step = (w - left - right) / n
    most = max(spread.histogram) or 1
    body = [f'<line x1="{left}" y1="{axis}" x2="{w - right}" y2="{axis}" stroke="{INK}"/>']
    for i, count in enumerate(spread.histogram):
        x = left + i * step
        bar = (axis - top) * count / most
        if count:
            body.append(
                f'<rect x="{x + 3:.1f}" y="{axis - bar:.1f}" width="{step - 6:.1f}" '
                f'height="{bar:.1f}" fill="{BAR}" rx="2"/>'
            )
        if count:
            body.append(_text(x + step / 2, axis - bar - 6, str(count), fill=INK))
    for i in range(0, n + 1, 2):
        body.append(_text(left + i * step, axis + 18, str(i * 100 // n)))

    def at(score: float) -> float:
        return left + (w - left - right) * min(max(score, 0.0), 100.0) / 100

    y = axis + 44
    body += [
        f'<line x1="{at(spread.low):.1f}" y1="{y}" x2="{at(spread.high):.1f}" y2="{y}" '
        f'stroke="{BOX}" stroke-width="2"/>',
        f'<rect x="{at(spread.q1):.1f}" y="{y - 10}" '
        f'width="{max(at(spread.q3) - at(spread.q1), 2):.1f}" height="20" fill="#fde7d3" '
        f'stroke="{BOX}" stroke-width="2"/>',
        f'<line x1="{at(spread.median):.1f}" y1="{y - 12}" x2="{at(spread.median):.1f}" '
        f'y2="{y + 12}" stroke="{BOX}" stroke-width="4"/>',
    ]
    return _svg(w, h + 30, body, label)


def bars(rows: list[tuple[str, int, str]], total: int, label: str) -> str:
    """Horizontal bars, each under its label, with its count and share of `total`;
    `rows` are (label, count, colour)."""
    if not rows:
        return ""
    w, row_h = 560, 52
    most = max(n for _, n, _ in rows) or 1
    body = []
    for i, (name, n, color) in enumerate(rows):
        y = i * row_h
        length = (w - 110) * n / most
        body.append(_text(0, y + 18, name, anchor="start", size=17, fill=INK))
        body.append(
            f'<rect x="0" y="{y + 25}" width="{max(length, 2):.1f}" height="18" '
            f'fill="{color}" rx="2"/>'
        )
        share = f" ({100 * n / total:.0f}%)" if total else ""
        body.append(_text(length + 8, y + 40, f"{n}{share}", anchor="start", size=16))
    return _svg(w, row_h * len(rows), body, label)


def spark(scores: tuple[float, ...], label: str, width: int = 180, height: int = 40) -> str:
    """Scores 0-100 in the order played, as a small line with a dot on the latest."""
    if not scores:
        return ""
    pad = 5

    def xy(i: int, s: float) -> tuple[float, float]:
        x = pad + (width - 2 * pad) * (i / (len(scores) - 1) if len(scores) > 1 else 0.5)
        return x, pad + (height - 2 * pad) * (1 - min(max(s, 0.0), 100.0) / 100)

    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i, s) for i, s in enumerate(scores)))
    lx, ly = xy(len(scores) - 1, scores[-1])
    body = [
        f'<line x1="{pad}" y1="{height / 2:.1f}" x2="{width - pad}" y2="{height / 2:.1f}" '
        f'stroke="#d5d9e0" stroke-dasharray="3 3"/>',
        f'<polyline points="{points}" fill="none" stroke="{BAR}" stroke-width="2.5"/>',
        f'<circle cx="{lx:.1f}" cy="{ly:.1f}" r="4.5" fill="{BOX}"/>',
    ]
    return _svg(width, height, body, label)


def line(points: list[tuple[str, float]], label: str) -> str:
    """A median score (0-100) per period, labelled under the axis."""
    if not points:
        return ""
    w, h, left, right, top, axis = 560, 220, 40, 24, 20, 170
    step = (w - left - right) / max(len(points) - 1, 1)

    def at(i: int, s: float) -> tuple[float, float]:
        x = left + step * i if len(points) > 1 else (left + w - right) / 2
        return x, axis - (axis - top) * min(max(s, 0.0), 100.0) / 100

    body = [f'<line x1="{left}" y1="{axis}" x2="{w - right}" y2="{axis}" stroke="{INK}"/>']
    for v in (0, 50, 100):
        y = axis - (axis - top) * v / 100
        body.append(_text(left - 8, y + 5, str(v), anchor="end", size=14))
        if v:
            body.append(
                f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#e3e6eb"/>'
            )
    xys = [at(i, s) for i, (_, s) in enumerate(points)]
    body.append(
        '<polyline points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in xys)
        + f'" fill="none" stroke="{BAR}" stroke-width="3"/>'
    )
    for (name, s), (x, y) in zip(points, xys, strict=True):
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{BAR}"/>')
        body.append(_text(x, y - 10, f"{s:.0f}", fill=INK))
        body.append(_text(x, axis + 20, name, size=14))
    return _svg(w, h + 10, body, label)
