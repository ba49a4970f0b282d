"""Check field tables cell by cell and report every problem where a person will find it.

Each rule is one boolean polars expression over whole text columns, so a million
rows cost a few vectorised passes instead of a million Python calls, and the bad
value is reported exactly as typed. Typed records (pydantic) are built afterwards,
only when asked for and only for the rows that passed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from sitrep.config import CONFIG_NAME, load_situation
from sitrep.errors import DataError, UsageError
from sitrep.gazetteer import APOSTROPHES, CARDINAL_VARIANTS, DASHES, Gazetteer
from sitrep.models import (
    CasualtyRecord,
    CeasefireRecord,
    CeasefireStatus,
    DisplacementRecord,
    GazetteerEntry,
    MedevacRecord,
    Problem,
    Record,
    Severity,
    Situation,
    Table,
    TableKind,
    Validation,
    ValidationReport,
)
from sitrep.tables import (
    KINDS,
    LOCATION_PRIORITY,
    ROW,
    FieldType,
    Sheet,
    gazetteer_entries,
    load_gazetteer,
    read_table_file,
    table_files,
)

STATUSES: tuple[str, ...] = tuple(s.value for s in CeasefireStatus)
PLACE = "place:key"
JUMP_FACTOR = 10
"""A count more than this many times the same place's previous value is worth a second look."""

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_COUNT = r"^(?:\d+|\d{1,3}(?:,\d{3})+)$"
_NEGATIVE = r"^-\s*\d"
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
_EXCEL_SERIAL = r"^\d{5}(?:\.0+)?$"
_SLASH_DATE = r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$"
_ANY_ADM1 = r"^[A-Z]{2}\d{2}$"
_ANY_ADM2 = r"^[A-Z]{2}\d{4}$"
_RECORD_TYPES: dict[TableKind, type[Record]] = {
    TableKind.displacement: DisplacementRecord,
    TableKind.medevac: MedevacRecord,
    TableKind.casualties: CasualtyRecord,
    TableKind.ceasefire: CeasefireRecord,
    TableKind.gazetteer: GazetteerEntry,
}


def _n(name: str) -> str:
    return f"{name}:n"


def _d(name: str) -> str:
    return f"{name}:d"


def _name_key(column: str) -> pl.Expr:
    """`gazetteer.normalise_place` over a whole column: rows name one place however spelled."""
    text = (
        pl.col(column)
        .str.normalize("NFKD")
        .str.replace_all(r"\p{Mn}", "")
        .str.to_lowercase()
        .str.replace_all(f"[{APOSTROPHES}]", "'")
        .str.replace_all(rf"[{re.escape(DASHES)}\s]+", " ")
        .str.strip_chars()
        .str.replace(r"^the ", "")
    )
    for long, short in CARDINAL_VARIANTS.items():
        text = text.str.replace_all(rf"\b{long}\b", short)
    return text


def _message(*parts: str | pl.Expr) -> pl.Expr:
    """A message that quotes other cells of the row (`pl.concat_str` of text and cells)."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p.cast(pl.String) for p in parts])


@dataclass(frozen=True)
class _Check:
    """One rule: where it fails (`mask`), on which field's column, and what to say."""

    code: str
    field: str
    mask: pl.Expr
    message: pl.Expr
    severity: Severity = Severity.error


@dataclass
class _Context:
    situation: Situation | None
    gazetteer: Gazetteer
    today: dt.date


# --- parsing text columns into values ---------------------------------------------------


