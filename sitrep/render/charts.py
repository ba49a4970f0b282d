"""Scale a trend series onto a small chart; the SVG markup itself is a template.

The chart is drawn by `templates/_trend_chart.html` so text in it is escaped like
any other; this module only does the arithmetic (nice axis steps, coordinates).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sitrep.models import TrendPoint


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    date: dt.date
    value: int
    labelled: bool = True


@dataclass(frozen=True)
class Tick:
    y: float
    value: int


@dataclass(frozen=True)
class TrendChart:
    title: str
    width: int
    height: int
    left: int
    right: int
    axis_x: float
    """Where the axis labels end (right-aligned), clear of the first point's figure."""
    points: tuple[ChartPoint, ...]
    y_ticks: tuple[Tick, ...]

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def _nice_step(top: int, steps: int) -> int:
    """A round step (1, 2 or 5 × 10ⁿ) so that `steps` of them reach at least `top`."""
    raw = max(top, 1) / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude) or 1
    return int(10 * magnitude)


def _half_label(value: int) -> float:
    return len(f"{value:,}") * 4.8 / 2


def trend_chart(
    points: list[TrendPoint],
    *,
    title: str,
    width: int = 460,
    height: int = 150,
    max_labels: int = 8,
) -> TrendChart | None:
    """Lay out a dated series on a time axis; None when there is nothing to draw a line through.

    A long series (daily reports over months) labels only every n-th point and the
    last one, so labels never run into each other.
    """
    if len(points) < 2:
        return None
    series = sorted(points, key=lambda p: p.date)
    step = _nice_step(max(p.value for p in series), 4)
    ceiling = step * max(1, math.ceil(max(p.value for p in series) / step))
    # Room at each side for the labels centred on the edge points and, on the left,
    # the axis labels before them, at about 4.8 units a character of the 8-unit font.
    axis = len(f"{ceiling:,}") * 4.8 + 4
    left = max(52, math.ceil(axis + _half_label(series[0].value)))
    right = width - max(16, math.ceil(_half_label(series[-1].value) + 2))
    top, bottom = 16, height - 18
    first, last = series[0].date, series[-1].date
    span = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    def y_of(value: int) -> float:
        return bottom - (bottom - top) * value / ceiling

    every = math.ceil(len(series) / max_labels)
    final = len(series) - 1

    return TrendChart(
        title=title,
        width=width,
        height=height,
        left=left,
        right=right,
        axis_x=axis,
        points=tuple(
            ChartPoint(x_of(p.date), y_of(p.value), p.date, p.value, i == final or i % every == 0)
            for i, p in enumerate(series)
        ),
        y_ticks=tuple(Tick(y_of(v), v) for v in range(0, ceiling + 1, step)),
    )
