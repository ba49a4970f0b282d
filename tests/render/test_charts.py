"""The trend chart's arithmetic: round axis steps, points inside the plot, time to scale."""

from __future__ import annotations

import datetime as dt

from sitrep.models import TrendPoint
from sitrep.render.charts import trend_chart
from tests.render.example import example_sitrep


def test_chart_spans_the_plot_with_a_round_axis() -> None:
    chart = trend_chart(example_sitrep().displacement_trend, title="Displaced")
    assert chart is not None
    assert [tick.value for tick in chart.y_ticks] == [0, 10_000, 20_000, 30_000, 40_000]
    first, *_, last = chart.points
    assert (first.x, last.x) == (chart.left, chart.right)
    top_tick = min(tick.y for tick in chart.y_ticks)
    bottom_tick = max(tick.y for tick in chart.y_ticks)
    assert all(top_tick <= p.y <= bottom_tick for p in chart.points)
    assert [p.value for p in chart.points] == [4_000, 9_500, 18_000, 31_500]


def test_chart_orders_by_date_and_spaces_by_days() -> None:
    points = [
        TrendPoint(date=dt.date(2016, 12, 8), value=30),
        TrendPoint(date=dt.date(2016, 12, 1), value=10),
        TrendPoint(date=dt.date(2016, 12, 2), value=20),
    ]
    chart = trend_chart(points, title="t", width=300)
    assert chart is not None
    assert [p.date.day for p in chart.points] == [1, 2, 8]
    gap_one_day = chart.points[1].x - chart.points[0].x
    gap_six_days = chart.points[2].x - chart.points[1].x
    assert abs(gap_six_days - 6 * gap_one_day) < 1e-6


def test_no_chart_without_two_points() -> None:
    assert trend_chart([TrendPoint(date=dt.date(2016, 12, 8), value=1)], title="t") is None
    assert trend_chart([], title="t") is None


def test_long_series_labels_only_some_points_and_always_the_last() -> None:
    start = dt.date(2016, 9, 1)
    points = [TrendPoint(date=start + dt.timedelta(days=d), value=d * 100) for d in range(100)]
    chart = trend_chart(points, title="t", max_labels=8)
    assert chart is not None
    labelled = [p for p in chart.points if p.labelled]
    assert 2 <= len(labelled) <= 9
    assert chart.points[-1].labelled and chart.points[0].labelled


def test_edge_figures_and_axis_labels_fit_inside_the_chart() -> None:
    points = [
        TrendPoint(date=dt.date(2016, 12, d), value=87_000_000 + d * 1_000_000) for d in range(2, 9)
    ]
    chart = trend_chart(points, title="t")
    assert chart is not None
    first, last = chart.points[0], chart.points[-1]
    assert first.x - len(f"{first.value:,}") * 4.8 / 2 >= chart.axis_x
    assert chart.axis_x - max(len(f"{t.value:,}") for t in chart.y_ticks) * 4.8 > 0
    assert last.x + len(f"{last.value:,}") * 4.8 / 2 < chart.width
    gaps = [b.x - a.x for a, b in zip(chart.points, chart.points[1:], strict=False)]
    assert min(gaps) > len("95,000,000") * 4.8
