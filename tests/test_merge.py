"""Merge: which figure stands, who is cited, what changed, and where sources disagree."""

from __future__ import annotations

import datetime as dt

from sitrep.context import ReportContext
from sitrep.gazetteer import normalise_place
from sitrep.merge import merge
from sitrep.merge.table_facts import facts_from_tables
from sitrep.models import (
    Article,
    CasualtyRecord,
    CeasefireRecord,
    CeasefireStatus,
    DisplacementRecord,
    Extraction,
    Fact,
    Indicator,
    MedevacRecord,
    Period,
    Qualifier,
    Review,
    Situation,
    Table,
    TableKind,
)

DAY = dt.date(2016, 12, 8)
EARLIER = dt.date(2016, 12, 1)


def displacement(rows: list[tuple[int, dt.date, str, int]]) -> Table:
    return Table(
        kind=TableKind.displacement,
        file="displacement.csv",
        columns={"idps_ind": ("IDPs (individuals)", "#affected+idps+ind")},
        records=[
            DisplacementRecord(
                row=row,
                date=day,
                loc_name=place,
                adm2_code="SY0200",
                idps_ind=value,
                adm1_name="Aleppo",
                source="UN official",
            )
            for row, day, place, value in rows
        ],
    )


def casualties() -> Table:
    return Table(
        kind=TableKind.casualties,
        file="field-reports.xlsx",
        sheet="Casualties",
        columns={
            "killed_ind": ("Killed", "#affected+killed+ind"),
            "injured_ind": ("Injured", "#affected+injured+ind"),
        },
        records=[
            CasualtyRecord(
                row=3,
                date=dt.date(2016, 12, 7),
                loc_name="East Aleppo",
                killed_ind=61,
                source="Syrian Civil Defence",
            ),
            CasualtyRecord(
                row=4,
                date=dt.date(2016, 12, 7),
                loc_name="West Aleppo",
                killed_ind=14,
                injured_ind=70,
                source="Syria state television",
            ),
        ],
    )


def article(*facts: Fact) -> Extraction:
    return Extraction(
        articles=[
            Article(path="articles/aleppo.txt", title="Aleppo", published=DAY, facts=list(facts))
        ]
    )


def fact(fact_id: str, indicator: Indicator, value: int, **extra: object) -> Fact:
    fields: dict[str, object] = {
        "date": dt.date(2016, 12, 7),
        "review": Review.accepted,
        "quote": f"sentence of {fact_id}",
        "span": (0, 10),
        **extra,
    }
    return Fact(id=fact_id, indicator=indicator, value=value, **fields)


def test_casualty_total_adds_places_and_cites_each_source(situation: Situation) -> None:
    report = merge(situation, day=DAY, tables=[casualties()], extraction=Extraction())
    killed = next(f for f in report.key_figures if f.indicator is Indicator.killed)
    assert killed.value == 75
    assert killed.source == "Syrian Civil Defence; Syria state television"
    entry = report.sources[killed.citations[0] - 1]
    assert entry.cell is not None
    assert (entry.cell.file, entry.cell.sheet, entry.cell.column) == (
        "field-reports.xlsx",
        "Casualties",
        "Killed",
    )
    assert entry.rows == [3, 4]


def test_article_that_agrees_with_a_table_is_cited_beside_it(situation: Situation) -> None:
    agreeing = fact("a1", Indicator.killed, 61, location="east Aleppo", source="White Helmets")
    report = merge(situation, day=DAY, tables=[casualties()], extraction=article(agreeing))
    east = next(f for f in report.casualties if f.location == "East Aleppo")
    kinds = [report.sources[n - 1].kind for n in east.citations]
    assert sorted(kinds) == ["article", "table"]
    assert report.conflicts == []


def test_disagreeing_sources_are_listed_never_averaged(situation: Situation) -> None:
    other = fact("a1", Indicator.killed, 45, location="eastern Aleppo", source="Observatory")
    report = merge(situation, day=DAY, tables=[casualties()], extraction=article(other))
    (conflict,) = report.conflicts
    assert sorted((f.value, f.source) for f in conflict.figures) == [
        (45, "Observatory"),
        (61, "Syrian Civil Defence"),
    ]
    killed = next(f for f in report.key_figures if f.indicator is Indicator.killed)
    assert killed.value == 75, "the field table's figure stands"
    assert any(h.kind == "conflict" for h in report.highlights)


