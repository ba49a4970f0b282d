"""A table as read, shared by every reader, check and rule: its columns, its cells as text,
and the problems found on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from sitrep.models import Problem, Severity, TableKind

ROW = "__row__"
"""Column holding each data row's number as the spreadsheet shows it."""
LINE = "__line__"
"""Column holding a hash of each data row's every cell, for kinds whose rows have no date
to key them (a row of people in need repeated in every column is counted twice)."""

REST = "__rest__"
"""Column holding a hash of each data row's unmapped columns (PRMN's departure district,
priority need, week): rows that differ there are not duplicates."""
SERIES = "__series__"
"""Column holding a hash of the row's unmapped columns of words (a departure district, not a
week number): rows that differ there are not one place's series."""


@dataclass(frozen=True)
class Column:
    """One column as the file shows it: its position, header text and HXL tag."""

    index: int
    header: str
    tag: str | None
    group: str = ""
    """The group header over it (a merged cell one row up: `FOOD SECURITY`), if any."""

    @property
    def label(self) -> str:
        """What a person calls this column: its header, else its tag, else its letter."""
        return self.header or self.tag or f"column {_letter(self.index)}"


@dataclass
class Sheet:
    """A table as read: text cells, the spreadsheet row of each, and what kind it is.

    `frame` has one string column per mapped field (named after the field) and the
    `ROW` column; blank lines are already left out.
    """

    file: str
    name: str | None
    columns: list[Column]
    frame: pl.DataFrame
    kind: TableKind | None = None
    fields: dict[str, Column] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    header_row: int | None = None
    hxl_row: int | None = None
    long_form: bool = False
    """One row per figure (`FIGURE_STATUS` says which): the figures of one place, sector
    and period stand on several rows, and are checked and typed together."""
    stand_ins: set[str] = field(default_factory=set)
    """Figure fields read from a column that is itself a part (`#affected+idps+f` with no
    `#affected+idps`): no part is checked against them."""
    data_start: int = 0
    """The grid index of the first row below the header and HXL rows."""
    grid_columns: list[str] = field(default_factory=list)
    """The grid's columns, whose cells the fields and the hashes of `_shape` are taken from."""
    unmapped: tuple[list[str], list[str]] = ([], [])
    """The grid columns no field takes, and those of them mostly words (`_unmapped`)."""
    spaces_only: bool = False
    """No cell can hold white space but the space (the text is printable ASCII, without a
    tab, and no quoted cell holds a line end): a cell's edges need be looked at for spaces
    alone, three times faster than for any white space."""


@dataclass
class ReadResult:
    sheets: list[Sheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _file_problem(
    file: str, code: str, message: str, severity: Severity = Severity.error
) -> Problem:
    return Problem(file=file, code=code, message=message, severity=severity)


class _UnreadableError(Exception):
    """Raised inside the readers; turned into one file-level problem by `read_table_file`."""

    def __init__(self, message: str, code: str = "unreadable-file") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class _Note:
    """Something a reader saw in one cell, reported once the cell's column has a name."""

    index: int
    column: int
    code: str
    message: str
    value: str | None = None


@dataclass
class _Grid:
    """One sheet as read: every cell as text, and what the reader noticed on the way.

    `first` is the spreadsheet row of the frame's first row. Cells right of the last
    named column are an error in CSV and JSON (the row was split wrongly) and a
    warning in a workbook (a note beside the table).
    """

    name: str | None
    frame: pl.DataFrame
    first: int = 1
    spill_is_error: bool = True
    notes: list[_Note] = field(default_factory=list)
    plain: bool = False
    """Every cell is printable ASCII, so there is nothing invisible to look for."""
