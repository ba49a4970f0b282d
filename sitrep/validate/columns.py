"""Text columns into values: the stripped text, typed counts and dates, a row's place.

Rules compare whole polars columns, so each sheet is prepared once: every field's
stripped text, plus a typed `:n` (count) or `:d` (date) column beside it, and a hash
of the row's place. The bad value stays visible as typed in the text column.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import polars as pl

from sitrep.gazetteer import (
    APOSTROPHES,
    CARDINAL_VARIANTS,
    DASHES,
    ISO2,
    LEVEL_LENGTHS,
    Gazetteer,
    countries,
    level_length,
)
from sitrep.models import CeasefireStatus, Situation
from sitrep.tables import (
    FIGURE_TYPES,
    KINDS,
    LOCATION_PRIORITY,
    LONG_FIGURES,
    ROW,
    FieldType,
    Sheet,
    long_key,
)

STATUSES: tuple[str, ...] = tuple(s.value for s in CeasefireStatus)
PLACE = "place:key"
"""Column holding a hash of the row's most specific place, normalised."""

_EXCEL_EPOCH = dt.date(1899, 12, 30)
SPACE_CHARS = (" ", "\u00a0", "\u202f")
SPACES = "[ \u00a0\u202f]"
"""A space, a no-break space or a narrow no-break space: one thousands separator."""
SEPARATORS = {",": ",", ".": r"\.", " ": SPACES, "\u00a0": SPACES}
"""The thousands settings of sitrep.toml, as the pattern of the separator in a count."""


def count_pattern(thousands: str) -> str:
    """A whole number ≥ 0, its thousands separated by `thousands` (`1,234`, `1.234`, `1 234`)."""
    return rf"^(?:\d+|\d{{1,3}}(?:{SEPARATORS[thousands]}\d{{3}})+)$"


def thousands_of(situation: Situation | None) -> str:
    return situation.thousands if situation else ","


def amount_pattern(thousands: str) -> str:
    """A number ≥ 0 with decimals allowed: `1234567.89`, `1,234,567.89`, or with `.` for
    thousands, `1.234.567,89` (the decimal mark is whichever is not the separator)."""
    decimal = "," if thousands == "." else r"\."
    return rf"^(?:\d+|\d{{1,3}}(?:{SEPARATORS[thousands]}\d{{3}})+)(?:{decimal}\d+)?$"


