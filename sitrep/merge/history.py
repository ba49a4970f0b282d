"""History: the displacement trend across reports, and the timeline of ceasefire events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sitrep.indicators import EVENT_INDICATORS
from sitrep.merge.observations import Observation, low, per_place
from sitrep.merge.table_facts import fact_day
from sitrep.models import (
    Fact,
    Indicator,
    Sitrep,
    TimelineEvent,
    TrendPoint,
)


def trend(
    observations: list[Observation], previous: Sitrep | None, day: dt.date
) -> list[TrendPoint]:
    """Displaced people across report dates: earlier reports' points, then the tables' own."""
    points = {p.date: p.value for p in previous.displacement_trend} if previous else {}
    if previous is not None:
        total = next((f for f in previous.key_figures if f.indicator is Indicator.displaced), None)
        if total is not None:
            points[previous.date] = low(total.value)
    tabled = [
        o
        for o in observations
        if o.indicator is Indicator.displaced
        and o.unit == "people"
        and o.day is not None
        and o.day <= day
        and any(f.cell for f in o.facts)
    ]
    for report_day in sorted({o.day for o in tabled if o.day}):
        upto = [o for o in tabled if o.day and o.day <= report_day]
        points[report_day] = sum(p.low for p in per_place(upto))
    return [TrendPoint(date=d, value=v) for d, v in sorted(points.items())]


def timeline(facts: Iterable[Fact]) -> list[TimelineEvent]:
    """Ceasefire and access events, one per day and status, table and article cited together."""
    events: dict[tuple[dt.date | None, str], tuple[TimelineEvent, list[str]]] = {}
    ordered = sorted(
        (f for f in facts if f.indicator in EVENT_INDICATORS and f.status is not None),
        key=lambda f: f.cell is None,
    )
    for fact in ordered:
        assert fact.status is not None
        key = (fact_day(fact), fact.status.value)
        if key in events:
            known, ids = events[key]
            ids.append(fact.id)
            if known.duration_days is None and isinstance(fact.value, int):
                events[key] = (known.model_copy(update={"duration_days": fact.value}), ids)
            continue
        event = TimelineEvent(
            date=key[0],
            status=fact.status,
            party=fact.party,
            description=fact.label or fact.quote or fact.status.value,
            duration_days=fact.value if isinstance(fact.value, int) else None,
            location=fact.location,
        )
        events[key] = (event, [fact.id])
    return [
        event.model_copy(update={"fact_ids": ids})
        for event, ids in sorted(events.values(), key=lambda e: e[0].date or dt.date.min)
    ]
