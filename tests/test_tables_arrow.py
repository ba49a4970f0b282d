"""The read straight to Arrow text (`sitrep.tables.arrow`) gives the grid python-calamine's
Python objects give, or is not taken: every workbook here is read both ways and compared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from sitrep.tables import workbooks
from sitrep.tables.arrow import NotAsTextError, read_as_text
from sitrep.tables.sheet import _Grid


def _book(path: Path, rows: list[list[object]], number_format: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "data"
    for row in rows:
        sheet.append(row)
    if number_format is not None:
        for cell in sheet["A"]:
            cell.number_format = number_format
    book.save(path)
    return path


def _both(path: Path) -> tuple[bool, list[_Grid], list[_Grid]]:
    """Whether the Arrow read is taken, its grids, and python-calamine's."""
    data = path.read_bytes()
    inspection = workbooks._inspect_zip(data)
    fast = workbooks._as_text(path, data, inspection)
    original = workbooks._as_text
    try:
        workbooks._as_text = lambda *_: None
        slow = workbooks._read_workbook(path)
    finally:
        workbooks._as_text = original
    return fast is not None, fast or [], slow


HEADER: list[object] = ["Date", "Area", "IDPs", "Note"]


@pytest.mark.parametrize(
    ("rows", "taken"),
    [
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", 31500, "camp"]], True),
        ([HEADER, [dt.date(2016, 12, 2), "Ḥalab ٢", -4, ""], [None, None, None, None]], True),
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", 12.5, None]], False),  # a fraction
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", 2.0000000001, None]], False),
        ([HEADER, [dt.datetime(2016, 12, 2, 10, 30), "Aleppo", 1, None]], False),  # a time
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", True, None]], False),  # a boolean
        ([HEADER, ["2016-12-02 00:00:00", "Aleppo", 1, None]], False),  # a date's text
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", 12_345_678, None]], False),  # large
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", -0.0, None]], False),
        ([HEADER, [dt.date(1900, 1, 5), "Aleppo", 1, None]], False),  # before 1900-03-01
        ([HEADER, [dt.date(2016, 12, 2), "true", 1, None]], False),  # reads like a boolean
        ([HEADER, [dt.date(2016, 12, 2), "Aleppo", "=1/0", None]], False),  # no value
        ([[None, None], [None, "B2 first"]], False),  # not from A1
        ([HEADER, [dt.date(2016, 12, 2), "Source: OCHA", 7, "x"]], True),
    ],
)
def test_arrow_text_is_python_calamines(
    tmp_path: Path, rows: list[list[object]], taken: bool
) -> None:
    fast, got, expected = _both(_book(tmp_path / "t.xlsx", rows))
    assert fast is taken
    if fast:
        assert [g.name for g in got] == [g.name for g in expected]
        for a, b in zip(got, expected, strict=True):
            assert a.frame.equals(b.frame)
            assert a.notes == b.notes


def test_a_duration_format_is_read_by_python_calamine(tmp_path: Path) -> None:
    path = _book(tmp_path / "d.xlsx", [[30], [2]], number_format="[h]:mm:ss")
    assert not _both(path)[0]


def test_the_benchmark_shape_is_read_straight_to_arrow(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, ["#date", "#adm1+name", "#affected+idps", "#meta"]]
    rows += [
        [dt.date(2016, 1, 1) + dt.timedelta(days=i), f"Site {i}", i * 7, ""] for i in range(500)
    ]
    fast, got, expected = _both(_book(tmp_path / "b.xlsx", rows))
    assert fast
    assert got[0].frame.equals(expected[0].frame)


def test_sheets_other_than_inspected_are_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "s.xlsx", [HEADER])
    with pytest.raises(NotAsTextError):
        read_as_text(path.read_bytes(), {})
