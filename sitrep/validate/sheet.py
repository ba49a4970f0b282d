"""One recognised sheet's problems: its missing columns, its totals rows and the rules' hits.

The pieces are shared by the two ways a sheet is validated: whole (`sheet_problems`),
and batch by batch for a large CSV (`sitrep.validate.stream`), so both find the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import polars as pl

from sitrep.models import Problem, ProblemCode, Severity, SheetSummary, TableKind
from sitrep.tables import KINDS, ROW, Sheet, has_field
from sitrep.validate.columns import (
    Context,
    count_of,
    is_figure,
    prepare,
    split_totals,
)
from sitrep.validate.rules import Rule, Subject, flags, tagged_queries


def summary_of(sheet: Sheet) -> SheetSummary:
    """The report's line for a sheet, whether it was read whole or in batches."""
    return SheetSummary(
        file=sheet.file,
        sheet=sheet.name,
        kind=sheet.kind,
        header_row=sheet.header_row,
        hxl_row=sheet.hxl_row,
    )


def sheet_problems(
    sheet: Sheet, context: Context, rules: Sequence[Rule]
) -> tuple[list[Problem], pl.DataFrame]:
    """Every problem of a recognised sheet, and the prepared frame for typing its rows."""
    assert sheet.kind is not None
    problems = missing_columns(sheet)
    frame = prepare(sheet, context)
    frame, totals = split_totals(sheet, frame)
    problems.extend(check_totals(sheet, frame, totals, Sums.none(sheet)))
    subject = Subject(sheet, frame, context)
    found = [q for r in rules if r.applies(subject) for q in r.find(subject)]
    problems.extend(p for _, p in hit_problems(sheet, tagged_queries(found), frame))
    return problems, frame


def hit_problems(
    sheet: Sheet, queries: Sequence[tuple[int, pl.LazyFrame]], frame: pl.DataFrame
) -> list[tuple[int, Problem]]:
    """The problems the queries find, each with its query's tag, in the queries' order."""
    if not queries:
        return []
    tagged = [q.with_columns(pl.lit(tag, pl.Int64).alias("tag")) for tag, q in queries]
    hits = pl.concat(pl.collect_all(tagged, optimizations=flags(frame)))
    severities = {s.value: s for s in Severity}
    problems = []
    # the columns as lists, zipped, and each severity looked up, not made again per problem
    rows = zip(*(column.to_list() for column in hits.get_columns()), strict=True)
    for row, value, message, code, name, severity, tag in rows:
        column = sheet.fields[name]
        problems.append(
            (
                tag,
                Problem(
                    file=sheet.file,
                    sheet=sheet.name,
                    row=row,
                    column=column.label,
                    hxl=column.tag,
                    value=value,
                    severity=severities[severity],
                    code=code,
                    message=message,
                ),
            )
        )
    return problems


class Sums:
    """Each figure column's sum and number of figures over data rows: none yet, or those of
    the batches before, which a totals row's rows above it add to."""

    def __init__(self, names: list[str], sums: list[int | float], counts: list[int]) -> None:
        self.names, self.sums, self.counts = names, sums, counts

    @classmethod
    def none(cls, sheet: Sheet) -> Sums:
        names = [n for n in sheet.fields if is_figure(sheet, n)]
        return cls(names, [0] * len(names), [0] * len(names))

    def plus(self, frame: pl.DataFrame) -> Sums:
        """These sums and those of `frame`'s rows."""
        if not self.names:
            return self
        both = frame.select(
            *(pl.col(count_of(n)).sum().alias(f"{i}:sum") for i, n in enumerate(self.names)),
            *(pl.col(count_of(n)).count().alias(f"{i}:count") for i, n in enumerate(self.names)),
        ).row(0)
        sums, counts = both[: len(self.names)], both[len(self.names) :]
        return Sums(
            self.names,
            [a + (b or 0) for a, b in zip(self.sums, sums, strict=True)],
            [a + b for a, b in zip(self.counts, counts, strict=True)],
        )


def check_totals(
    sheet: Sheet, frame: pl.DataFrame, totals: pl.DataFrame, before: Sums
) -> list[Problem]:
    """A totals row is checked against the sum of the rows above it (a warning): those of
    `frame` above it and, for a sheet read in batches, those of the batches `before`."""
    if totals.is_empty():
        return []
    problems = []
    for total in totals.iter_rows(named=True):
        above = before.plus(frame.filter(pl.col(ROW) < total[ROW]))
        for name, summed, values in zip(above.names, above.sums, above.counts, strict=True):
            given = total[count_of(name)]
            # No figure above it in that column: nothing to add up, so nothing to disagree.
            if given is None or not values:
                continue
            # sums of decimals differ in their last bits with the order they are added in
            summed = round(summed, 2) if isinstance(summed, float) else summed
            if _same(given, summed):
                continue
            column = sheet.fields[name]
            problems.append(
                Problem(
                    file=sheet.file,
                    sheet=sheet.name,
                    row=total[ROW],
                    column=column.label,
                    hxl=column.tag,
                    value=total[name],
                    severity=Severity.warning,
                    code=ProblemCode.total_mismatch,
                    message="a totals row, but the rows above it add up to "
                    f"{summed:,.{_places(summed)}f}",
                )
            )
    return problems


def _same(given: float, summed: float) -> bool:
    """Equal, or for amounts with decimals, equal to the cent (sums of floats drift)."""
    return abs(given - summed) < 0.005 if isinstance(summed, float) else given == summed


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else 2


def _group_label(group: tuple[str, ...]) -> str:
    """The word a user knows a required column by: the admin levels, places and
    countries of a place group are one "place"; a date and its period columns one "date"."""
    if any(name.startswith(("adm", "loc", "country")) for name in group):
        return "place"
    return group[0].replace("_", " ")


def missing_columns(sheet: Sheet) -> list[Problem]:
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    problems = []
    for group in spec.required:
        if any(has_field(sheet, f) for f in group):
            continue
        fields = [spec.spec(f) for f in group]
        tags = " or ".join(f.tags[0] for f in fields)
        headers = " or ".join(f'"{f.title}"' for f in fields)
        problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                hxl=fields[0].tags[0],
                code=ProblemCode.missing_column,
                message=f"no {_group_label(group)} column: tag one {tags}, or head it {headers}",
            )
        )
    if sheet.kind is not TableKind.gazetteer and "source" not in sheet.fields:
        problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                hxl="#meta+source",
                severity=Severity.warning,
                code=ProblemCode.no_source,
                message="no source column (#meta+source): figures cannot be cited",
            )
        )
    return problems


def order(sheet: Sheet) -> Callable[[Problem], tuple[bool, int, int]]:
    """Errors first, then by row, then by column as they stand in the sheet."""
    position = {c.label: c.index for c in sheet.fields.values()}

    def key(problem: Problem) -> tuple[bool, int, int]:
        return (
            problem.severity is not Severity.error,
            problem.row or 0,
            position.get(problem.column or "", -1),
        )

    return key
