"""DataFrames in and out: validate a pandas or polars DataFrame, read a table as one.

Field data often lives in a notebook's pandas DataFrame. It is validated by the same
rules as a file: the frame goes to polars through Arrow (zero-copy where the column
types allow), every cell becomes the text a spreadsheet would show (1000.0 is
"1000", a date is YYYY-MM-DD), and the problems name the frame's own row labels.
pandas is imported only when a pandas frame is handed in or asked for.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from sitrep.errors import DataError, UsageError
from sitrep.load import open_situation
from sitrep.models import GazetteerEntry, Problem, Severity, Situation, TableKind, ValidationReport
from sitrep.tables import ROW, Column, ReadResult, Sheet, _cell_text, fields_of, read_table_file
from sitrep.validate.run import validate_read

if TYPE_CHECKING:
    import pandas as pd


def validate_frame(
    frame: pd.DataFrame | pl.DataFrame,
    kind: TableKind | str,
    *,
    situation: Situation | Path | None = None,
    gazetteer: Iterable[GazetteerEntry] = (),
    today: dt.date | None = None,
    name: str = "DataFrame",
    rules: Iterable[str] | None = None,
) -> ValidationReport:
    """The problems of a table held in a DataFrame, as `sitrep validate` reports a file's.

    Columns are fields by field name (`idps_ind`), HXL tag (`#affected+idps+ind`) or
    header name (`IDPs`). A problem's `row` is the frame's row label (its index, for a
    pandas frame with an integer index; else the position from 0) and `file` is `name`.
    `situation` is a `Situation`, or a situation folder whose settings and gazetteer
    apply; `gazetteer` adds gazetteer rows; `today` is the last day a row may be dated;
    `rules` runs only the rules of those names (`sitrep.validate.RULES`).
    """
    table_kind = _kind(kind)
    text, rows = _text_columns(frame)
    entries = list(gazetteer)
    if isinstance(situation, Path):
        folder = open_situation(situation)
        situation = folder.require_situation()
        entries += folder.gazetteer_entries()
    columns = [
        Column(
            i, "" if str(c).startswith("#") else str(c), str(c) if str(c).startswith("#") else None
        )
        for i, c in enumerate(text.columns)
    ]
    sheet = Sheet(name, None, columns, pl.DataFrame(), kind=table_kind)
    for field, found in fields_of(columns, table_kind).items():
        sheet.fields[field] = found[0]
        sheet.problems += [
            Problem(
                file=name,
                column=extra.label,
                hxl=extra.tag,
                code="duplicate-column",
                message=f"holds the same data as {found[0].label!r}, which is the one read",
            )
            for extra in found[1:]
        ]
    sheet.frame = text.select(
        rows.alias(ROW), *(pl.col(text.columns[c.index]).alias(f) for f, c in sheet.fields.items())
    )
    validation = validate_read(
        [ReadResult(sheets=[sheet])],
        situation=situation,
        gazetteer=entries,
        today=today or dt.date.today(),
        rules=rules,
    )
    return validation.report


def read_table(path: Path, sheet: str | None = None) -> pd.DataFrame:
    """A recognised table of a file as a pandas DataFrame of text cells, as typed.

    Columns are the fields' names (`date`, `adm2_code`, `idps_ind`, …); the index,
    named `row`, is each row's number as the spreadsheet shows it, so `validate_frame`
    on the result reports the rows a person finds in the file. With several tables in
    a workbook, `sheet` names the one wanted (default: the first recognised). Raises
    `DataError` when the file has no such table.
    """
    result = read_table_file(Path(path))
    found = [s for s in result.sheets if s.kind is not None and sheet in (None, s.name)]
    if not found:
        problems = [*result.problems, *(p for s in result.sheets for p in s.problems)]
        errors = [p for p in problems if p.severity is Severity.error] or problems
        why = errors[0].message if errors else "no recognised table"
        where = f" (sheet {sheet!r})" if sheet else ""
        raise DataError(f"{path}{where}: {why}", problems)
    frame = found[0].frame.to_pandas()
    return frame.set_index(ROW).rename_axis("row")


def _column(index: int, name: str) -> Column:
    """A frame's column is named by a header or by a HXL tag, as a file's would be."""
    return Column(index, "", name) if name.startswith("#") else Column(index, name, None)


def _kind(kind: TableKind | str) -> TableKind:
    try:
        return TableKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in TableKind)
        raise UsageError(f"unknown table kind {kind!r}; expected one of {known}") from None


def _text_columns(frame: Any) -> tuple[pl.DataFrame, pl.Series]:
    """The frame as polars text columns, and each row's label."""
    if isinstance(frame, pl.DataFrame):
        data, rows = frame, pl.int_range(0, frame.height, dtype=pl.Int64, eager=True)
    elif type(frame).__module__.startswith("pandas"):
        data, rows = _from_pandas(frame)
    else:
        raise UsageError(f"expected a pandas or polars DataFrame, not {type(frame).__name__}")
    return data.select(_as_text(c, data.schema[c]).alias(str(c)) for c in data.columns), rows


def _from_pandas(frame: pd.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    import pandas as pd

    index = frame.index
    if pd.api.types.is_integer_dtype(index.dtype):
        rows = pl.Series(ROW, index.to_numpy(), dtype=pl.Int64)
    else:
        rows = pl.int_range(0, len(frame), dtype=pl.Int64, eager=True)
    flat = frame.reset_index(drop=True)
    flat.columns = [str(c) for c in flat.columns]
    for column in flat.columns:
        if flat[column].dtype == object:
            # Mixed cells (numbers, text, dates) become the text a spreadsheet shows.
            flat[column] = [None if _missing(v) else _cell_text(v) for v in flat[column]]
    return pl.from_pandas(flat), rows


def _missing(value: object) -> bool:
    import pandas as pd

    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _as_text(name: str, dtype: pl.DataType) -> pl.Expr:
    """A column as the text a spreadsheet shows: whole floats without ".0", ISO dates."""
    col = pl.col(name)
    if dtype == pl.String:
        text = col
    elif dtype.is_float():
        whole = col.is_finite() & (col == col.floor())
        text = (
            pl.when(whole)
            .then(col.cast(pl.Int64, strict=False).cast(pl.String))
            .otherwise(col.cast(pl.String))
        )
        text = pl.when(col.is_nan()).then(None).otherwise(text)
    elif dtype == pl.Boolean:
        text = pl.when(col).then(pl.lit("TRUE")).otherwise(pl.lit("FALSE"))
    elif dtype == pl.Date:
        text = col.dt.strftime("%Y-%m-%d")
    elif isinstance(dtype, pl.Datetime):
        midnight = col.dt.time() == dt.time()
        text = (
            pl.when(midnight)
            .then(col.dt.strftime("%Y-%m-%d"))
            .otherwise(col.dt.strftime("%Y-%m-%dT%H:%M:%S"))
        )
    else:
        text = col.cast(pl.String, strict=False)
    return pl.when(text.str.strip_chars().str.len_bytes() > 0).then(text)
