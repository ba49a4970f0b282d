"""Figures and changes: key figures, by-area rows, and the change since the previous report.

A stock's key figure adds each place's latest figure; a flow's adds every report of
the period. Every change is counted from the previous report, dated by that report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sitrep.gazetteer import Gazetteer
from sitrep.indicators import FLOW_INDICATORS, KEY_INDICATORS
from sitrep.merge.observations import Observation, add, latest_per_place, low
from sitrep.models import (
    AreaRow,
    FactValue,
    Figure,
    Indicator,
    Period,
    Qualifier,
)


def _total(indicator: Indicator, parts: Sequence[Observation]) -> Figure:
    """One situation-wide figure from the parts that make it up."""
    if len(parts) == 1:
        return parts[0].figure()
    figures = [p.figure() for p in parts]
    value: FactValue = figures[0].value
    for other in figures[1:]:
        value = add(value, other.value)
    exact = all(f.qualifier is Qualifier.exact for f in figures)
    days = [f.date for f in figures if f.date]
    sources = dict.fromkeys(f.source for f in figures if f.source)
    return Figure(
        indicator=indicator,
        value=value,
        qualifier=Qualifier.exact if exact else Qualifier.approx,
        unit=figures[0].unit,
        date=max(days) if days else None,
        period=Period(start=min(days), end=max(days)) if len(set(days)) > 1 else None,
        source="; ".join(s for s in sources if s) or None,
        fact_ids=[i for f in figures for i in f.fact_ids],
    )


def key_figures(observations: list[Observation]) -> list[Figure]:
    """Tables give situation-wide totals; an indicator only articles report stays per place."""
    by_indicator: dict[Indicator, list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.unit == "people" and obs.indicator in KEY_INDICATORS:
            by_indicator[obs.indicator].append(obs)
    figures: list[Figure] = []
    for indicator in KEY_INDICATORS:
        group = by_indicator.get(indicator, [])
        from_tables = [o for o in group if any(f.cell for f in o.facts)]
        if from_tables:
            parts = from_tables if indicator in FLOW_INDICATORS else latest_per_place(from_tables)
            figures.append(_total(indicator, parts))
        else:
            figures.extend(obs.figure() for obs in latest_per_place(group))
    return figures


def changed(figure: Figure, old: Figure | None, since: dt.date | None) -> Figure:
    """The one rule for a change, in key figures and area tables alike: from the previous
    report's figure for the same indicator and place, dated by that report (`since`),
    not by that figure's own date."""
    if since is None or old is None:
        return figure
    return figure.model_copy(
        update={
            "previous": old.value,
            "previous_date": since,
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
    """Latest table figures per area, with the change since the previous report's row."""
    wanted = [o for o in observations if o.indicator in indicators and o.unit == "people"]
    before = {places.place_key(r.place, r.pcode): r for r in previous_rows}
    rows: dict[str, AreaRow] = {}
    for indicator in indicators:
        tabled = [o for o in wanted if o.indicator is indicator and any(f.cell for f in o.facts)]
        for obs in latest_per_place(tabled):
            figure = obs.figure()
            row = rows.setdefault(
                obs.place,
                AreaRow(
                    place=figure.location or places.name_of(obs.place) or obs.place,
                    adm1=adm1_names.get(obs.place),
                    pcode=figure.pcode,
                ),
            )
            old = before.get(obs.place)
            row.figures[indicator] = changed(
                figure, old.figures.get(indicator) if old else None, since
            )
    return sorted(rows.values(), key=lambda r: (r.pcode or "", r.place))
