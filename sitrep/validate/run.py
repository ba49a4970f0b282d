"""Validate sheets, files and situation folders: run the rules and gather the problems.

Each rule (`sitrep.validate.rules`) is a vectorised mask over whole text columns, so
the bad value is reported exactly as typed. Typed records (pydantic) are built
afterwards, only when asked for and only for the rows that passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from sitrep.errors import UsageError
from sitrep.gazetteer import Gazetteer
from sitrep.load import CONFIG_NAME, SituationFolder, open_situation
from sitrep.models import (
    CasualtyRecord,
    CeasefireRecord,
    DisplacementRecord,
    FundingRecord,
    GazetteerEntry,
    MedevacRecord,
    Problem,
    Record,
    SectorNeedRecord,
    Severity,
    Situation,
    Table,
    TableKind,
    Validation,
    ValidationReport,
)
from sitrep.tables import (
    BATCH_BYTES,
    CSV_SUFFIXES,
    KINDS,
    LONG_FIGURES,
    PART,
    ROW,
    CsvStream,
    FieldType,
    ReadResult,
    Sheet,
    StreamFallbackError,
    base_field,
    gazetteer_entries,
    is_disaggregation,
    long_key,
    open_csv_stream,
    qualifier_of,
    read_table_file,
)
from sitrep.validate.columns import (
    Context,
    count_of,
    date_of,
    month_number,
    status,
    year_number,
)
from sitrep.validate.rules import Rule, flags, select_rules
from sitrep.validate.sheet import order, sheet_problems, summary_of
from sitrep.validate.stream import validate_stream

_RECORD_TYPES: dict[TableKind, type[Record | SectorNeedRecord | FundingRecord]] = {
    TableKind.displacement: DisplacementRecord,
    TableKind.medevac: MedevacRecord,
    TableKind.casualties: CasualtyRecord,
    TableKind.ceasefire: CeasefireRecord,
    TableKind.gazetteer: GazetteerEntry,
    TableKind.people_in_need: SectorNeedRecord,
    TableKind.funding: FundingRecord,
}


def _records(
    sheet: Sheet, frame: pl.DataFrame, bad_rows: set[int]
) -> list[Record | SectorNeedRecord | FundingRecord]:
    """Typed rows for later stages, only where no error was found."""
    assert sheet.kind is not None
    # filtered and selected in one query: on a small sheet its fixed cost is most of it
    good = frame.lazy().filter(~pl.col(ROW).is_in(list(bad_rows)))
    if sheet.kind is TableKind.gazetteer:
        rows_of = good.select(ROW).collect(optimizations=flags(frame)).get_column(ROW)
        return list(gazetteer_entries(sheet, rows_of))
    spec = KINDS[sheet.kind]
    columns = [pl.col(ROW).alias("row")]
    by_period = sheet.kind in _BY_PERIOD
    if by_period:
        columns.extend(_period(sheet))
    for name in sheet.fields:
        kind = spec.spec(name).type
        if by_period and name in ("date", "year", "month"):
            continue
        if kind in (FieldType.count, FieldType.amount):
            columns.append(pl.col(count_of(name)).alias(name))
        elif kind is FieldType.date:
            columns.append(pl.col(date_of(name)).alias(name))
        elif kind is FieldType.status:
            columns.append(status(pl.col(name)).alias(name))
        else:
            columns.append(pl.col(name))
    model = _RECORD_TYPES[sheet.kind]
    if sheet.long_form:
        good = _figure_sets(sheet, good.collect(optimizations=flags(frame))).lazy()
        columns.append(pl.struct(pl.col(_row_of(n)).alias(n) for n in _NEEDS).alias(_FIGURE_ROWS))
    rows = good.select(columns).collect(optimizations=flags(frame)).to_dicts()
    if sheet.kind is TableKind.people_in_need:
        return [*_sector_needs(sheet, rows), *_key_funding(sheet, rows)]
    # a row whose figures are given by parts only (IDMC's new displacements, no stock) has
    # no record of this kind's figures: its parts are checked, not typed
    needed = [n for n, f in model.model_fields.items() if f.is_required() and n != "row"]
    figures = [f.name for f in spec.figures if f.name in model.model_fields]
    return [
        model.model_validate(row)
        for row in rows
        if all(row.get(n) is not None for n in needed)
        and (not figures or any(row.get(n) is not None for n in figures))
    ]


_NEEDS = ("inneed", "targeted", "reached")


def _figure_sets(sheet: Sheet, frame: pl.DataFrame) -> pl.DataFrame:
    """A long table's rows of one place, sector and period as one row, as the wide table
    would have it: each figure from the row that gives it, numbered by the set's first row."""
    key = long_key(sheet)
    figures = [c for n in LONG_FIGURES for c in (n, count_of(n))]
    return (
        frame.group_by(key, maintain_order=True)
        .agg(
            pl.col(ROW).min(),
            *(pl.col(c).drop_nulls().first() for c in figures),
            *(
                pl.col(ROW).filter(pl.col(n).is_not_null()).first().alias(_row_of(n))
                for n in _NEEDS
            ),
            pl.exclude(ROW, *key, *figures).first(),
        )
        .sort(ROW)
    )


