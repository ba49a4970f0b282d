"""Funding, people in need by sector and casualties by month: what validation reports and
the typed records later stages get (FundingRecord, SectorNeedRecord, CasualtyRecord)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep.models import (
    CasualtyRecord,
    DisplacementRecord,
    FundingRecord,
    SectorNeedRecord,
    TableKind,
)
from sitrep.validate import validate_paths

TODAY = dt.date(2026, 1, 1)

FTS = (
    "countryCode,id,name,code,typeName,startDate,endDate,year,clusterCode,cluster,"
    "requirements,funding,percentFunded\n"
    "#country+code,#activity+appeal+id+fts_internal,#activity+appeal+name,"
    "#activity+appeal+id+external,#activity+appeal+type+name,#date+start,#date+end,#date+year,"
    "#sector+cluster+code,#sector+cluster+name,#value+funding+required+usd,"
    "#value+funding+total+usd,#value+funding+pct\n"
)


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_fts_table_is_funding_and_gives_funding_records(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        FTS + "AFG,1185,Afghanistan HRP 2024,HAFG24,Humanitarian response plan,2024-01-01,"
        "2024-12-31,2024,4,Health,12500000,3200000.75,25.6\n"
        "AFG,1185,Afghanistan HRP 2024,HAFG24,Humanitarian response plan,2024-01-01,"
        "2024-12-31,2024,,Not specified,,800000,\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    assert [s.kind for s in validation.report.sheets] == [TableKind.funding]
    assert [p.code for p in validation.report.problems] == ["no-source"]
    (table,) = validation.tables
    assert table.records == [] and table.sector_needs == []
    health, unspecified = table.funding
    assert health == FundingRecord(
        row=3,
        appeal="Afghanistan HRP 2024",
        appeal_code="HAFG24",
        appeal_type="Humanitarian response plan",
        country_code="AFG",
        sector="Health",
        required_usd=12_500_000,
        funded_usd=3_200_000.75,
        percent_funded=25.6,
        date=dt.date(2024, 1, 1),
        date_end=dt.date(2024, 12, 31),
        year="2024",
    )
    assert health.coverage == 3_200_000.75 / 12_500_000
    assert (unspecified.sector, unspecified.required_usd, unspecified.coverage) == (
        "Not specified",
        None,
        None,
    )


def test_funding_by_plain_header_names(tmp_path: Path) -> None:
    """As HDX HAPI writes its funding table, with no HXL row."""
    path = write(
        tmp_path,
        "location_code,appeal_code,appeal_name,appeal_type,requirements_usd,funding_usd,"
        "funding_pct,reference_period_start,reference_period_end\n"
        "SDN,HSDN24,Sudan HNRP 2024,HRP,2700000000,1300000000,48.15,2024-01-01,2024-12-31\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    assert [s.kind for s in validation.report.sheets] == [TableKind.funding]
    (record,) = validation.tables[0].funding
    assert (record.appeal, record.appeal_code, record.required_usd, record.funded_usd) == (
        "Sudan HNRP 2024",
        "HSDN24",
        2.7e9,
        1.3e9,
    )


def test_x_appeal_tag_and_bad_amounts(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Appeal,Required,Funded,Source\n#x_appeal,#value+required,#value+funded,#meta+source\n"
        "Flash appeal,1000,abc,OCHA\nFlash appeal,-3,10,OCHA\nRegional plan,5,9,OCHA\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    found = [(p.code, p.row, p.column, p.value) for p in validation.report.problems]
    assert found == [
        ("not-an-amount", 3, "Funded", "abc"),
        ("negative-amount", 4, "Required", "-3"),
        ("funded-exceeds-required", 5, "Funded", "9"),
    ]
    # rows with errors get no record; a warning keeps its row
    assert [r.row for r in validation.tables[0].funding] == [5]


def test_a_funding_row_repeated_in_every_cell_is_a_duplicate(tmp_path: Path) -> None:
    row = "HRP 2016,Health,100,50,FTS\n"
    path = write(
        tmp_path,
        "Appeal,Cluster,Requirements,Funding,Source\n"
        "#activity+appeal+name,#sector,#value+funding+required+usd,#value+funding+total+usd,"
        "#meta+source\n" + row + "HRP 2016,Health,100,60,FTS\n" + row,
    )
    problems = validate_paths([path], today=TODAY).report.problems
    assert [(p.code, p.row) for p in problems] == [("duplicate-row", 5)]


def test_people_in_need_by_sector_give_sector_records(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Admin 1 PCode,Governorate,Sector,In need,Targeted,Reached,Source\n"
        "SY02,Aleppo,Health,1200,800,650,OCHA\nSY02,Aleppo,WASH,1500,1000,,OCHA\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    assert [p.code for p in validation.report.problems] == []
    (table,) = validation.tables
    assert table.kind is TableKind.people_in_need and table.records == []
    assert table.sector_needs == [
        SectorNeedRecord(
            row=2,
            adm1_code="SY02",
            adm1_name="Aleppo",
            sector="Health",
            inneed=1200,
            targeted=800,
            reached=650,
            source="OCHA",
        ),
        SectorNeedRecord(
            row=3,
            adm1_code="SY02",
            adm1_name="Aleppo",
            sector="WASH",
            inneed=1500,
            targeted=1000,
            source="OCHA",
        ),
    ]


def test_casualties_by_month_and_year_are_dated_at_the_period_end(tmp_path: Path) -> None:
    """ACLED's HDX tables count fatalities by admin area and month, or by year."""
    path = write(
        tmp_path,
        "Country,Admin1,Admin1 Pcode,Month,Year,Events,Fatalities\n"
        "#country+name,#adm1+name,#adm1+code,#date+month,#date+year,#event+num,#fatality+num\n"
        "Nigeria,Borno,NG008,February,2024,12,30\nNigeria,Borno,NG008,Mar,2024,9,0\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    assert [s.kind for s in validation.report.sheets] == [TableKind.casualties]
    assert [p.code for p in validation.report.problems] == ["no-source"]
    records = validation.tables[0].records
    assert all(isinstance(r, CasualtyRecord) for r in records)
    assert [(r.date, r.year, r.month, r.killed_ind) for r in records] == [  # type: ignore[union-attr]
        (dt.date(2024, 2, 29), 2024, 2, 30),
        (dt.date(2024, 3, 31), 2024, 3, 0),
    ]


def test_casualties_by_year(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Admin1 Pcode,Year,Fatalities,Source\n#adm1+code,#date+year,#affected+killed,#meta+source\n"
        "NG008,2023,410,ACLED\nNG008,20x3,5,ACLED\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    found = [(p.code, p.row, p.value) for p in validation.report.problems]
    assert found == [("bad-period", 4, "20x3")]
    (record,) = validation.tables[0].records
    assert isinstance(record, CasualtyRecord)
    assert (record.date, record.year, record.month) == (dt.date(2023, 12, 31), 2023, None)


WIDE = (
    "LOCATION,,OVERALL,,FOOD SECURITY,,,HEALTH,,\n"
    "County,admin1Pcode,Total Affected,Target,Affected,Target,Reached,Affected,Target,Reached\n"
    "#adm1+name,#adm1+code,#affected+total,#targeted+total,#inneed+food,#targeted+food,"
    "#reached+food,#inneed+health,#targeted+health,#reached+health\n"
)


def test_a_wide_table_by_sector_gives_one_record_per_sector(tmp_path: Path) -> None:
    path = write(tmp_path, WIDE + "Garissa,KE007,371951,168271,252406,168271,,371951,151444,9\n")
    validation = validate_paths([path], records=True, today=TODAY)
    assert [p.code for p in validation.report.problems] == ["no-source"]
    overall, food, health = validation.tables[0].sector_needs
    assert (overall.sector, overall.affected, overall.targeted, overall.inneed) == (
        None,
        371951,
        168271,
        None,
    )
    assert (food.sector, food.inneed, food.targeted, food.reached) == (
        "FOOD SECURITY",
        252406,
        168271,
        None,
    )
    assert (health.sector, health.inneed, health.targeted, health.reached) == (
        "HEALTH",
        371951,
        151444,
        9,
    )


def test_every_sector_column_is_checked(tmp_path: Path) -> None:
    """Not only the first column of a figure: each sector's cells, by their own tag."""
    path = write(tmp_path, WIDE + "Garissa,KE007,371951,168271,252406,300000,,n/a,400000,9\n")
    problems = validate_paths([path], today=TODAY).report.problems
    found = [(p.code, p.row, p.hxl, p.value) for p in problems if p.row]
    # the health target has no in-need figure to be compared with (n/a is not one); both
    # sector targets are more than the overall target of 168,271
    assert found == [
        ("not-a-count", 4, "#inneed+health", "n/a"),
        ("part-exceeds-total", 4, "#targeted+food", "300000"),
        ("part-exceeds-total", 4, "#targeted+health", "400000"),
        ("targeted-exceeds-need", 4, "#targeted+food", "300000"),
    ]


def test_a_percentage_column_is_not_a_count(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Country,PiN,Targeted,Targeted %,Source\n#country+code,#inneed,#targeted,#targeted+pct,"
        "#meta+source\nETH,24106527,16986639,0.70,OCHA\n",
    )
    assert validate_paths([path], today=TODAY).report.problems == []


def test_displacement_by_year_with_figures_by_cause(tmp_path: Path) -> None:
    """IDMC's table: by country and year, stock and new displacements by cause."""
    path = write(
        tmp_path,
        "ISO3,Name,Year,Conflict Stock Displacement,Conflict New Displacements,"
        "Disaster New Displacements\n"
        "#country+code,#country+name,#date+year,#affected+idps+ind+stock+conflict,"
        "#affected+idps+ind+newdisp+conflict,#affected+idps+ind+newdisp+disaster\n"
        "AFG,Afghanistan,2008,,,3400\nAFG,Afghanistan,2009,297000,,28000\nAFG,Afghanistan,2010,,,\n",
    )
    validation = validate_paths([path], records=True, today=TODAY)
    found = [(p.code, p.row, p.column) for p in validation.report.problems]
    assert found == [("empty-value", 5, "Disaster New Displacements"), ("no-source", None, None)]
    # row 3 gives new displacements only: checked, but no stock figure to type
    (record,) = validation.tables[0].records
    assert isinstance(record, DisplacementRecord)
    assert (record.row, record.date, record.year, record.idps_ind) == (
        4,
        dt.date(2009, 12, 31),
        2009,
        297000,
    )