def test_delta_against_the_previous_report(situation: Situation) -> None:
    table = displacement([(3, EARLIER, "East Aleppo", 20_000), (4, DAY, "East Aleppo", 31_500)])
    first = merge(situation, day=EARLIER, tables=[table], extraction=Extraction())
    second = merge(situation, day=DAY, tables=[table], extraction=Extraction(), previous=first)
    (displaced,) = second.key_figures
    assert (displaced.value, displaced.previous, displaced.delta) == (31_500, 20_000, 11_500)
    assert displaced.previous_date == EARLIER
    assert second.period.start == dt.date(2016, 12, 2)
    assert second.displacement[0].figures[Indicator.displaced].delta == 11_500
    assert [(p.date, p.value) for p in second.displacement_trend] == [
        (EARLIER, 20_000),
        (DAY, 31_500),
    ]
    assert second.number == 4 and first.number == 3


def test_a_report_does_not_see_later_rows_or_articles(situation: Situation) -> None:
    table = displacement([(3, EARLIER, "East Aleppo", 20_000), (4, DAY, "East Aleppo", 31_500)])
    later = fact("a1", Indicator.besieged_or_trapped_population, 150_000, date=DAY)
    report = merge(situation, day=EARLIER, tables=[table], extraction=article(later))
    assert [(f.indicator, f.value) for f in report.key_figures] == [(Indicator.displaced, 20_000)]


def test_article_only_figures_stay_per_place_and_pending_ones_need_draft(
    situation: Situation,
) -> None:
    threatened = fact(
        "a1",
        Indicator.besieged_or_trapped_population,
        150_000,
        location="east Aleppo",
        source="Jan Egeland",
        date=DAY,
    )
    pending = fact("a2", Indicator.detained, 30, review=Review.pending, qualifier=Qualifier.approx)
    final = merge(situation, day=DAY, tables=[], extraction=article(threatened, pending))
    assert [(f.indicator, f.value, f.location) for f in final.key_figures] == [
        (Indicator.besieged_or_trapped_population, 150_000, "east Aleppo")
    ]
    draft = merge(
        situation, day=DAY, tables=[], extraction=article(threatened, pending), draft=True
    )
    assert draft.draft
    assert Indicator.detained in {f.indicator for f in draft.key_figures}


def test_critical_cases_are_part_of_medevac_needs(situation: Situation) -> None:
    table = Table(
        kind=TableKind.medevac,
        file="field-reports.xlsx",
        sheet="Medevac",
        columns={"medevac_ind": ("Need medevac", None), "critical_ind": ("Critical", None)},
        records=[
            MedevacRecord(
                row=3,
                date=DAY,
                loc_name="East Aleppo",
                medevac_ind=1500,
                critical_ind=500,
                source="UOSSM",
            )
        ],
    )
    facts = {f.indicator: f for f in facts_from_tables([table])}
    assert (
        facts[Indicator.seriously_wounded].part_of == facts[Indicator.medical_evacuation_needed].id
    )
    report = merge(situation, day=DAY, tables=[table], extraction=Extraction())
    row = report.medevac[0]
    assert row.figures[Indicator.seriously_wounded].value == 500
    assert row.figures[Indicator.seriously_wounded].fact_ids == [
        "field-reports.xlsx#Medevac:3:critical_ind"
    ]


def test_a_table_fact_is_the_fact_its_values_validate_to(situation: Situation) -> None:
    """Table facts skip pydantic's validation (a crisis week has 600,000 of them): each
    must still be the model, field order and JSON that validating its values gives."""
    table = Table(
        kind=TableKind.medevac,
        file="field-reports.xlsx",
        sheet="Medevac",
        columns={"medevac_ind": ("Need medevac", "#affected+medevac")},
        records=[MedevacRecord(row=4, date=DAY, loc_name="Kalasa", medevac_ind=120, source="WHO")],
    )
    (fact,) = facts_from_tables([table])
    validated = Fact.model_validate(fact.model_dump())
    assert fact == validated
    assert fact.model_dump_json() == validated.model_dump_json()
    assert fact.cell is not None and fact.cell.column == "Need medevac"
    assert fact.model_fields_set == set(Fact.model_fields)