_FIGURE_ROWS = "figure_rows"


def _row_of(name: str) -> str:
    """The column of the set's row that gives `name`, so the figure is cited on its row."""
    return f"{name}:row"


def _sector_needs(sheet: Sheet, rows: list[dict[str, Any]]) -> list[SectorNeedRecord]:
    """One record per row for its whole figures (its sector column's sector, or all
    sectors), and one per sector of a wide table (`#inneed+food`, `#targeted+food`), named
    by the group header over its columns (`FOOD SECURITY`), else by the tag's attributes."""
    sectors: dict[str, str] = {}
    for name, column in sheet.fields.items():
        qualifier = qualifier_of(name)
        if base_field(name) in _NEEDS and qualifier and not is_disaggregation(qualifier):
            sectors.setdefault(qualifier, column.group or qualifier.replace("+", " "))
    records = []
    for row in rows:
        whole = {k: v for k, v in row.items() if PART not in k}
        if _FIGURE_ROWS in whole:  # a long table: each figure cites its own row
            written = whole.pop(_FIGURE_ROWS)
            whole[_FIGURE_ROWS] = {n: r for n, r in written.items() if r not in (None, row["row"])}
        if any(whole.get(n) is not None for n in (*_NEEDS, "affected")):
            records.append(SectorNeedRecord.model_validate(whole))
        for qualifier, sector in sectors.items():
            figures = {n: row.get(f"{n}{PART}{qualifier}") for n in _NEEDS}
            if any(v is not None for v in figures.values()):
                records.append(
                    SectorNeedRecord.model_validate({**whole, **figures, "sector": sector})
                )
    return records


def _key_funding(sheet: Sheet, rows: list[dict[str, Any]]) -> list[FundingRecord]:
    """A key-figures sheet gives its funding beside its people in need."""
    if not {"required_usd", "funded_usd"} & sheet.fields.keys():
        return []
    return [
        FundingRecord.model_validate(row)
        for row in rows
        if row.get("required_usd") is not None or row.get("funded_usd") is not None
    ]


_BY_PERIOD = frozenset({TableKind.casualties, TableKind.displacement})
"""Kinds whose records are dated, by a date or by a year and month."""


def _period(sheet: Sheet) -> list[pl.Expr]:
    """A row's date, year and month: a table by month or year (ACLED's, IDMC's) is dated
    on its period's last day, so it sorts and compares with dated rows."""
    year = year_number(pl.col("year")) if "year" in sheet.fields else pl.lit(None, pl.Int64)
    month = month_number(pl.col("month")) if "month" in sheet.fields else pl.lit(None, pl.Int64)
    end = (
        pl.when(month.is_not_null())
        .then(pl.date(year, month.fill_null(1), 1).dt.month_end())
        .otherwise(pl.date(year, 12, 31))
    )
    date = pl.col(date_of("date")) if "date" in sheet.fields else pl.lit(None, pl.Date)
    return [
        pl.coalesce(date, end).alias("date"),
        year.alias("year"),
        pl.when(year.is_not_null()).then(month).alias("month"),
    ]


# --- files and folders ------------------------------------------------------------------


@dataclass
class _Group:
    """Tables validated together: they share a situation and a gazetteer."""

    situation: Situation | None
    read: list[ReadResult | CsvStream] = field(default_factory=list)
    """Each table as read whole, or a CSV to read batch by batch."""
    gazetteer: list[GazetteerEntry] = field(default_factory=list)


def _groups(
    paths: Sequence[Path],
    situation: Situation | None,
    report: ValidationReport,
    batch_bytes: int | None,
) -> list[_Group]:
    """Folders are situations; lone files are grouped by the folder they are in. A CSV
    file is read in batches of `batch_bytes` (None: whole) when it can be."""
    groups: list[_Group] = []
    loose: dict[Path, _Group] = {}
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        if path.is_dir():
            folder = open_situation(path, situation)
            report.files += 1
            report.problems.extend(folder.problems)
            groups.append(_Group(folder.situation, [*folder.tables()]))
            continue
        parent = path.parent.resolve()
        if parent not in loose:
            loose[parent] = group = _Group(situation)
            groups.append(group)
            if (parent / CONFIG_NAME).is_file():
                around = open_situation(parent, situation)
                group.situation = around.situation
                group.gazetteer = around.gazetteer_entries()
        stream = None
        if batch_bytes is not None and path.suffix.lower() in CSV_SUFFIXES:
            stream = open_csv_stream(path, batch_bytes)
        loose[parent].read.append(stream or read_table_file(path))
    return groups


