"""Small sheets, whose checks run as few polars queries as they can: what a person is told
must be what one query per check told them, whichever count jumps and however names are
spelled."""

from __future__ import annotations

import datetime as dt
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


def test_pcodes_of_the_situations_country_are_checked_against_its_prefixes_and_lengths(
    tmp_path: Path,
) -> None:
    """The situation names the country (SYR): its prefixes and COD lengths apply to every
    row, and each way a code is malformed is said in the country's terms."""
    example = Path(__file__).parent.parent / "inputs" / "aleppo" / "sitrep.toml"
    (tmp_path / "sitrep.toml").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text(
        "Date,Governorate P-code,District P-code,Location,IDPs,Source\n"
        "#date,#adm1+code,#adm2+code,#loc+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,SY02,SY0200,Hanano,100,team\n"
        "2016-12-01,SY2,SY0200,Sakhour,100,team\n"
        "2016-12-01,IQ01,SY0200,Bustan,100,team\n"
        "2016-12-01,sy02,SY020,Old City,100,team\n",
        encoding="utf-8",
    )
    report = validate_paths([table], today=dt.date(2016, 12, 8)).report
    assert [(p.row, p.column, p.code, p.message) for p in report.problems] == [
        (
            4,
            "Governorate P-code",
            "bad-pcode",
            "expected 2 characters after the country prefix in an admin-1 P-code of SYR",
        ),
        (
            5,
            "Governorate P-code",
            "bad-pcode",
            "expected the country prefix SYR or SY then the area",
        ),
        (
            6,
            "Governorate P-code",
            "bad-pcode",
            "a P-code is capital letters and digits only (no spaces, hyphens or signs)",
        ),
        (
            6,
            "District P-code",
            "bad-pcode",
            "expected 4 characters after the country prefix in an admin-2 P-code of SYR",
        ),
    ]