def _prepare(sheet: Sheet, context: _Context) -> pl.DataFrame:
    """Stripped text for every field, plus typed `:n` (counts) and `:d` (dates) columns.

    Rows whose every field is empty or blank are left out: a person sees an empty row.
    `PLACE` identifies a row's place (a hash of its most specific location, normalised).
    """
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    names = list(sheet.fields)
    frame = sheet.frame
    padded = frame.select(pl.col(names).str.contains(r"^\s|\s$").any()).row(0)
    # Most cells have no spaces around them; only columns that do are copied.
    untidy = [n for n, has in zip(names, padded, strict=True) if has]
    if untidy:
        stripped = (pl.col(n).str.strip_chars() for n in untidy)
        frame = frame.with_columns(pl.when(s.str.len_bytes() > 0).then(s) for s in stripped)
    filled = frame.select(pl.any_horizontal(pl.col(names).is_not_null())).to_series()
    if not filled.all():
        frame = frame.filter(filled)
    date_format = context.situation.date_format if context.situation else "iso"
    typed = []
    for name in names:
        kind = spec.spec(name).type
        if kind is FieldType.count:
            typed.append(_parse_count(pl.col(name)).alias(_n(name)))
        elif kind is FieldType.date:
            typed.append(_parse_date(pl.col(name), date_format).alias(_d(name)))
    place = _place(sheet)
    if place:
        typed.append(_place_key(place).hash().alias(PLACE))
    return frame.with_columns(typed)


def _parse_count(text: pl.Expr) -> pl.Expr:
    return pl.when(text.str.contains(_COUNT)).then(
        text.str.replace_all(",", "", literal=True).cast(pl.Int64, strict=False)
    )


def _parse_date(text: pl.Expr, date_format: str) -> pl.Expr:
    iso = pl.when(text.str.contains(_ISO_DATE)).then(
        text.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)
    )
    serial = pl.when(text.str.contains(_EXCEL_SERIAL)).then(
        pl.lit(_EXCEL_EPOCH) + pl.duration(days=text.str.slice(0, 5).cast(pl.Int64))
    )
    parts = [iso, serial]
    if date_format in ("dmy", "mdy"):
        order = "%d/%m/%Y" if date_format == "dmy" else "%m/%d/%Y"
        parts.append(
            pl.when(text.str.contains(_SLASH_DATE)).then(
                text.str.replace_all(r"[.-]", "/").str.to_date(order, strict=False)
            )
        )
    return pl.coalesce(parts)


# --- the rules ---------------------------------------------------------------------------


def _cell_checks(sheet: Sheet, context: _Context) -> list[_Check]:
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    present = set(sheet.fields)
    checks: list[_Check] = []
    for group in spec.required:
        there = [f for f in group if f in present]
        if there:
            empty = pl.all_horizontal(pl.col(f).is_null() for f in there)
            what = (
                "a value"
                if len(there) == 1
                else "one of " + ", ".join(sheet.fields[f].label for f in there)
            )
            checks.append(
                _Check("empty-value", there[0], empty, pl.lit(f"required: expected {what}"))
            )
    for name in present:
        checks.extend(_type_checks(name, spec.spec(name).type, context))
    checks.extend(_cross_checks(present))
    if context.gazetteer and sheet.kind is not TableKind.gazetteer:
        checks.extend(_known_codes(present, context))
    if "source" in present:
        checks.append(
            _Check(
                "no-source",
                "source",
                pl.col("source").is_null(),
                pl.lit("no source: say who reported this figure"),
                Severity.warning,
            )
        )
    return checks


def _type_checks(name: str, kind: FieldType, context: _Context) -> list[_Check]:
    text = pl.col(name)
    if kind is FieldType.count:
        negative = text.str.contains(_NEGATIVE)
        return [
            _Check(
                "negative-count",
                name,
                negative,
                pl.lit("a count cannot be negative; expected a whole number ≥ 0"),
            ),
            _Check(
                "not-a-count",
                name,
                text.is_not_null() & pl.col(_n(name)).is_null() & ~negative,
                pl.lit("expected a whole number ≥ 0, such as 1234 or 1,234"),
            ),
        ]
    if kind is FieldType.date:
        return _date_checks(name, context)
    if kind in (FieldType.adm1_code, FieldType.adm2_code):
        level = 1 if kind is FieldType.adm1_code else 2
        pattern, example = _pcode_pattern(level, context.situation)
        return [
            _Check(
                "bad-pcode",
                name,
                text.is_not_null() & ~text.str.contains(pattern),
                pl.lit(f"not an admin-{level} P-code; expected a code such as {example}"),
            )
        ]
    if kind is FieldType.status:
        return [
            _Check(
                "bad-status",
                name,
                text.is_not_null() & ~_status(text).is_in(STATUSES),
                pl.lit(f"unknown status; expected one of: {', '.join(STATUSES)}"),
            )
        ]
    return []


