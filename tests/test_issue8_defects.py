"""Four wrong outputs measured in issue 8, each from two copies of one piece of domain knowledge.

Each test builds the smallest input that showed the defect and checks what a reader of
the report sees: the key figure, the P-code of a place, the date a change is counted
from, and whether a build stops on a "future" date.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import sitrep
from sitrep.build import Checks, build
from sitrep.extract import extract_text
from sitrep.merge import merge
from sitrep.models import (
    DisplacementRecord,
    Extraction,
    GazetteerEntry,
    Indicator,
    Review,
    Situation,
    Table,
    TableKind,
)
from sitrep.validate import validate_paths

EXAMPLE = Path(__file__).resolve().parent.parent / "inputs" / "aleppo"
DAY = dt.date(2016, 12, 8)
GAZETTEER = [
    GazetteerEntry(row=3, adm1_name="Aleppo", adm1_code="SY02", adm2_name="Jebel Saman",
                   adm2_code="SY0200"),
    GazetteerEntry(row=4, adm1_name="Aleppo", adm1_code="SY02", adm2_name="A'zaz",
                   adm2_code="SY0204", aliases=("Azaz",)),
]  # fmt: skip


def test_a_table_keyed_by_p_code_only_adds_its_districts(
    tmp_path: Path, situation: Situation
) -> None:
    table = tmp_path / "displacement.csv"
    table.write_text(
        "Date,District P-code,IDPs,Source\n"
        "#date,#adm2+code,#affected+idps+ind,#meta+source\n"
        "2016-12-08,SY0200,1000,field team\n"
        "2016-12-08,SY0204,2000,field team\n",
        encoding="utf-8",
    )
    validation = validate_paths([table], situation=situation, records=True)
    assert validation.report.problems == []

    report = merge(situation, day=DAY, tables=validation.tables, extraction=Extraction())

    (displaced,) = report.key_figures
    assert (displaced.indicator, displaced.value) == (Indicator.displaced, 3000)
    assert report.conflicts == []
    assert [row.pcode for row in report.displacement] == ["SY0200", "SY0204"]


def test_a_curly_apostrophe_names_the_same_place(situation: Situation) -> None:
    article = extract_text(
        "Some 2,600 people have been displaced in A’zaz, the UN said on Thursday.",
        path="articles/azaz.txt",
        published=DAY,
        gazetteer=GAZETTEER,
    )
    (fact,) = article.facts
    assert (fact.location, fact.pcode) == ("A’zaz", "SY0204")

    tabled = Table(
        kind=TableKind.displacement,
        file="displacement.csv",
        columns={"idps_ind": ("IDPs", "#affected+idps+ind")},
        records=[
            DisplacementRecord(
                row=3, date=DAY, adm2_name="A'zaz", adm2_code="SY0204", idps_ind=2600, source="UN"
            )
        ],
    )
    accepted = article.model_copy(
        update={"facts": [fact.model_copy(update={"review": Review.accepted})]}
    )
    report = merge(situation, day=DAY, tables=[tabled], extraction=Extraction(articles=[accepted]))
    (row,) = report.displacement
    assert fact.id in row.figures[Indicator.displaced].fact_ids, "cited as the same place"
    assert report.other_figures == []


def test_key_figures_and_area_tables_count_the_change_from_the_previous_report(
    situation: Situation,
) -> None:
    def table(rows: list[tuple[int, dt.date, int]]) -> Table:
        return Table(
            kind=TableKind.displacement,
            file="displacement.csv",
            columns={"idps_ind": ("IDPs", "#affected+idps+ind")},
            records=[
                DisplacementRecord(row=r, date=d, loc_name="east Aleppo", idps_ind=v, source="UN")
                for r, d, v in rows
            ],
        )

    figure_day, previous_day = dt.date(2016, 12, 6), dt.date(2016, 12, 7)
    previous = merge(
        situation,
        day=previous_day,
        tables=[table([(3, figure_day, 1000)])],
        extraction=Extraction(),
    )
    assert previous.key_figures[0].date == figure_day, (
        "the previous figure is older than its report"
    )

    report = merge(
        situation,
        day=DAY,
        tables=[table([(3, figure_day, 1000), (4, DAY, 1500)])],
        extraction=Extraction(),
        previous=previous,
    )
    (key_figure,) = report.key_figures
    area = report.displacement[0].figures[Indicator.displaced]
    assert (key_figure.delta, area.delta) == (500, 500)
    assert key_figure.previous_date == area.previous_date == report.previous_date == previous_day


def test_a_row_dated_before_the_report_date_is_not_in_the_future(tmp_path: Path) -> None:
    """A report dated after the machine's clock (tomorrow's, written tonight) holds its rows."""
    today = dt.date.today()
    report_day, row_day = today + dt.timedelta(days=3), today + dt.timedelta(days=1)
    situation_dir = tmp_path / "aleppo"
    situation_dir.mkdir()
    for name in ("sitrep.toml", "gazetteer.csv", "facts.json"):
        shutil.copy(EXAMPLE / name, situation_dir / name)
    (situation_dir / "displacement.csv").write_text(
        "Date,District,District P-code,IDPs,Source\n"
        "#date,#adm2+name,#adm2+code,#affected+idps+ind,#meta+source\n"
        f"{row_day.isoformat()},Jebel Saman,SY0200,1000,field team\n",
        encoding="utf-8",
    )

    result = build(
        situation_dir, day=report_day, out=tmp_path / "outputs", checks=Checks(accept_date=True)
    )

    assert result.report.problems == []
    assert [f.value for f in result.sitrep.key_figures if f.indicator is Indicator.displaced] == [
        1000
    ]


def test_without_a_gazetteer_a_named_district_and_its_bare_p_code_are_one_place(
    situation: Situation,
) -> None:
    named = Table(
        kind=TableKind.displacement,
        file="named.csv",
        columns={"idps_ind": ("IDPs", "#affected+idps+ind")},
        records=[
            DisplacementRecord(
                row=3, date=DAY, adm2_name="Jebel Saman", adm2_code="SY0200", idps_ind=1000
            )
        ],
    )
    bare = Table(
        kind=TableKind.displacement,
        file="codes.csv",
        columns={"idps_ind": ("IDPs", "#affected+idps+ind")},
        records=[DisplacementRecord(row=3, date=DAY, adm2_code="SY0200", idps_ind=1200)],
    )
    report = merge(situation, day=DAY, tables=[named, bare], extraction=Extraction())
    (row,) = report.displacement
    assert (row.place, row.pcode) == ("Jebel Saman", "SY0200")
    (conflict,) = report.conflicts
    assert sorted(f.value for f in conflict.figures) == [1000, 1200]


def test_a_draft_build_dates_an_undated_article_by_the_report_day(tmp_path: Path) -> None:
    """Without facts.json the articles are extracted on the spot; one that says not when it
    was published is dated by the report, so its "Wednesday" is the Wednesday before it."""
    situation_dir = tmp_path / "aleppo"
    situation_dir.mkdir()
    for name in ("sitrep.toml", "gazetteer.csv"):
        shutil.copy(EXAMPLE / name, situation_dir / name)
    (situation_dir / "articles").mkdir()
    (situation_dir / "articles" / "undated.txt").write_text(
        "Shelling killed 12 people in east Aleppo on Wednesday, rescuers said.\n",
        encoding="utf-8",
    )

    outputs = sitrep.build_outputs(situation_dir, day=DAY)

    assert outputs.sitrep.draft
    (killed,) = (f for f in outputs.sitrep.facts if f.indicator is Indicator.killed)
    assert (killed.value, killed.date) == (12, dt.date(2016, 12, 7))
    assert not any("has no date" in w for w in outputs.warnings)
