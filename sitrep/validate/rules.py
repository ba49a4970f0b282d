"""The validation rules, each a registered unit a maintainer can list, select and test.

A rule names the problem codes it reports and the fields it needs; given a prepared
sheet it returns lazy queries of the rows where it fails (one boolean mask over
whole text columns per check, so a million rows cost a few vectorised passes).
`RULES` lists them in the order they run; `select_rules` picks some by name.
"""

from __future__ import annotations

import difflib
import inspect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import polars as pl
from polars.expr.whenthen import ChainedThen, Then

from sitrep.models import ProblemCode, Severity, TableKind
from sitrep.tables import (
    KINDS,
    LINE,
    LONG_FIGURES,
    REST,
    ROW,
    SERIES,
    FieldType,
    Sheet,
    base_field,
    is_disaggregation,
    qualifier_of,
)
from sitrep.validate.columns import (
    NEGATIVE,
    PCODE_CHARS,
    PLACE,
    SEPARATORS,
    SLASH_DATE,
    SPACE_CHARS,
    STATUSES,
    Context,
    PcodeShape,
    amount_pattern,
    count_of,
    count_pattern,
    date_of,
    group_of,
    group_text_of,
    is_count,
    message,
    month_number,
    name_key,
    pcode_fields,
    pcode_shape,
    place_of,
    status,
    thousands_of,
    year_number,
)

JUMP_FACTOR = 10
"""A count more than this many times the same place's previous value is worth a second look."""


@dataclass
class CheckedCodes:
    """The P-codes a file's earlier batches checked, by (level, column), and those found
    malformed: whether a code is well formed depends on the code and its row's country
    only, so each is checked once in a file, not once a batch (the checks' plan costs
    more than running them on a batch's few new codes)."""

    seen: dict[tuple[int, str], pl.DataFrame] = field(default_factory=dict)
    bad: dict[tuple[int, str], pl.DataFrame] = field(default_factory=dict)


@dataclass(frozen=True)
class Subject:
    """What a rule looks at: a recognised sheet, its prepared frame, and the context."""

    sheet: Sheet
    frame: pl.DataFrame
    context: Context
    malformed: dict[tuple[int, str], pl.DataFrame] = field(default_factory=dict)
    """Malformed P-codes by (level, column), found once for the rules that need them."""
    checked: CheckedCodes | None = None
    """The codes earlier batches of the same file checked, when it is read in batches."""

    @property
    def fields(self) -> set[str]:
        return set(self.sheet.fields)

    def of_type(self, kind: FieldType) -> list[str]:
        assert self.sheet.kind is not None
        spec = KINDS[self.sheet.kind]
        return [name for name in self.sheet.fields if spec.spec(name).type is kind]


Find = Callable[[Subject], Sequence["Query"]]


@dataclass(frozen=True)
class Rule:
    """One rule: its name, the codes it reports, the fields it needs, and how it finds them."""

    name: str
    codes: tuple[ProblemCode, ...]
    needs: frozenset[str]
    find: Find

    @property
    def description(self) -> str:
        return inspect.getdoc(self.find) or ""

    def applies(self, subject: Subject) -> bool:
        return self.needs <= subject.fields


RULES: list[Rule] = []


def rule(name: str, *codes: ProblemCode, needs: Iterable[str] = ()) -> Callable[[Find], Find]:
    """Register a rule; rules run in the order they are registered."""

    def register(find: Find) -> Find:
        RULES.append(Rule(name, codes, frozenset(needs), find))
        return find

    return register


def select_rules(names: Iterable[str] | None = None) -> list[Rule]:
    """The rules named (all of them by default), in their running order."""
    if names is None:
        return list(RULES)
    wanted = set(names)
    unknown = wanted - {r.name for r in RULES}
    if unknown:
        raise ValueError(f"no validation rule named {', '.join(sorted(unknown))}")
    return [r for r in RULES if r.name in wanted]


SMALL = 20_000
"""Rows up to which a sheet's queries run as a DataFrame method runs its own (`flags`)."""


def flags(frame: pl.DataFrame) -> pl.QueryOptFlags:
    """How the checks' queries on `frame` are collected. On a small sheet, with polars's
    eager flags (no plan optimisation): planning cost more than running (about twice, on
    the real tables' excerpts). On a large one, optimised: pushing a projection through a
    join saves copying every column of its rows."""
    # `_eager` is polars's own name for a DataFrame method's flags, but private: should a
    # later polars drop it, the optimised plan gives the same answers, only slower.
    eager = getattr(pl.QueryOptFlags, "_eager", None)
    if eager is None or frame.height > SMALL:
        return pl.QueryOptFlags()
    chosen: pl.QueryOptFlags = eager()
    return chosen


@dataclass(frozen=True)
class Hits:
    """The rows of `frame` where `mask` holds, not yet queried: most checks find nothing on
    most sheets, so the sheet's masks are tested in one pass (`any_hits`) and only those
    that hold somewhere become queries (`query`)."""

    frame: pl.DataFrame
    code: ProblemCode
    name: str
    mask: pl.Expr
    text: pl.Expr
    severity: Severity = Severity.error
    typed: str | None = None
    """The typed column beside `name` (`count_of`, `date_of`) when the mask holds only where
    `name`'s text was not read as a value: on a large frame the mask is then tested and
    queried on those few rows alone, not on every row (its patterns are most of a large
    sheet's checks)."""

    @property
    def narrowed(self) -> bool:
        """Whether the mask is tested and queried on the rows not read as values only."""
        return self.typed is not None and self.frame.height > SMALL

    def unread(self) -> pl.Expr:
        """The rows the mask can hold on, when `typed` is known."""
        assert self.typed is not None
        return pl.col(self.name).is_not_null() & pl.col(self.typed).is_null()

    def query(self) -> pl.LazyFrame:
        """The rows where the mask holds; the message is computed for those rows only."""
        rows = self.frame.lazy()
        if self.narrowed:
            # narrowed now, not in the query: the optimiser folds two filters into one, which
            # tested the mask's patterns on every row again (5.8 ms a 100,000-row batch, not 1.5)
            rows = self.frame.filter(self.unread()).lazy()
        found = rows.filter(self.mask.fill_null(False))
        return select_hits(
            found.with_columns(self.text.alias("message")), self.code, self.name, self.severity
        )


