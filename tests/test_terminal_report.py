"""What `sitrep validate` prints for a report: problems that repeat down a column folded
into one line of row runs, the cap on lines per sheet, and text that looks like markup
printed as written. The expected output is pinned byte for byte (a digest for the long
ones), so that any change to how the report is laid out fails here."""

from __future__ import annotations

import hashlib

import pytest

from sitrep import terminal
from sitrep.models import Problem, ValidationReport
from sitrep.models.problems import ProblemCode, Severity
from sitrep.models.validation import SheetSummary

FILE = "week/sites.csv"


def _problem(
    row: int,
    column: str,
    value: str,
    code: ProblemCode,
    message: str,
    severity: Severity = Severity.error,
) -> Problem:
    return Problem(
        file=FILE,
        row=row,
        column=column,
        value=value,
        code=code,
        message=message,
        severity=severity,
    )


def _small() -> ValidationReport:
    """A column with one problem repeated over runs of rows, and two single cells."""
    rows = [*range(3, 9), 12, *range(20, 23)]
    problems = [
        _problem(n, "Date", "31/02/2024", ProblemCode.bad_date, "not a date in the calendar")
        for n in rows
    ]
    problems.append(
        _problem(5, "IDPs", "[many]", ProblemCode.not_a_count, "not a whole number: [many]")
    )
    problems.append(
        _problem(
            9,
            "Sites",
            "40",
            ProblemCode.not_a_count,
            "ten times the row above",
            severity=Severity.warning,
        )
    )
    return ValidationReport(
        problems=problems,
        sheets=[SheetSummary(file=FILE, kind=None, header_row=1, hxl_row=2, rows=30)],
        files=1,
        rows=30,
    )


def _large() -> ValidationReport:
    """More distinct lines than a sheet shows, and one problem scattered over many runs."""
    problems = [
        _problem(n, "Count", str(n), ProblemCode.not_a_count, f"value {n} is out of range")
        for n in range(3, 503)
    ]
    problems += [
        _problem(
            n, "Place", "Zone B", ProblemCode.not_a_count, "scattered", severity=Severity.warning
        )
        for n in range(10, 5000, 7)
    ]
    problems.append(_problem(7000, "Last", "x", ProblemCode.bad_date, "the only one of its kind"))
    return ValidationReport(
        problems=problems,
        sheets=[SheetSummary(file=FILE, kind=None, header_row=1, rows=7000)],
        files=1,
        rows=7000,
    )


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")


TITLE = "week/sites.csv" + " " * 79  # the title is as wide as the table

SMALL = f"""\
week/sites.csv: not a known table (header row 1, HXL row 2)
{TITLE}
┏━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ row            ┃ column ┃ value      ┃ level   ┃ problem     ┃ message                    ┃
┡━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ 3–8, 12, 20–22 │ Date   │ 31/02/2024 │ error   │ bad-date    │ not a date in the calendar │
│ 5              │ IDPs   │ [many]     │ error   │ not-a-count │ not a whole number: [many] │
│ 9              │ Sites  │ 40         │ warning │ not-a-count │ ten times the row above    │
└────────────────┴────────┴────────────┴─────────┴─────────────┴────────────────────────────┘
1 file(s), 30 row(s): 11 error(s), 1 warning(s)
"""


def test_a_repeated_problem_is_one_line_of_row_runs(
    piped: None, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.print_report(_small())
    assert capsys.readouterr().out == SMALL


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_a_long_report_is_capped_with_every_kind_shown(
    piped: None, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.print_report(_large())
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[-2] == (
        f"… and {502 - terminal.MAX_LINES_PER_SHEET} more lines in this sheet; "
        "--format json lists every problem"
    )
    assert "the only one of its kind" in out
    assert any("… (713 rows)" in line for line in lines)
    assert _digest(out) == LARGE_PIPED


def test_colours_and_width_on_a_terminal(
    piped: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    terminal.print_report(_small())
    small = capsys.readouterr().out
    assert "\x1b[31merror\x1b[0m" in small
    assert _digest(small) == SMALL_COLOUR
    monkeypatch.setenv("COLUMNS", "60")
    terminal.print_report(_large())
    assert _digest(capsys.readouterr().out) == LARGE_COLOUR_60


# Digests of the output as printed before the printing was made cheaper (sitrep issue 12).
LARGE_PIPED = "6a705ecaff184045"
SMALL_COLOUR = "77df17884caff65f"
LARGE_COLOUR_60 = "0da2f6f3fb228fe1"