YEAR = r"^\d{4}(?:\s*[-/–]\s*\d{2,4})?$"
"""A year, or a span of years as plans write them (`2023-2024`, `2023/24`)."""
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janv", "enero", "ene"),
            ("february", "feb", "février", "fevrier", "févr", "fevr", "fév", "febrero"),
            ("march", "mar", "mars", "marzo"),
            ("april", "apr", "avril", "avr", "abril", "abr"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "junio"),
            ("july", "jul", "juillet", "juil", "julio"),
            ("august", "aug", "août", "aout", "agosto", "ago"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "décembre", "decembre", "déc", "diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}
"""Month names as ACLED and field sheets write them (English, French, Spanish)."""


def month_number(text: pl.Expr) -> pl.Expr:
    """`January`, `Jan.`, `1`, `01` or `2024-01` → 1; anything else → null."""
    word = text.str.strip_chars().str.to_lowercase().str.strip_chars_end(".")
    named = word.replace_strict(MONTHS, default=None, return_dtype=pl.Int64)
    digits = word.str.extract(r"^(?:\d{4}-)?(\d{1,2})$").cast(pl.Int64, strict=False)
    return pl.coalesce(named, pl.when(digits.is_between(1, 12)).then(digits))


def year_number(text: pl.Expr) -> pl.Expr:
    """The (first) year of a year cell; null when it is not one."""
    return pl.when(text.str.contains(YEAR)).then(text.str.slice(0, 4).cast(pl.Int64))


NEGATIVE = r"^-\s*\d"
_ISO_DATE = (
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
"""A date, or a timestamp with or without a time-zone offset (`2025-01-01 00:00:00+00:00`):
the day as written is the row's date."""
_EXCEL_SERIAL = r"^\d{5}(?:\.0+)?$"
SLASH_DATE = r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$"
PCODE_CHARS = r"^[A-Z0-9]+$"


@dataclass
class Context:
    """What rules need beyond the sheet: the situation, its gazetteer, the last valid day."""

    situation: Situation | None
    gazetteer: Gazetteer
    today: dt.date


def count_of(name: str) -> str:
    """The typed count column beside a text column."""
    return f"{name}:n"


def group_of(name: str) -> str:
    """In a long table, the typed figure of the row's figure set (its place, sector and
    period), whichever row of the set gives it."""
    return f"{name}:set"


def group_text_of(name: str) -> str:
    """That figure's text as written, to quote in a message."""
    return f"{name}:settext"


def date_of(name: str) -> str:
    """The typed date column beside a text column."""
    return f"{name}:d"


def name_key(column: str) -> pl.Expr:
    """`gazetteer.normalise_place` over a whole column: rows name one place however spelled.

    A column repeats a few place names many times, so each distinct name is normalised
    once and the keys are mapped back onto the rows.
    """
    return pl.col(column).map_batches(_name_keys, return_dtype=pl.String)


def _name_keys(names: pl.Series) -> pl.Series:
    # the distinct names and their keys in one query: on a small sheet, each query's fixed
    # cost is more than its work
    each = pl.lit(names).unique(maintain_order=True)  # evaluated twice: in one order
    both = pl.select(each.alias("name"), _normalised(each).alias("key"))
    distinct, keys = both.get_column("name"), both.get_column("key")
    # the variants' word-bounded patterns cost more to build than to run: only names that
    # hold one of the words are rewritten
    if any(long in key for key in keys.to_list() if key for long in CARDINAL_VARIANTS):
        keys = pl.select(_cardinal(pl.lit(keys))).to_series()
    return names.replace_strict(distinct, keys, return_dtype=pl.String)


def _normalised(text: pl.Expr) -> pl.Expr:
    """Case, diacritics, apostrophe and dash styles, spacing and a leading "the" ignored."""
    return (
        text.str.normalize("NFKD")
        .str.replace_all(r"\p{Mn}", "")
        .str.to_lowercase()
        .str.replace_all(f"[{APOSTROPHES}]", "'")
        .str.replace_all(rf"[{re.escape(DASHES)}\s]+", " ")
        .str.strip_chars()
        .str.replace(r"^the ", "")
    )


def _cardinal(text: pl.Expr) -> pl.Expr:
    """Eastern and the like written as east (the gazetteer's CARDINAL_VARIANTS)."""
    for long, short in CARDINAL_VARIANTS.items():
        text = text.str.replace_all(rf"\b{long}\b", short)
    return text


def message(*parts: str | pl.Expr) -> pl.Expr:
    """A message that quotes other cells of the row (`pl.concat_str` of text and cells)."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p.cast(pl.String) for p in parts])


def prepare(sheet: Sheet, context: Context) -> pl.DataFrame:
    """Stripped text for every field, plus typed `:n` (counts) and `:d` (dates) columns.

    Rows whose every field is empty or blank are left out: a person sees an empty row.
    `PLACE` identifies a row's place: a hash of its own most specific location, normalised,
    so national, admin-1 and admin-2 rows of one table are told apart (null: no place).
    """
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    names = list(sheet.fields)
    frame = sheet.frame
    filled = pl.any_horizontal(pl.col(names).is_not_null())
    text = pl.col(names).str
    edge = text.starts_with(" ") | text.ends_with(" ") if sheet.spaces_only else None
    *padded, full = frame.select(
        (text.contains(r"^\s|\s$") if edge is None else edge).any(), filled.all().alias(ROW)
    ).row(0)
    # Most cells have no spaces around them; only columns that do are copied.
    untidy = [n for n, has in zip(names, padded, strict=True) if has]
    if untidy:
        stripped = (pl.col(n).str.strip_chars() for n in untidy)
        frame = frame.with_columns(pl.when(s.str.len_bytes() > 0).then(s) for s in stripped)
    # stripping can empty a row; otherwise the first pass has said whether every row is filled
    if untidy or not full:
        frame = frame.filter(filled)
    date_format = context.situation.date_format if context.situation else "iso"
    typed = []
    for name in names:
        kind = spec.spec(name).type
        if kind is FieldType.count:
            typed.append(
                parse_count(pl.col(name), thousands_of(context.situation)).alias(count_of(name))
            )
        elif kind is FieldType.amount:
            typed.append(
                parse_amount(pl.col(name), thousands_of(context.situation)).alias(count_of(name))
            )
        elif kind is FieldType.date:
            typed.append(parse_date(pl.col(name), date_format).alias(date_of(name)))
    places = [f for f in LOCATION_PRIORITY if f in sheet.fields]
    # the broader levels after one that every row gives are never a row's place: not hashed
    whole = next((i for i, f in enumerate(places) if not frame.get_column(f).null_count()), None)
    if whole is not None:
        places = places[: whole + 1]
    if places:
        # each level hashed with its own seed: SY02 as a governorate is not SY02 as a name
        typed.append(
            pl.coalesce(
                pl.when(pl.col(f).is_not_null()).then(place_key(f).hash(seed=i))
                for i, f in enumerate(places)
            ).alias(PLACE)
        )
    frame = frame.with_columns(typed)
    if sheet.long_form:
        frame = frame.with_columns(_figure_sets(sheet))
    return frame


def _figure_sets(sheet: Sheet) -> list[pl.Expr]:
    """Each figure of a long table on every row of its set, so that targeted is compared
    with in need, and a figure with the whole population, across the set's rows."""
    key = long_key(sheet)
    return [
        expr
        for name in LONG_FIGURES
        for expr in (
            pl.col(count_of(name)).max().over(key).alias(group_of(name)),
            pl.col(name).drop_nulls().first().over(key).alias(group_text_of(name)),
        )
    ]


TOTAL = r"(?i)^(?:grand\s+)?totale?s?(?:\s+g[ée]n[ée]ral)?$"
"""A totals row names itself in its place or first text column: Total, TOTAL, Grand total,
Totals, Total général."""
TOTAL_ROWS = 3
"""Totals rows stand at the bottom of a table (or just under its header): only the first
and last rows are looked at, so a million-row table costs nothing more."""


def split_totals(sheet: Sheet, frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The data rows, and the totals rows (checked against the sum, not as places).

    A long table has none: its rows hold figures of several kinds, which add up to nothing,
    and a `total` there is a population group's (HDX HAPI's category), not a sum of rows.
    """
    return split_ends(sheet, frame, pl.concat([frame.head(TOTAL_ROWS), frame.tail(TOTAL_ROWS)]))


def split_ends(
    sheet: Sheet, frame: pl.DataFrame, ends: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`frame`'s rows but the totals rows among `ends` (its first and last rows), and those."""
    total = is_total(sheet)
    if total is None or ends.is_empty():  # a batch amid a sheet read in batches has no ends
        return frame, frame.clear()
    ends = ends.filter(total)
    if ends.is_empty():
        return frame, frame.clear()
    rows = ends.get_column(ROW).unique().implode()
    return frame.filter(~pl.col(ROW).is_in(rows)), ends.unique(ROW, maintain_order=True)


def is_total(sheet: Sheet) -> pl.Expr | None:
    """Whether a row is a totals row by its words; None for a sheet that has none."""
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    texts = [n for n in sheet.fields if spec.spec(n).type in (FieldType.text, FieldType.pcode)]
    if not texts or sheet.long_form:
        return None
    return pl.any_horizontal(pl.col(n).str.contains(TOTAL) for n in texts).fill_null(False)


def parse_count(text: pl.Expr, thousands: str = ",") -> pl.Expr:
    digits = text
    for separator in (",",) if thousands == "," else (".",) if thousands == "." else SPACE_CHARS:
        digits = digits.str.replace_all(separator, "", literal=True)
    return pl.when(text.str.contains(count_pattern(thousands))).then(
        digits.cast(pl.Int64, strict=False)
    )


def parse_amount(text: pl.Expr, thousands: str = ",") -> pl.Expr:
    """An amount as a float: separators dropped, a decimal comma read as a point."""
    digits = text
    for separator in (",",) if thousands == "," else (".",) if thousands == "." else SPACE_CHARS:
        digits = digits.str.replace_all(separator, "", literal=True)
    if thousands == ".":
        digits = digits.str.replace(",", ".", literal=True)
    return pl.when(text.str.contains(amount_pattern(thousands))).then(
        digits.cast(pl.Float64, strict=False)
    )


def parse_date(text: pl.Expr, date_format: str) -> pl.Expr:
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
            pl.when(text.str.contains(SLASH_DATE)).then(
                text.str.replace_all(r"[.-]", "/").str.to_date(order, strict=False)
            )
        )
    return pl.coalesce(parts)


def status(text: pl.Expr) -> pl.Expr:
    """`In effect` and `in-effect` are `in_effect`."""
    return text.str.to_lowercase().str.replace_all(r"[\s\-]+", "_")


def pcode_fields(sheet: Sheet) -> list[tuple[int, str]]:
    """The sheet's P-code columns with their admin level, from admin 1 down."""
    assert sheet.kind is not None
    spec = KINDS[sheet.kind]
    found = [n for n in sheet.fields if spec.spec(n).type is FieldType.pcode]
    return sorted((int(n[3]), n) for n in found)


@dataclass(frozen=True)
class PcodeShape:
    """What a row's P-code must start with (the ISO2 or ISO3 code of the row's country, or
    the situation's `pcode_prefix`), and the country whose COD lengths apply."""

    prefixes: tuple[pl.Expr, ...]
    country: pl.Expr
    fixed: str | None = None
    """The country, when one applies to every row (the situation's): what is looked up of
    it is looked up once, here, not in the country tables for every code (on a small
    sheet, matching against those tables was most of the P-code checks' time)."""

    def prefix_length(self, code: pl.Expr) -> pl.Expr:
        """How long the prefix the code starts with is (null when it starts with none);
        the longest is tried first (`MMR015` is MMR + 015, not MM + R015)."""
        return pl.coalesce(
            pl.when(code.str.starts_with(p)).then(p.str.len_chars()) for p in self.prefixes
        )

    def on(self, frame: pl.LazyFrame) -> tuple[pl.LazyFrame, PcodeShape]:
        """The frame with the shape's country and prefixes as columns, and the shape that
        reads them: each lookup over the country tables then runs once per code, not once
        per check that quotes it."""
        prefixes = [f"pcode:prefix{i}" for i in range(len(self.prefixes))]
        frame = frame.with_columns(
            self.country.alias("pcode:country"),
            *(p.alias(n) for p, n in zip(self.prefixes, prefixes, strict=True)),
        )
        shape = PcodeShape(tuple(map(pl.col, prefixes)), pl.col("pcode:country"), self.fixed)
        return frame, shape

    def length(self, level: int) -> pl.Expr:
        """How many characters follow the prefix at this level, where known (else null)."""
        if self.fixed is not None:
            return pl.lit(level_length(self.fixed, level), dtype=pl.Int64)
        old, new = _level_lengths(level)
        return self.country.replace_strict(old, new, default=None, return_dtype=pl.Int64)


@functools.cache
def _level_lengths(level: int) -> tuple[pl.Series, pl.Series]:
    """Each country's P-code length at a level, as the two series `replace_strict` takes:
    built once, not at every check (turning a dict into series costs more than the check)."""
    known = {c: n for c in LEVEL_LENGTHS if (n := level_length(c, level)) is not None}
    return pl.Series(list(known), dtype=pl.String), pl.Series(known.values(), dtype=pl.Int64)


@functools.cache
def _lookup(table: str) -> tuple[pl.Series, pl.Series]:
    """`countries()` (any code → ISO3) or `ISO2` (ISO3 → ISO2) as two series, built once."""
    mapping = countries() if table == "iso3" else ISO2
    return pl.Series(list(mapping), dtype=pl.String), pl.Series(mapping.values(), dtype=pl.String)


def _to(text: pl.Expr, table: str) -> pl.Expr:
    old, new = _lookup(table)
    return text.replace_strict(old, new, default=None, return_dtype=pl.String)


def pcode_shape(sheet: Sheet, situation: Situation | None, code: str) -> PcodeShape:
    """The prefixes and country each row's P-codes are checked against.

    A country column (`#country+code`) decides per row; else the situation's country (its
    `pcode_prefix`, when set, is the only prefix and turns the length check off); else the
    country the code's own letters name, so only its length is checked.
    """
    if "country_code" not in sheet.fields and situation is not None and not situation.pcode_prefix:
        country = pl.lit(situation.country, dtype=pl.String)
        iso2 = pl.lit(ISO2.get(situation.country), dtype=pl.String)
        return PcodeShape((country, iso2), country, fixed=situation.country)
    if "country_code" in sheet.fields or situation is not None:
        if "country_code" in sheet.fields:
            country = _to(pl.col("country_code").str.to_uppercase(), "iso3")
        else:
            assert situation is not None
            country = pl.lit(situation.country, dtype=pl.String)
        iso2 = _to(country, "iso2")
        if situation is not None and situation.pcode_prefix:
            own = country == situation.country
            prefix = pl.lit(situation.pcode_prefix, dtype=pl.String)
            return PcodeShape(
                (pl.when(own).then(prefix).otherwise(country), pl.when(~own).then(iso2)),
                pl.when(~own).then(country),
            )
        return PcodeShape((country, iso2), country)
    text = pl.col(code)
    three = pl.when(
        text.str.slice(0, 3).is_in(_lookup("iso2")[0].implode())
        & text.str.slice(3, 1).str.contains(r"^\d$")
    ).then(text.str.slice(0, 3))
    two = _to(text.str.slice(0, 2), "iso3")
    return PcodeShape((), pl.coalesce(three, two))


def place_of(sheet: Sheet) -> str | None:
    return next((f for f in LOCATION_PRIORITY if f in sheet.fields), None)


def place_key(name: str) -> pl.Expr:
    return pl.col(name).str.to_uppercase() if name.endswith("_code") else name_key(name)


def is_count(sheet: Sheet, name: str) -> bool:
    assert sheet.kind is not None
    return KINDS[sheet.kind].spec(name).type is FieldType.count


def is_figure(sheet: Sheet, name: str) -> bool:
    """A count or an amount: a number a totals row sums."""
    assert sheet.kind is not None
    return KINDS[sheet.kind].spec(name).type in FIGURE_TYPES
