"""Observations: all facts for one indicator, unit, place and day, and the value that stands.

Places are one place when `sitrep.gazetteer` gives them one merge key; a field table
speaks before an article; an article figure naming no place joins the table figure it
repeats; sources that disagree make a conflict, never an average.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.gazetteer import Gazetteer, normalise_place
from sitrep.indicators import EVENT_INDICATORS
from sitrep.merge.table_facts import fact_day
from sitrep.models import (
    Conflict,
    Fact,
    FactValue,
    Figure,
    Indicator,
)


def low(value: FactValue) -> int:
    return value[0] if isinstance(value, tuple) else value


def add(a: FactValue, b: FactValue) -> FactValue:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    a_low, a_high = a if isinstance(a, tuple) else (a, a)
    b_low, b_high = b if isinstance(b, tuple) else (b, b)
    return (a_low + b_low, a_high + b_high)


@dataclass
class Observation:
    """All facts for one indicator, unit, place and day: the value that stands and why."""

    indicator: Indicator
    unit: str
    place: str
    day: dt.date | None
    facts: list[Fact] = field(default_factory=list)

    @property
    def lead(self) -> Fact:
        """Field tables speak first; among articles, the surest extraction."""
        return min(self.facts, key=lambda f: (f.cell is None, -f.confidence))

    @property
    def agreeing(self) -> list[Fact]:
        value = self.lead.value
        return [f for f in self.facts if f.value == value]

    def figure(self) -> Figure:
        lead = self.lead
        assert lead.value is not None
        return Figure(
            indicator=self.indicator,
            value=lead.value,
            qualifier=lead.qualifier,
            unit=self.unit,
            label=lead.label,
            location=lead.location,
            pcode=lead.pcode or next((f.pcode for f in self.facts if f.pcode), None),
            date=self.day,
            period=lead.period,
            source=lead.source,
            fact_ids=[f.id for f in self.agreeing],
        )

    def conflict(self) -> Conflict | None:
        by_value: dict[FactValue, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            assert fact.value is not None
            by_value[fact.value].append(fact)
        if len(by_value) < 2:
            return None
        figures = [
            Figure(
                indicator=self.indicator,
                value=value,
                qualifier=facts[0].qualifier,
                unit=self.unit,
                location=facts[0].location,
                date=self.day,
                source="; ".join(dict.fromkeys(f.source or "unnamed source" for f in facts)),
                fact_ids=[f.id for f in facts],
            )
            for value, facts in by_value.items()
        ]
        return Conflict(
            indicator=self.indicator, location=self.lead.location, date=self.day, figures=figures
        )


def observe(facts: Iterable[Fact], places: Gazetteer) -> list[Observation]:
    groups: dict[tuple[Indicator, str, str, dt.date | None], Observation] = {}
    for fact in facts:
        if fact.value is None or fact.indicator in EVENT_INDICATORS:
            continue
        day = fact_day(fact)
        key = (fact.indicator, fact.unit, places.place_key(fact.location, fact.pcode), day)
        if key not in groups:
            groups[key] = Observation(fact.indicator, fact.unit, key[2], day)
        groups[key].facts.append(fact)
    return _attach_placeless(list(groups.values()))


def _attach_placeless(observations: list[Observation]) -> list[Observation]:
    """An article figure that names no place joins the one table figure it repeats.

    "61 people were killed" on the day a field table reports 61 killed in east
    Aleppo is that figure, cited twice; with no such match it stays on its own.
    """
    tabled: dict[tuple[Indicator, str, dt.date | None, FactValue | None], Observation] = {}
    for obs in observations:
        if any(f.cell for f in obs.facts):
            tabled.setdefault((obs.indicator, obs.unit, obs.day, obs.lead.value), obs)
    kept: list[Observation] = []
    for obs in observations:
        match = tabled.get((obs.indicator, obs.unit, obs.day, obs.lead.value))
        if obs.place == "" and match is not None and match is not obs:
            match.facts.extend(obs.facts)
        else:
            kept.append(obs)
    return kept


def latest_per_place(observations: Iterable[Observation]) -> list[Observation]:
    latest: dict[str, Observation] = {}
    for obs in observations:
        current = latest.get(obs.place)
        if current is None or (obs.day or dt.date.min) > (current.day or dt.date.min):
            latest[obs.place] = obs
    return sorted(latest.values(), key=lambda o: (normalise_place(o.lead.location or ""), o.place))
