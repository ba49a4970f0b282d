"""Checks that compare rows, on sheets past `rules.SMALL` rows, where the queries run
without their small-sheet gates: the same problems, on the same rows, as on a small one,
whether the file is checked at once or in batches cut between the rows compared."""

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


@pytest.fixture(params=[None, 64 * 1024], ids=["whole", "in batches"])
def batch_bytes(request: pytest.FixtureRequest) -> int | None:
    size: int | None = request.param
    return size


def _problems(path: Path, batch_bytes: int | None) -> list[tuple[int | None, str | None, str, str]]:
    today = dt.date(2026, 12, 2)
    if batch_bytes is None:  # as `build` reads it
        report = validate_paths([path], today=today, records=True).report
    else:
        report = validate_paths([path], today=today, batch_bytes=batch_bytes).report
    return [(p.row, p.column, p.code, p.message) for p in report.problems]


def test_a_large_sheet_without_duplicates_reports_none(
    tmp_path: Path, batch_bytes: int | None
) -> None:
    assert _problems(_table(tmp_path / "d.csv", {}), batch_bytes) == []


@pytest.mark.parametrize("first", [3, 24_000], ids=["early row", "late row"])
def test_a_duplicate_far_down_a_large_sheet_names_its_first_row(
    tmp_path: Path, first: int, batch_bytes: int | None
) -> None:
    # data line 24,990 repeats the date and site of line `first` (spreadsheet rows + 2)
    day = dt.date(2016, 1, 1) + dt.timedelta(days=first // 250)
    copy = f"{day.isoformat()},Site {first % 250},{1000 + first % 7},UN"
    assert _problems(_table(tmp_path / "d.csv", {24_990: copy}), batch_bytes) == [
        (24_992, "Location", "duplicate-row", f"same date and place as row {first + 2}")
    ]


def test_a_tenfold_jump_far_down_a_large_sheet_is_a_warning_on_its_row(
    tmp_path: Path, batch_bytes: int | None
) -> None:
    day = dt.date(2016, 1, 1) + dt.timedelta(days=24_990 // 250)
    jump = f"{day.isoformat()},Site {24_990 % 250},99999,UN"
    assert _problems(_table(tmp_path / "d.csv", {24_990: jump}), batch_bytes) == [
        (
            24_992,
            "IDPs",
            "jump-10x",
            "more than 10× the previous figure for this place (1002 on 2016-04-08, row 24742)",
        )
    ]


def test_cells_not_read_as_values_far_down_a_large_sheet_are_each_reported(
    tmp_path: Path, batch_bytes: int | None
) -> None:
    """A large sheet's number and date checks look only at the cells not read as values:
    each bad cell is still reported once, on its row, with what was typed."""

    def line(i: int, date: str | None = None, count: str = "1000") -> str:
        day = dt.date(2016, 1, 1) + dt.timedelta(days=i // 250)
        return f"{date or day.isoformat()},Site {i % 250},{count},UN"

    changes = {
        20_998: line(20_998, count="- 12"),
        21_000: line(21_000, count="12.5"),
        21_002: line(21_002, date="08/04/2016"),
        21_004: line(21_004, date="2016-04-31"),
        24_999: line(24_999, count="-3"),
    }
    found = [
        (row, column, code)
        for row, column, code, _ in _problems(_table(tmp_path / "d.csv", changes), batch_bytes)
    ]
    assert found == [
        (21_000, "IDPs", "negative-count"),
        (21_002, "IDPs", "not-a-count"),
        (21_004, "Date", "ambiguous-date"),
        (21_006, "Date", "bad-date"),
        (25_001, "IDPs", "negative-count"),
    ]