def validate_paths(
    paths: Sequence[Path],
    *,
    situation: Situation | None = None,
    records: bool = False,
    today: dt.date | None = None,
    rules: Iterable[str] | None = None,
    batch_bytes: int = BATCH_BYTES,
) -> Validation:
    """Validate files and situation folders; with `records`, type the rows that passed.

    A folder is a situation: its `sitrep.toml` is checked and applies to its tables,
    whose gazetteer checks their P-codes and names. A lone file inside a situation
    folder gets that folder's settings and gazetteer too. `today` is the last day a
    row may be dated (default: the machine's calendar day). `rules` runs only the
    rules of those names (`sitrep.validate.RULES`); the sheets' structure (recognised
    kind, missing columns) is always checked.

    Without `records`, a CSV file given as a file is read and checked in batches of about
    `batch_bytes` (`sitrep.validate.stream`): the same problems, in bounded memory.
    """
    validation = Validation()
    chosen = select_rules(rules)
    batches = None if records else batch_bytes
    for group in _groups(paths, situation, validation.report, batches):
        _validate_group(group, today or dt.date.today(), records, validation, chosen)
    return validation


def validate_situation(
    folder: SituationFolder, *, today: dt.date, records: bool = True
) -> Validation:
    """Validate an opened situation folder's tables (read once, shared with later stages)."""
    validation = Validation()
    validation.report.files += 1
    validation.report.problems.extend(folder.problems)
    group = _Group(folder.situation, [*folder.tables()])
    _validate_group(group, today, records, validation, select_rules())
    return validation


def validate_read(
    read: Sequence[ReadResult],
    *,
    situation: Situation | None,
    gazetteer: Iterable[GazetteerEntry] = (),
    today: dt.date,
    records: bool = False,
    rules: Iterable[str] | None = None,
) -> Validation:
    """Validate tables already read (a DataFrame's sheet, say) as one situation's."""
    validation = Validation()
    group = _Group(situation, [*read], list(gazetteer))
    _validate_group(group, today, records, validation, select_rules(rules))
    return validation


def _validate_group(
    group: _Group, today: dt.date, records: bool, validation: Validation, rules: Sequence[Rule]
) -> None:
    report = validation.report
    report.files += len(group.read)
    sheets = [s for r in group.read if isinstance(r, ReadResult) for s in r.sheets]
    entries = list(group.gazetteer)
    for sheet in sheets:
        if sheet.kind is TableKind.gazetteer:
            entries.extend(gazetteer_entries(sheet))
    context = Context(group.situation, Gazetteer.of(entries), today)
    for read in group.read:
        if isinstance(read, CsvStream):
            try:
                streamed = validate_stream(read, context, rules)
            except StreamFallbackError:
                read = read_table_file(read.path)
            else:
                report.problems.extend(streamed.problems)
                if streamed.summary is not None:
                    report.sheets.append(streamed.summary)
                report.rows += streamed.rows
                continue
        _validate_read(read, context, records, validation, rules)


def _validate_read(
    result: ReadResult,
    context: Context,
    records: bool,
    validation: Validation,
    rules: Sequence[Rule],
) -> None:
    report = validation.report
    report.problems.extend(result.problems)
    for sheet in result.sheets:
        report.problems.extend(sheet.problems)
        summary = summary_of(sheet)
        report.sheets.append(summary)
        if sheet.kind is None:
            continue
        problems, frame = sheet_problems(sheet, context, rules)
        summary.rows = frame.height
        report.rows += frame.height
        problems.sort(key=order(sheet))
        report.problems.extend(problems)
        if records:
            validation.tables.append(_table(sheet, frame, problems))


def _table(sheet: Sheet, frame: pl.DataFrame, problems: list[Problem]) -> Table:
    """The sheet's typed rows, leaving out every row with an error (the rules' or the reader's)."""
    assert sheet.kind is not None
    sheet_level = any(p.row is None and p.severity is Severity.error for p in problems)
    bad_rows = {
        p.row
        for p in (*sheet.problems, *problems)
        if p.row is not None and p.severity is Severity.error
    }
    rows = [] if sheet_level else _records(sheet, frame, bad_rows)
    return Table(
        kind=sheet.kind,
        file=sheet.file,
        sheet=sheet.name,
        columns={name: (c.label, c.tag) for name, c in sheet.fields.items()},
        records=[r for r in rows if not isinstance(r, SectorNeedRecord | FundingRecord)],
        sector_needs=[r for r in rows if isinstance(r, SectorNeedRecord)],
        funding=[r for r in rows if isinstance(r, FundingRecord)],
    )