@dataclass(frozen=True)
class Finding:
    """Rows a check across rows found, reported from whichever frame holds them: the whole
    sheet's, or each batch's of a sheet read in batches."""

    rows: pl.Series | None
    """The `ROW` numbers of the rows it reports; None when any row may be one."""
    hits: Callable[[pl.LazyFrame], pl.LazyFrame]
    """The problems of a frame's rows (`select_hits`), with their cells' text."""
    fields: tuple[str, ...]
    """The fields whose text `hits` reads: all a second reading of a batch needs."""


@dataclass(frozen=True)
class Across:
    """A check that compares rows, in steps that give the same answer on a whole sheet and
    on a sheet read in batches: `state` keeps what the check needs of a frame's rows (a few
    integers a row, or the distinct values of two columns), `finish` finds the rows to
    report on the state of every row, and each `Finding` reports them from the rows' text."""

    frame: pl.DataFrame
    state: Callable[[pl.LazyFrame], pl.LazyFrame]
    finish: Callable[[pl.DataFrame], list[Finding]]
    distinct: bool = False
    """The state is a set of distinct values, kept once however many batches hold them."""


Query = pl.LazyFrame | Hits | Across
"""What a rule returns per check: a query of its failing rows, one behind a mask still
to test, or a check across rows."""


def hits(
    frame: pl.DataFrame,
    code: ProblemCode,
    name: str,
    mask: pl.Expr,
    text: pl.Expr,
    severity: Severity = Severity.error,
    typed: str | None = None,
) -> Hits:
    """The rows where `mask` holds, with `text` as the message; `typed` names the typed
    column beside `name` when the mask holds only where its text was not read (`Hits`)."""
    return Hits(frame, code, name, mask, text, severity, typed)


def queries_of(found: Sequence[Query]) -> list[pl.LazyFrame]:
    """The queries to collect, in the rules' order: every mask of a frame is tested in one
    select, and a mask that holds nowhere is dropped."""
    return [q for _, q in tagged_queries(found)]


def tagged_queries(found: Sequence[Query]) -> list[tuple[int, pl.LazyFrame]]:
    """`queries_of`, each with the position in `found` of the check it comes from.

    A check across rows is run on its own frame, as on a whole sheet. Each frame's masks
    are tested and its checks' states across rows kept in one collection: on a small
    sheet, a query's fixed cost is more than its work (a few hundred of them made most of
    the example's validation)."""
    frames: dict[int, pl.DataFrame] = {}
    masks: dict[int, list[Hits]] = {}
    across: dict[int, list[Across]] = {}
    for q in found:
        if isinstance(q, Hits | Across):
            frames[id(q.frame)] = q.frame
            if isinstance(q, Hits):
                masks.setdefault(id(q.frame), []).append(q)
            else:
                across.setdefault(id(q.frame), []).append(q)
    holds: dict[int, bool] = {}
    states: dict[int, pl.DataFrame] = {}
    for key, frame in frames.items():
        narrowed = [h for h in masks.get(key, []) if h.narrowed]
        holds.update(_held_where_unread(frame, narrowed))
        group = [h for h in masks.get(key, []) if not h.narrowed]
        checks = across.get(key, [])
        lazy = [q.state(frame.lazy()) for q in checks]
        tests = [h.mask.fill_null(False).any().alias(str(i)) for i, h in enumerate(group)]
        small = frame.height <= SMALL
        if tests and small:
            lazy.append(frame.lazy().select(tests))
        collected = pl.collect_all(lazy, optimizations=flags(frame)) if lazy else []
        if tests:
            # a large sheet's masks are tested as one eager select, as a DataFrame's are
            tested = (collected.pop() if small else frame.select(tests)).row(0)
            holds.update((id(h), bool(t)) for h, t in zip(group, tested, strict=True))
        states.update((id(q), state) for q, state in zip(checks, collected, strict=True))
    queries: list[tuple[int, pl.LazyFrame]] = []
    for position, q in enumerate(found):
        if isinstance(q, Across):
            findings = q.finish(states[id(q)])
            queries.extend((position, f.hits(q.frame.lazy())) for f in findings)
        elif not isinstance(q, Hits):
            queries.append((position, q))
        elif holds[id(q)]:
            queries.append((position, q.query()))
    return queries


def _held_where_unread(frame: pl.DataFrame, narrowed: list[Hits]) -> dict[int, bool]:
    """Whether each mask holds, tested on the rows of its column not read as values (the
    masks of one column together), by the id of its `Hits`."""
    if not narrowed:
        return {}
    columns: dict[tuple[str, str | None], list[Hits]] = {}
    for h in narrowed:
        columns.setdefault((h.name, h.typed), []).append(h)
    tests = [
        frame.lazy()
        .filter(group[0].unread())
        .select(h.mask.fill_null(False).any().alias(str(i)) for i, h in enumerate(group))
        for group in columns.values()
    ]
    holds: dict[int, bool] = {}
    for group, tested in zip(
        columns.values(), pl.collect_all(tests, optimizations=flags(frame)), strict=True
    ):
        holds.update((id(h), bool(t)) for h, t in zip(group, tested.row(0), strict=True))
    return holds


def select_hits(
    query: pl.LazyFrame, code: ProblemCode, name: str, severity: Severity
) -> pl.LazyFrame:
    """The columns a `Problem` is made of, the same for every rule."""
    return query.select(
        pl.col(ROW),
        pl.col(name).cast(pl.String).alias("value"),
        pl.col("message"),
        pl.lit(code.value).alias("code"),
        pl.lit(name).alias("field"),
        pl.lit(severity.value).alias("severity"),
    )


