"""A realistic merged `Sitrep` for east Aleppo on 8 December 2016, built by hand.

Renderer tests and `bench/render.py` need the model merge will produce, without
running merge: figures from the seed article (with their sentences as quotes) and
illustrative table rows (cited by file, sheet, row and column), a previous report
of 1 December for deltas, a conflict between two counts, and a displacement trend.
"""

from __future__ import annotations

import datetime as dt

from sitrep.models import (
    AreaRow,
    ArticleRef,
    CeasefireStatus,
    CellRef,
    Conflict,
    EmailSettings,
    Figure,
    Highlight,
    Indicator,
    Numbering,
    Period,
    Qualifier,
    Sitrep,
    Situation,
    SourceEntry,
    TimelineEvent,
    TrendPoint,
)
from sitrep.models.report import CitedRow

DAY = dt.date(2016, 12, 8)
PREVIOUS = dt.date(2016, 12, 1)
WEEK = Period(start=dt.date(2016, 12, 2), end=DAY)

ARTICLE = ArticleRef(
    path="articles/aleppo-2016-12-08.txt",
    title="Aleppo: regime forces advance more as rebels requist a truce",
    url="https://news.example.org/2016/12/08/aleppo-regime-forces-advance",
    outlet="Example News",
    published=DAY,
)

QUOTES = {
    1: "A UN official said about 31,500 people from east Aleppo have been displaced around "
    "the entire city over the past week, with hundreds more seen on the move on Wednesday.",
    2: "Some 1,500 people need medical evacuation, including 500 \u201cseriously wounded\u201d, "
    "said Tawfik Chamaa of the Union of Syrian Medical Relief Organizations.",
    3: "The Syrian Civil Defence, a first responder group also known as the White Helmets, said "
    "air strikes and shelling on Wednesday killed 61 people in what\u2019s left of the "
    "rebel-held east of the city.",
    4: "Syria state television reported late on Wednesday that rebel shelling killed 14 "
    "civilians and wounded 70 others, some critically, targeting government-held districts "
    "in west Aleppo.",
    5: "\u201cToday 150,000 people are threatened with extermination,\u201d he said.",
    6: "In a blistering, three-week offensive, Assad regime forces have seized about 80 percent "
    "of east Aleppo, a stronghold for rebel groups since 2012, and became close to winning "
    "the battle there.",
    7: "On Monday, Russia and China blocked a draft resolution at the UN Security Council "
    "demanding a seven-day truce in Aleppo to evacuate the sick and wounded, and to provide "
    "humanitarian aid workers time to get food and medicine in.",
    8: "Assad regime said on Tuesday said it would not agree to a ceasefire in Aleppo unless it "
    "guarantees a full withdrawal of rebel factions from the city.",
    9: "Syrian rebels in besieged eastern Aleppo called on Wednesday for an immediate five-day "
    "ceasefire and the evacuation of civilians and wounded, but gave no indication they were "
    "ready to withdraw as demanded by Damascus and Moscow.",
    10: "U.N. Syria humanitarian adviser Jan Egeland said on Thursday that the United States "
    "and Russia must broker an evacuation from east Aleppo.",
    11: "450.000 Syrians lost their lives in the past five years according to UN estimates, "
    "and more than 12 million have lost their homes.",
    12: "The evacuated civilians faced a new threat, as Assad regime forces arrested tens of "
    "men between 18-35 and took them to unknown directions.",
}
ARTICLE_SOURCES = {
    1: "a UN official",
    2: "Tawfik Chamaa (Union of Syrian Medical Relief Organizations)",
    3: "The Syrian Civil Defence",
    4: "Syria state television",
    5: "Jan Egeland (UN humanitarian adviser)",
    6: "Example News",
    7: "Example News",
    8: "Example News",
    9: "Example News",
    10: "Example News",
    11: "UN estimates",
    12: "Example News",
}

# Illustrative field data: where the displaced from east Aleppo went (sums to 31,500).
AREAS: list[tuple[str, str, int, int, int | None]] = [
    ("Jibreen collective shelter", "SY0200", 12_400, 7_200, None),
    ("West Aleppo city", "SY0200", 9_100, 5_300, 350),
    ("Sheikh Maqsoud", "SY0200", 8_500, 4_900, None),
    ("Afrin", "SY0203", 1_100, 500, 40),
    ("As-Safira", "SY0207", 400, 100, None),
]
DISPLACEMENT_FILE = "displacement.csv"
TABLE_SOURCE = "Aleppo hub field teams (illustrative)"


def _article_source(number: int) -> SourceEntry:
    return SourceEntry(
        number=number,
        kind="article",
        source=ARTICLE_SOURCES[number],
        article=ARTICLE,
        quote=QUOTES[number],
    )


