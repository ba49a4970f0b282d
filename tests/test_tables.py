"""Reading tables: encodings, delimiters, workbooks, JSON, HXL rows and table kinds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from sitrep.load import open_situation
from sitrep.models import CasualtyRecord, MedevacRecord, Severity, TableKind
from sitrep.tables import normalise_header, normalise_tag, read_table_file
from sitrep.validate import validate_paths

EXAMPLE = Path(__file__).parents[1] / "inputs" / "aleppo"
HEADER = "Date,Area,IDPs,Source"
TAGS = "#date,#loc+name,#affected+idps+ind,#meta+source"
ROWS = ["2016-12-01,Alep café,100,équipe", "2016-12-08,Alep café,200,équipe"]


def table(lines: list[str], sep: str = ",") -> str:
    return "\r\n".join(line.replace(",", sep) for line in lines) + "\r\n"


def read_one(path: Path) -> tuple[list[tuple[int, str | None, str | None]], list[str]]:
    """(row, area, idps) of every row of a one-sheet file, and the file's problem codes."""
    result = read_table_file(path)
    (sheet,) = result.sheets
    assert sheet.kind is TableKind.displacement
    rows = sheet.frame.select("__row__", "loc_name", "idps_ind").rows()
    return rows, [p.code for p in result.problems + sheet.problems]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_read_alike(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(table([HEADER, TAGS, *ROWS]).encode(encoding))
    rows, problems = read_one(path)
    assert rows == [(3, "Alep café", "100"), (4, "Alep café", "200")]
    assert problems == []


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(table([HEADER, TAGS, *ROWS]).encode("cp1252"))
    rows, problems = read_one(path)
    assert rows[0] == (3, "Alep café", "100")
    assert problems == ["encoding-fallback"]
    (problem,) = validate_paths([path]).report.problems
    assert problem.severity is Severity.warning


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(table([HEADER, TAGS, "2016-12-01,east Aleppo,1 234,x"], sep))
    rows, _ = read_one(path)
    assert rows == [(3, "east Aleppo", "1 234")]


def test_semicolon_file_keeps_thousands_commas(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Date;Area;IDPs;Source\n2016-12-01;east Aleppo;1,234;x\n")
    rows, _ = read_one(path)
    assert rows == [(2, "east Aleppo", "1,234")]


def test_blank_lines_keep_the_spreadsheet_numbering(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f'{HEADER}\n{TAGS}\n\n2016-12-01,"east\nAleppo",abc,x\n,,,\n')
    (problem,) = validate_paths([path]).report.problems
    assert (problem.row, problem.value) == (4, "abc")


def test_header_names_without_hxl(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Reporting date,Neighbourhood,IDPs (individuals),Source\n2016-12-01,east Aleppo,abc,x\n"
    )
    (problem,) = validate_paths([path]).report.problems
    assert (problem.row, problem.column, problem.hxl) == (2, "IDPs (individuals)", None)


def test_hxl_row_without_headers(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{TAGS}\n2016-12-01,east Aleppo,abc,x\n")
    (problem,) = validate_paths([path]).report.problems
    assert (problem.row, problem.column) == (2, "#affected+idps+ind")


def test_hxl_attributes_in_any_order_and_case(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        f"{HEADER}\n#DATE,#Loc +Name,#affected +IND +idps,#meta+source\n2016-12-01,x,1,y\n"
    )
    rows, problems = read_one(path)
    assert rows == [(3, "x", "1")] and problems == []


def test_tags_and_headers_normalise() -> None:
    assert normalise_tag(" #Affected +IND +idps ") == "#affected+idps+ind"
    assert normalise_header("  IDPs (individuals) ") == normalise_header("idps_individuals")
    spellings = ("Admin 1 PCode", "admin1Pcode", "ADMIN1_PCODE", "admin1_pcode", "Admin1 P-code")
    assert len({normalise_header(h) for h in spellings}) == 1


def test_a_table_of_two_kinds_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Date,Area,IDPs,Killed\n2016-12-01,x,1,2\n")
    (problem,) = validate_paths([path]).report.problems
    assert problem.code == "unknown-table"
    assert "casualties" in problem.message and "displacement" in problem.message


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """Real Excel dates, dates as text, numbers as text, a notes sheet and an empty one."""
    book = Workbook()
    medevac = book.active
    assert medevac is not None
    medevac.title = "Medevac"
    medevac.append(["Date", "Area", "Need medical evacuation", "Seriously wounded", "Source"])
    medevac.append(
        [
            "#date",
            "#loc+name",
            "#inneed+medevac+ind",
            "#inneed+medevac+critical+ind",
            "#meta+source",
        ]
    )
    medevac.append([dt.date(2016, 12, 8), "east Aleppo", 1500, 500, "UOSSM"])
    medevac.append([dt.datetime(2016, 12, 9), "east Aleppo", "1,600", "n/a", "UOSSM"])
    casualties = book.create_sheet("Casualties")
    casualties.append(["Date", "Area", "Killed", "Injured", "Source"])
    casualties.append(["2016-12-07", "west Aleppo", 14, 70, "state TV"])
    casualties.append([42711, "east Aleppo", 61.0, 12.5, "Civil Defence"])
    notes = book.create_sheet("Notes")
    notes.append(["Read me first"])
    book.create_sheet("Empty")
    path = tmp_path / "field.xlsx"
    book.save(path)
    return path


def test_workbook_reads_every_sheet(workbook: Path) -> None:
    result = read_table_file(workbook)
    assert [(s.name, s.kind) for s in result.sheets] == [
        ("Medevac", TableKind.medevac),
        ("Casualties", TableKind.casualties),
        ("Notes", None),
    ]
    medevac = result.sheets[0].frame.select("__row__", "date", "medevac_ind").rows()
    assert medevac == [(3, "2016-12-08", "1500"), (4, "2016-12-09", "1,600")]


def test_workbook_problems_name_sheet_row_and_column(workbook: Path) -> None:
    validation = validate_paths([workbook], records=True)
    found = [
        (p.sheet, p.row, p.column, p.value, p.code, p.severity) for p in validation.report.problems
    ]
    assert found == [
        ("Medevac", 4, "Seriously wounded", "n/a", "not-a-count", Severity.error),
        ("Casualties", 3, "Injured", "12.5", "not-a-count", Severity.error),
        ("Notes", None, None, None, "unknown-table", Severity.warning),
    ]
    medevac, casualties = validation.tables
    assert [(r.row, r.date) for r in medevac.records if isinstance(r, MedevacRecord)] == [
        (3, dt.date(2016, 12, 8))
    ]
    assert [(r.row, r.date) for r in casualties.records if isinstance(r, CasualtyRecord)] == [
        (2, dt.date(2016, 12, 7))
    ]


def test_excel_serial_number_is_a_date(workbook: Path) -> None:
    sheet = read_table_file(workbook).sheets[1]
    assert sheet.frame.get_column("date").to_list() == ["2016-12-07", "42711"]
    assert not [p for p in validate_paths([workbook]).report.problems if p.column == "Date"]


def test_json_rows_inside_an_api_answer_are_read(tmp_path: Path) -> None:
    path = tmp_path / "dtm.json"
    rows = [
        {"reportingDate": "2017-09-30T00:00:00", "admin2Pcode": "TD0704", "numPresentIdpInd": 618},
        {"reportingDate": "2017-09-30T00:00:00", "admin2Pcode": "TD0705", "numPresentIdpInd": "?"},
    ]
    path.write_text(json.dumps({"result": rows, "statusCode": 200, "errorMessages": []}))
    report = validate_paths([path]).report
    assert [(s.kind, s.rows) for s in report.sheets] == [(TableKind.displacement, 2)]
    assert [(p.row, p.column, p.value, p.code) for p in report.errors] == [
        (2, "numPresentIdpInd", "?", "not-a-count")
    ]


def test_json_list_of_objects(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    rows = [
        {
            "#date": "2016-12-01",
            "#loc+name": "east Aleppo",
            "#affected+idps+ind": 100,
            "#meta+source": "x",
        },
        {
            "#date": "2016-12-08",
            "#loc+name": "east Aleppo",
            "#affected+idps+ind": -3,
            "#meta+source": "x",
        },
    ]
    path.write_text(json.dumps(rows))
    (problem,) = validate_paths([path]).report.problems
    assert (problem.row, problem.column, problem.value, problem.code) == (
        2,
        "#affected+idps+ind",
        "-3",
        "negative-count",
    )


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("d.json", b"{not json", "not valid JSON"),
        ("d.json", b'{"a": 1}', "list of objects"),
        ("d.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password"),
        ("d.xlsx", b"PK\x03\x04garbage", "not a readable workbook"),
        ("d.csv", b"PK\x03\x04garbage", "workbook"),
        ("d.csv", b'Date,Area\n"2016-12-01,east Aleppo\n', "quoted cell is not closed"),
        ("d.csv", b"\x00\x01\x02\x03binary" * 10, "binary"),
        ("d.pdf", b"%PDF-1.7", "not a table"),
    ],
)
def test_unreadable_files_are_one_problem(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (problem,) = validate_paths([path]).report.problems
    assert (problem.code, problem.row, problem.column) == ("unreadable-file", None, None)
    assert words in problem.message


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n  \n", b"[]"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / ("d.json" if content == b"[]" else "d.csv")
    path.write_bytes(content)
    (problem,) = validate_paths([path]).report.problems
    assert problem.code in {"empty-file", "unreadable-file"}
    assert problem.row is None


def test_load_gazetteer_gives_places_and_aliases() -> None:
    entries = open_situation(EXAMPLE).gazetteer_entries()
    by_code = {e.adm2_code: e for e in entries}
    assert by_code["SY0200"].adm2_name == "Jebel Saman"
    assert by_code["SY0200"].adm1_code == "SY02"
    assert {"east Aleppo", "west Aleppo", "Old City"} <= set(by_code["SY0200"].aliases)
    assert by_code["SY0202"].adm2_name == "Al Bab"


def test_footnotes_beside_a_workbook_table_are_not_values_beyond_the_header(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source", None, None])
    sheet.append(
        [
            "#date",
            "#loc+name",
            "#affected+idps+ind",
            "#meta+source",
            None,
            "* Estimates in the east are likely under-represented due to limited coverage",
        ]
    )
    sheet.append(["2023-09-30", "Camp A", 120, "IOM", None, None])
    sheet.append(["2023-09-30", "Camp B", 80, "IOM", None, "** Respondents on short trips"])
    sheet.append(["2023-09-30", "Camp C", 60, "IOM", 75, None])
    path = tmp_path / "notes.xlsx"
    book.save(path)
    problems = validate_paths([path]).report.problems
    assert [(p.code, p.column) for p in problems] == [("cells-beyond-header", "column E")]
    assert "from row 5" in problems[0].message


def test_regions_beside_country_codes_are_not_a_gazetteer(tmp_path: Path) -> None:
    """A list of countries grouped by world region codes no admin area: its `Region` is a
    group of countries, empty for the groups themselves, and no admin-1 name to require."""
    path = tmp_path / "countries.csv"
    path.write_text(
        "Country Code,Region,Income group,Notes\n"
        "NPL,South Asia,Lower middle income,\n"
        "EUU,,,A group of countries\n"
        "PER,Latin America,Upper middle income,Fiscal year ends in December\n"
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    (notice,) = validate_paths([path]).report.problems
    assert (notice.code, notice.severity) == ("unknown-table", Severity.warning)
    assert "closest to a gazetteer table, but it lacks #adm1+code" in notice.message


def test_a_table_of_returnees_needs_no_idp_column(tmp_path: Path) -> None:
    """Returnees are a displacement figure of their own: a table of them is a displacement
    table without IDPs, and a row without its figure is still an empty figure."""
    path = tmp_path / "returns.csv"
    path.write_text(
        "Date,Province,Province P-code,Returnees,Source\n"
        "2023-04-30,Lviv,UA46,5200,survey\n"
        "2023-04-30,Odesa,UA51,,survey\n"
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.displacement
    found = [(p.row, p.column, p.code) for p in validate_paths([path]).report.problems]
    assert found == [(3, "Returnees", "empty-value")]


def test_a_summary_of_returnees_without_dates_or_places_is_no_table(tmp_path: Path) -> None:
    """A figure column alone, with neither a date nor a place column beside it, is a summary
    (the largest provinces of return and their share), not a displacement table."""
    path = tmp_path / "summary.xlsx"
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.append(["Provinces most returned to", "Part of all returns", "Counted returnees"])
    summary.append(["Lviv", 0.4, 5200])
    summary.append(["All others", 0.6, 7800])
    book.save(path)
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    (notice,) = validate_paths([path]).report.problems
    assert (notice.code, notice.severity) == ("unknown-table", Severity.warning)
    assert "closest to a displacement table, but it lacks #date" in notice.message


def test_people_in_need_beside_idps_without_a_date_are_people_in_need(tmp_path: Path) -> None:
    """A caseload by province counts IDPs as one group of the population in need: a table
    of people in need (which needs no date), not a displacement table without its date."""
    path = tmp_path / "caseload.csv"
    path.write_text(
        "Province,Population.2020,IDPs,Host.communities,Population.in.need\n"
        "North,1200000,35000,41000,76000\n"
        "South,900000,,2000,2000\n"
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.people_in_need
    assert sheet.fields["inneed"].header == "Population.in.need"
    assert [p.code for p in validate_paths([path]).report.problems] == ["no-source"]