# --- cells --------------------------------------------------------------------------------


@rule("required", ProblemCode.empty_value)
def required(s: Subject) -> Sequence[Query]:
    """A required cell is empty (for a group such as the place columns: all of them are; in
    a gazetteer, the P-code of the sheet's own level)."""
    assert s.sheet.kind is not None
    spec = KINDS[s.sheet.kind]
    queries = []
    for group in spec.required:
        # a figure given by parts only (IDMC's stock and new displacements) is there too
        there = sorted(
            (f for f in s.fields if base_field(f) in group),
            key=lambda f: (group.index(base_field(f)), f),
        )
        if there and not set(group) & spec.may_be_empty:
            empty = pl.all_horizontal(pl.col(f).is_null() for f in there)
            labels = ", ".join(s.sheet.fields[f].label for f in there)
            what = "a value" if len(there) == 1 else f"one of {labels}"
            text = pl.lit(f"required: expected {what}")
            # a row with no place at all is reported on its broadest place column
            queries.append(hits(s.frame, ProblemCode.empty_value, there[-1], empty, text))
    levels = pcode_fields(s.sheet)
    if s.sheet.kind is TableKind.gazetteer and levels:
        level, code = levels[-1]
        text = pl.lit(f"an admin-{level} unit with no P-code")
        queries.append(hits(s.frame, ProblemCode.empty_value, code, pl.col(code).is_null(), text))
    return queries


def _count_hint(text: pl.Expr, thousands: str) -> pl.Expr:
    """What the not-a-count message adds when the value fits another thousands convention."""
    hint: pl.Expr = pl.lit("")
    for other, shown in ((" ", "a space"), (".", "'.'"), (",", "','")):
        if SEPARATORS[other] == SEPARATORS[thousands]:
            continue
        hint = (
            pl.when(text.str.contains(count_pattern(other)))
            .then(
                pl.lit(
                    f"; it looks like thousands separated by {shown}: if this table writes "
                    f'them so, set thousands = "{other}" in sitrep.toml'
                )
            )
            .otherwise(hint)
        )
    return hint


def _numbers(
    s: Subject,
    kind: FieldType,
    codes: tuple[ProblemCode, ProblemCode],
    negative_text: str,
    expected: str,
    hint: Callable[[pl.Expr], pl.Expr],
) -> Sequence[Query]:
    """Counts and amounts alike: a minus sign is one problem, anything else unread another
    (with `hint` naming the other convention it looks like)."""
    negative_code, unread_code = codes
    queries = []
    for name in s.of_type(kind):
        text = pl.col(name)
        negative = text.str.contains(NEGATIVE)
        # both hold only on cells not read as numbers: a minus sign is not in a number's
        # pattern (`count_pattern`, `amount_pattern`)
        typed = count_of(name)
        queries.append(
            hits(s.frame, negative_code, name, negative, pl.lit(negative_text), typed=typed)
        )
        queries.append(
            hits(
                s.frame,
                unread_code,
                name,
                text.is_not_null() & pl.col(typed).is_null() & ~negative,
                pl.concat_str(pl.lit(expected), hint(text)),
                typed=typed,
            )
        )
    return queries


@rule("counts", ProblemCode.negative_count, ProblemCode.not_a_count)
def counts(s: Subject) -> Sequence[Query]:
    """A count is a whole number ≥ 0, written 1234 or with the situation's thousands
    separator (1,234 by default)."""
    thousands = thousands_of(s.context.situation)
    example = {",": "1,234", ".": "1.234"}.get(thousands, "1 234")
    return _numbers(
        s,
        FieldType.count,
        (ProblemCode.negative_count, ProblemCode.not_a_count),
        "a count cannot be negative; expected a whole number ≥ 0",
        f"expected a whole number ≥ 0, such as 1234 or {example}",
        lambda text: _count_hint(text, thousands),
    )


def _amount_hint(text: pl.Expr, thousands: str) -> pl.Expr:
    """An amount written 1.234.567,50 in a table read with `,` thousands: say the setting."""
    if thousands != ",":
        return pl.lit("")
    return (
        pl.when(text.str.contains(amount_pattern(".")))
        .then(pl.lit('; if this table writes 1.234.567,50, set thousands = "." in sitrep.toml'))
        .otherwise(pl.lit(""))
    )


@rule("amounts", ProblemCode.negative_amount, ProblemCode.not_an_amount)
def amounts(s: Subject) -> Sequence[Query]:
    """A sum of money or a percentage is a number ≥ 0, decimals allowed (1234567.5, or with
    the situation's thousands separator, 1,234,567.50)."""
    thousands = thousands_of(s.context.situation)
    example = {",": "1,234,567.50", ".": "1.234.567,50"}.get(thousands, "1 234 567.50")
    return _numbers(
        s,
        FieldType.amount,
        (ProblemCode.negative_amount, ProblemCode.not_an_amount),
        "an amount cannot be negative; expected a number ≥ 0",
        f"expected a number ≥ 0 (digits only, no currency), such as {example}",
        lambda text: _amount_hint(text, thousands),
    )


@rule(
    "funded-within-required",
    ProblemCode.funded_exceeds_required,
    needs=("required_usd", "funded_usd"),
)
def funded_within_required(s: Subject) -> Sequence[Query]:
    """An appeal's funding is not more than its requirements (a warning: over-funding happens,
    but so does a figure in the wrong column)."""
    required, funded = pl.col(count_of("required_usd")), pl.col(count_of("funded_usd"))
    return [
        hits(
            s.frame,
            ProblemCode.funded_exceeds_required,
            "funded_usd",
            (required > 0) & (funded > required),
            message("funded beyond the requirements of ", pl.col("required_usd"), " in this row"),
            Severity.warning,
        )
    ]