def _cell_source(
    number: int, file: str, row: int, column: str, hxl: str, sheet: str | None = None
) -> SourceEntry:
    return SourceEntry(
        number=number,
        kind="table",
        source=TABLE_SOURCE,
        cell=CellRef(file=file, sheet=sheet, row=row, column=column, hxl=hxl),
    )


def _figure(
    indicator: Indicator,
    value: int | tuple[int, int],
    cite: int,
    *,
    qualifier: Qualifier = Qualifier.exact,
    location: str | None = "East Aleppo",
    pcode: str | None = "SY0200",
    day: dt.date | None = DAY,
    period: Period | None = None,
    source: str | None = None,
    previous: int | None = None,
    unit: str = "people",
    label: str | None = None,
) -> Figure:
    low = value[0] if isinstance(value, tuple) else value
    return Figure(
        indicator=indicator,
        value=value,
        qualifier=qualifier,
        unit=unit,
        label=label,
        location=location,
        pcode=pcode,
        date=day,
        period=period,
        source=source if source is not None else ARTICLE_SOURCES.get(cite, TABLE_SOURCE),
        citations=[cite],
        fact_ids=[f"fact-{cite}-{indicator.value}"],
        previous=previous,
        previous_date=PREVIOUS if previous is not None else None,
        delta=low - previous if previous is not None else None,
    )


def _timeline() -> list[TimelineEvent]:
    return [
        TimelineEvent(
            date=dt.date(2016, 12, 5),
            status=CeasefireStatus.blocked,
            party="Russia and China",
            description="a draft UN Security Council resolution demanding a seven-day truce "
            "in Aleppo to evacuate the sick and wounded and let aid in",
            duration_days=7,
            location="Aleppo",
            citations=[7],
        ),
        TimelineEvent(
            date=dt.date(2016, 12, 6),
            status=CeasefireStatus.rejected,
            party="The Government of Syria",
            description="any ceasefire in east Aleppo without the full withdrawal of rebel groups",
            location="East Aleppo",
            citations=[8],
        ),
        TimelineEvent(
            date=dt.date(2016, 12, 7),
            status=CeasefireStatus.proposed,
            party="Rebel groups in east Aleppo",
            description="an immediate five-day ceasefire and the evacuation of civilians and "
            "wounded",
            duration_days=5,
            location="East Aleppo",
            citations=[9],
        ),
        TimelineEvent(
            date=DAY,
            status=CeasefireStatus.under_negotiation,
            party="United Nations",
            description="An evacuation from east Aleppo brokered by the United States and Russia",
            location="East Aleppo",
            citations=[10],
        ),
    ]


