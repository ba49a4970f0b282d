"""Merge validated tables, reviewed article facts and the previous report into one `Sitrep`.

Every figure in the report is resolved here, once: which value stands (field tables
before articles), who says so (citations), what changed since the previous report
(deltas) and where sources disagree (conflicts, never averaged). Renderers only lay
the result out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from sitrep.context import ReportContext
from sitrep.gazetteer import Gazetteer, normalise_place
from sitrep.indicators import EVENT_INDICATORS, FLOW_INDICATORS, KEY_INDICATORS
from sitrep.models import (
    AreaRow,
    CasualtyRecord,
    CeasefireRecord,
    CellRef,
    Conflict,
    DisplacementRecord,
    Extraction,
    Fact,
    FactValue,
    Figure,
    GazetteerEntry,
    Highlight,
    Indicator,
    MedevacRecord,
    Period,
    Qualifier,
    Review,
    Sitrep,
    Situation,
    SourceEntry,
    Table,
    TimelineEvent,
    TrendPoint,
)
from sitrep.tables import KINDS

MAX_HIGHLIGHTS = 6


def _cell(table: Table, row: int, name: str) -> CellRef:
    header, hxl = table.columns.get(name, (name, None))
    return CellRef(file=table.file, sheet=table.sheet, row=row, column=header, hxl=hxl)


def _table_id(table: Table, row: int, name: str) -> str:
    sheet = f"#{table.sheet}" if table.sheet else ""
    return f"{table.file}{sheet}:{row}:{name}"


def facts_from_tables(tables: Iterable[Table]) -> Iterator[Fact]:
    """Every figure cell of every table as a Fact, cited by file, sheet, row and column."""
    for table in tables:
        for record in table.records:
            if isinstance(record, CeasefireRecord):
                yield _ceasefire_fact(table, record)
            elif not isinstance(record, GazetteerEntry):
                yield from _count_facts(table, record)


def _count_facts(
    table: Table, record: DisplacementRecord | MedevacRecord | CasualtyRecord
) -> Iterator[Fact]:
    whole_id: str | None = None
    for spec in KINDS[table.kind].figures:
        name, indicator, unit = spec.name, spec.indicator, spec.unit
        assert indicator is not None
        value = getattr(record, name)
        if value is None:
            continue
        fact_id = _table_id(table, record.row, name)
        yield Fact(
            id=fact_id,
            indicator=indicator,
            value=value,
            unit=unit,
            location=record.place,
            pcode=record.pcode,
            date=record.date,
            source=record.source,
            part_of=whole_id if indicator is Indicator.seriously_wounded else None,
            cell=_cell(table, record.row, name),
            review=Review.accepted,
        )
        if indicator is Indicator.medical_evacuation_needed:
            whole_id = fact_id


def _ceasefire_fact(table: Table, record: CeasefireRecord) -> Fact:
    duration = record.duration_days
    if duration is None and record.date_end is not None:
        duration = (record.date_end - record.date_start).days
    return Fact(
        id=_table_id(table, record.row, "description"),
        indicator=Indicator.ceasefire_duration_days if duration else Indicator.ceasefire_event,
        value=duration or None,
        unit="days",
        label=record.description,
        location=record.place,
        pcode=record.pcode,
        date=record.date_start,
        period=Period(start=record.date_start, end=record.date_end),
        source=record.source,
        status=record.status,
        party=record.proposer,
        cell=_cell(table, record.row, "description"),
        review=Review.accepted,
    )


def reviewed_facts(extraction: Extraction, *, draft: bool) -> list[Fact]:
    """Accepted article facts (and pending ones in a draft), each carrying its article."""
    wanted = {Review.accepted, Review.pending} if draft else {Review.accepted}
    return [
        fact.model_copy(update={"article": article.ref()})
        for article in extraction.articles
        for fact in article.facts
        if fact.review in wanted
    ]


def _fact_day(fact: Fact) -> dt.date | None:
    return fact.date or (fact.article.published if fact.article else None)


def _low(value: FactValue) -> int:
    return value[0] if isinstance(value, tuple) else value


def _add(a: FactValue, b: FactValue) -> FactValue:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    a_low, a_high = a if isinstance(a, tuple) else (a, a)
    b_low, b_high = b if isinstance(b, tuple) else (b, b)
    return (a_low + b_low, a_high + b_high)


@dataclass
class _Observation:
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


def _observe(facts: Iterable[Fact], places: Gazetteer) -> list[_Observation]:
    groups: dict[tuple[Indicator, str, str, dt.date | None], _Observation] = {}
    for fact in facts:
        if fact.value is None or fact.indicator in EVENT_INDICATORS:
            continue
        day = _fact_day(fact)
        key = (fact.indicator, fact.unit, places.place_key(fact.location, fact.pcode), day)
        if key not in groups:
            groups[key] = _Observation(fact.indicator, fact.unit, key[2], day)
        groups[key].facts.append(fact)
    return _attach_placeless(list(groups.values()))


def _attach_placeless(observations: list[_Observation]) -> list[_Observation]:
    """An article figure that names no place joins the one table figure it repeats.

    "61 people were killed" on the day a field table reports 61 killed in east
    Aleppo is that figure, cited twice; with no such match it stays on its own.
    """
    tabled: dict[tuple[Indicator, str, dt.date | None, FactValue | None], _Observation] = {}
    for obs in observations:
        if any(f.cell for f in obs.facts):
            tabled.setdefault((obs.indicator, obs.unit, obs.day, obs.lead.value), obs)
    kept: list[_Observation] = []
    for obs in observations:
        match = tabled.get((obs.indicator, obs.unit, obs.day, obs.lead.value))
        if obs.place == "" and match is not None and match is not obs:
            match.facts.extend(obs.facts)
        else:
            kept.append(obs)
    return kept


def _latest_per_place(observations: Iterable[_Observation]) -> list[_Observation]:
    latest: dict[str, _Observation] = {}
    for obs in observations:
        current = latest.get(obs.place)
        if current is None or (obs.day or dt.date.min) > (current.day or dt.date.min):
            latest[obs.place] = obs
    return sorted(latest.values(), key=lambda o: (normalise_place(o.lead.location or ""), o.place))


def _total(indicator: Indicator, parts: Sequence[_Observation]) -> Figure:
    """One situation-wide figure from the parts that make it up."""
    if len(parts) == 1:
        return parts[0].figure()
    figures = [p.figure() for p in parts]
    value: FactValue = figures[0].value
    for other in figures[1:]:
        value = _add(value, other.value)
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


def _key_figures(observations: list[_Observation]) -> list[Figure]:
    """Tables give situation-wide totals; an indicator only articles report stays per place."""
    by_indicator: dict[Indicator, list[_Observation]] = defaultdict(list)
    for obs in observations:
        if obs.unit == "people" and obs.indicator in KEY_INDICATORS:
            by_indicator[obs.indicator].append(obs)
    figures: list[Figure] = []
    for indicator in KEY_INDICATORS:
        group = by_indicator.get(indicator, [])
        from_tables = [o for o in group if any(f.cell for f in o.facts)]
        if from_tables:
            parts = from_tables if indicator in FLOW_INDICATORS else _latest_per_place(from_tables)
            figures.append(_total(indicator, parts))
        else:
            figures.extend(obs.figure() for obs in _latest_per_place(group))
    return figures


def _with_delta(
    figure: Figure, since: dt.date | None, before: dict[tuple[Indicator, str], Figure], key: str
) -> Figure:
    """The change since the previous report, dated by that report (not by its figure)."""
    old = before.get((figure.indicator, key))
    if since is None or old is None:
        return figure
    return figure.model_copy(
        update={
            "previous": old.value,
            "previous_date": since,
            "delta": _low(figure.value) - _low(old.value),
        }
    )


def _area_rows(
    observations: list[_Observation],
    indicators: Sequence[Indicator],
    previous_rows: Sequence[AreaRow],
    previous_date: dt.date | None,
    adm1_names: dict[str, str],
    places: Gazetteer,
) -> list[AreaRow]:
    """Latest table figures per area, with the change since the previous report's row."""
    wanted = [o for o in observations if o.indicator in indicators and o.unit == "people"]
    before = {places.place_key(r.place, r.pcode): r for r in previous_rows}
    rows: dict[str, AreaRow] = {}
    for indicator in indicators:
        tabled = [o for o in wanted if o.indicator is indicator and any(f.cell for f in o.facts)]
        for obs in _latest_per_place(tabled):
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
            old_figure = old.figures.get(indicator) if old else None
            if old_figure is not None:
                figure = figure.model_copy(
                    update={
                        "previous": old_figure.value,
                        "previous_date": previous_date,
                        "delta": _low(figure.value) - _low(old_figure.value),
                    }
                )
            row.figures[indicator] = figure
    return sorted(rows.values(), key=lambda r: (r.pcode or "", r.place))