@rule("parts-within-total", ProblemCode.part_exceeds_total)
def parts_within_total(s: Subject) -> Sequence[Query]:
    """A share of a figure (+f, +m, +children, +age0_4) is not more than the figure's total
    in the same row (a warning naming both columns).

    In a long table, no figure of a place, sector and period is more than its whole
    population (the `all` status), whichever rows give them.
    """
    if s.sheet.long_form:
        return _long_parts_within_total(s)
    queries = []
    for name in s.sheet.fields:  # a dict: the same order every run
        qualifier, whole = qualifier_of(name), base_field(name)
        if not qualifier or whole not in s.fields or whole in s.sheet.stand_ins:
            continue
        if is_disaggregation(qualifier):
            what = "a part more than its total"
        elif s.sheet.kind is TableKind.people_in_need:
            # a sector's people are among the overall figure's (which counts each person once)
            what = "a sector's figure more than the overall figure"
        else:  # causes and flows (IDMC's new and stock displacements) are not shares
            continue
        label = s.sheet.fields[whole].label
        queries.append(
            hits(
                s.frame,
                ProblemCode.part_exceeds_total,
                name,
                pl.col(count_of(name)) > pl.col(count_of(whole)),
                message(f"{what} in {label!r} (", pl.col(whole), ")"),
                Severity.warning,
            )
        )
    return queries


def _long_parts_within_total(s: Subject) -> list[Query]:
    whole = pl.col(group_of("population"))
    return [
        hits(
            s.frame,
            ProblemCode.part_exceeds_total,
            name,
            pl.col(count_of(name)) > whole,
            message(
                f"{_LONG_WORDS[name]} more than the whole population of this place, sector "
                "and period (",
                pl.col(group_text_of("population")),
                ", its 'all' row)",
            ),
            Severity.warning,
        )
        for name in LONG_FIGURES
        if name != "population"
    ]


_LONG_WORDS = {
    "inneed": "people in need",
    "targeted": "people targeted",
    "reached": "people reached",
    "affected": "people affected",
}


@rule("targeted-within-need", ProblemCode.targeted_exceeds_need)
def targeted_within_need(s: Subject) -> Sequence[Query]:
    """No more people are targeted than are in need (or, without an in-need figure,
    affected), overall and in each sector of a wide table (a warning).

    In a long table, the targeted row is compared with the in-need row of its place,
    sector and period (affected is not read as need there).
    """
    if s.sheet.long_form:
        return [
            hits(
                s.frame,
                ProblemCode.targeted_exceeds_need,
                "targeted",
                pl.col(count_of("targeted")) > pl.col(group_of("inneed")),
                message(
                    "more people targeted than in need in this place, sector and period (",
                    pl.col(group_text_of("inneed")),
                    ", its in-need row)",
                ),
                Severity.warning,
            )
        ]
    queries = []
    for name in s.sheet.fields:
        if base_field(name) != "targeted":
            continue
        qualifier = qualifier_of(name)
        suffix = f"/{qualifier}" if qualifier else ""
        need = next((n + suffix for n in ("inneed", "affected") if n + suffix in s.fields), None)
        if need is None:
            continue
        queries.append(
            hits(
                s.frame,
                ProblemCode.targeted_exceeds_need,
                name,
                pl.col(count_of(name)) > pl.col(count_of(need)),
                message(
                    f"more people targeted than in {s.sheet.fields[need].label!r} (",
                    pl.col(need),
                    ")",
                ),
                Severity.warning,
            )
        )
    return queries


@rule("periods", ProblemCode.bad_period)
def periods(s: Subject) -> Sequence[Query]:
    """A year column holds years (2024, 2023-2024) and a month column months (January, Jan,
    1-12, 2024-01)."""
    queries = []
    if "year" in s.fields:
        text = pl.col("year")
        queries.append(
            hits(
                s.frame,
                ProblemCode.bad_period,
                "year",
                text.is_not_null() & year_number(text).is_null(),
                pl.lit("not a year; expected four digits, such as 2024 (or 2023-2024)"),
            )
        )
    if "month" in s.fields:
        text = pl.col("month")
        queries.append(
            hits(
                s.frame,
                ProblemCode.bad_period,
                "month",
                text.is_not_null() & month_number(text).is_null(),
                pl.lit("not a month; expected its name (January, Jan) or number (1-12)"),
            )
        )
    return queries


@rule("dates", ProblemCode.bad_date, ProblemCode.future_date, ProblemCode.ambiguous_date)
def dates(s: Subject) -> Sequence[Query]:
    """A date is YYYY-MM-DD, an Excel date or the declared day/month order, and not later
    than the context's last valid day."""
    date_format = s.context.situation.date_format if s.context.situation else "iso"
    expected = {"iso": "YYYY-MM-DD", "dmy": "YYYY-MM-DD or DD/MM/YYYY"}.get(
        date_format, "YYYY-MM-DD or MM/DD/YYYY"
    )
    today = s.context.today
    queries = []
    for name in s.of_type(FieldType.date):
        text, value = pl.col(name), pl.col(date_of(name))
        ambiguous = text.str.contains(SLASH_DATE) & pl.lit(date_format == "iso")
        queries.append(
            hits(
                s.frame,
                ProblemCode.bad_date,
                name,
                text.is_not_null() & value.is_null() & ~ambiguous,
                pl.lit(f"not a date; expected {expected}"),
                typed=date_of(name),
            )
        )
        queries.append(
            hits(
                s.frame,
                ProblemCode.future_date,
                name,
                value > today,
                pl.lit(f"date is in the future (today is {today.isoformat()})"),
            )
        )
        if date_format == "iso":
            queries.append(
                hits(
                    s.frame,
                    ProblemCode.ambiguous_date,
                    name,
                    ambiguous,
                    pl.lit(
                        "day and month order is not declared; write YYYY-MM-DD, or set "
                        'date_format = "dmy" (or "mdy") in sitrep.toml'
                    ),
                    # read as ISO dates, day/month/year is never a value
                    typed=date_of(name),
                )
            )
    return queries


