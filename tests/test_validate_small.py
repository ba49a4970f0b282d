"""Small sheets, whose checks run as few polars queries as they can: what a person is told
must be what one query per check told them, whichever count jumps and however names are
spelled."""

from __future__ import annotations

from pathlib import Path

from sitrep.validate import validate_paths

HEAD = (
    "Date,District P-code,Area,IDPs,IDP households,Source\n"
    "#date,#adm2+code,#loc+name,#affected+idps+ind,#affected+idps+hh,#meta+source\n"
)


def _found(path: Path, body: str) -> list[tuple[int | None, str | None, str, str]]:
    path.write_text(HEAD + body, encoding="utf-8")
    report = validate_paths([path], records=True).report
    return [(p.row, p.column, p.code, p.message) for p in report.problems]


def test_only_the_count_that_jumps_is_reported_with_the_figure_before_it(tmp_path: Path) -> None:
    body = (
        "2016-12-01,SY0200,Hanano,400,80,team\n"
        "2016-12-01,SY0200,Sakhour,300,60,team\n"
        "2016-12-02,SY0200,Hanano,1000,900,team\n"
        "2016-12-02,SY0200,Sakhour,320,61,team\n"
    )
    assert _found(tmp_path / "d.csv", body) == [
        (
            5,
            "IDP households",
            "jump-10x",
            "more than 10× the previous figure for this place (80 on 2016-12-01, row 3)",
        )
    ]


def test_both_counts_jumping_on_different_rows_are_each_reported(tmp_path: Path) -> None:
    body = (
        "2016-12-01,SY0200,Hanano,400,80,team\n"
        "2016-12-01,SY0200,Sakhour,300,60,team\n"
        "2016-12-02,SY0200,Hanano,4500,81,team\n"
        "2016-12-02,SY0200,Sakhour,800,700,team\n"
    )
    found = [(row, column, code) for row, column, code, _ in _found(tmp_path / "d.csv", body)]
    assert found == [(5, "IDPs", "jump-10x"), (6, "IDP households", "jump-10x")]


def test_a_repeated_row_names_the_first_row_of_its_place_however_each_is_spelled(
    tmp_path: Path,
) -> None:
    """Names that differ only in case and spacing are one place; the others are not. Run
    many times: the distinct names and their keys must pair up every time."""
    body = (
        "2016-12-01,SY0200,east  Aleppo,100,20,team\n"
        "2016-12-01,SY0200,West Aleppo,200,40,team\n"
        "2016-12-01,SY0200,Old City,300,60,team\n"
        "2016-12-01,SY0200,EAST ALEPPO,110,22,team\n"
        "2016-12-01,SY0200,old city,310,62,team\n"
    )
    for _ in range(20):
        assert _found(tmp_path / "d.csv", body) == [
            (6, "Area", "duplicate-row", "same date and place as row 3"),
            (7, "Area", "duplicate-row", "same date and place as row 5"),
        ]