def _trend(
    observations: list[_Observation], previous: Sitrep | None, day: dt.date
) -> list[TrendPoint]:
    """Displaced people across report dates: earlier reports' points, then the tables' own."""
    points = {p.date: p.value for p in previous.displacement_trend} if previous else {}
    if previous is not None:
        total = next((f for f in previous.key_figures if f.indicator is Indicator.displaced), None)
        if total is not None:
            points[previous.date] = _low(total.value)
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
        points[report_day] = sum(_low(o.figure().value) for o in _latest_per_place(upto))
    return [TrendPoint(date=d, value=v) for d, v in sorted(points.items())]


def _timeline(facts: Iterable[Fact]) -> list[TimelineEvent]:
    """Ceasefire and access events, one per day and status, table and article cited together."""
    events: dict[tuple[dt.date | None, str], tuple[TimelineEvent, list[str]]] = {}
    ordered = sorted(
        (f for f in facts if f.indicator in EVENT_INDICATORS and f.status is not None),
        key=lambda f: f.cell is None,
    )
    for fact in ordered:
        assert fact.status is not None
        key = (_fact_day(fact), fact.status.value)
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


class _Citations:
    """Numbers sources in the order the report first cites them.

    Cells of one column that a total adds up become one entry listing their rows,
    so a 1,000-area table is one source, not a thousand.
    """

    def __init__(self, facts: dict[str, Fact]) -> None:
        self._facts = facts
        self._numbers: dict[tuple[object, ...], int] = {}
        self.entries: list[SourceEntry] = []

    def cite(self, fact_ids: Iterable[str]) -> list[int]:
        cells: dict[tuple[str, str | None, str], list[Fact]] = defaultdict(list)
        numbers: list[int] = []
        for fact in (self._facts[i] for i in dict.fromkeys(fact_ids)):
            if fact.cell is not None:
                cells[(fact.cell.file, fact.cell.sheet, fact.cell.column)].append(fact)
            else:
                numbers.append(self._article_entry(fact))
        for group in cells.values():
            numbers.append(self._table_entry(group))
        return sorted(dict.fromkeys(numbers))

    def _number(self, key: tuple[object, ...], entry: SourceEntry) -> int:
        if key not in self._numbers:
            self._numbers[key] = len(self.entries) + 1
            self.entries.append(entry.model_copy(update={"number": self._numbers[key]}))
        return self._numbers[key]

    def _table_entry(self, facts: list[Fact]) -> int:
        cells = sorted((f.cell for f in facts if f.cell), key=lambda c: c.row)
        rows = [c.row for c in cells] if len(cells) > 1 else []
        sources = dict.fromkeys(f.source for f in facts if f.source)
        entry = SourceEntry(
            number=0,
            kind="table",
            source="; ".join(s for s in sources if s) or None,
            cell=cells[0],
            rows=rows,
        )
        first = cells[0]
        key = ("table", first.file, first.sheet, first.column, tuple(c.row for c in cells))
        return self._number(key, entry)

    def _article_entry(self, fact: Fact) -> int:
        entry = SourceEntry(
            number=0, kind="article", source=fact.source, article=fact.article, quote=fact.quote
        )
        path = fact.article.path if fact.article else ""
        return self._number(("article", path, fact.span, fact.quote), entry)


