"""Text columns into values: the stripped text, typed counts and dates, a row's place.

Rules compare whole polars columns, so each sheet is prepared once: every field's
stripped text, plus a typed `:n` (count) or `:d` (date) column beside it, and a hash
of the row's place. The bad value stays visible as typed in the text column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import polars as pl

from sitrep.gazetteer import APOSTROPHES, CARDINAL_VARIANTS, DASHES, Gazetteer
from sitrep.models import CeasefireStatus, Situation
from sitrep.tables import KINDS, LOCATION_PRIORITY, FieldType, Sheet

STATUSES: tuple[str, ...] = tuple(s.value for s in CeasefireStatus)
PLACE = "place:key"
"""Column holding a hash of the row's most specific place, normalised."""

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_COUNT = r"^(?:\d+|\d{1,3}(?:,\d{3})+)$"
NEGATIVE = r"^-\s*\d"
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
_EXCEL_SERIAL = r"^\d{5}(?:\.0+)?$"
SLASH_DATE = r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$"
ANY_ADM1 = r"^[A-Z]{2}\d{2}$"
ANY_ADM2 = r"^[A-Z]{2}\d{4}$"


@dataclass
class Context:
    """What rules need beyond the sheet: the situation, its gazetteer, the last valid day."""

    situation: Situation | None
    gazetteer: Gazetteer
    today: dt.date


def count_of(name: str) -> str:
    """The typed count column beside a text column."""
    return f"{name}:n"


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
    distinct = names.unique()
    keys = pl.select(_normalised(pl.lit(distinct))).to_series()
    return names.replace_strict(distinct, keys, return_dtype=pl.String)


def _normalised(text: pl.Expr) -> pl.Expr:
    text = (
        text.str.normalize("NFKD")
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


def message(*parts: str | pl.Expr) -> pl.Expr:
    """A message that quotes other cells of the row (`pl.concat_str` of text and cells)."""
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p.cast(pl.String) for p in parts])


def prepare(sheet: Sheet, context: Context) -> pl.DataFrame:
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
            typed.append(parse_count(pl.col(name)).alias(count_of(name)))
        elif kind is FieldType.date:
            typed.append(parse_date(pl.col(name), date_format).alias(date_of(name)))
    place = place_of(sheet)
    if place:
        typed.append(place_key(place).hash().alias(PLACE))
    return frame.with_columns(typed)


def parse_count(text: pl.Expr) -> pl.Expr:
    return pl.when(text.str.contains(_COUNT)).then(
        text.str.replace_all(",", "", literal=True).cast(pl.Int64, strict=False)
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


def pcode_pattern(level: int, situation: Situation | None) -> tuple[str, str]:
    """The P-code regex for an admin level, and an example to show in messages."""
    example = "02" if level == 1 else "0200"
    if situation is None:
        return (ANY_ADM1 if level == 1 else ANY_ADM2), "SY" + example
    return situation.pcode_pattern(level).pattern, situation.pcode_prefix + example


def place_of(sheet: Sheet) -> str | None:
    return next((f for f in LOCATION_PRIORITY if f in sheet.fields), None)


def place_key(name: str) -> pl.Expr:
    return pl.col(name).str.to_uppercase() if name.endswith("_code") else name_key(name)


def is_count(sheet: Sheet, name: str) -> bool:
    assert sheet.kind is not None
    return KINDS[sheet.kind].spec(name).type is FieldType.count
