"""Checks of cells as the person typed them, before anything is typed as a number or date:
what the reader noticed, what does not fit the header, what cannot be seen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from sitrep.limits import (
    MAX_CELL_CHARS,
    MAX_PROBLEMS_PER_KIND,
)
from sitrep.models import Problem, Severity
from sitrep.tables.kinds import KINDS, FieldType
from sitrep.tables.sheet import ROW, Column, Sheet, _Grid, _letter

# --- cells: what the reader noticed, what does not fit the header, what cannot be seen ---


def _data_start(sheet: Sheet, grid: _Grid) -> int | None:
    """The grid index of the first data row, or None when the sheet has none."""
    rows = sheet.frame.get_column(ROW)
    return None if rows.is_empty() else int(rows.min()) - grid.first  # type: ignore[arg-type]


def spilled_cells(sheet: Sheet, grid: _Grid, tally: Tally | None = None) -> list[Problem]:
    """Cells right of the last named column: in CSV, a row split at a stray separator.

    `31,500` unquoted under `Date,Area,IDPs,Source` puts 31 under IDPs and 500 under
    Source and pushes the real source out of the table; nothing says so unless this does.
    """
    named = [c.index for c in sheet.columns if c.header or c.tag]
    last = max(named, default=-1)
    start = _data_start(sheet, grid)
    extra = grid.frame.columns[last + 1 :]
    if not extra or start is None:
        return []
    spilled = (
        grid.frame.slice(start)
        .with_row_index("index", offset=start)
        .filter(pl.any_horizontal(pl.col(extra).is_not_null()))
    )
    if spilled.is_empty():
        return []
    header = sheet.columns[last].label if last >= 0 else "the header"
    if not grid.spill_is_error:
        spilled = spilled.filter(~pl.all_horizontal(_is_note(pl.col(c)) for c in extra))
        if spilled.is_empty():
            return []
        return [
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                column=f"column {_letter(last + 1)}",
                severity=Severity.warning,
                code="cells-beyond-header",
                message=f"{spilled.height:,} row(s) have values right of the last named column "
                f"({header}), from row {grid.first + spilled.item(0, 'index'):,}; they are "
                "not read. Give the column a header if it holds data",
            )
        ]

    def listed(rows: pl.DataFrame) -> list[Problem]:
        problems = []
        for record in rows.iter_rows(named=True):
            cells = [record[c] for c in extra]
            while cells and cells[-1] is None:
                cells.pop()
            shown = ", ".join(repr(_shorten(c or "")) for c in cells)
            problems.append(
                Problem(
                    file=sheet.file,
                    sheet=sheet.name,
                    row=grid.first + record["index"],
                    column=f"column {_letter(last + 1)}",
                    value=_shorten(",".join(c or "" for c in cells)),
                    code="ragged-row",
                    message=f"{last + 1 + len(cells)} cells where the header has {last + 1}: "
                    f"{shown} beyond {header} are not read, and the cells before them may be "
                    "shifted. An unquoted thousands separator or a separator inside a cell? "
                    'Put such a cell in quotes ("31,500")',
                )
            )
        return problems

    return _capped(
        tally,
        (-1, 0),
        spilled,
        listed,
        lambda count: _more(sheet, count, "ragged-row", "rows like this"),
    )


@dataclass
class Tally:
    """Problems of one kind in one column across the batches of a sheet read in batches:
    the first `MAX_PROBLEMS_PER_KIND` listed, the rest counted in one more, in the order
    the whole sheet lists them (cells beyond the header, then column by column its long
    cells and its invisible characters)."""

    listed: dict[tuple[int, int], list[Problem]] = field(default_factory=dict)
    counted: dict[tuple[int, int], int] = field(default_factory=dict)
    more: dict[tuple[int, int], Callable[[int], list[Problem]]] = field(default_factory=dict)

    def problems(self) -> list[Problem]:
        return [
            problem
            for key in sorted(self.listed)
            for problem in (*self.listed[key], *self.more[key](self.counted[key]))
        ]


def _capped(
    tally: Tally | None,
    key: tuple[int, int],
    found: pl.DataFrame,
    listed: Callable[[pl.DataFrame], list[Problem]],
    more: Callable[[int], list[Problem]],
) -> list[Problem]:
    """The problems of `found`'s rows, listed up to the limit and counted beyond it: for
    this sheet, or (with a tally) added to those of the batches before it."""
    if tally is None:
        return [*listed(found.head(MAX_PROBLEMS_PER_KIND)), *more(found.height)]
    before = tally.listed.setdefault(key, [])
    before.extend(listed(found.head(max(0, MAX_PROBLEMS_PER_KIND - len(before)))))
    tally.counted[key] = tally.counted.get(key, 0) + found.height
    tally.more[key] = more
    return []


def _is_note(cell: pl.Expr) -> pl.Expr:
    """An empty cell, or a footnote written beside a workbook's table (`* Estimates in …`,
    `Note: …`, a sentence of five words or more): not data left out of the table."""
    text = cell.str.strip_chars()
    return (
        cell.is_null()
        | text.str.contains(r"^(?:\*|\(\d+\)|(?i:notes?|source)\b)")
        | (text.str.count_matches(r"\s+") >= 4)
    ).fill_null(True)


def _more(
    sheet: Sheet,
    count: int,
    code: str,
    what: str,
    column: str | None = None,
    severity: Severity = Severity.error,
) -> list[Problem]:
    """One problem counting those of a kind beyond the ones listed."""
    if count <= MAX_PROBLEMS_PER_KIND:
        return []
    return [
        Problem(
            file=sheet.file,
            sheet=sheet.name,
            column=column,
            severity=severity,
            code=code,
            message=f"… and {count - MAX_PROBLEMS_PER_KIND:,} more {what}",
        )
    ]


def _noted_cells(sheet: Sheet, grid: _Grid) -> list[Problem]:
    labels = {c.index: c.label for c in sheet.columns}
    return [
        Problem(
            file=sheet.file,
            sheet=sheet.name,
            row=grid.first + note.index,
            column=labels.get(note.column, f"column {_letter(note.column)}"),
            value=note.value,
            code=note.code,
            message=note.message,
        )
        for note in grid.notes
    ]


_INVISIBLE = r"[[\p{Cc}\p{Cf}]--[\t\n\r\x{200C}\x{200D}]]"
"""Controls and format characters a spreadsheet does not show (zero-width, bidi, ANSI
escapes). Zero-width (non-)joiners are left to text: Persian and Indic names need them."""
_STRICT_INVISIBLE = r"[[\p{Cc}\p{Cf}]--[\t\n\r]]"
_FOREIGN_DIGIT = r"[\p{Nd}--[0-9]]"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")
_TEXT_STRIP = _ANSI.pattern + "|" + _INVISIBLE
"""What text loses: ANSI colour sequences whole, then each invisible character."""
_TYPED = frozenset(
    {FieldType.count, FieldType.amount, FieldType.date, FieldType.pcode, FieldType.status}
)


def check_cells(sheet: Sheet, *, plain: bool, tally: Tally | None = None) -> None:
    """Report long cells, characters nobody can see, and digits of other scripts.

    Each column is tested with one vectorised pattern; only cells that match are looked
    at one by one. A number, date or code holding an invisible character is an error
    (`3\u200b1,\u200b500` is not the 31,500 it shows); in text it is a warning and the
    character is removed, as the problem says. Digits such as ٢٠١٦ in a number or date
    are read as 2016, with a warning. A quoted empty cell ("") is as empty as any.
    """
    if sheet.kind is None:
        return
    spec = KINDS[sheet.kind]
    names = list(sheet.fields)
    if not names:
        return
    typed = {n for n in names if spec.spec(n).type in _TYPED}
    patterns = {
        n: f"{_STRICT_INVISIBLE}|{_FOREIGN_DIGIT}" if n in typed else _INVISIBLE for n in names
    }
    flags = sheet.frame.select(
        *(
            (pl.lit(value=False) if plain else pl.col(n).str.contains(patterns[n]).any()).alias(
                f"{n}:odd"
            )
            for n in names
        ),
        *((pl.col(n).str.len_bytes() > MAX_CELL_CHARS).any().alias(f"{n}:long") for n in names),
        *((pl.col(n) == "").any().alias(f"{n}:empty") for n in names),
    ).row(0, named=True)
    emptied = [n for n in names if flags[f"{n}:empty"]]
    if emptied:
        sheet.frame = sheet.frame.with_columns(
            pl.when(pl.col(n) != "").then(pl.col(n)).alias(n) for n in emptied
        ).filter(pl.any_horizontal(pl.col(names).is_not_null()))
    for position, name in enumerate(names):
        if flags[f"{name}:long"]:
            _cut_long_cells(sheet, name, (position, 0), tally)
        if flags[f"{name}:odd"]:
            _clean_cells(sheet, name, patterns[name], (position, 1), tally, typed=name in typed)


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _at_cell(
    sheet: Sheet,
    column: Column,
    row: int,
    value: str,
    code: str,
    message: str,
    severity: Severity = Severity.error,
) -> Problem:
    """A problem with one cell of `column`, its value shortened to fit a line."""
    return Problem(
        file=sheet.file,
        sheet=sheet.name,
        row=row,
        column=column.label,
        hxl=column.tag,
        value=_shorten(value),
        severity=severity,
        code=code,
        message=message,
    )


def _cut_long_cells(sheet: Sheet, name: str, key: tuple[int, int], tally: Tally | None) -> None:
    column = sheet.fields[name]
    long = sheet.frame.filter(pl.col(name).str.len_chars() > MAX_CELL_CHARS).select(ROW, name)

    def listed(rows: pl.DataFrame) -> list[Problem]:
        return [
            _at_cell(
                sheet,
                column,
                row,
                value,
                "cell-too-long",
                f"{len(value):,} characters; a cell holds at most {MAX_CELL_CHARS:,}",
            )
            for row, value in rows.iter_rows()
        ]

    sheet.problems.extend(
        _capped(
            tally,
            key,
            long,
            listed,
            lambda count: _more(sheet, count, "cell-too-long", "long cells", column.label),
        )
    )
    cut = pl.col(name)
    sheet.frame = sheet.frame.with_columns(
        pl.when(cut.str.len_chars() > MAX_CELL_CHARS)
        .then(cut.str.slice(0, MAX_CELL_CHARS) + "…")
        .otherwise(cut)
        .alias(name)
    )


def _visible(text: str) -> str:
    """The text with every invisible character spelled out, for the report."""
    return "".join(
        f"<U+{ord(ch):04X}>"
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r"
        else ch
        for ch in text
    )


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def _cleaned(value: str, *, typed: bool) -> tuple[str, list[str]]:
    """The cell as it will be checked, and the invisible characters it holds.

    Text loses them (ANSI colour sequences whole); a typed cell shows them spelled out
    and has digits of other scripts read as 0-9.
    """
    keep = "\t\n\r" if typed else "\t\n\r\u200c\u200d"
    found = [
        ch
        for ch in dict.fromkeys(_ANSI.sub("\x1b", value))
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in keep
    ]
    if typed:
        return (_visible(value) if found else _ascii_digits(value)), found
    return "".join(ch for ch in _ANSI.sub("", value) if ch not in found), found


def _clean_cells(
    sheet: Sheet,
    name: str,
    pattern: str,
    key: tuple[int, int],
    tally: Tally | None,
    *,
    typed: bool,
) -> None:
    """Text loses its invisible characters, with a warning; a number, date or code shows them.

    In a typed cell the character is spelled out (`3<U+200B>1,<U+200B>500`), so the
    cell fails its own check with the character in view, and its row is not typed.
    Text is cleaned by one vectorised replacement; only the cells reported, and the
    distinct values of typed cells, are looked at one by one.
    """
    column = sheet.fields[name]
    odd = sheet.frame.filter(pl.col(name).str.contains(pattern)).select(ROW, name)
    if typed:
        cleaned = {v: _cleaned(v, typed=True) for v in odd.get_column(name).unique().to_list()}
        odd = odd.filter(pl.col(name).is_in([v for v, (_, found) in cleaned.items() if not found]))
        sheet.frame = sheet.frame.with_columns(
            pl.col(name).replace(list(cleaned), [text for text, _ in cleaned.values()])
        )
    else:
        sheet.frame = sheet.frame.with_columns(pl.col(name).str.replace_all(_TEXT_STRIP, ""))

    def listed(rows: pl.DataFrame) -> list[Problem]:
        problems = []
        for row, value in rows.iter_rows():
            text, found = _cleaned(value, typed=typed)
            if found:
                what = ", ".join(
                    f"U+{ord(ch):04X} {unicodedata.name(ch, 'CONTROL CHARACTER')}"
                    + (" (a terminal colour code)" if ch == "\x1b" else "")
                    for ch in found
                )
                message = f"holds {what}, which a spreadsheet does not show; removed, read as "
            else:
                message = "digits of another script, read as "
            problems.append(
                _at_cell(
                    sheet,
                    column,
                    row,
                    _visible(value),
                    "invisible-character" if found else "foreign-digits",
                    message + repr(_shorten(text)),
                    Severity.warning,
                )
            )
        return problems

    sheet.problems.extend(
        _capped(
            tally,
            key,
            odd,
            listed,
            lambda count: _more(
                sheet,
                count,
                "invisible-character",
                "cells like this",
                column.label,
                Severity.warning,
            ),
        )
    )
