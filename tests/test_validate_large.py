"""Checks that compare rows, on sheets past `rules.SMALL` rows, where the queries run
without their small-sheet gates: the same problems, on the same rows, as on a small one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.validate import rules, validate_paths

HEADER = "Date,Location,IDPs,Source"
ROWS = rules.SMALL + 5_000


def _table(path: Path, changes: dict[int, str]) -> Path:
    """One row a day for each of 250 sites; `changes` replaces whole data lines by index."""
    start = dt.date(2016, 1, 1)
    lines = [HEADER]
    for i in range(ROWS):
        day = start + dt.timedelta(days=i // 250)
        lines.append(changes.get(i, f"{day.isoformat()},Site {i % 250},{1000 + i % 7},UN"))
    path.write_text("\n".join(lines) + "\n")
    return path


def _problems(path: Path) -> list[tuple[int | None, str | None, str, str]]:
    report = validate_paths([path], today=dt.date(2026, 12, 2)).report
    return [(p.row, p.column, p.code, p.message) for p in report.problems]


def test_a_large_sheet_without_duplicates_reports_none(tmp_path: Path) -> None:
    assert _problems(_table(tmp_path / "d.csv", {})) == []


@pytest.mark.parametrize("first", [3, 24_000], ids=["early row", "late row"])
def test_a_duplicate_far_down_a_large_sheet_names_its_first_row(tmp_path: Path, first: int) -> None:
    # data line 24,990 repeats the date and site of line `first` (spreadsheet rows + 2)
    day = dt.date(2016, 1, 1) + dt.timedelta(days=first // 250)
    copy = f"{day.isoformat()},Site {first % 250},{1000 + first % 7},UN"
    assert _problems(_table(tmp_path / "d.csv", {24_990: copy})) == [
        (24_992, "Location", "duplicate-row", f"same date and place as row {first + 2}")
    ]


def test_a_tenfold_jump_far_down_a_large_sheet_is_a_warning_on_its_row(tmp_path: Path) -> None:
    day = dt.date(2016, 1, 1) + dt.timedelta(days=24_990 // 250)
    jump = f"{day.isoformat()},Site {24_990 % 250},99999,UN"
    assert _problems(_table(tmp_path / "d.csv", {24_990: jump})) == [
        (
            24_992,
            "IDPs",
            "jump-10x",
            "more than 10× the previous figure for this place (1002 on 2016-04-08, row 24742)",
        )
    ]
