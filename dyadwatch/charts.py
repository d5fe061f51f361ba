"""Inline SVG charts for the briefing: a line chart of an index with its change points, and a bar chart.

Pure string building with every text escaped, so a briefing needs no JavaScript, font or network. Each point or
bar may carry a link (an anchor in the same page) and a tooltip (an SVG `<title>`). The charts scale with the page
(`viewBox`, width 100%); their colours come from the page's CSS classes (`dw-*`), with plain defaults inline.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["Point", "Bar", "line_chart", "bar_chart", "nice_ticks"]

LEFT, RIGHT, TOP, BOTTOM = 52, 16, 16, 36  # plot margins of the line chart (room for tick labels)
MAX_X_LABELS = 8
MONTH_RE, QUARTER_RE, YEAR_RE = re.compile(r"\d{4}-\d{2}"), re.compile(r"\d{4}Q[1-4]"), re.compile(r"\d{4}")
LABEL_WIDTH, VALUE_WIDTH = 190, 170  # the bar chart's label column and value column


@dataclass(frozen=True)
class Point:
    """One period of a series: its label (x), value (y), link, tooltip, and whether it is a change point."""

    label: str
    value: float
    href: str | None = None
    title: str = ""
    marked: bool = False


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    href: str | None = None
    title: str = ""
    css: str = ""  # an extra class for the bar's colour
    note: str = ""  # shown after the value ("412 reports")


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _num(value: float) -> str:
    if not math.isfinite(value) or abs(value) < 1e-9:
        return "0"  # (and never "-0")
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering [low, high] (1, 2 or 5 times a power of ten apart)."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low]
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda s: abs(s - raw))  # about `count` steps
    first = math.ceil(low / step - 1e-9) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _y_range(values: Sequence[float]) -> tuple[float, float]:
    # Zero is always in range: the sign of the index (cooperation or conflict) is what a reader looks for first.
    finite = [v for v in values if math.isfinite(v)] or [0.0]
    low, high = min(0.0, *finite), max(0.0, *finite)
    if high - low < 1e-9:
        low, high = low - 1.0, high + 1.0
    pad = (high - low) * 0.08
    return low - (pad if low < 0 else 0), high + pad


def _open_svg(css: str, width: int, height: int, title: str) -> list[str]:
    return [f'<svg class="{_attr(css)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="100%" role="img" aria-label="{_attr(title)}" preserveAspectRatio="xMinYMin meet">',
            f"<title>{escape(title)}</title>"]


def line_chart(points: Sequence[Point], title: str, width: int = 720, height: int = 230,
               css: str = "dw-chart dw-line-chart", bridge_gaps: bool = False) -> str:
    """A line through the points with a zero line, y ticks, a few x labels, and linked markers (larger and
    in the change colour for marked points). A NaN value is a gap; with `bridge_gaps` a thin dashed line joins
    the points on either side of it (nothing was measured there, so the solid line does not pass through it).
    An empty series gives a chart that says so."""
    parts = _open_svg(css, width, height, title)
    if not points:
        parts.append(f'<text class="dw-empty" x="{width / 2:.0f}" y="{height / 2:.0f}" text-anchor="middle">'
                     f"no data</text></svg>")
        return "".join(parts)
    low, high = _y_range([p.value for p in points])
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM
    step = plot_w / (len(points) - 1) if len(points) > 1 else 0.0

    def x(i: int) -> float:
        return LEFT + (i * step if len(points) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return TOP + (high - v) / (high - low) * plot_h

    parts += _y_axis(nice_ticks(low, high), y, width)
    parts += _sign_labels(low, y)
    parts += _x_labels(points, x, height)
    if bridge_gaps:
        parts.append(f'<path class="dw-bridge" d="{_bridges(points, x, y)}" fill="none" stroke="#8aa6c8" '
                     f'stroke-width="1" stroke-dasharray="3 3"/>')
    parts.append(f'<path class="dw-line" d="{_path(points, x, y)}" fill="none" stroke="#1f5fa8" stroke-width="2"/>')
    parts += [_marker(p, x(i), y(p.value)) for i, p in enumerate(points) if math.isfinite(p.value)]
    if not any(math.isfinite(p.value) for p in points):
        parts.append(f'<text class="dw-empty" x="{width / 2:.0f}" y="{TOP + 14}" text-anchor="middle">'
                     f"no events</text>")
    parts.append("</svg>")
    return "".join(parts)


def _path(points: Sequence[Point], x: Callable[[int], float], y: Callable[[float], float]) -> str:
    """The line's path data; a value that is not a number (a period with no coverage) breaks the line."""
    steps, pen_down = [], False
    for i, point in enumerate(points):
        if not math.isfinite(point.value):
            pen_down = False
            continue
        steps.append(f"{'L' if pen_down else 'M'}{x(i):.1f} {y(point.value):.1f}")
        pen_down = True
    return " ".join(steps)


def _bridges(points: Sequence[Point], x: Callable[[int], float], y: Callable[[float], float]) -> str:
    """Dashed segments across each run of gaps, from the last point before it to the first after it."""
    measured = [i for i, p in enumerate(points) if math.isfinite(p.value)]
    return " ".join(f"M{x(i):.1f} {y(points[i].value):.1f} L{x(j):.1f} {y(points[j].value):.1f}"
                    for i, j in zip(measured, measured[1:], strict=False) if j > i + 1)


