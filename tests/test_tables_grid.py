"""A workbook's cells read as the text a person sees, whatever mix of types a column holds:
each distinct value of a column is turned into text once (issue 12), so a column where a
count, the same count as a decimal and TRUE stand together must keep each one's own text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from sitrep.tables import workbooks


def _cells(tmp_path: Path, column: list[object]) -> list[str | None]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for value in column:
        sheet.append([value, "text"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    (grid,) = workbooks._read_workbook(path)
    return grid.frame.get_column("column_0").to_list()


def test_true_one_and_one_point_zero_keep_their_own_text(tmp_path: Path) -> None:
    assert _cells(tmp_path, [1, True, 1.0, False, 0, 0.0]) == ["1", "TRUE", "1", "FALSE", "0", "0"]


def test_repeated_dates_decimals_and_text_in_one_column(tmp_path: Path) -> None:
    day = dt.date(2016, 12, 8)
    column: list[object] = [day, 1 / 3, "n/a", day, 1e-05, "", None, 1e-05, "2016-12-08"]
    assert _cells(tmp_path, column) == [
        "2016-12-08",
        "0.3333333333333333",
        "n/a",
        "2016-12-08",
        "1e-05",
        None,
        None,
        "1e-05",
        "2016-12-08",
    ]


def test_a_column_of_text_keeps_spaces_and_empties_cells_left_blank(tmp_path: Path) -> None:
    assert _cells(tmp_path, ["  Site 1 ", "", "Site 2", None]) == [
        "  Site 1 ",
        None,
        "Site 2",
        None,
    ]


def test_json_rows_of_different_lengths_fill_missing_cells_with_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('[["Date", "IDPs", "Note"], ["2016-12-08", 5], ["2016-12-09", 1.5, true]]')
    frame, _ = workbooks._read_json(path)
    assert frame.rows() == [
        ("Date", "IDPs", "Note"),
        ("2016-12-08", "5", None),
        ("2016-12-09", "1.5", "TRUE"),
    ]