def _cite_figures(figures: list[Figure], citations: _Citations) -> list[Figure]:
    return [f.model_copy(update={"citations": citations.cite(f.fact_ids)}) for f in figures]


def _cite_rows(rows: list[AreaRow], citations: _Citations) -> list[AreaRow]:
    """A by-area table cites each column once, for all its rows."""
    numbers: dict[Indicator, list[int]] = {}
    indicators = dict.fromkeys(i for row in rows for i in row.figures)
    for indicator in indicators:
        ids = [
            i for row in rows if indicator in row.figures for i in row.figures[indicator].fact_ids
        ]
        numbers[indicator] = citations.cite(ids)
    return [
        row.model_copy(
            update={
                "figures": {
                    i: f.model_copy(update={"citations": numbers[i]})
                    for i, f in row.figures.items()
                }
            }
        )
        for row in rows
    ]


def _highlights(
    key_figures: list[Figure],
    timeline: list[TimelineEvent],
    conflicts: list[Conflict],
    period: Period,
) -> list[Highlight]:
    """The biggest changes first, then the latest events, then what sources dispute."""
    changed = sorted((f for f in key_figures if f.delta), key=lambda f: -abs(f.delta or 0))
    figures = (changed or [f for f in key_figures if f.previous is None])[:3]
    start = period.start or dt.date.min
    events = [e for e in reversed(timeline) if e.date and e.date >= start][:2]
    highlights = [Highlight(kind="figure", figure=f) for f in figures]
    highlights += [Highlight(kind="event", event=e) for e in events]
    highlights += [Highlight(kind="conflict", conflict=c) for c in conflicts[:1]]
    return highlights[:MAX_HIGHLIGHTS]


