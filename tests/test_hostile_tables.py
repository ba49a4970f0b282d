"""Hostile and broken tables (issue 13): no row lost or invented, nothing that hangs.

Each test is one attack from the issue; on the code before it, each lost data
silently, hung, or crashed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from sitrep.models import Problem, Severity
from sitrep.tables import read_table_file
from sitrep.validate import validate_paths

HEADER = "Date,Area,IDPs,Source"


def rows_of(path: Path) -> list[tuple[object, ...]]:
    (sheet,) = read_table_file(path).sheets
    return sheet.frame.select("__row__", "loc_name", "idps_ind", "source").rows()


def problems_of(path: Path) -> list[Problem]:
    return validate_paths([path]).report.problems


def test_an_unquoted_thousands_separator_is_a_ragged_row_not_31_idps(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n2016-12-08,east Aleppo,31,500,UN OCHA\n2016-12-09,x,7,UN\n")
    (problem,) = problems_of(path)
    assert (problem.row, problem.code, problem.severity) == (2, "ragged-row", Severity.error)
    assert problem.value == "UN OCHA"
    assert "'UN OCHA' beyond Source" in problem.message
    assert "unquoted thousands separator" in problem.message


def test_ragged_rows_after_the_first_rows_are_found_too(tmp_path: Path) -> None:
    lines = [HEADER, *(f"2016-12-08,site {i},{i},UN" for i in range(100))]
    lines[70] = "2016-12-08,site 69,1,500,UN"
    path = tmp_path / "d.csv"
    path.write_text("\n".join(lines) + "\n")
    (problem,) = problems_of(path)
    assert (problem.row, problem.code, problem.value) == (71, "ragged-row", "UN")
    assert len(rows_of(path)) == 100


def test_a_value_right_of_a_workbook_table_is_a_warning(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source"])
    sheet.append(["2016-12-08", "east Aleppo", 35000, "UN", None, "checked by Ali"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    (problem,) = problems_of(path)
    assert (problem.code, problem.severity, problem.column) == (
        "cells-beyond-header",
        Severity.warning,
        "column E",
    )


def test_a_notes_sheet_beside_the_table_is_not_checked_for_stray_cells(tmp_path: Path) -> None:
    book = Workbook()
    table = book.active
    assert table is not None
    table.append(["Date", "Area", "IDPs", "Source"])
    table.append(["2016-12-08", "east Aleppo", 35000, "UN"])
    notes = book.create_sheet("Read me")
    notes.append(["Item", "Note"])
    notes.append(["Source", "the site survey"])
    notes.append(["Updated", "weekly", None, "by the hub"])
    notes.append(["Contact", "the IM officer"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    assert [p.code for p in problems_of(path) if p.sheet == "Read me"] == ["unknown-table"]


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"], ids=["cr-only (CSV Macintosh)", "crlf", "lf"])
def test_every_line_ending_gives_every_row(tmp_path: Path, end: str) -> None:
    path = tmp_path / "d.csv"
    lines = [HEADER, "2016-12-07,east Aleppo,34100,UN", "2016-12-08,east Aleppo,35000,UN"]
    path.write_bytes(end.join(lines).encode() + end.encode())
    assert rows_of(path) == [(2, "east Aleppo", "34100", "UN"), (3, "east Aleppo", "35000", "UN")]
    assert problems_of(path) == []


def test_one_stray_carriage_return_does_not_merge_two_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(
        b"Date,Area,IDPs,Source\n2016-12-07,west Aleppo,900,UN\r2016-12-08,east Aleppo,35000,UN\n"
    )
    assert rows_of(path) == [(2, "west Aleppo", "900", "UN"), (3, "east Aleppo", "35000", "UN")]


def test_mixed_line_endings_with_quoted_cells(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(
        b'Date,Area,IDPs,Source\r\n2016-12-07,"east\r\nAleppo",1,"UN, OCHA"\n'
        b'2016-12-08,"Old ""City""",2,UN\r2016-12-09,x,3,UN'
    )
    assert rows_of(path) == [
        (2, "east\nAleppo", "1", "UN, OCHA"),
        (3, 'Old "City"', "2", "UN"),
        (4, "x", "3", "UN"),
    ]
    assert problems_of(path) == []