def test_timeline_joins_table_and_article_reports_of_one_event(situation: Situation) -> None:
    table = Table(
        kind=TableKind.ceasefire,
        file="ceasefire.csv",
        columns={"description": ("Description", "#description")},
        records=[
            CeasefireRecord(
                row=3,
                date_start=dt.date(2016, 12, 5),
                description="Seven-day truce",
                proposer="UN Security Council draft",
                status=CeasefireStatus.blocked,
                date_end=dt.date(2016, 12, 12),
            ),
            CeasefireRecord(
                row=4,
                date_start=dt.date(2016, 12, 7),
                description="Five-day ceasefire",
                proposer="Armed opposition",
                status=CeasefireStatus.proposed,
            ),
        ],
    )
    reported = fact(
        "a1",
        Indicator.ceasefire_duration_days,
        5,
        unit="days",
        status=CeasefireStatus.proposed,
        party="rebels",
    )
    report = merge(situation, day=DAY, tables=[table], extraction=article(reported))
    assert [(e.date, e.status, e.duration_days) for e in report.timeline] == [
        (dt.date(2016, 12, 5), CeasefireStatus.blocked, 7),
        (dt.date(2016, 12, 7), CeasefireStatus.proposed, 5),
    ]
    assert len(report.timeline[1].citations) == 2


def test_sources_are_numbered_in_order_of_first_citation(situation: Situation) -> None:
    report = merge(situation, day=DAY, tables=[casualties()], extraction=Extraction())
    assert [s.number for s in report.sources] == list(range(1, len(report.sources) + 1))
    assert report.key_figures[0].citations == [1]


def test_place_key_and_default_period(situation: Situation) -> None:
    assert normalise_place("The Eastern Aleppo") == normalise_place("east aleppo")
    assert ReportContext(situation, DAY).period.start == dt.date(2016, 12, 2)


def test_placeless_article_figure_joins_the_table_figure_it_repeats(
    situation: Situation,
) -> None:
    repeated = fact("a1", Indicator.killed, 61, source="Syrian Civil Defence")
    report = merge(situation, day=DAY, tables=[casualties()], extraction=article(repeated))
    east = next(f for f in report.casualties if f.location == "East Aleppo")
    assert "a1" in east.fact_ids
    assert len(report.casualties) == 3, "no separate line for the repeated figure"
    assert report.other_figures == []


def test_article_figure_no_section_shows_is_kept_under_other_figures(
    situation: Situation,
) -> None:
    table = displacement([(3, DAY, "East Aleppo", 31_500)])
    on_the_move = fact("a1", Indicator.displaced, 100, location="east Aleppo", source="UN")
    report = merge(situation, day=DAY, tables=[table], extraction=article(on_the_move))
    assert [(f.indicator, f.value, f.source) for f in report.other_figures] == [
        (Indicator.displaced, 100, "UN")
    ]
    assert report.other_figures[0].citations


def test_a_column_is_one_source_naming_the_place_of_each_row(situation: Situation) -> None:
    report = merge(situation, day=DAY, tables=[casualties()], extraction=Extraction())
    east, west = (
        next(f for f in report.casualties if f.indicator is Indicator.killed and f.location == p)
        for p in ("East Aleppo", "West Aleppo")
    )
    assert east.citations == west.citations and len(east.citations) == 1
    entry = report.sources[east.citations[0] - 1]
    assert [(c.cell.row, c.place) for c in entry.cells] == [(3, "East Aleppo"), (4, "West Aleppo")]


def test_a_count_over_an_earlier_period_is_filed_at_its_end_not_at_publication(
    situation: Situation,
) -> None:
    september = Period(start=dt.date(2016, 9, 1), end=dt.date(2016, 9, 30))
    retold = fact("a1", Indicator.killed, 700, date=None, period=september)
    this_week = fact("a2", Indicator.killed, 12, date=DAY)
    report = merge(situation, day=DAY, tables=[], extraction=article(retold, this_week))
    assert [(f.indicator, f.value) for f in report.key_figures] == [(Indicator.killed, 12)]


def test_a_group_picked_out_of_a_toll_is_no_rival_to_it(situation: Situation) -> None:
    whole = fact("a1", Indicator.killed, 274, location="south Lebanon", source="Ministry")
    children = fact(
        "a2", Indicator.killed, 21, location="south Lebanon", source="Ministry", part_of="a1"
    )
    in_town = fact("a3", Indicator.killed, 11, location="Nabatieh", source="Ministry", part_of="a1")
    report = merge(situation, day=DAY, tables=[], extraction=article(whole, children, in_town))
    assert report.conflicts == []
    shown = sorted((f.location, f.value) for f in report.casualties + report.other_figures)
    assert ("south Lebanon", 274) in shown
    assert ("south Lebanon", 21) not in shown
    assert ("Nabatieh", 11) in shown, "a part that names its own place stands there"
