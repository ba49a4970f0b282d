"""A choropleth of the people displaced by area, laid out as SVG coordinates for a template.

Our own arithmetic rather than a mapping library: a page-sized map of a few dozen
areas needs one projection and a path per ring, which is a few lines here, while
geopandas/shapely/matplotlib would add GEOS, PROJ and a raster stack to every install
for a figure WeasyPrint draws as inline SVG anyway, and would fetch nothing we check.
The projection is equirectangular with longitudes scaled by the cosine of the map's
middle latitude, true to shape at the scale of a governorate. The SVG markup is
`templates/_map.html`, so names in it are escaped like any other text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.models import AreaRow, Indicator
from sitrep.models.report import AreaShape

PALETTE = ("#d6e4f0", "#9dbfdd", "#5a95c8", "#1f5c99")
"""Light to dark blue, one colour per class; the darkest two take white labels."""
NO_DATA = "#eef0f2"


@dataclass(frozen=True)
class MapArea:
    pcode: str
    name: str
    path: str
    fill: str
    value: int | None
    label_x: float
    label_y: float
    dark: bool


@dataclass(frozen=True)
class LegendClass:
    fill: str
    low: int
    high: int


@dataclass(frozen=True)
class AreaMap:
    title: str
    width: int
    height: int
    areas: tuple[MapArea, ...]
    legend: tuple[LegendClass, ...]
    boundaries_source: str | None
    citations: tuple[int, ...]


def _nice_below(value: float) -> int:
    """The largest 1, 2 or 5 × 10ⁿ not above `value` (at least 1)."""
    if value < 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return int(max(f * magnitude for f in (1, 2, 5) if f * magnitude <= value))


def classes(top: int) -> list[tuple[int, int]]:
    """Up to four classes of round bounds, each about three times the one below it."""
    bounds = sorted({_nice_below(top / 27), _nice_below(top / 9), _nice_below(top / 3)})
    bounds = [b for b in bounds if b < top] + [top]
    lows = [1, *(b + 1 for b in bounds[:-1])]
    return list(zip(lows, bounds, strict=True))


def _values(rows: Sequence[AreaRow]) -> tuple[dict[str, int], tuple[int, ...]]:
    """People displaced per P-code: the places of one coded area add up (east and west
    Aleppo are both in Jebel Saman), with the citations of the figures added."""
    totals: dict[str, int] = defaultdict(int)
    cited: dict[int, None] = {}
    for row in rows:
        figure = row.figures.get(Indicator.displaced)
        if figure is None or not row.pcode:
            continue
        low = figure.value[0] if isinstance(figure.value, tuple) else figure.value
        totals[row.pcode.upper()] += low
        cited.update(dict.fromkeys(figure.citations))
    return dict(totals), tuple(sorted(cited))


def area_map(
    shapes: Sequence[AreaShape],
    rows: Sequence[AreaRow],
    *,
    title: str,
    boundaries_source: str | None = None,
    width: int = 300,
    max_height: int = 300,
) -> AreaMap | None:
    """The map, or None when no area with a figure has a shape (nothing worth drawing)."""
    values, citations = _values(rows)
    if not shapes or not any(s.pcode in values for s in shapes):
        return None
    points = [p for s in shapes for ring in s.rings for p in ring]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    squeeze = math.cos(math.radians((south + north) / 2))
    span_x = max((east - west) * squeeze, 1e-9)
    span_y = max(north - south, 1e-9)
    margin = 6
    scale = min((width - 2 * margin) / span_x, (max_height - 2 * margin) / span_y)
    height = math.ceil(span_y * scale + 2 * margin)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return margin + (lon - west) * squeeze * scale, margin + (north - lat) * scale

    shown = [v for p, v in values.items() if any(s.pcode == p for s in shapes)]
    bins = classes(max(shown))
    legend = tuple(LegendClass(PALETTE[-len(bins) + i], lo, hi) for i, (lo, hi) in enumerate(bins))

    def fill(value: int | None) -> str:
        if value is None:
            return NO_DATA
        return next(c.fill for c in legend if value <= c.high)

    areas = []
    for shape in sorted(shapes, key=lambda s: s.pcode):
        value = values.get(shape.pcode)
        path = " ".join(
            "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(*p) for p in ring)) + " Z"
            for ring in shape.rings
        )
        outer = max(shape.rings, key=len)
        cx, cy = xy(sum(p[0] for p in outer) / len(outer), sum(p[1] for p in outer) / len(outer))
        colour = fill(value)
        areas.append(
            MapArea(
                pcode=shape.pcode,
                name=shape.name or shape.pcode,
                path=path,
                fill=colour,
                value=value,
                label_x=round(cx, 1),
                label_y=round(cy, 1),
                dark=colour in PALETTE[-2:],
            )
        )
    return AreaMap(
        title=title,
        width=width,
        height=height,
        areas=tuple(areas),
        legend=legend,
        boundaries_source=boundaries_source,
        citations=citations,
    )