def pcode_checks(shape: PcodeShape, level: int, name: str) -> list[tuple[pl.Expr, pl.Expr]]:
    """Each way a P-code can be malformed, as (mask, message), the masks exclusive.

    What holds for every COD: capital letters and digits only, the row's country prefix,
    and, for countries whose COD lengths are known, the level's length.
    """
    text = pl.col(name)
    bad = ~text.str.contains(PCODE_CHARS)
    checks = [
        (
            bad,
            pl.lit("a P-code is capital letters and digits only (no spaces, hyphens or signs)"),
        )
    ]
    prefix = shape.prefix_length(text)
    if shape.prefixes:
        known = pl.any_horizontal(p.is_not_null() for p in shape.prefixes)
        wrong = ~bad & known & (prefix.is_null() | (text.str.len_chars() <= prefix))
        expected = pl.concat_str(shape.prefixes, separator=" or ", ignore_nulls=True)
        checks.append((wrong, message("expected the country prefix ", expected, " then the area")))
        bad = bad | wrong.fill_null(False)
    else:
        prefix = pl.when(text.str.starts_with(shape.country)).then(3).otherwise(2)
    length = shape.length(level)
    checks.append(
        (
            ~bad & (text.str.len_chars() - prefix != length),
            message(
                "expected ",
                length,
                f" characters after the country prefix in an admin-{level} P-code of ",
                shape.country,
            ),
        )
    )
    return checks


def code_keys(s: Subject, name: str) -> list[str]:
    """What decides whether a P-code cell is well formed: the code, and its row's country."""
    return ["country_code", name] if "country_code" in s.fields else [name]


def malformed(s: Subject, level: int, name: str) -> pl.DataFrame:
    """The distinct malformed codes of a column (with their country) and why.

    A column of a million cells holds a few thousand codes: each is checked once, in one
    query collected with `flags` (the checks' expressions are large; planning them with
    every optimisation cost more than running them).
    The answer is kept on the subject: several rules ask for it.
    """
    cached = s.malformed.get((level, name))
    if cached is not None:
        return cached
    keys = code_keys(s, name)
    codes = s.frame.lazy().select(keys).filter(pl.col(name).is_not_null()).unique()
    earlier = s.checked
    if earlier is None:
        found = _malformed_of(s, codes, level, name)
    else:
        # the codes of earlier batches are known; the malformed among them are kept, so
        # the answer holds codes of other batches too, which the joins of the rules skip
        seen = earlier.seen.get((level, name))
        if seen is not None:
            codes = codes.join(seen.lazy(), on=keys, how="anti", nulls_equal=True)
        new = codes.collect()
        earlier.seen[(level, name)] = new if seen is None else pl.concat([seen, new])
        before = earlier.bad.get((level, name))
        if before is not None and not new.height:
            found = before
        else:
            found = _malformed_of(s, new.lazy(), level, name)
            found = found if before is None else pl.concat([before, found])
        earlier.bad[(level, name)] = found
    s.malformed[(level, name)] = found
    return found


def _malformed_of(s: Subject, codes: pl.LazyFrame, level: int, name: str) -> pl.DataFrame:
    keys = code_keys(s, name)
    codes, shape = pcode_shape(s.sheet, s.context.situation, name).on(codes)
    checks = pcode_checks(shape, level, name)
    why = pl.coalesce(pl.when(mask.fill_null(False)).then(text) for mask, text in checks)
    return (
        codes.select(*keys, why.alias("message"))
        .filter(pl.col("message").is_not_null())
        .collect(optimizations=flags(s.frame))
    )


def _rows_of(s: Subject, codes: pl.DataFrame | pl.LazyFrame, keys: list[str]) -> pl.LazyFrame:
    return s.frame.lazy().join(codes.lazy(), on=keys, how="inner", nulls_equal=True)


@rule("pcodes", ProblemCode.bad_pcode)
def pcodes(s: Subject) -> Sequence[Query]:
    """A P-code is its country's prefix then capital letters and digits, of the level's
    length where the country's COD lengths are known (`SY02`, `IQG01Q01`, `BDI001001`)."""
    return [
        select_hits(
            _rows_of(s, bad, code_keys(s, name)), ProblemCode.bad_pcode, name, Severity.error
        )
        for level, name in pcode_fields(s.sheet)
        if not (bad := malformed(s, level, name)).is_empty()
    ]


@rule("status", ProblemCode.bad_status, needs=("status",))
def statuses(s: Subject) -> Sequence[Query]:
    """A ceasefire status is one sitrep knows (case, spaces and hyphens ignored)."""
    text = pl.col("status")
    return [
        hits(
            s.frame,
            ProblemCode.bad_status,
            "status",
            text.is_not_null() & ~status(text).is_in(STATUSES),
            pl.lit(f"unknown status; expected one of: {', '.join(STATUSES)}"),
        )
    ]


@rule("households", ProblemCode.hh_exceed_ind, needs=("idps_hh", "idps_ind"))
def households(s: Subject) -> Sequence[Query]:
    """There are no more IDP households than IDP individuals."""
    return [
        hits(
            s.frame,
            ProblemCode.hh_exceed_ind,
            "idps_hh",
            pl.col(count_of("idps_hh")) > pl.col(count_of("idps_ind")),
            message("more households than people (", pl.col("idps_ind"), " individuals)"),
        )
    ]


@rule("critical", ProblemCode.critical_exceed_medevac, needs=("critical_ind", "medevac_ind"))
def critical(s: Subject) -> Sequence[Query]:
    """There are no more critical cases than people needing medical evacuation."""
    return [
        hits(
            s.frame,
            ProblemCode.critical_exceed_medevac,
            "critical_ind",
            pl.col(count_of("critical_ind")) > pl.col(count_of("medevac_ind")),
            message(
                "more critical cases than people needing medical evacuation (",
                pl.col("medevac_ind"),
                ")",
            ),
        )
    ]