def _status(text: pl.Expr) -> pl.Expr:
    """`In effect` and `in-effect` are `in_effect`."""
    return text.str.to_lowercase().str.replace_all(r"[\s\-]+", "_")


def _pcode_pattern(level: int, situation: Situation | None) -> tuple[str, str]:
    """The P-code regex for an admin level, and an example to show in messages."""
    example = "02" if level == 1 else "0200"
    if situation is None:
        return (_ANY_ADM1 if level == 1 else _ANY_ADM2), "SY" + example
    return situation.pcode_pattern(level).pattern, situation.pcode_prefix + example


def _date_checks(name: str, context: _Context) -> list[_Check]:
    text, value = pl.col(name), pl.col(_d(name))
    date_format = context.situation.date_format if context.situation else "iso"
    ambiguous = text.str.contains(_SLASH_DATE) & pl.lit(date_format == "iso")
    expected = {"iso": "YYYY-MM-DD", "dmy": "YYYY-MM-DD or DD/MM/YYYY"}.get(
        date_format, "YYYY-MM-DD or MM/DD/YYYY"
    )
    checks = [
        _Check(
            "bad-date",
            name,
            text.is_not_null() & value.is_null() & ~ambiguous,
            pl.lit(f"not a date; expected {expected}"),
        ),
        _Check(
            "future-date",
            name,
            value > context.today,
            pl.lit(f"date is in the future (today is {context.today.isoformat()})"),
        ),
    ]
    if date_format == "iso":
        checks.append(
            _Check(
                "ambiguous-date",
                name,
                ambiguous,
                pl.lit(
                    "day and month order is not declared; write YYYY-MM-DD, or set "
                    'date_format = "dmy" (or "mdy") in sitrep.toml'
                ),
            )
        )
    return checks


def _cross_checks(present: set[str]) -> list[_Check]:
    checks = []
    if {"idps_hh", "idps_ind"} <= present:
        checks.append(
            _Check(
                "hh-exceed-ind",
                "idps_hh",
                pl.col(_n("idps_hh")) > pl.col(_n("idps_ind")),
                _message("more households than people (", pl.col("idps_ind"), " individuals)"),
            )
        )
    if {"critical_ind", "medevac_ind"} <= present:
        checks.append(
            _Check(
                "critical-exceed-medevac",
                "critical_ind",
                pl.col(_n("critical_ind")) > pl.col(_n("medevac_ind")),
                _message(
                    "more critical cases than people needing medical evacuation (",
                    pl.col("medevac_ind"),
                    ")",
                ),
            )
        )
    if {"date_start", "date_end"} <= present:
        checks.append(
            _Check(
                "end-before-start",
                "date_end",
                pl.col(_d("date_end")) < pl.col(_d("date_start")),
                _message("ends before it starts (", pl.col("date_start"), ")"),
            )
        )
    if {"adm1_code", "adm2_code"} <= present:
        checks.append(
            _Check(
                "pcode-not-under-adm1",
                "adm2_code",
                ~pl.col("adm2_code").str.starts_with(pl.col("adm1_code"))
                & pl.col("adm1_code").str.contains(_ANY_ADM1)
                & pl.col("adm2_code").str.contains(_ANY_ADM2),
                _message("this district is not in admin-1 area ", pl.col("adm1_code")),
            )
        )
    return checks


def _known_codes(present: set[str], context: _Context) -> list[_Check]:
    """Well-formed P-codes the gazetteer does not have (malformed ones are `bad-pcode`)."""
    known = list(context.gazetteer.names)
    return [
        _Check(
            "unknown-pcode",
            name,
            pl.col(name).str.contains(_pcode_pattern(level, context.situation)[0])
            & ~pl.col(name).is_in(known),
            pl.lit("P-code not in the situation's gazetteer"),
        )
        for name, level in (("adm1_code", 1), ("adm2_code", 2))
        if name in present
    ]


