"""History: the displacement trend across reports, and the timeline of ceasefire events."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby

from sitrep.indicators import EVENT_INDICATORS
from sitrep.merge.observations import Observation, low, standing_low
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
    """Displaced people across report dates: earlier reports' points, then the tables' own.

    Day by day, each place's latest figure of each group replaces its earlier one and
    only the places reported that day are added up again, so a week of 300,000 rows is
    read once, not once a day."""
    points = {p.date: p.value for p in previous.displacement_trend} if previous else {}
    if previous is not None:
        total = next((f for f in previous.key_figures if f.indicator is Indicator.displaced), None)
        if total is not None:
            points[previous.date] = low(total.value)
    tabled = sorted(
        (
            o
            for o in observations
            if o.indicator is Indicator.displaced
            and o.unit == "people"
            and o.day is not None
            and o.day <= day
            and any(f.cell for f in o.facts)
        ),
        key=lambda o: o.day or dt.date.min,
    )
    latest: dict[str, dict[str | None, Observation]] = defaultdict(dict)
    place_low: dict[str, int] = {}
    displaced = 0
    for report_day, reported in groupby(tabled, key=lambda o: o.day):
        assert report_day is not None
        touched = set()
        for obs in reported:
            latest[obs.place][obs.group] = obs
            touched.add(obs.place)
        for place in touched:
            now = standing_low(latest[place])
            displaced += now - place_low.get(place, 0)
            place_low[place] = now
        points[report_day] = displaced
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
