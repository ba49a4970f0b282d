"""Figures and changes: key figures, by-area rows, and the change since the previous report.

A stock's figure is each place's latest (the latest of each of its population groups),
carried until a newer one replaces it and marked "as of" its date when it is older than
the report's period; a total adds the places. A flow's adds every report of the period.
Every change is counted from one date: the previous report's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sitrep.gazetteer import Gazetteer
from sitrep.indicators import FLOW_INDICATORS, KEY_INDICATORS
from sitrep.merge.observations import Observation, combine, low, per_place
from sitrep.models import (
    AreaRow,
    FactValue,
    Figure,
    Indicator,
)


def standing(figure: Figure, start: dt.date) -> Figure:
    """Mark a stock that stands from before the period (`start`) "as of" its date."""
    if figure.indicator in FLOW_INDICATORS or figure.date is None or figure.date >= start:
        return figure
    return figure.model_copy(update={"as_of": figure.date})


def mark_pending(figure: Figure, pending_ids: set[str]) -> Figure:
    """A figure resting on a fact not yet reviewed says so (in a draft, the only place
    such facts are shown)."""
    if pending_ids.isdisjoint(figure.fact_ids):
        return figure
    return figure.model_copy(update={"pending": True})


VAGUE_SPREAD = 3
"""A range whose top is this many times its bottom ("tens", "dozens", "hundreds") is a
manner of speaking, not a figure: said in the text, never set in large type."""


def vague(value: FactValue | None) -> bool:
    return isinstance(value, tuple) and value[0] > 0 and value[1] >= VAGUE_SPREAD * value[0]


def key_figures(observations: list[Observation]) -> list[Figure]:
    """Tables give situation-wide totals; an indicator only articles report stays per place;
    vague amounts are left to the text."""
    by_indicator: dict[Indicator, list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.unit == "people" and obs.indicator in KEY_INDICATORS and not vague(obs.lead.value):
            by_indicator[obs.indicator].append(obs)
    figures: list[Figure] = []
    for indicator in KEY_INDICATORS:
        group = by_indicator.get(indicator, [])
        from_tables = [o for o in group if any(f.cell for f in o.facts)]
        if from_tables:
            figures.append(combine(indicator, [p.figure() for p in per_place(from_tables)]))
        else:
            figures.extend(p.figure() for p in per_place(group))
    return figures


def changed(figure: Figure, old: Figure | None, since: dt.date | None) -> Figure:
    """The one rule for a change, in key figures and area tables alike: from the previous
    report's figure for the same indicator and place, dated by that report (`since`), or,
    when that figure was itself standing from an earlier day ("as of 8 Dec"), by that day:
    reports in between that only carried it forward do not hide what it is compared with."""
    if since is None or old is None:
        return figure
    return figure.model_copy(
        update={
            "previous": old.value,
            "previous_date": old.as_of or since,
            "delta": low(figure.value) - low(old.value),
        }
    )


def area_rows(
    observations: list[Observation],
    indicators: Sequence[Indicator],
    previous_rows: Sequence[AreaRow],
    since: dt.date | None,
    adm1_names: dict[str, str],
    places: Gazetteer,
) -> list[AreaRow]:
    """Table figures per area (a stock's latest, a flow's sum), with the change since the
    previous report's row."""
    wanted = [o for o in observations if o.indicator in indicators and o.unit == "people"]
    before = {places.place_key(r.place, r.pcode): r for r in previous_rows}
    rows: dict[str, AreaRow] = {}
    for indicator in indicators:
        tabled = [o for o in wanted if o.indicator is indicator and any(f.cell for f in o.facts)]
        for place in per_place(tabled):
            figure = place.figure()
            row = rows.setdefault(
                place.place,
                AreaRow(
                    place=figure.location or places.name_of(place.place) or place.place,
                    adm1=adm1_names.get(place.place),
                    pcode=figure.pcode,
                ),
            )
            old = before.get(place.place)
            row.figures[indicator] = changed(
                figure, old.figures.get(indicator) if old else None, since
            )
    return sorted(rows.values(), key=lambda r: (r.pcode or "", r.place))
