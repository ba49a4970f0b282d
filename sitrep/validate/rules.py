"""The validation rules, each a registered unit a maintainer can list, select and test.

A rule names the problem codes it reports and the fields it needs; given a prepared
sheet it returns lazy queries of the rows where it fails (one boolean mask over
whole text columns per check, so a million rows cost a few vectorised passes).
`RULES` lists them in the order they run; `select_rules` picks some by name.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import polars as pl

from sitrep.models import ProblemCode, Severity, TableKind
from sitrep.tables import KINDS, ROW, FieldType, Sheet
from sitrep.validate.columns import (
    ANY_ADM1,
    ANY_ADM2,
    NEGATIVE,
    PLACE,
    SLASH_DATE,
    STATUSES,
    Context,
    count_of,
    date_of,
    is_count,
    message,
    name_key,
    pcode_pattern,
    place_of,
    status,
)

JUMP_FACTOR = 10
"""A count more than this many times the same place's previous value is worth a second look."""


@dataclass(frozen=True)
class Subject:
    """What a rule looks at: a recognised sheet, its prepared frame, and the context."""

    sheet: Sheet
    frame: pl.DataFrame
    context: Context

    @property
    def fields(self) -> set[str]:
        return set(self.sheet.fields)

    def of_type(self, kind: FieldType) -> list[str]:
        assert self.sheet.kind is not None
        spec = KINDS[self.sheet.kind]
        return [name for name in self.sheet.fields if spec.spec(name).type is kind]


Find = Callable[[Subject], list[pl.LazyFrame]]


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


def hits(
    frame: pl.DataFrame,
    code: ProblemCode,
    name: str,
    mask: pl.Expr,
    text: pl.Expr,
    severity: Severity = Severity.error,
) -> pl.LazyFrame:
    """The rows where `mask` holds; the message is computed for those rows only."""
    query = frame.lazy().filter(mask.fill_null(False)).with_columns(text.alias("message"))
    return select_hits(query, code, name, severity)


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
def required(s: Subject) -> list[pl.LazyFrame]:
    """A required cell is empty (for a group such as the place columns: all of them are)."""
    assert s.sheet.kind is not None
    queries = []
    for group in KINDS[s.sheet.kind].required:
        there = [f for f in group if f in s.fields]
        if there:
            empty = pl.all_horizontal(pl.col(f).is_null() for f in there)
            labels = ", ".join(s.sheet.fields[f].label for f in there)
            what = "a value" if len(there) == 1 else f"one of {labels}"
            text = pl.lit(f"required: expected {what}")
            queries.append(hits(s.frame, ProblemCode.empty_value, there[0], empty, text))
    return queries


@rule("counts", ProblemCode.negative_count, ProblemCode.not_a_count)
def counts(s: Subject) -> list[pl.LazyFrame]:
    """A count is a whole number ≥ 0, written 1234 or 1,234."""
    queries = []
    for name in s.of_type(FieldType.count):
        text = pl.col(name)
        negative = text.str.contains(NEGATIVE)
        queries.append(
            hits(
                s.frame,
                ProblemCode.negative_count,
                name,
                negative,
                pl.lit("a count cannot be negative; expected a whole number ≥ 0"),
            )
        )
        queries.append(
            hits(
                s.frame,
                ProblemCode.not_a_count,
                name,
                text.is_not_null() & pl.col(count_of(name)).is_null() & ~negative,
                pl.lit("expected a whole number ≥ 0, such as 1234 or 1,234"),
            )
        )
    return queries


@rule("dates", ProblemCode.bad_date, ProblemCode.future_date, ProblemCode.ambiguous_date)
def dates(s: Subject) -> list[pl.LazyFrame]:
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
                )
            )
    return queries


@rule("pcodes", ProblemCode.bad_pcode)
def pcodes(s: Subject) -> list[pl.LazyFrame]:
    """A P-code has the country's pattern for its admin level (SY02, SY0200)."""
    queries = []
    for kind, level in ((FieldType.adm1_code, 1), (FieldType.adm2_code, 2)):
        pattern, example = pcode_pattern(level, s.context.situation)
        for name in s.of_type(kind):
            text = pl.col(name)
            queries.append(
                hits(
                    s.frame,
                    ProblemCode.bad_pcode,
                    name,
                    text.is_not_null() & ~text.str.contains(pattern),
                    pl.lit(f"not an admin-{level} P-code; expected a code such as {example}"),
                )
            )
    return queries


@rule("status", ProblemCode.bad_status, needs=("status",))
def statuses(s: Subject) -> list[pl.LazyFrame]:
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
def households(s: Subject) -> list[pl.LazyFrame]:
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
def critical(s: Subject) -> list[pl.LazyFrame]:
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
def end_after_start(s: Subject) -> list[pl.LazyFrame]:
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


@rule("district-in-governorate", ProblemCode.pcode_not_under_adm1, needs=("adm1_code", "adm2_code"))
def district_in_governorate(s: Subject) -> list[pl.LazyFrame]:
    """An admin-2 P-code starts with its row's admin-1 P-code."""
    return [
        hits(
            s.frame,
            ProblemCode.pcode_not_under_adm1,
            "adm2_code",
            ~pl.col("adm2_code").str.starts_with(pl.col("adm1_code"))
            & pl.col("adm1_code").str.contains(ANY_ADM1)
            & pl.col("adm2_code").str.contains(ANY_ADM2),
            message("this district is not in admin-1 area ", pl.col("adm1_code")),
        )
    ]