def _place(sheet: Sheet) -> str | None:
    return next((f for f in LOCATION_PRIORITY if f in sheet.fields), None)


def _place_key(name: str) -> pl.Expr:
    return pl.col(name).str.to_uppercase() if name.endswith("_code") else _name_key(name)


def _duplicate_queries(sheet: Sheet, frame: pl.DataFrame) -> list[pl.LazyFrame]:
    """One row per date, place and population group (per P-code in a gazetteer).

    Only rows whose key hash occurs more than once are grouped by their key to find
    the first one, so the common case (no duplicates) costs one pass over integers.
    """
    assert sheet.kind is not None
    place = _place(sheet)
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
        keys, parts = [pl.col(_d(date))], ["date"]
        if place:
            keys.append(pl.col(PLACE))
            parts.append("place")
        if extra in sheet.fields:
            keys.append(_name_key(extra))
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
        .with_columns(_message(f"same {what} as row ", pl.col("first")).alias("message"))
    )
    return [_select_hits(query, "duplicate-row", column, Severity.error)]


_DAY_BITS = 20
"""A row's sort key is its place hash with the low bits replaced by its date in days
(years 535 to 3405; rows dated outside, already wrong, are left out of this rule)."""


def _jump_queries(sheet: Sheet, frame: pl.DataFrame) -> list[pl.LazyFrame]:
    """A count more than tenfold the same place's figure at its previous date.

    Rows are sorted once on one integer (place hash in the high bits, date in the low
    ones), so each row's previous figure is the row above it when that row is the same
    place. Only numbers are sorted; the text of the few rows that jump is joined back.
    """
    place = _place(sheet)
    counts = [n for n in sheet.fields if _is_count(sheet, n)]
    if sheet.kind is TableKind.ceasefire or "date" not in sheet.fields or not place or not counts:
        return []
    keys = [pl.col(PLACE)]
    if "group" in sheet.fields:
        keys.append(_name_key("group"))
    place_hash = pl.struct(keys).hash() if len(keys) > 1 else keys[0]
    days = pl.col(_d("date")).cast(pl.Int64) + (1 << (_DAY_BITS - 1))
    where = place_hash // (1 << _DAY_BITS)
    ordered = (
        frame.lazy()
        .filter(days.is_between(0, (1 << _DAY_BITS) - 1) & pl.col(place).is_not_null())
        .select(
            pl.col(ROW),
            (where * (1 << _DAY_BITS) + days.cast(pl.UInt64)).alias("key"),
            pl.col(_d("date")),
            *(pl.col(_n(n)) for n in counts),
        )
        .sort("key", maintain_order=True)
        .with_columns(
            (pl.col("key") // (1 << _DAY_BITS) == pl.col("key").shift(1) // (1 << _DAY_BITS))
            .fill_null(False)
            .alias("same"),
            pl.col(_d("date")).shift(1).alias("previous_date"),
            pl.col(ROW).shift(1).alias("previous_row"),
        )
        .collect()
        .lazy()
    )
    queries = []
    for name in counts:
        previous = pl.when(pl.col("same")).then(pl.col(_n(name)).shift(1))
        query = (
            ordered.with_columns(previous.alias("previous"))
            .filter(
                (pl.col("previous") > 0) & (pl.col(_n(name)) > pl.col("previous") * JUMP_FACTOR)
            )
            .join(frame.lazy().select(ROW, name), on=ROW, how="left")
            .with_columns(
                _message(
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
        queries.append(_select_hits(query, "jump-10x", name, Severity.warning))
    return queries


def _is_count(sheet: Sheet, name: str) -> bool:
    assert sheet.kind is not None
    return KINDS[sheet.kind].spec(name).type is FieldType.count


def _name_checks(frame: pl.DataFrame, sheet: Sheet, gazetteer: Gazetteer) -> list[pl.LazyFrame]:
    """Names that do not fit their P-code, checked once per distinct (code, name) pair."""
    pairs = (
        ("adm1_code", "adm1_name", False),
        ("adm2_code", "adm2_name", False),
        ("adm2_code", "loc_name", True),
    )
    queries = []
    for code, name, alias in pairs:
        if not {code, name} <= sheet.fields.keys():
            continue
        bad = [
            (c, n, message)
            for c, n in frame.select(code, name).drop_nulls().unique().iter_rows()
            if (message := gazetteer.mismatch(c, n, alias=alias))
        ]
        if not bad:
            continue
        table = pl.LazyFrame(
            bad, schema={code: pl.String, name: pl.String, "message": pl.String}, orient="row"
        )
        query = frame.lazy().join(table, on=[code, name], how="inner")
        queries.append(_select_hits(query, "name-mismatch", name, Severity.error))
    return queries


# --- running the rules on a sheet -------------------------------------------------------


def _sheet_problems(sheet: Sheet, context: _Context) -> tuple[list[Problem], pl.DataFrame]:
    """Every problem of a recognised sheet, and the prepared frame for typing its rows."""
    assert sheet.kind is not None
    problems = _missing_columns(sheet)
    frame = _prepare(sheet, context)
    queries = [_hits(frame, check) for check in _cell_checks(sheet, context)]
    queries.extend(_duplicate_queries(sheet, frame))
    queries.extend(_jump_queries(sheet, frame))
    if context.gazetteer and sheet.kind is not TableKind.gazetteer:
        queries.extend(_name_checks(frame, sheet, context.gazetteer))
    hits = pl.concat(pl.collect_all(queries)) if queries else None
    if hits is not None and hits.height:
        for row, value, message, code, name, severity in hits.iter_rows():
            column = sheet.fields[name]
            problems.append(
                Problem(
                    file=sheet.file,
                    sheet=sheet.name,
                    row=row,
                    column=column.label,
                    hxl=column.tag,
                    value=value,
                    severity=Severity(severity),
                    code=code,
                    message=message,
                )
            )
    return problems, frame


def _hits(frame: pl.DataFrame, check: _Check) -> pl.LazyFrame:
    """The rows where a check fails; the message is computed for those rows only."""
    query = frame.lazy().filter(check.mask.fill_null(False))
    return _select_hits(
        query.with_columns(check.message.alias("message")), check.code, check.field, check.severity
    )


def _select_hits(query: pl.LazyFrame, code: str, name: str, severity: Severity) -> pl.LazyFrame:
    """The columns a `Problem` is made of, the same for every rule."""
    return query.select(
        pl.col(ROW),
        pl.col(name).cast(pl.String).alias("value"),
        pl.col("message"),
        pl.lit(code).alias("code"),
        pl.lit(name).alias("field"),
        pl.lit(severity.value).alias("severity"),
    )


def _missing_columns(sheet: Sheet) -> list[Problem]:
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    problems = []
    for group in spec.required:
        if any(f in sheet.fields for f in group):
            continue
        fields = [spec.spec(f) for f in group]
        tags = " or ".join(f.tags[0] for f in fields)
        headers = " or ".join(f'"{f.title}"' for f in fields)
        problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                hxl=fields[0].tags[0],
                code="missing-column",
                message=f"no {group[0] if len(group) == 1 else 'place'} column: "
                f"tag one {tags}, or head it {headers}",
            )
        )
    if sheet.kind is not TableKind.gazetteer and "source" not in sheet.fields:
        problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                hxl="#meta+source",
                severity=Severity.warning,
                code="no-source",
                message="no source column (#meta+source): figures cannot be cited",
            )
        )
    return problems


