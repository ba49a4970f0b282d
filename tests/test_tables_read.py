"""Reading closer to the columns (issue 12): limits met before the work they bound, and
the faster paths giving exactly what the cell-by-cell ones gave."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from sitrep import tables
from sitrep.models import DisplacementRecord
from sitrep.tables import read_table_file
from sitrep.validate import validate_paths

HEADER = "Date,Area,IDPs,Source"


def _csv(path: Path, rows: int) -> Path:
    lines = [HEADER, *(f"2016-12-{1 + i % 28:02d},Site {i},{100 + i},UN" for i in range(rows))]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_csv_one_row_over_the_limit_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables.read_csv, "MAX_ROWS", 10)
    monkeypatch.setattr(tables.stream, "MAX_STREAMED_ROWS", 10)  # a CSV is validated in batches
    (problem,) = validate_paths([_csv(tmp_path / "d.csv", 10)]).report.problems
    assert (problem.code, problem.message) == (
        "too-large",
        "more than 10 rows; sitrep reads at most that many",
    )


def test_a_csv_at_the_limit_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables.read_csv, "MAX_ROWS", 10)
    (sheet,) = read_table_file(_csv(tmp_path / "d.csv", 9)).sheets
    assert sheet.frame.get_column("__row__").to_list() == list(range(2, 11))


PADDED = (
    f"{HEADER}\n"
    '2016-12-08, east Aleppo ,"35,000 ",UN\n'
    '2016-12-09,"Jebel Saman\n",\t1200,UN{extra}\n'
    "2016-12-10,Azaz,\t,UN\n"
)


@pytest.mark.parametrize("extra", ["", " é"], ids=["plain ASCII", "with a non-ASCII letter"])
def test_cells_padded_with_spaces_tabs_or_line_ends_are_read_stripped(
    tmp_path: Path, extra: str
) -> None:
    path = tmp_path / "d.csv"
    path.write_text(PADDED.format(extra=extra), encoding="utf-8")
    validation = validate_paths([path], records=True)
    problems = [(p.row, p.column, p.code) for p in validation.report.problems]
    assert problems == [(4, "IDPs", "empty-value")]
    (table,) = validation.tables
    records = [r for r in table.records if isinstance(r, DisplacementRecord)]
    assert [(r.row, r.loc_name, r.idps_ind) for r in records] == [
        (2, "east Aleppo", 35000),
        (3, "Jebel Saman", 1200),
    ]


@pytest.mark.parametrize(
    "far_cell",
    ['<c t="n" r="ZZ900000"><v>1</v></c>', '<c\tr="ZZ900000"><v>1</v></c>'],
    ids=["reference not first", "tab before the reference"],
)
def test_a_far_cell_written_unlike_the_others_is_still_refused(
    tmp_path: Path, far_cell: str
) -> None:
    small = tmp_path / "small.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source"])
    for day in range(1, 29):
        sheet.append([f"2016-12-{day:02d}", "east Aleppo", 35000, "UN"])
    book.save(small)
    path = tmp_path / "far.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</row></sheetData>", far_cell.encode() + b"</row></sheetData>"
                )
                assert far_cell.encode() in data
            out.writestr(info, data)
    (problem,) = validate_paths([path]).report.problems
    assert problem.code == "too-large"
    assert "reaches row 900,000, column ZZ" in problem.message
