"""A workbook sheet's reach, found from its first and last cells and checked by one search
of its XML (issue 12): a cell reaching further anywhere in the sheet, or written unlike the
others, is still found, and the limits are met with the same words as before."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from sitrep import tables
from sitrep.tables import read_table_file
from sitrep.validate import validate_paths

ROWS = 3_000
"""Enough rows that the middle of the sheet lies far from its first and last 64 KB."""


def _sheet(tmp_path: Path, odd_cell: bytes | None = None, *, at_row: int = ROWS // 2) -> Path:
    """A displacement sheet of `ROWS` days at one site, `odd_cell` written into its XML just
    before row `at_row`'s first cell."""
    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "sites"
    sheet.append(["Date", "Area", "IDPs", "Source"])
    for day in range(ROWS):
        sheet.append([f"2016-{1 + day // 250 % 12:02d}-01", f"Site {day}", 100 + day, "UN"])
    book.save(plain)
    if odd_cell is None:
        return plain
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                anchor = f'<c r="A{at_row}"'.encode()
                assert data.count(anchor) == 1
                data = data.replace(anchor, odd_cell + anchor)
            out.writestr(info, data)
    return path


def _refusal(path: Path) -> str:
    (problem,) = validate_paths([path]).report.problems
    assert problem.code == "too-large"
    return problem.message


def test_a_far_row_in_the_middle_of_the_sheet_is_refused(tmp_path: Path) -> None:
    message = _refusal(_sheet(tmp_path, b'<c r="B2000001"><v>1</v></c>'))
    assert message == (
        "sheet 'sites' reaches row 2,000,001, column D (8,000,004 cells from A1); sitrep reads "
        "sheets of at most 2,000,000 rows, 1,000 columns and 10,000,000 cells"
    )


def test_a_wide_row_in_the_middle_of_the_sheet_is_refused(tmp_path: Path) -> None:
    message = _refusal(_sheet(tmp_path, b'<c r="ALM1500"><v>1</v></c>'))
    assert message.startswith(f"sheet 'sites' reaches row {ROWS + 1:,}, column ALM (")


def test_a_far_cell_written_without_its_reference_first_is_refused(tmp_path: Path) -> None:
    message = _refusal(_sheet(tmp_path, b'<c s="0" r="ZZ900000"><v>1</v></c>'))
    assert message.startswith("sheet 'sites' reaches row 900,000, column ZZ (")


def test_a_far_row_written_with_leading_zeros_is_refused(tmp_path: Path) -> None:
    message = _refusal(_sheet(tmp_path, b'<c r="A02000001"><v>1</v></c>'))
    assert message.startswith("sheet 'sites' reaches row 2,000,001, column D (")


def test_cells_in_the_middle_count_towards_the_cell_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables.workbooks, "MAX_WORKBOOK_CELLS", 4 * (ROWS + 1) - 1)
    message = _refusal(_sheet(tmp_path))
    assert message.startswith(f"sheet 'sites' reaches row {ROWS + 1:,}, column D (12,004 cells")


def test_a_sheet_whose_cells_stay_within_its_edges_is_read_whole(tmp_path: Path) -> None:
    (sheet,) = read_table_file(_sheet(tmp_path, b'<c r="C1200"><v>7</v></c>')).sheets
    assert sheet.frame.height == ROWS
