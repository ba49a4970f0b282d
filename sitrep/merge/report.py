"""One `Sitrep` from the tables, the reviewed facts and the previous report.

The jobs are in modules named for them; this one runs them in order for a report
context: facts, observations, figures and changes, history, citations, highlights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.context import ReportContext
from sitrep.gazetteer import Gazetteer
from sitrep.indicators import FLOW_INDICATORS
from sitrep.merge import citations as cite
from sitrep.merge import figures, highlights, history, sectors
from sitrep.merge.observations import observe
from sitrep.merge.table_facts import fact_day, facts_from_tables, pending_count, reviewed_facts
from sitrep.models import (
    AreaRow,
    CasualtyRecord,
    DisplacementRecord,
    Extraction,
    Fact,
    Figure,
    Indicator,
    MedevacRecord,
    Review,
    Sitrep,
    Situation,
    Table,
)
from sitrep.process import collector_at_ease

DISPLACEMENT = (Indicator.displaced, Indicator.returnees)
MEDEVAC = (Indicator.medical_evacuation_needed, Indicator.seriously_wounded, Indicator.evacuated)


def _baseline_day(stocks: Sequence[Fact], start: dt.date) -> dt.date | None:
    """For a first report: the tables' latest day before its period, which its trend
    chart shows and its changes are counted from (none when the tables start in it)."""
    days = [d for f in stocks if f.cell is not None and (d := fact_day(f)) and d < start]
    return max(days) if days else None


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
    context = ReportContext(situation, day, previous, draft)
    return merge_report(
        context, tables=tables, extraction=extraction, warnings=warnings, gazetteer=gazetteer
    )


def merge_report(
    context: ReportContext,
    *,
    tables: Sequence[Table],
    extraction: Extraction,
    warnings: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    validation_warnings: int = 0,
) -> Sitrep:
    """`merge` for a report context built by the caller (the build builds one per day).

    `warnings` become the report's notes on the data; `validation_warnings`, the number
    of warnings the validator gave, is one note pointing to `sitrep validate`, not a
    line per cell.
    """
    with collector_at_ease():
        return _merge_report(
            context,
            tables=tables,
            extraction=extraction,
            warnings=warnings,
            gazetteer=gazetteer,
            validation_warnings=validation_warnings,
        )


def _merge_report(
    context: ReportContext,
    *,
    tables: Sequence[Table],
    extraction: Extraction,
    warnings: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    validation_warnings: int = 0,
) -> Sitrep:
    """The steps of `merge_report`, in order."""
    located = [
        r
        for t in tables
        for r in t.records
        if isinstance(r, DisplacementRecord | MedevacRecord | CasualtyRecord)
    ]
    places = (gazetteer or Gazetteer()).with_admin_names(
        dict.fromkeys(
            (code, name)
            for r in located
            for code, name in ((r.adm2_code, r.adm2_name), (r.adm1_code, r.adm1_name))
            if code and name
        )
    )  # each pair once: a week of site rows names each district thousands of times
    day, previous, period = context.day, context.previous, context.period
    start = period.start or day
    table_facts = list(facts_from_tables(tables))
    article_facts = [
        f
        for f in reviewed_facts(extraction, draft=context.draft)
        if f.article is None or f.article.published is None or f.article.published <= day
    ]
    notes = list(warnings)
    notes += [
        f"{f.article.path if f.article else '?'}: “{f.quote}” has no date and is left out"
        for f in article_facts
        if fact_day(f) is None
    ]
    if validation_warnings:
        notes.append(
            f"{validation_warnings} warning{'s' if validation_warnings != 1 else ''} on the "
            "tables, see `sitrep validate`."
        )
    known = [f for f in table_facts + article_facts if fact_day(f) is not None]
    upto = [f for f in known if (fact_day(f) or day) <= day]
    in_period = [f for f in upto if start <= (fact_day(f) or day)]
    stocks = [f for f in upto if f.indicator not in FLOW_INDICATORS]
    observations = observe(
        stocks + [f for f in in_period if f.indicator in FLOW_INDICATORS], places
    )
    current = {id(o) for o in observations if o.day is not None and start <= o.day}

    since = context.since
    before_figures = list(previous.key_figures) if previous else []
    before_displacement = list(previous.displacement) if previous else []
    before_medevac = list(previous.medevac) if previous else []
    adm1_names = {places.place_key(r.place, r.pcode): r.adm1_name for r in located if r.adm1_name}
    if previous is None:
        baseline = _baseline_day(stocks, start)
        if baseline is not None:
            earlier = observe([f for f in stocks if (fact_day(f) or day) <= baseline], places)
            since = baseline
            before_figures = [
                f for f in figures.key_figures(earlier) if f.indicator not in FLOW_INDICATORS
            ]
            before_displacement = figures.area_rows(
                earlier, DISPLACEMENT, (), None, adm1_names, places
            )
            before_medevac = figures.area_rows(earlier, MEDEVAC, (), None, adm1_names, places)

    before = {(f.indicator, places.place_key(f.location, f.pcode)): f for f in before_figures}
    citations = cite.Citations({f.id: f for f in table_facts + article_facts})
    pending = {f.id for f in article_facts if f.review is Review.pending}

    def finish(figure: Figure) -> Figure:
        return figures.mark_pending(figures.standing(figure, start), pending)

    def finish_rows(rows: list[AreaRow]) -> list[AreaRow]:
        return [
            r.model_copy(update={"figures": {i: finish(f) for i, f in r.figures.items()}})
            for r in rows
        ]

    key_figures = cite.cite_figures(
        [
            finish(
                figures.changed(
                    f, before.get((f.indicator, places.place_key(f.location, f.pcode))), since
                )
            )
            for f in figures.key_figures(observations)
        ],
        citations,
    )
    displacement = cite.cite_rows(
        finish_rows(
            figures.area_rows(
                observations, DISPLACEMENT, before_displacement, since, adm1_names, places
            )
        ),
        citations,
    )
    medevac = cite.cite_rows(
        finish_rows(
            figures.area_rows(observations, MEDEVAC, before_medevac, since, adm1_names, places)
        ),
        citations,
    )
    casualty_obs = sorted(
        (
            o
            for o in observations
            if o.indicator in {Indicator.killed, Indicator.injured} and id(o) in current
        ),
        key=lambda o: (o.day or dt.date.min, o.place, o.indicator != Indicator.killed),
    )
    casualties = cite.cite_figures([finish(o.figure()) for o in casualty_obs], citations)
    timeline = [
        e.model_copy(update={"citations": citations.cite(e.fact_ids)})
        for e in history.timeline(upto)
    ]
    conflicts = [
        c.model_copy(update={"figures": cite.cite_figures(c.figures, citations)})
        for o in observations
        if id(o) in current and (c := o.conflict()) is not None
    ]
    shown = {i for group in (key_figures, casualties) for f in group for i in f.fact_ids}
    shown |= {i for row in displacement + medevac for f in row.figures.values() for i in f.fact_ids}
    shown |= {i for c in conflicts for f in c.figures for i in f.fact_ids}
    other = cite.cite_figures(
        [
            finish(o.figure())
            for o in observations
            if id(o) in current
            and not any(f.cell for f in o.facts)
            and not shown.intersection(f.id for f in o.facts)
        ],
        citations,
    )
    used = (
        shown | {i for f in other for i in f.fact_ids} | {i for e in timeline for i in e.fact_ids}
    )
    sector_rows = sectors.sector_rows(tables, day, citations)
    funding_rows = sectors.funding_rows(tables, day, citations)
    report = Sitrep(
        situation=context.situation,
        date=day,
        number=context.number,
        period=period,
        draft=context.draft,
        previous_date=since,
        pending_left_out=0 if context.draft else pending_count(extraction),
        validation_warnings=validation_warnings,
        highlights=highlights.highlights(key_figures, timeline, conflicts, period),
        key_figures=key_figures,
        displacement=displacement,
        displacement_trend=history.trend(observations, previous, day),
        medevac=medevac,
        casualties=casualties,
        other_figures=other,
        timeline=timeline,
        conflicts=conflicts,
        sources=citations.entries,
        sectors=sector_rows,
        funding=funding_rows,
        warnings=notes,
        facts=sorted((f for f in article_facts if f.id in used), key=lambda f: f.id),
    )
    return cite.numbered(report, citations)