@rule("end-after-start", ProblemCode.end_before_start, needs=("date_start", "date_end"))
def end_after_start(s: Subject) -> Sequence[Query]:
    """An event does not end before it starts."""
    return [
        hits(
            s.frame,
            ProblemCode.end_before_start,
            "date_end",
            pl.col(date_of("date_end")) < pl.col(date_of("date_start")),
            message("ends before it starts (", pl.col("date_start"), ")"),
        )
    ]


@rule("district-in-governorate", ProblemCode.pcode_not_under_adm1)
def district_in_governorate(s: Subject) -> Sequence[Query]:
    """A P-code starts with the code of the row's area one level up (both well formed).

    Checked once per distinct pair of codes.
    """
    levels = pcode_fields(s.sheet)
    queries = []
    for (upper, parent), (level, child) in itertools.pairwise(levels):
        country = code_keys(s, child)[:-1]
        pairs = (
            s.frame.lazy()
            .select(*country, parent, child)
            .drop_nulls([parent, child])
            .unique()
            .filter(~pl.col(child).str.starts_with(pl.col(parent)))
        )
        for lvl, name in ((upper, parent), (level, child)):
            bad = malformed(s, lvl, name).lazy().drop("message")
            pairs = pairs.join(bad, on=code_keys(s, name), how="anti", nulls_equal=True)
        outside = pairs.with_columns(
            message(f"this admin-{level} area is not in admin-{upper} area ", pl.col(parent)).alias(
                "message"
            )
        ).collect(optimizations=flags(s.frame))
        if outside.is_empty():
            continue
        query = _rows_of(s, outside.lazy(), [*country, parent, child])
        queries.append(select_hits(query, ProblemCode.pcode_not_under_adm1, child, Severity.error))
    return queries


SAME_NAME = 0.75
"""Names of one P-code this similar (difflib's ratio) are spellings of one name."""


@rule("one-name-per-pcode", ProblemCode.pcode_several_names)
def one_name_per_pcode(s: Subject) -> Sequence[Query]:
    """A P-code stands for one area: rows that give it differ at most in spelling
    (`Jebel Saman`, `Jebel Samaan`), not in the area (`Anambra`, `Benue`).

    Names are compared once per distinct (code, name) pair, and normalised only for the
    codes written with more than one name (most tables have none).
    """
    queries: list[Query] = []
    for level, code in pcode_fields(s.sheet):
        name = f"adm{level}_name"
        if name in s.fields:
            queries.append(_one_name(s.frame, code, name))
    return queries


def _one_name(frame: pl.DataFrame, code: str, name: str) -> Across:
    """The check of one level: its state is the distinct (code, name) pairs."""

    def pairs(rows: pl.LazyFrame) -> pl.LazyFrame:
        return rows.select(code, name).drop_nulls().unique()

    def finish(written: pl.DataFrame) -> list[Finding]:
        return _several_names(written, code, name)

    return Across(frame, pairs, finish, distinct=True)


def _several_names(written: pl.DataFrame, code: str, name: str) -> list[Finding]:
    """The codes whose distinct names are more than spellings of one, and their rows."""
    pairs = (
        written.lazy()
        .filter(pl.len().over(code) > 1)
        .select(pl.col(code), name_key(name).alias("key"))
        .unique()
        .group_by(code)
        .agg(pl.col("key").sort())
        .collect(optimizations=flags(written))
    )
    several = {
        each: len(names)
        for each, names in pairs.iter_rows()
        if any(
            difflib.SequenceMatcher(None, a, b).ratio() < SAME_NAME
            for a, b in itertools.combinations(names, 2)
        )
    }
    if not several:
        return []

    def found(frame: pl.LazyFrame) -> pl.LazyFrame:
        query = frame.filter(
            pl.col(code).is_in(list(several)) & pl.col(name).is_not_null()
        ).with_columns(
            message(
                "this P-code is given to ",
                pl.col(code).replace_strict(several, default=None),
                " different areas in this table (here ",
                pl.col(name),
                "); a P-code stands for one area",
            ).alias("message")
        )
        return select_hits(query, ProblemCode.pcode_several_names, code, Severity.error)

    return [Finding(None, found, (code, name))]


@rule("known-pcodes", ProblemCode.unknown_pcode)
def known_pcodes(s: Subject) -> Sequence[Query]:
    """A well-formed P-code is one the situation's gazetteer has (malformed: `pcodes`)."""
    if not s.context.gazetteer or s.sheet.kind is TableKind.gazetteer:
        return []
    known = s.context.gazetteer.codes
    queries = []
    for level, name in pcode_fields(s.sheet):
        if level not in s.context.gazetteer.levels:
            continue
        keys = code_keys(s, name)
        unknown = (
            s.frame.lazy()
            .select(keys)
            .filter(pl.col(name).is_not_null() & ~pl.col(name).is_in(known))
            .unique()
            .join(
                malformed(s, level, name).lazy().drop("message"),
                on=keys,
                how="anti",
                nulls_equal=True,
            )
            .with_columns(pl.lit("P-code not in the situation's gazetteer").alias("message"))
            .collect(optimizations=flags(s.frame))
        )
        query = _rows_of(s, unknown.lazy(), keys)
        queries.append(select_hits(query, ProblemCode.unknown_pcode, name, Severity.error))
    return queries


@rule("sourced", ProblemCode.no_source, needs=("source",))
def sourced(s: Subject) -> Sequence[Query]:
    """Every figure says who reported it (a warning: it cannot be cited otherwise)."""
    return [
        hits(
            s.frame,
            ProblemCode.no_source,
            "source",
            pl.col("source").is_null(),
            pl.lit("no source: say who reported this figure"),
            Severity.warning,
        )
    ]


# --- rows ---------------------------------------------------------------------------------