def _records(sheet: Sheet, frame: pl.DataFrame, bad_rows: set[int]) -> list[Record]:
    """Typed rows for later stages, only where no error was found."""
    assert sheet.kind is not None
    good = frame.filter(~pl.col(ROW).is_in(list(bad_rows)))
    if sheet.kind is TableKind.gazetteer:
        return list(gazetteer_entries(sheet, good.get_column(ROW)))
    spec = KINDS[sheet.kind]
    columns = [pl.col(ROW).alias("row")]
    for name in sheet.fields:
        kind = spec.spec(name).type
        if kind is FieldType.count:
            columns.append(pl.col(_n(name)).alias(name))
        elif kind is FieldType.date:
            columns.append(pl.col(_d(name)).alias(name))
        elif kind is FieldType.status:
            columns.append(_status(pl.col(name)).alias(name))
        else:
            columns.append(pl.col(name))
    model = _RECORD_TYPES[sheet.kind]
    return [model.model_validate(row) for row in good.select(columns).to_dicts()]


# --- files and folders ------------------------------------------------------------------


@dataclass
class _Group:
    """Files validated together: they share a situation and a gazetteer."""

    situation: Situation | None
    files: list[Path]
    gazetteer: list[GazetteerEntry] = field(default_factory=list)


def _groups(
    paths: Sequence[Path], situation: Situation | None, report: ValidationReport
) -> list[_Group]:
    """Folders are situations; lone files are grouped by the folder they are in."""
    groups: list[_Group] = []
    loose: dict[Path, _Group] = {}
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        if path.is_dir():
            found = situation
            report.files += 1
            try:
                found = situation or load_situation(path)
            except DataError as exc:
                report.problems.extend(exc.problems)
            groups.append(_Group(found, table_files(path)))
            continue
        folder = path.parent.resolve()
        if folder not in loose:
            loose[folder] = group = _Group(situation, [])
            groups.append(group)
            if (folder / CONFIG_NAME).is_file():
                group.gazetteer = load_gazetteer(folder)
                if situation is None:
                    with contextlib.suppress(DataError):
                        group.situation = load_situation(folder)
        loose[folder].files.append(path)
    return groups


