"""People in need in long form (HDX HAPI's): one row per figure, a status column saying
which figure the row's number is. Recognised, checked across the rows of one place and
sector, and typed into the same records as the wide form gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep.models import Severity, TableKind
from sitrep.validate import validate_paths

TODAY = dt.date(2026, 1, 1)

LONG = (
    "location_code,admin1_code,admin1_name,sector_name,population_status,population,Source\n"
    "TCD,TD01,Lac,Intersectoral,all,400000,Field survey\n"
    "TCD,TD01,Lac,Intersectoral,INN,200000,Field survey\n"
    "TCD,TD01,Lac,Intersectoral,TGT,90000,Field survey\n"
    "TCD,TD01,Lac,Health,in need,120000,Field survey\n"
    "TCD,TD01,Lac,Health,Targeted,80000,Field survey\n"
    "TCD,TD01,Lac,Health,reached,30000,Field survey\n"
    "TCD,TD01,Lac,Health,AFF,150000,Field survey\n"
    "TCD,TD02,Kanem,Health,INN,50000,Field survey\n"
)
WIDE = (
    "Country ISO3,Admin 1 PCode,Admin 1 name,Sector,In need,Targeted,Reached,Total affected,"
    "Population,Source\n"
    "TCD,TD01,Lac,Intersectoral,200000,90000,,,400000,Field survey\n"
    "TCD,TD01,Lac,Health,120000,80000,30000,150000,,Field survey\n"
    "TCD,TD02,Kanem,Health,50000,,,,,Field survey\n"
)


def write(tmp_path: Path, text: str, name: str = "needs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_table_of_figures_by_status_is_people_in_need(tmp_path: Path) -> None:
    validation = validate_paths([write(tmp_path, LONG)], today=TODAY)
    assert [s.kind for s in validation.report.sheets] == [TableKind.people_in_need]
    assert validation.report.problems == []


def test_a_long_table_gives_the_records_of_its_wide_form(tmp_path: Path) -> None:
    long = validate_paths([write(tmp_path, LONG)], records=True, today=TODAY)
    wide = validate_paths([write(tmp_path, WIDE, "wide.csv")], records=True, today=TODAY)
    (long_table,), (wide_table,) = long.tables, wide.tables
    assert [r.model_dump(exclude={"row", "figure_rows"}) for r in long_table.sector_needs] == [
        r.model_dump(exclude={"row", "figure_rows"}) for r in wide_table.sector_needs
    ]
    # each record is numbered by the first row of its place and sector, and each figure
    # keeps the row it is written on, to be cited there
    assert [(r.row, r.figure_rows) for r in long_table.sector_needs] == [
        (2, {"inneed": 3, "targeted": 4}),
        (5, {"targeted": 6, "reached": 7}),
        (9, {}),
    ]
    assert [r.figure_rows for r in wide_table.sector_needs] == [{}, {}, {}]
    health = long_table.sector_needs[1]
    assert (health.sector, health.adm1_code, health.inneed, health.targeted) == (
        "Health",
        "TD01",
        120_000,
        80_000,
    )
    assert (health.reached, health.affected) == (30_000, 150_000)


def test_targeted_beyond_need_is_found_across_rows(tmp_path: Path) -> None:
    text = LONG + "TCD,TD02,Kanem,Health,TGT,65000,Field survey\n"
    validation = validate_paths([write(tmp_path, text)], today=TODAY)
    assert [
        (p.code, p.row, p.column, p.value, p.severity, p.message)
        for p in validation.report.problems
    ] == [
        (
            "targeted-exceeds-need",
            10,
            "population",
            "65000",
            Severity.warning,
            "more people targeted than in need in this place, sector and period "
            "(50000, its in-need row)",
        )
    ]


def test_a_figure_beyond_the_whole_population_is_found_across_rows(tmp_path: Path) -> None:
    text = LONG.replace("Intersectoral,INN,200000", "Intersectoral,INN,450000")
    validation = validate_paths([write(tmp_path, text)], today=TODAY)
    assert [(p.code, p.row, p.column, p.message) for p in validation.report.problems] == [
        (
            "part-exceeds-total",
            3,
            "population",
            "people in need more than the whole population of this place, sector and period "
            "(400000, its 'all' row)",
        )
    ]


def test_an_unknown_status_is_an_error_and_its_row_is_not_typed(tmp_path: Path) -> None:
    path = write(tmp_path, LONG.replace("Health,reached,30000", "Health,planned,30000"))
    validation = validate_paths([path], records=True, today=TODAY)
    assert [
        (p.file, p.row, p.column, p.value, p.severity, p.code, p.message)
        for p in validation.report.problems
    ] == [
        (
            str(path),
            7,
            "population_status",
            "planned",
            Severity.error,
            "bad-status",
            "not a figure status; expected INN (in need), TGT (targeted), REA (reached), "
            "AFF (affected) or all",
        )
    ]
    (table,) = validation.tables
    assert [(r.sector, r.reached) for r in table.sector_needs] == [
        ("Intersectoral", None),
        ("Health", None),
        ("Health", None),
    ]


def test_a_bad_number_is_reported_on_its_own_row(tmp_path: Path) -> None:
    text = LONG.replace("Health,Targeted,80000", "Health,Targeted,eighty thousand")
    validation = validate_paths([write(tmp_path, text)], today=TODAY)
    assert [(p.code, p.row, p.column, p.value) for p in validation.report.problems] == [
        ("not-a-count", 6, "population", "eighty thousand")
    ]


def test_a_category_is_the_records_population_group_and_total_is_not_a_totals_row(
    tmp_path: Path,
) -> None:
    text = (
        "location_code,admin1_code,sector_name,category,population_status,population,Source\n"
        "TCD,TD01,Health,Children,INN,70000,Field survey\n"
        "TCD,TD01,Health,Children,TGT,40000,Field survey\n"
        "TCD,TD01,Health,Adults,INN,50000,Field survey\n"
        "TCD,TD01,Health,total,INN,125000,Field survey\n"
    )
    validation = validate_paths([write(tmp_path, text)], records=True, today=TODAY)
    assert validation.report.problems == []
    (table,) = validation.tables
    assert [(r.row, r.group, r.inneed, r.targeted) for r in table.sector_needs] == [
        (2, "Children", 70_000, 40_000),
        (4, "Adults", 50_000, None),
        (5, "total", 125_000, None),
    ]
