"""Read one table file of any kind: pick its reader, then recognise and check each sheet."""

from __future__ import annotations

from pathlib import Path

from sitrep.limits import (
    MAX_COLUMNS,
    MAX_ROWS,
    RefusedFileError,
)
from sitrep.tables.cells import _noted_cells, check_cells, spilled_cells
from sitrep.tables.read_csv import _read_csv
from sitrep.tables.recognise import _report_unknown, _sheet
from sitrep.tables.sheet import ReadResult, _file_problem, _Grid, _UnreadableError
from sitrep.tables.workbooks import _read_json, _read_workbook

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
JSON_SUFFIXES = frozenset({".json"})
TABLE_SUFFIXES = CSV_SUFFIXES | WORKBOOK_SUFFIXES | JSON_SUFFIXES


def read_table_file(path: Path) -> ReadResult:
    """Read every sheet of a CSV, workbook or JSON file and recognise each one.

    The path is taken literally (never as a pattern), only regular files are read, and
    the limits in `sitrep.limits` are checked before the work they bound.
    """
    file = str(path)
    result = ReadResult()
    grids: list[_Grid]
    try:
        suffix = path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            grids = [_read_csv(path, result, file)]
        elif suffix in WORKBOOK_SUFFIXES:
            grids = _read_workbook(path)
        elif suffix in JSON_SUFFIXES:
            grids = [_Grid(None, *_read_json(path))]
        else:
            raise _UnreadableError(
                f"not a table sitrep reads; expected one of {', '.join(sorted(TABLE_SUFFIXES))}"
            )
    except (_UnreadableError, RefusedFileError) as exc:
        result.problems.append(_file_problem(file, exc.code, str(exc)))
        return result
    except OSError as exc:
        result.problems.append(_file_problem(file, "unreadable-file", exc.strerror or str(exc)))
        return result

    sheets = []
    for grid in grids:
        if grid.frame.height > MAX_ROWS or grid.frame.width > MAX_COLUMNS:
            where = f"sheet {grid.name!r} " if grid.name else ""
            result.problems.append(
                _file_problem(
                    file,
                    "too-large",
                    f"{where}has {grid.frame.height:,} rows × {grid.frame.width:,} columns; "
                    f"sitrep reads at most {MAX_ROWS:,} × {MAX_COLUMNS:,}",
                )
            )
            continue
        sheet = _sheet(file, grid.name, grid.frame, grid.first)
        if sheet is not None:
            if sheet.kind is not None:  # a notes or summary sheet beside the tables is not data
                sheet.problems.extend(spilled_cells(sheet, grid))
            sheet.problems.extend(_noted_cells(sheet, grid))
            check_cells(sheet, plain=grid.plain)
            sheets.append(sheet)
    if not sheets:
        if not result.problems:
            result.problems.append(_file_problem(file, "empty-file", "the file holds no table"))
        return result
    for sheet in sheets:
        if sheet.kind is None:
            _report_unknown(sheet)
    result.sheets = sheets
    return result
