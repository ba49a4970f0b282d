"""A workbook sheet's reach, found from its first and last cells and checked by one search
of its XML (issue 12): a cell reaching further anywhere in the sheet, or written unlike the
others, is still found, and the limits are met with the same words as before."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from sitrep import tables
from sitrep.tables import read_table_file, workbooks
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


def test_a_far_row_beside_a_cell_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    # a byte that is not UTF-8 sends the part to Python's own search: same refusal, same words
    stray = b'<c r="A1499" t="inlineStr"><is><t>Alep\xe9</t></is></c>'
    message = _refusal(_sheet(tmp_path, stray + b'<c r="B2000001"><v>1</v></c>'))
    assert message == (
        "sheet 'sites' reaches row 2,000,001, column D (8,000,004 cells from A1); sitrep reads "
        "sheets of at most 2,000,000 rows, 1,000 columns and 10,000,000 cells"
    )


@pytest.mark.parametrize(
    "odd_cell",
    [
        b'<c\tr="A9"><v>1</v></c>',  # not one space before the reference
        b'<c  r="A9"><v>1</v></c>',
        b'<c r="a9"><v>1</v></c>',  # lower case
        b'<c r="ABCD9"><v>1</v></c>',  # four letters
        b'<c r="A9x"><v>1</v></c>',
        b"<c r='A9'><v>1</v></c>",  # single quotes
        b"<c><v>1</v></c>",  # no reference at all
        b'<c r="E9"><v>1</v></c>',  # one column further than the sheet's D
        b'<c r="A3002"><v>1</v></c>',  # one row further than the sheet's last
    ],
)
def test_a_cell_written_unlike_the_others_is_counted_the_slow_way(
    tmp_path: Path, odd_cell: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[bytes] = []
    reach = workbooks._SheetScan._reach

    def counting(scan: workbooks._SheetScan, part: bytes) -> None:
        counted.append(part)
        reach(scan, part)

    monkeypatch.setattr(workbooks._SheetScan, "_reach", counting)
    read_table_file(_sheet(tmp_path, odd_cell))
    assert any(odd_cell in part for part in counted)


_PIECES = [b"<c", b" ", b"\t", b"r", b"=", b'"', b"'", b"A", b"D", b"E", b"Z", b"a", b"0", b"1"]
_PIECES += [b"9", b"3001", b'<c r="', b'"/>', b"<col ", b"<c>", b"\xc3\xa9", b"_", b"-", b">"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=40),
    st.sampled_from([b"A", b"D", b"Z", b"AZ", b"ZZ", b"ZZZ", b"ALL"]),
    st.sampled_from([b"1", b"9", b"3001", b"999", b"1000000"]),
)
def test_the_fast_search_asks_what_the_python_pattern_asks(
    pieces: list[bytes], widest: bytes, furthest: bytes
) -> None:
    part = b"".join(pieces)
    columns = workbooks._beyond(widest, b"A-Z", 3)
    rows = workbooks._beyond(furthest, b"0-9", None)
    python = re.search(workbooks._BEYOND % (columns, rows), part) is not None
    assert workbooks._reaches_beyond(part, widest, furthest) is python