def test_a_title_row_above_the_table_does_not_cut_it_to_one_column(tmp_path: Path) -> None:
    """The sparse title row is passed over: the header is row 2 and every column is read."""
    path = tmp_path / "d.csv"
    path.write_text(f"Displacement, week 49\n{HEADER}\n2016-12-08,east Aleppo,35000,UN\n")
    (sheet,) = read_table_file(path).sheets
    assert sheet.header_row == 2
    assert [c.header for c in sheet.columns] == HEADER.split(",")
    assert sheet.frame.rows() == [(3, "2016-12-08", "east Aleppo", "35000", "UN")]
    assert problems_of(path) == []


def test_a_formula_without_a_saved_value_is_a_problem_not_an_empty_cell(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source"])
    sheet.append(["2016-12-08", "east Aleppo", "=30000+5000", "UN"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    problems = [(p.row, p.column, p.code) for p in problems_of(path)]
    assert (2, "IDPs", "formula-without-value") in problems


def test_a_row_with_a_reading_error_is_not_typed(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n2016-12-08,east Aleppo,31,500,UN OCHA\n2016-12-09,x,7,UN\n")
    (table,) = validate_paths([path], records=True).tables
    assert [r.row for r in table.records] == [3]


def test_invisible_characters_in_a_number_are_shown_not_misread(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f'{HEADER}\n2016-12-08,east Aleppo,"3\u200b1,\u200b500",UN\n')
    (problem,) = problems_of(path)
    assert (problem.row, problem.column, problem.severity) == (2, "IDPs", Severity.error)
    assert problem.value == "3<U+200B>1,<U+200B>500"


def test_an_ansi_colour_code_in_a_number_is_shown_not_read_as_millions(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f'{HEADER}\n2016-12-08,east Aleppo,"\x1b[31m31,000\x1b[0m",UN\n')
    (problem,) = problems_of(path)
    assert (problem.row, problem.column, problem.severity) == (2, "IDPs", Severity.error)
    assert problem.value == "<U+001B>[31m31,000<U+001B>[0m"


def test_bidi_controls_in_text_are_removed_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n2016-12-08,\u202eoppelA tsae,35000,\x1b[1mUN\x1b[0m\n")
    problems = problems_of(path)
    assert [(p.column, p.code, p.severity) for p in problems] == [
        ("Area", "invisible-character", Severity.warning),
        ("Source", "invisible-character", Severity.warning),
    ]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in problems[0].message
    assert rows_of(path) == [(2, "oppelA tsae", "35000", "UN")]


def test_persian_zero_width_non_joiner_is_part_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n2016-12-08,می\u200cرود,35000,UN\n")
    assert problems_of(path) == []
    assert rows_of(path)[0][1] == "می\u200cرود"


def test_arabic_indic_digits_in_a_date_are_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n٢٠١٦-١٢-٠٨,east Aleppo,٣٥٠٠٠,UN\n٤٢٧١٢,west Aleppo,1,UN\n")
    problems = problems_of(path)
    assert {(p.row, p.column, p.code, p.severity) for p in problems} == {
        (2, "Date", "foreign-digits", Severity.warning),
        (2, "IDPs", "foreign-digits", Severity.warning),
        (3, "Date", "foreign-digits", Severity.warning),
    }


def test_a_huge_cell_is_a_problem_cut_with_an_ellipsis(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"{HEADER}\n2016-12-08,east Aleppo,35000,{'UN ' * 800_000}\n")
    (problem,) = problems_of(path)
    assert (problem.row, problem.column, problem.code) == (2, "Source", "cell-too-long")
    assert problem.value is not None and len(problem.value) == 60 and problem.value.endswith("…")
    assert "2,400,000 characters" in problem.message


@pytest.mark.parametrize("name", ["report[1].csv", "final [v2].csv", "disp*.csv", "a?.csv"])
def test_file_names_are_taken_literally(tmp_path: Path, name: str) -> None:
    (tmp_path / "report1.csv").write_text(f"{HEADER}\n2016-12-08,decoy,1,x\n")
    (tmp_path / "aa.csv").write_text(f"{HEADER}\n2016-12-08,decoy,1,x\n")
    (tmp_path / "disp2.csv").write_text(f"{HEADER}\n2016-12-08,decoy,1,x\n")
    path = tmp_path / name
    path.write_text(f"{HEADER}\n2016-12-08,east Aleppo,35000,UN\n")
    assert rows_of(path) == [(2, "east Aleppo", "35000", "UN")]


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    os.mkfifo(path)
    (problem,) = problems_of(path)
    assert (problem.code, problem.row) == ("not-a-file", None)
    assert "not a regular file" in problem.message


@pytest.mark.parametrize("name", ["d.csv", "d.xlsx", "d.json"])
def test_a_link_to_dev_zero_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.symlink_to("/dev/zero")
    (problem,) = problems_of(path)
    assert problem.code == "not-a-file"


def test_odd_length_utf16_says_the_file_was_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(f"{HEADER}\n2016-12-08,x,1,y\n".encode("utf-16") + b"\x00")
    (problem,) = problems_of(path)
    assert problem.code == "unreadable-file"
    assert "cut short" in problem.message


def test_json_with_a_5000_digit_number_is_read_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    rows = [{"Date": "2016-12-08", "Area": "x", "IDPs": 0, "Source": "UN"}]
    path.write_text(json.dumps(rows).replace('"IDPs": 0', '"IDPs": ' + "9" * 5000))
    problem = next(p for p in problems_of(path) if p.column == "IDPs")
    assert problem.row == 1 and problem.value is not None and problem.value.startswith("9999")


def test_deeply_nested_json_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    (problem,) = problems_of(path)
    assert (problem.code, problem.message) == ("unreadable-file", "nested too deeply to be a table")


def test_a_header_a_million_columns_wide_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1\n")
    (problem,) = problems_of(path)
    assert problem.code == "too-large"
    assert problem.message == (
        "the first rows are 1,000,000 cells wide; sitrep reads at most 1,000 columns"
    )


def _workbook(path: Path, far_cell: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source"])
    sheet.append(["2016-12-08", "east Aleppo", 35000, "UN"])
    if far_cell:
        sheet[far_cell] = 1
    book.save(path)
    return path


def _validate_in_a_small_box(path: Path) -> list[list[str]]:
    """Validate in a child process allowed 1.5 GB, so a regression fails instead of
    taking the machine down; return the problems' codes and messages and the peak."""
    code = (
        "import json, resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))\n"
        "from sitrep.validate import validate_paths\n"
        "report = validate_paths([__import__('pathlib').Path(sys.argv[1])]).report\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "print(json.dumps({'problems': [[p.code, p.message] for p in report.problems],"
        " 'peak_mb': peak}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    print(path.name, result["peak_mb"], "MB peak")
    problems: list[list[str]] = result["problems"]
    return problems


def test_one_cell_at_xfd1048576_is_refused_before_anything_is_allocated(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "d.xlsx", far_cell="XFD1048576")
    assert path.stat().st_size < 10_000
    (problem,) = _validate_in_a_small_box(path)
    assert problem[0] == "too-large"
    assert "reaches row 1,048,576, column XFD" in problem[1]


def test_a_zip_bomb_workbook_is_refused_by_its_uncompressed_size(tmp_path: Path) -> None:
    small = _workbook(tmp_path / "small.xlsx")
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"<sheetData>")
            with out.open("xl/worksheets/sheet1.xml", "w") as member:
                member.write(head + b"<sheetData>")
                for _ in range(520):
                    member.write(b" " * 2**20)
                member.write(tail)
    assert path.stat().st_size < 2_000_000
    (problem,) = _validate_in_a_small_box(path)
    assert problem[0] == "too-large"
    assert "uncompressed, the workbook is 520 MB" in problem[1]


def test_a_pipe_in_a_situation_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_text(f"{HEADER}\n2016-12-08,east Aleppo,35000,UN\n")
    os.mkfifo(tmp_path / "incoming.csv")
    problems = problems_of(tmp_path)
    assert [(Path(p.file).name, p.code) for p in problems if p.code == "not-a-file"] == [
        ("incoming.csv", "not-a-file")
    ]


def test_many_invisible_characters_are_listed_up_to_a_thousand_then_counted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        HEADER + "\n" + "".join(f"2016-12-08,site {i},1,U\u200bN\n" for i in range(1500))
    )
    problems = problems_of(path)
    assert len(problems) == 1001
    assert {p.severity for p in problems} == {Severity.warning}
    assert problems[-1].message == "… and 500 more cells like this"
    assert rows_of(path)[-1] == (1501, "site 1499", "1", "UN")


def test_json_that_is_not_utf8_is_a_problem_not_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_bytes('[{"Date": "2016-12-08", "Area": "Alep café", "IDPs": 1}]'.encode("cp1252"))
    (problem,) = problems_of(path)
    assert (problem.code, problem.message) == (
        "unreadable-file",
        "not UTF-8 (byte 41), which JSON must be; save it as UTF-8",
    )