@rule("unique-rows", ProblemCode.duplicate_row)
def unique_rows(s: Subject) -> Sequence[Query]:
    """One row per date, place, population group, sector and category (start date, place and
    proposer for ceasefire events; per P-code of its own level in a gazetteer; a table
    without dates, such as people in need by sector, has no row twice in every column).

    Only rows whose key hash occurs more than once are grouped by their key to find
    the first one, so the common case (no duplicates) costs one pass over integers.
    """
    sheet, frame = s.sheet, s.frame
    place = place_of(sheet)
    if sheet.kind is TableKind.gazetteer:
        codes = [name for _, name in pcode_fields(sheet)]
        if not codes:
            return []
        code = pl.col(codes[-1]).str.to_uppercase()
        keys: list[pl.Expr] = [pl.when(code.is_not_null()).then(code.hash())]
        column, what = codes[-1], "P-code"
    elif LINE in frame.columns:
        keys, what, column = [pl.col(LINE)], "cells in every column", next(iter(sheet.fields))
    else:
        date = "date_start" if sheet.kind is TableKind.ceasefire else "date"
        if date not in sheet.fields:
            return []
        extra = "proposer" if sheet.kind is TableKind.ceasefire else "group"
        keys, parts = [pl.col(date_of(date))], ["date"]
        if place:
            keys.append(pl.col(PLACE))
            parts.append("place")
        # text is kept as a hash of its key, as the place is: a few bytes a row
        if extra in sheet.fields:
            key_of = name_key(extra)
            keys.append(pl.when(key_of.is_not_null()).then(key_of.hash()))
            parts.append(extra)
        for dimension in ("sector", "category", "assessment"):
            if dimension in sheet.fields:
                keys.append(name_key(dimension).fill_null("").hash())
                parts.append(sheet.fields[dimension].label)
        if REST in frame.columns:
            keys.append(pl.col(REST))
            parts.append("other text columns")
        what = " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "date"
        column = place or date
    filled = pl.all_horizontal(k.is_not_null() for k in keys)
    key = pl.struct(k.alias(f"k{i}") for i, k in enumerate(keys))

    def duplicates(state: pl.DataFrame) -> list[Finding]:
        if not _any_key_twice(state):
            return []
        found = (
            state.lazy()
            .filter(pl.col("key").hash().is_duplicated())
            .with_columns(pl.col(ROW).min().over("key").alias("first"))
            .filter(pl.col(ROW) != pl.col("first"))
            .select(pl.col(ROW).cast(pl.Int64), "first")
            .collect(optimizations=flags(state))
        )
        if found.is_empty():
            return []

        def hits(rows: pl.LazyFrame) -> pl.LazyFrame:
            query = rows.join(found.lazy(), on=ROW).with_columns(
                message(f"same {what} as row ", pl.col("first")).alias("message")
            )
            return select_hits(query, ProblemCode.duplicate_row, column, Severity.error)

        return [Finding(found.get_column(ROW), hits, (column,))]

    return [
        Across(
            frame,
            lambda rows: rows.filter(filled).select(_ROW_STATE, key.alias("key")),
            duplicates,
        )
    ]


_ROW_STATE = pl.col(ROW).cast(pl.Int32)
"""A row's number as the checks across rows keep it: half the bytes, for millions of rows."""


def _any_key_twice(state: pl.DataFrame) -> bool:
    """Whether two filled rows may share a key: two equal keys hash alike, so they stand
    side by side once the hashes are sorted. A sort of one integer column is a third of
    the time of the hash grouping the query starts with, and the common case (no
    duplicates) stops here; equal hashes of different keys the query itself tells apart."""
    hashes = state.lazy().select(pl.col("key").hash().sort().alias("hash"))
    twice = hashes.select((pl.col("hash") == pl.col("hash").shift(1)).any())
    return bool(twice.collect(optimizations=flags(state)).item())


_DAY_BITS = 20
"""A row's sort key is its place hash with the low bits replaced by its date in days
(years 535 to 3405; rows dated outside, already wrong, are left out of this rule)."""