def _sign_labels(low: float, y: Callable[[float], float]) -> list[str]:
    """What the sign means, beside the zero line: the axis has no unit a reader would know."""
    out = [f'<text class="dw-sign" x="{LEFT + 4}" y="{y(0) - 5:.1f}" font-size="11">▲ cooperation</text>']
    if low < 0:
        out.append(f'<text class="dw-sign" x="{LEFT + 4}" y="{y(0) + 14:.1f}" font-size="11">▼ conflict</text>')
    return out


def _y_axis(ticks: list[float], y: Callable[[float], float], width: int) -> list[str]:
    out = []
    for tick in ticks:
        pos = y(tick)
        css = "dw-zero" if abs(tick) < 1e-12 else "dw-grid"
        stroke = "#555" if css == "dw-zero" else "#ddd"
        out.append(f'<line class="{css}" x1="{LEFT}" x2="{width - RIGHT}" y1="{pos:.1f}" y2="{pos:.1f}" '
                   f'stroke="{stroke}" stroke-width="1"/>')
        out.append(f'<text class="dw-tick" x="{LEFT - 6}" y="{pos + 4:.1f}" text-anchor="end">{_num(tick)}</text>')
    return out


def _calendar_ticks(labels: Sequence[str]) -> list[tuple[int, str]] | None:
    """For months (2024-06), quarters (2024Q2) and years (2024): ticks on round calendar steps (every 3 months,
    every year, every 5 or 10 years), a year labelled by itself; None for other labels."""
    if all(MONTH_RE.fullmatch(t) for t in labels):
        per_year, steps = 12, [1, 2, 3, 6, 12, 24, 60, 120]
        counts = [int(t[:4]) * 12 + int(t[5:7]) - 1 for t in labels]
    elif all(QUARTER_RE.fullmatch(t) for t in labels):
        per_year, steps = 4, [1, 2, 4, 8, 20, 40]
        counts = [int(t[:4]) * 4 + int(t[5]) - 1 for t in labels]
    elif all(YEAR_RE.fullmatch(t) for t in labels):
        per_year, steps = 1, [1, 2, 5, 10, 20, 50, 100]
        counts = [int(t) for t in labels]
    else:
        return None
    step = next((s for s in steps if len(labels) / s <= MAX_X_LABELS), steps[-1])
    return [(i, labels[i][:4] if step >= per_year else labels[i]) for i, n in enumerate(counts) if n % step == 0]


def _x_labels(points: Sequence[Point], x: Callable[[int], float], height: int) -> list[str]:
    ticks = _calendar_ticks([p.label for p in points])
    if ticks:
        return [f'<line class="dw-grid" x1="{x(i):.1f}" x2="{x(i):.1f}" y1="{height - BOTTOM}" '
                f'y2="{height - BOTTOM + 5}" stroke="#999" stroke-width="1"/>'
                f'<text class="dw-tick" x="{x(i):.1f}" y="{height - BOTTOM + 18}" text-anchor="middle">'
                f"{escape(text)}</text>" for i, text in ticks]
    every, last = max(1, math.ceil(len(points) / MAX_X_LABELS)), len(points) - 1
    # The first, the last, and every `every`-th in between that keeps clear of the last.
    chosen = [i for i in range(0, last, every) if i == 0 or last - i >= every] + [last]

    def anchor(i: int) -> str:  # the end labels stay inside the chart
        return "start" if i == 0 and last else "end" if i == last and last else "middle"

    return [f'<text class="dw-tick" x="{x(i):.1f}" y="{height - BOTTOM + 18}" text-anchor="{anchor(i)}">'
            f"{escape(points[i].label.split('/')[0])}</text>" for i in chosen]  # a range by its start


def _marker(point: Point, cx: float, cy: float) -> str:
    css, radius, fill = ("dw-point dw-change", 5.5, "#c0392b") if point.marked else ("dw-point", 3, "#1f5fa8")
    tip = f"<title>{escape(point.title or f'{point.label}: {_num(point.value)}')}</title>"
    circle = f'<circle class="{css}" cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}" fill="{fill}">{tip}</circle>'
    return f'<a href="{_attr(point.href)}">{circle}</a>' if point.href else circle


def bar_chart(bars: Sequence[Bar], title: str, width: int = 720, bar_height: int = 26,
              css: str = "dw-chart dw-bar-chart") -> str:
    """Horizontal bars, one a row: label, bar (linked), value and note. Bars are scaled to the largest value."""
    height = max(len(bars), 1) * (bar_height + 8) + 8
    parts = _open_svg(css, width, height, title)
    top = max((b.value for b in bars), default=0.0) or 1.0
    span = width - LABEL_WIDTH - VALUE_WIDTH - 12
    for row, bar in enumerate(bars):
        y0 = 8 + row * (bar_height + 8)
        length = max(bar.value, 0.0) / top * span
        mid = y0 + bar_height / 2 + 4
        tip = f"<title>{escape(bar.title or f'{bar.label}: {_num(bar.value)}')}</title>"
        rect = (f'<rect class="dw-bar {_attr(bar.css)}" x="{LABEL_WIDTH}" y="{y0}" width="{length:.1f}" '
                f'height="{bar_height}" fill="#1f5fa8">{tip}</rect>')
        parts.append(f'<text class="dw-label" x="{LABEL_WIDTH - 8}" y="{mid:.1f}" text-anchor="end">'
                     f"{escape(bar.label)}</text>")
        parts.append(f'<a href="{_attr(bar.href)}">{rect}</a>' if bar.href else rect)
        parts.append(f'<text class="dw-value" x="{LABEL_WIDTH + length + 6:.1f}" y="{mid:.1f}">'
                     f"{escape(bar.note or _num(bar.value))}</text>")
    parts.append("</svg>")
    return "".join(parts)