def example_sitrep(
    *, draft: bool = False, areas: list[tuple[str, str, int, int, int | None]] | None = None
) -> Sitrep:
    """Report No. 4 (8 December 2016) of the example situation; `areas` replaces the table rows."""
    rows = AREAS if areas is None else areas
    first_cell = 13
    displaced = _figure(
        Indicator.displaced,
        31_500,
        1,
        qualifier=Qualifier.approx,
        location="Aleppo city",
        period=WEEK,
        previous=18_000,
    )
    medevac = _figure(
        Indicator.medical_evacuation_needed, 1_500, 2, qualifier=Qualifier.approx, previous=1_000
    )
    critical = _figure(Indicator.seriously_wounded, 500, 2)
    killed_east = _figure(Indicator.killed, 61, 3, day=dt.date(2016, 12, 7))
    killed_east_table = _figure(
        Indicator.killed,
        58,
        first_cell + 2,
        day=dt.date(2016, 12, 7),
        source="Aleppo field medical network (illustrative)",
    )
    killed_west = _figure(Indicator.killed, 14, 4, location="West Aleppo", day=dt.date(2016, 12, 7))
    injured_west = _figure(
        Indicator.injured, 70, 4, location="West Aleppo", day=dt.date(2016, 12, 7)
    )
    threatened = _figure(Indicator.besieged_or_trapped_population, 150_000, 5, previous=250_000)
    control = _figure(
        Indicator.territory_control_percent,
        80,
        6,
        qualifier=Qualifier.approx,
        unit="percent",
        previous=60,
        label="of the area taken by government forces",
    )
    conflict = Conflict(
        indicator=Indicator.killed,
        location="East Aleppo",
        date=dt.date(2016, 12, 7),
        figures=[killed_east, killed_east_table],
    )
    timeline = _timeline()

    displacement = [
        AreaRow(
            place=place,
            adm1="Aleppo",
            pcode=pcode,
            figures={
                Indicator.displaced: _figure(
                    Indicator.displaced,
                    idps,
                    first_cell,
                    location=place,
                    pcode=pcode,
                    previous=before,
                ),
                **(
                    {
                        Indicator.returnees: _figure(
                            Indicator.returnees, back, first_cell, location=place, pcode=pcode
                        )
                    }
                    if back is not None
                    else {}
                ),
            },
        )
        for i, (place, pcode, idps, before, back) in enumerate(rows)
    ]
    medevac_cell = first_cell + 1
    medevac_rows = [
        AreaRow(
            place="East Aleppo (besieged neighbourhoods)",
            adm1="Aleppo",
            pcode="SY0200",
            figures={
                Indicator.medical_evacuation_needed: medevac,
                Indicator.seriously_wounded: critical,
            },
        ),
        AreaRow(
            place="West Aleppo hospitals",
            adm1="Aleppo",
            pcode="SY0200",
            figures={
                Indicator.medical_evacuation_needed: _figure(
                    Indicator.medical_evacuation_needed, 40, medevac_cell, location="West Aleppo"
                ),
                Indicator.seriously_wounded: _figure(
                    Indicator.seriously_wounded, 12, medevac_cell, location="West Aleppo"
                ),
                Indicator.evacuated: _figure(
                    Indicator.evacuated, 25, medevac_cell, location="West Aleppo"
                ),
            },
        ),
    ]
    sources = [_article_source(n) for n in sorted(QUOTES)]
    column = _cell_source(
        first_cell, DISPLACEMENT_FILE, 3, "IDPs (individuals)", "#affected+idps+ind"
    )
    sources.append(
        column.model_copy(
            update={
                "rows": [3 + i for i in range(len(rows))],
                "cells": [
                    CitedRow(
                        cell=column.cell.model_copy(update={"row": 3 + i}),  # type: ignore[union-attr]
                        place=place,
                        pcode=pcode,
                    )
                    for i, (place, pcode, *_) in enumerate(rows)
                ],
            }
        )
    )
    sources.append(
        _cell_source(
            medevac_cell,
            "medevac.xlsx",
            4,
            "Needing evacuation",
            "#inneed+medevac+ind",
            sheet="Medevac",
        )
    )
    sources.append(
        _cell_source(medevac_cell + 1, "casualties.csv", 6, "Killed", "#affected+killed+ind")
    )
    sources[-1] = sources[-1].model_copy(
        update={"source": "Aleppo field medical network (illustrative)"}
    )

    return Sitrep(
        situation=Situation(
            title="Syria: East Aleppo",
            country="SYR",
            area="Aleppo city, Aleppo governorate",
            organisation="Humanitarian coordination office, Aleppo hub (example)",
            numbering=Numbering(first_number=1, first_date=dt.date(2016, 11, 17), every_days=7),
            email=EmailSettings.model_validate(
                {
                    "from": "sitrep@example.org",
                    "to": ["partners@example.org"],
                    "cc": ["cluster.leads@example.org"],
                    "reply_to": "im.aleppo@example.org",
                    "pdf_url": "https://example.org/sitreps/aleppo/",
                }
            ),
            contacts=[],
            disclaimer="Example report built from a news article of 8 December 2016 and "
            "illustrative field data.",
        ),
        date=DAY,
        number=4,
        period=WEEK,
        draft=draft,
        previous_date=PREVIOUS,
        highlights=[
            Highlight(kind="figure", figure=displaced),
            Highlight(kind="event", event=timeline[2]),
            Highlight(kind="figure", figure=medevac),
            Highlight(kind="figure", figure=killed_east),
            Highlight(kind="conflict", conflict=conflict),
            Highlight(kind="figure", figure=control),
        ],
        key_figures=[displaced, medevac, critical, killed_east, threatened, control],
        displacement=displacement,
        displacement_trend=[
            TrendPoint(date=dt.date(2016, 11, 17), value=4_000),
            TrendPoint(date=dt.date(2016, 11, 24), value=9_500),
            TrendPoint(date=PREVIOUS, value=18_000),
            TrendPoint(date=DAY, value=31_500),
        ],
        medevac=medevac_rows,
        casualties=[killed_east, killed_east_table, killed_west, injured_west],
        other_figures=[
            _figure(
                Indicator.killed,
                450_000,
                11,
                location="Syria",
                pcode=None,
                day=None,
                period=Period(start=dt.date(2011, 3, 15), end=DAY),
            ),
            _figure(
                Indicator.displaced,
                12_000_000,
                11,
                qualifier=Qualifier.at_least,
                location="Syria",
                pcode=None,
                day=None,
                label="people have lost their homes",
            ),
            _figure(
                Indicator.detained,
                (10, 99),
                12,
                label="men aged 18 to 35 arrested by government forces",
            ),
        ],
        timeline=timeline,
        conflicts=[conflict],
        sources=sources,
        warnings=[],
    )


def large_areas(count: int) -> list[tuple[str, str, int, int, int | None]]:
    """`count` illustrative area rows, for a report of about 40 pages."""
    return [
        (
            f"Neighbourhood {i:04d}",
            f"SY02{i % 8:02d}",
            100 + 37 * i,
            80 + 29 * i,
            5 * i if i % 3 else None,
        )
        for i in range(1, count + 1)
    ]