@rule("no-tenfold-jump", ProblemCode.jump_10x, needs=("date",))
def no_tenfold_jump(s: Subject) -> Sequence[Query]:
    """A count more than tenfold the same place's figure at its previous date (a warning).

    Rows are sorted once on one integer (place hash in the high bits, date in the low
    ones), so each row's previous figure is the row above it when that row is the same
    place. Only numbers are sorted; the text of the few rows that jump is joined back.
    """
    sheet, frame = s.sheet, s.frame
    place = place_of(sheet)
    counted = [n for n in sheet.fields if is_count(sheet, n)]
    if sheet.kind is TableKind.ceasefire or not place or not counted:
        return []
    keys = [pl.col(PLACE)]
    for extra in ("group", "category", "assessment"):
        if extra in sheet.fields:
            keys.append(name_key(extra).fill_null(""))
    if SERIES in frame.columns:
        keys.append(pl.col(SERIES))
    place_hash = pl.struct(keys).hash() if len(keys) > 1 else keys[0]
    days = pl.col(date_of("date")).cast(pl.Int64) + (1 << (_DAY_BITS - 1))
    where = place_hash // (1 << _DAY_BITS)

    separators = _separators(thousands_of(s.context.situation))

    def state(rows: pl.LazyFrame) -> pl.LazyFrame:
        return rows.filter(
            days.is_between(0, (1 << _DAY_BITS) - 1) & pl.col(PLACE).is_not_null()
        ).select(
            _ROW_STATE,
            (where * (1 << _DAY_BITS) + days.cast(pl.UInt64)).alias("key"),
            *(pl.col(count_of(n)) for n in counted),
            *(_written(n, separators).alias(_written_of(n)) for n in counted),
        )

    # the date is the key's low bits: kept once, not beside it
    date = ((pl.col("key") % (1 << _DAY_BITS)).cast(pl.Int64) - (1 << (_DAY_BITS - 1))).cast(
        pl.Int32
    )

    def jumps(state: pl.DataFrame) -> list[Finding]:
        findings = []
        # the rows' order by place and date, found once for every count; only the key and
        # each count are put in that order, and the other columns only of the rows that
        # jump and of the rows before them (a million rows' state is not copied whole)
        order = state.select(pl.arg_sort_by("key", maintain_order=True)).to_series()
        ordered = state.select(
            (pl.col("key").gather(order) // (1 << _DAY_BITS)).alias("jump:place"),
            *(pl.col(count_of(name)).gather(order).alias(name) for name in counted),
        )
        same = pl.col("jump:place") == pl.col("jump:place").shift(1)
        # where each count jumps, for every count in one query: on a small sheet, each
        # query's fixed cost is more than its work
        found_at = ordered.select(_jumps(same, pl.col(n)).implode().alias(n) for n in counted)
        del ordered
        for name in counted:
            jumped = found_at.get_column(name)[0]
            if jumped.is_empty():  # the common case: no query of the rows at all
                continue
            rows = state.select(pl.all().gather(order.gather(jumped)))
            before = state.select(pl.all().gather(order.gather(jumped - 1)))
            found = pl.DataFrame(
                [
                    rows.get_column(ROW).cast(pl.Int64),
                    before.get_column(count_of(name)).alias("previous"),
                    before.select(date.cast(pl.Date)).to_series().alias("previous_date"),
                    before.get_column(ROW).alias("previous_row"),
                    rows.get_column(count_of(name)).alias("count"),
                    rows.get_column(_written_of(name)).alias("written"),
                ]
            )
            # a count's text is its digits, or grouped by a separator: written again from
            # the number; any other (leading zeros) is read from the rows themselves
            known = found.filter(pl.col("written") != _OTHER)
            texts = [
                str(n) if w == 0 else f"{n:,}".replace(",", separators[w - 1])
                for n, w in known.select("count", "written").iter_rows()
            ]
            if texts:
                known = known.with_columns(pl.Series(name, texts, dtype=pl.String))
                findings.append(Finding(known.get_column(ROW), _jumped(known, name, True), ()))
            other = found.filter(pl.col("written") == _OTHER)
            if not other.is_empty():
                findings.append(Finding(other.get_column(ROW), _jumped(other, name), (name,)))
        return findings

    return [Across(frame, state, jumps)]


def _jumps(same: pl.Expr, count: pl.Expr) -> pl.Expr:
    """The positions, in the order by place and date, of the counts more than tenfold the
    count before them when that is the same place's."""
    previous = count.shift(1)
    return (same & (previous > 0) & (count > previous * JUMP_FACTOR)).fill_null(False).arg_true()


_OTHER = 255
"""How a count is written that `_written` cannot write again from its number."""


def _separators(thousands: str) -> list[str]:
    """The characters a count's thousands may be separated by under a setting."""
    return [thousands] if thousands in (",", ".") else list(SPACE_CHARS)


def _written_of(name: str) -> str:
    return f"{name}:written"


def _written(name: str, separators: list[str]) -> pl.Expr:
    """How a count is written, so its text need not be kept: 0, as its digits (`1234`); `i`,
    grouped by the i-th separator (`1,234`); `_OTHER`, otherwise (`01234`, or two kinds of
    space). A count is read only from digits, grouped by threes or not, so these are all
    the ways its text can differ from its number's digits."""
    text = pl.col(name)
    has = [text.str.contains(separator, literal=True) for separator in separators]
    other = text.str.starts_with("0") & (text.str.len_bytes() > 1)
    if len(has) > 1:  # one separator cannot be two kinds of it
        other = other | (pl.sum_horizontal(has) > 1)
    # one chain of conditions, not a coalesce of one column per condition (half the time)
    written: Then | ChainedThen = pl.when(other).then(_OTHER)
    for i, h in enumerate(has, 1):
        written = written.when(h).then(i)
    return written.otherwise(0).cast(pl.UInt8)


def _jumped(
    found: pl.DataFrame, name: str, written: bool = False
) -> Callable[[pl.LazyFrame], pl.LazyFrame]:
    """The problems of the rows that jump: their text read from the rows, or (`written`)
    already in `found`."""

    def hits(rows: pl.LazyFrame) -> pl.LazyFrame:
        query = (
            found.lazy()
            if written
            else rows.select(ROW, name).join(found.drop(name, strict=False).lazy(), on=ROW)
        )
        query = query.with_columns(
            message(
                f"more than {JUMP_FACTOR}× the previous figure for this place (",
                pl.col("previous"),
                " on ",
                pl.col("previous_date"),
                ", row ",
                pl.col("previous_row"),
                ")",
            ).alias("message")
        )
        return select_hits(query, ProblemCode.jump_10x, name, Severity.warning)

    return hits


@rule("names-fit-pcodes", ProblemCode.name_mismatch)
def names_fit_pcodes(s: Subject) -> Sequence[Query]:
    """A place name is a name the gazetteer gives its row's P-code (a free-text place may be
    a neighbourhood it does not list, unless it gives that name another P-code).

    Checked once per distinct (code, name) pair.
    """
    gazetteer = s.context.gazetteer
    if not gazetteer or s.sheet.kind is TableKind.gazetteer:
        return []
    pairs = (
        ("adm1_code", "adm1_name", False),
        ("adm2_code", "adm2_name", False),
        ("adm3_code", "adm3_name", False),
        ("adm4_code", "adm4_name", False),
        ("adm2_code", "loc_name", True),
    )
    queries = []
    for code, name, alias in pairs:
        if not {code, name} <= s.fields:
            continue
        written = (
            s.frame.lazy()
            .select(code, name)
            .drop_nulls()
            .unique()
            .collect(optimizations=flags(s.frame))
        )
        bad = [
            (c, n, text)
            for c, n in written.iter_rows()
            if (text := gazetteer.mismatch(c, n, alias=alias))
        ]
        if not bad:
            continue
        table = pl.LazyFrame(
            bad, schema={code: pl.String, name: pl.String, "message": pl.String}, orient="row"
        )
        query = s.frame.lazy().join(table, on=[code, name], how="inner")
        queries.append(select_hits(query, ProblemCode.name_mismatch, name, Severity.error))
    return queries
