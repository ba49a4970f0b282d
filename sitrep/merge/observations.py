"""Observations: all facts for one figure identity, and the value that stands.

A figure's identity is indicator, unit, place, day and population group: places are
one place when `sitrep.gazetteer` gives them one merge key, and rows of one site and
day that differ by group (new and protracted IDPs, women 18–59) are parts that add
up, never rivals. Within one identity a field table speaks before an article; an
article figure naming no place joins the table figure it repeats; sources that
disagree make a conflict, never an average. `per_place` puts a place's parts together
by the indicator's nature: a stock's latest figure of each group, a flow's sum.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.gazetteer import Gazetteer, normalise_place
from sitrep.indicators import EVENT_INDICATORS, FLOW_INDICATORS
from sitrep.merge.table_facts import fact_day
from sitrep.models import (
    Conflict,
    Fact,
    FactValue,
    Figure,
    Indicator,
    Period,
    Qualifier,
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
    """All facts for one indicator, unit, place, day and group: the value that stands and why."""

    indicator: Indicator
    unit: str
    place: str
    day: dt.date | None
    group: str | None = None
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
    identities: dict[tuple[Indicator, str, str, dt.date | None, str | None], Observation] = {}
    keys: dict[tuple[str | None, str | None], str] = {}
    """A week of site rows names each of its places thousands of times."""
    for fact in facts:
        if fact.value is None or fact.indicator in EVENT_INDICATORS:
            continue
        day = fact_day(fact)
        group = " ".join(fact.group.casefold().split()) if fact.group else None
        where = (fact.location, fact.pcode)
        place = keys.get(where)
        if place is None:
            place = keys[where] = places.place_key(*where)
        key = (fact.indicator, fact.unit, place, day, group)
        if key not in identities:
            identities[key] = Observation(fact.indicator, fact.unit, place, day, group)
        identities[key].facts.append(fact)
    for obs in identities.values():
        obs.facts = _without_parts(obs.facts)
    return _attach_placeless(list(identities.values()))


def _without_parts(facts: list[Fact]) -> list[Fact]:
    """A group picked out of a figure ("274 killed, including 21 children") is inside it.

    Beside its whole in one identity it is no rival source for the place's figure, so it
    makes no conflict; it stays in the article's facts, where the brief's reader can
    still find it. A part that names a place of its own is another identity and stands.
    """
    ids = {f.id for f in facts}
    return [f for f in facts if f.part_of is None or f.part_of not in ids]


def _attach_placeless(observations: list[Observation]) -> list[Observation]:
    """An article figure that names no place joins the one table figure it repeats.

    "61 people were killed" on the day a field table reports 61 killed in east
    Aleppo is that figure, cited twice; with no such match it stays on its own.
    """
    tabled: dict[tuple[Indicator, str, dt.date | None, FactValue | None], Observation] = {}
    for obs in observations:
        if obs.group is None and any(f.cell for f in obs.facts):
            tabled.setdefault((obs.indicator, obs.unit, obs.day, obs.lead.value), obs)
    kept: list[Observation] = []
    for obs in observations:
        match = tabled.get((obs.indicator, obs.unit, obs.day, obs.lead.value))
        if obs.place == "" and match is not None and match is not obs:
            match.facts.extend(obs.facts)
        else:
            kept.append(obs)
    return kept


@dataclass
class PlaceFigure:
    """One indicator's figure for one place: its groups' parts put together."""

    indicator: Indicator
    place: str
    parts: list[Observation]

    @property
    def lead(self) -> Fact:
        return self.parts[0].lead

    @property
    def facts(self) -> list[Fact]:
        return [f for part in self.parts for f in part.facts]

    @property
    def day(self) -> dt.date | None:
        days = [p.day for p in self.parts if p.day]
        return max(days) if days else None

    def figure(self) -> Figure:
        whole = combine(self.indicator, [p.figure() for p in self.parts])
        first = self.parts[0].figure()
        return whole.model_copy(update={"location": first.location, "pcode": first.pcode})


def combine(indicator: Indicator, figures: list[Figure]) -> Figure:
    """Figures that add up (groups of a place, places of a total) as one figure.

    A stock's sum stands as of its latest part; a flow's covers the days of its parts.
    """
    if len(figures) == 1:
        return figures[0]
    value: FactValue = figures[0].value
    for other in figures[1:]:
        value = add(value, other.value)
    days = [f.date for f in figures if f.date]
    flow = indicator in FLOW_INDICATORS
    sources = dict.fromkeys(f.source for f in figures if f.source)
    places = {(f.location, f.pcode) for f in figures}
    location, pcode = (figures[0].location, figures[0].pcode) if len(places) == 1 else (None, None)
    return Figure(
        indicator=indicator,
        value=value,
        qualifier=(
            Qualifier.exact
            if all(f.qualifier is Qualifier.exact for f in figures)
            else Qualifier.approx
        ),
        unit=figures[0].unit,
        location=location,
        pcode=pcode,
        date=max(days) if days else None,
        period=Period(start=min(days), end=max(days)) if flow and len(set(days)) > 1 else None,
        source="; ".join(s for s in sources if s) or None,
        fact_ids=[i for f in figures for i in f.fact_ids],
    )


_NEVER = dt.date.min


def _standing(latest: dict[str | None, Observation]) -> list[Observation]:
    """Of the latest observation of each group: a figure for the whole place (no group)
    replaces the groups' older parts, and newer group parts replace it."""
    latest = dict(latest)
    whole = latest.pop(None, None)
    named = sorted(latest.values(), key=lambda o: o.group or "")
    if whole is None:
        return named
    since = whole.day or _NEVER
    newer = [o for o in named if (o.day or _NEVER) > since]
    return newer or [whole]


def standing_low(latest: dict[str | None, Observation]) -> int:
    """The lower bound of a stock's place figure from the latest observation of each of
    its groups (`per_place`'s figure, without building it: for trends)."""
    return sum(low(o.lead.value or 0) for o in _standing(latest))


def per_place(observations: Iterable[Observation]) -> list[PlaceFigure]:
    """Each place's figure: a stock's latest observation of each group, added up (a newer
    one replaces an older one of the same group, however many days lie between); a flow's
    every observation, added up. Observations are of one indicator."""
    parts: dict[str, dict[str | None, list[Observation]]] = defaultdict(lambda: defaultdict(list))
    for obs in observations:
        parts[obs.place][obs.group].append(obs)
    figures: list[PlaceFigure] = []
    for place, groups in parts.items():
        first = next(iter(groups.values()))[0]
        if first.indicator in FLOW_INDICATORS:
            chosen = sorted(
                (o for g in groups.values() for o in g),
                key=lambda o: (o.day or _NEVER, o.group or ""),
            )
        else:
            chosen = _standing(
                {g: max(obs, key=lambda o: o.day or _NEVER) for g, obs in groups.items()}
            )
        figures.append(PlaceFigure(first.indicator, place, chosen))
    return sorted(figures, key=lambda p: (normalise_place(p.lead.location or ""), p.place))