def merge(
    situation: Situation,
    *,
    day: dt.date,
    tables: Sequence[Table],
    extraction: Extraction,
    previous: Sitrep | None = None,
    draft: bool = False,
    warnings: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
) -> Sitrep:
    """One report for `day` from the tables, the reviewed facts and the report before it.

    Figures are about the same place when the `gazetteer` (or, without one, their
    P-code and normalised name) says so.
    """
    places = gazetteer or Gazetteer()
    context = ReportContext(situation, day, previous, draft)
    period = context.period
    start = period.start or day
    table_facts = list(facts_from_tables(tables))
    article_facts = [
        f
        for f in reviewed_facts(extraction, draft=draft)
        if f.article is None or f.article.published is None or f.article.published <= day
    ]
    notes = list(warnings)
    notes += [
        f"{f.article.path if f.article else '?'}: “{f.quote}” has no date and is left out"
        for f in article_facts
        if _fact_day(f) is None
    ]
    known = [f for f in table_facts + article_facts if _fact_day(f) is not None]
    current = [f for f in known if start <= (_fact_day(f) or day) <= day]
    observations = _observe(current, places)

    before = (
        {(f.indicator, places.place_key(f.location, f.pcode)): f for f in previous.key_figures}
        if previous
        else {}
    )
    adm1_names = {
        places.place_key(r.place, r.pcode): r.adm1_name
        for t in tables
        for r in t.records
        if isinstance(r, DisplacementRecord | MedevacRecord | CasualtyRecord) and r.adm1_name
    }
    previous_date = context.since
    citations = _Citations({f.id: f for f in table_facts + article_facts})

    key_figures = _cite_figures(
        [
            _with_delta(f, context.since, before, places.place_key(f.location, f.pcode))
            for f in _key_figures(observations)
        ],
        citations,
    )
    displacement = _cite_rows(
        _area_rows(
            observations,
            (Indicator.displaced, Indicator.returnees),
            previous.displacement if previous else (),
            previous_date,
            adm1_names,
            places,
        ),
        citations,
    )
    medevac = _cite_rows(
        _area_rows(
            observations,
            (Indicator.medical_evacuation_needed, Indicator.seriously_wounded, Indicator.evacuated),
            previous.medevac if previous else (),
            previous_date,
            adm1_names,
            places,
        ),
        citations,
    )
    casualty_obs = sorted(
        (o for o in observations if o.indicator in {Indicator.killed, Indicator.injured}),
        key=lambda o: (o.day or dt.date.min, o.place, o.indicator != Indicator.killed),
    )
    casualties = _cite_figures([o.figure() for o in casualty_obs], citations)
    timeline = [
        e.model_copy(update={"citations": citations.cite(e.fact_ids)})
        for e in _timeline(f for f in known if (_fact_day(f) or day) <= day)
    ]
    conflicts = [
        c.model_copy(update={"figures": _cite_figures(c.figures, citations)})
        for o in observations
        if (c := o.conflict()) is not None
    ]
    shown = {i for group in (key_figures, casualties) for f in group for i in f.fact_ids}
    shown |= {i for row in displacement + medevac for f in row.figures.values() for i in f.fact_ids}
    shown |= {i for c in conflicts for f in c.figures for i in f.fact_ids}
    other = _cite_figures(
        [
            o.figure()
            for o in observations
            if not any(f.cell for f in o.facts) and not shown.intersection(f.id for f in o.facts)
        ],
        citations,
    )
    used = (
        shown | {i for f in other for i in f.fact_ids} | {i for e in timeline for i in e.fact_ids}
    )
    return Sitrep(
        situation=situation,
        date=day,
        number=context.number,
        period=period,
        draft=draft,
        previous_date=previous_date,
        highlights=_highlights(key_figures, timeline, conflicts, period),
        key_figures=key_figures,
        displacement=displacement,
        displacement_trend=_trend(_observe(table_facts, places), previous, day),
        medevac=medevac,
        casualties=casualties,
        other_figures=other,
        timeline=timeline,
        conflicts=conflicts,
        sources=citations.entries,
        warnings=notes,
        facts=sorted((f for f in table_facts + article_facts if f.id in used), key=lambda f: f.id),
    )