@rule("known-pcodes", ProblemCode.unknown_pcode)
def known_pcodes(s: Subject) -> list[pl.LazyFrame]:
    """A well-formed P-code is one the situation's gazetteer has (malformed: `pcodes`)."""
    if not s.context.gazetteer or s.sheet.kind is TableKind.gazetteer:
        return []
    known = s.context.gazetteer.codes
    return [
        hits(
            s.frame,
            ProblemCode.unknown_pcode,
            name,
            pl.col(name).str.contains(pcode_pattern(level, s.context.situation)[0])
            & ~pl.col(name).is_in(known),
            pl.lit("P-code not in the situation's gazetteer"),
        )
        for name, level in (("adm1_code", 1), ("adm2_code", 2))
        if name in s.fields
    ]


@rule("sourced", ProblemCode.no_source, needs=("source",))
def sourced(s: Subject) -> list[pl.LazyFrame]:
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
def unique_rows(s: Subject) -> list[pl.LazyFrame]:
    """One row per date, place and population group (start date, place and proposer for
    ceasefire events; per P-code in a gazetteer).

    Only rows whose key hash occurs more than once are grouped by their key to find
    the first one, so the common case (no duplicates) costs one pass over integers.
    """
    sheet, frame = s.sheet, s.frame
    place = place_of(sheet)
    if sheet.kind is TableKind.gazetteer:
        codes: list[str] = [f for f in ("adm2_code", "adm1_code") if f in sheet.fields]
        if not codes:
            return []
        keys = [pl.coalesce(pl.col(f).str.to_uppercase() for f in codes)]
        column, what = codes[0], "P-code"
    else:
        date = "date_start" if sheet.kind is TableKind.ceasefire else "date"
        if date not in sheet.fields:
            return []
        extra = "proposer" if sheet.kind is TableKind.ceasefire else "group"
        keys, parts = [pl.col(date_of(date))], ["date"]
        if place:
            keys.append(pl.col(PLACE))
            parts.append("place")
        if extra in sheet.fields:
            keys.append(name_key(extra))
            parts.append(extra)
        what = " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "date"
        column = place or date
    query = (
        frame.lazy()
        .filter(pl.all_horizontal(k.is_not_null() for k in keys))
        .with_columns(pl.struct(k.alias(f"k{i}") for i, k in enumerate(keys)).alias("key"))
        .filter(pl.col("key").hash().is_duplicated())
        .with_columns(pl.col(ROW).min().over("key").alias("first"))
        .filter(pl.col(ROW) != pl.col("first"))
        .with_columns(message(f"same {what} as row ", pl.col("first")).alias("message"))
    )
    return [select_hits(query, ProblemCode.duplicate_row, column, Severity.error)]


_DAY_BITS = 20
"""A row's sort key is its place hash with the low bits replaced by its date in days
(years 535 to 3405; rows dated outside, already wrong, are left out of this rule)."""


@rule("no-tenfold-jump", ProblemCode.jump_10x, needs=("date",))
def no_tenfold_jump(s: Subject) -> list[pl.LazyFrame]:
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
    if "group" in sheet.fields:
        keys.append(name_key("group"))
    place_hash = pl.struct(keys).hash() if len(keys) > 1 else keys[0]
    days = pl.col(date_of("date")).cast(pl.Int64) + (1 << (_DAY_BITS - 1))
    where = place_hash // (1 << _DAY_BITS)
    ordered = (
        frame.lazy()
        .filter(days.is_between(0, (1 << _DAY_BITS) - 1) & pl.col(place).is_not_null())
        .select(
            pl.col(ROW),
            (where * (1 << _DAY_BITS) + days.cast(pl.UInt64)).alias("key"),
            pl.col(date_of("date")),
            *(pl.col(count_of(n)) for n in counted),
        )
        .sort("key", maintain_order=True)
        .with_columns(
            (pl.col("key") // (1 << _DAY_BITS) == pl.col("key").shift(1) // (1 << _DAY_BITS))
            .fill_null(False)
            .alias("same"),
            pl.col(date_of("date")).shift(1).alias("previous_date"),
            pl.col(ROW).shift(1).alias("previous_row"),
        )
        .collect()
        .lazy()
    )
    queries = []
    for name in counted:
        previous = pl.when(pl.col("same")).then(pl.col(count_of(name)).shift(1))
        query = (
            ordered.with_columns(previous.alias("previous"))
            .filter(
                (pl.col("previous") > 0)
                & (pl.col(count_of(name)) > pl.col("previous") * JUMP_FACTOR)
            )
            .join(frame.lazy().select(ROW, name), on=ROW, how="left")
            .with_columns(
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
        )
        queries.append(select_hits(query, ProblemCode.jump_10x, name, Severity.warning))
    return queries


@rule("names-fit-pcodes", ProblemCode.name_mismatch)
def names_fit_pcodes(s: Subject) -> list[pl.LazyFrame]:
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
        ("adm2_code", "loc_name", True),
    )
    queries = []
    for code, name, alias in pairs:
        if not {code, name} <= s.fields:
            continue
        bad = [
            (c, n, text)
            for c, n in s.frame.select(code, name).drop_nulls().unique().iter_rows()
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