def validate_paths(
    paths: Sequence[Path],
    *,
    situation: Situation | None = None,
    records: bool = False,
    today: dt.date | None = None,
) -> Validation:
    """Validate files and situation folders; with `records`, type the rows that passed.

    A folder is a situation: its `sitrep.toml` is checked and applies to its tables,
    whose gazetteer checks their P-codes and names. A lone file inside a situation
    folder gets that folder's settings and gazetteer too.
    """
    today = today or dt.date.today()  # the officer's calendar day, as the sheets are dated
    validation = Validation()
    report = validation.report
    for group in _groups(paths, situation, report):
        read = [read_table_file(path) for path in group.files]
        report.files += len(group.files)
        sheets = [s for r in read for s in r.sheets]
        entries = list(group.gazetteer)
        for sheet in sheets:
            if sheet.kind is TableKind.gazetteer:
                entries.extend(gazetteer_entries(sheet))
        context = _Context(group.situation, Gazetteer.of(entries), today)
        for result in read:
            report.problems.extend(result.problems)
            for sheet in result.sheets:
                report.problems.extend(sheet.problems)
                if sheet.kind is None:
                    continue
                problems, frame = _sheet_problems(sheet, context)
                report.rows += frame.height
                problems.sort(key=_order(sheet))
                report.problems.extend(problems)
                if records:
                    validation.tables.append(_table(sheet, frame, problems))
    return validation


def _order(sheet: Sheet) -> Callable[[Problem], tuple[bool, int, int]]:
    """Errors first, then by row, then by column as they stand in the sheet."""
    position = {c.label: c.index for c in sheet.fields.values()}

    def key(problem: Problem) -> tuple[bool, int, int]:
        return (
            problem.severity is not Severity.error,
            problem.row or 0,
            position.get(problem.column or "", -1),
        )

    return key


def _table(sheet: Sheet, frame: pl.DataFrame, problems: list[Problem]) -> Table:
    assert sheet.kind is not None
    sheet_level = any(p.row is None and p.severity is Severity.error for p in problems)
    bad_rows = {p.row for p in problems if p.row is not None and p.severity is Severity.error}
    return Table(
        kind=sheet.kind,
        file=sheet.file,
        sheet=sheet.name,
        columns={name: (c.label, c.tag) for name, c in sheet.fields.items()},
        records=[] if sheet_level else _records(sheet, frame, bad_rows),
    )
