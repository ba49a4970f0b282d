"""One `Sitrep` from the tables, the reviewed facts and the previous report.

The jobs are in modules named for them; this one runs them in order for a report
context: facts, observations, figures and changes, history, citations, highlights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.context import ReportContext
from sitrep.gazetteer import Gazetteer
from sitrep.merge import citations as cite
from sitrep.merge import figures, highlights, history, sectors
from sitrep.merge.observations import observe
from sitrep.merge.table_facts import fact_day, facts_from_tables, reviewed_facts
from sitrep.models import (
    CasualtyRecord,
    DisplacementRecord,
    Extraction,
    Figure,
    Indicator,
    MedevacRecord,
    Sitrep,
    Situation,
    Table,
)


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
) -> Sitrep:
    """`merge` for a report context built by the caller (the build builds one per day)."""
    located = [
        r
        for t in tables
        for r in t.records
        if isinstance(r, DisplacementRecord | MedevacRecord | CasualtyRecord)
    ]
    places = (gazetteer or Gazetteer()).with_admin_names(
        (code, name)
        for r in located
        for code, name in ((r.adm2_code, r.adm2_name), (r.adm1_code, r.adm1_name))
        if code and name
    )
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
    known = [f for f in table_facts + article_facts if fact_day(f) is not None]
    current = [f for f in known if start <= (fact_day(f) or day) <= day]
    observations = observe(current, places)

    before = (
        {(f.indicator, places.place_key(f.location, f.pcode)): f for f in previous.key_figures}
        if previous
        else {}
    )

    def previous_figure(figure: Figure) -> Figure | None:
        return before.get((figure.indicator, places.place_key(figure.location, figure.pcode)))

    adm1_names = {places.place_key(r.place, r.pcode): r.adm1_name for r in located if r.adm1_name}
    since = context.since
    citations = cite.Citations({f.id: f for f in table_facts + article_facts})

    key_figures = cite.cite_figures(
        [
            figures.changed(
                f, before.get((f.indicator, places.place_key(f.location, f.pcode))), since
            )
            for f in figures.key_figures(observations)
        ],
        citations,
    )
    displacement = cite.cite_rows(
        figures.area_rows(
            observations,
            (Indicator.displaced, Indicator.returnees),
            previous.displacement if previous else (),
            since,
            adm1_names,
            places,
        ),
        citations,
    )
    medevac = cite.cite_rows(
        figures.area_rows(
            observations,
            (Indicator.medical_evacuation_needed, Indicator.seriously_wounded, Indicator.evacuated),
            previous.medevac if previous else (),
            since,
            adm1_names,
            places,
        ),
        citations,
    )
    casualty_obs = sorted(
        (o for o in observations if o.indicator in {Indicator.killed, Indicator.injured}),
        key=lambda o: (o.day or dt.date.min, o.place, o.indicator != Indicator.killed),
    )
    casualties = cite.cite_figures([o.figure() for o in casualty_obs], citations)
    timeline = [
        e.model_copy(update={"citations": citations.cite(e.fact_ids)})
        for e in history.timeline(f for f in known if (fact_day(f) or day) <= day)
    ]
    conflicts = [
        c.model_copy(update={"figures": cite.cite_figures(c.figures, citations)})
        for o in observations
        if (c := o.conflict()) is not None
    ]
    shown = {i for group in (key_figures, casualties) for f in group for i in f.fact_ids}
    shown |= {i for row in displacement + medevac for f in row.figures.values() for i in f.fact_ids}
    shown |= {i for c in conflicts for f in c.figures for i in f.fact_ids}
    other = cite.cite_figures(
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
    sector_rows = sectors.sector_rows(tables, day, citations)
    funding_rows = sectors.funding_rows(tables, day, citations)
    report = Sitrep(
        situation=context.situation,
        date=day,
        number=context.number,
        period=period,
        draft=context.draft,
        previous_date=since,
        highlights=highlights.highlights(key_figures, timeline, conflicts, period),
        key_figures=key_figures,
        displacement=displacement,
        displacement_trend=history.trend(observe(table_facts, places), previous, day),
        medevac=medevac,
        casualties=casualties,
        other_figures=other,
        timeline=timeline,
        conflicts=conflicts,
        sources=citations.entries,
        sectors=sector_rows,
        funding=funding_rows,
        warnings=notes,
        facts=sorted((f for f in table_facts + article_facts if f.id in used), key=lambda f: f.id),
    )
    return cite.numbered(report, citations)
