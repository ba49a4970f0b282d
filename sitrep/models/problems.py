"""Problems found in input data: values a person can act on, never tracebacks.

Every problem has a code from one catalogue, `ProblemCode`: each code is declared
once with a title, its usual severity and what it means, so the README, the CLI and
scripts reading `--format json` all speak of the same list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import model_validator

from sitrep.models.base import Model


class Severity(StrEnum):
    error = "error"
    warning = "warning"


@dataclass(frozen=True)
class CodeSpec:
    """What a problem code means: a title, its usual severity, and a description."""

    title: str
    severity: Severity
    description: str


_E, _W = Severity.error, Severity.warning


class ProblemCode(StrEnum):
    """The catalogue of problems; a member's value is the code in every report."""

    spec: CodeSpec
    _value_: str

    def __new__(cls, value: str, spec: CodeSpec) -> ProblemCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.spec = spec
        return member

    # files and sheets
    unreadable_file = (
        "unreadable-file",
        CodeSpec("Unreadable file", _E, "the file cannot be opened or is not a table sitrep reads"),
    )
    empty_file = "empty-file", CodeSpec("Empty file", _E, "the file holds no table")
    encoding_fallback = (
        "encoding-fallback",
        CodeSpec(
            "Not UTF-8",
            _W,
            "a CSV that is not UTF-8 was read as Windows-1252; check accented names",
        ),
    )
    unknown_table = (
        "unknown-table",
        CodeSpec(
            "Not a table sitrep validates",
            _W,
            "the sheet's columns fit no kind of table (or two kinds equally); the notice names "
            "the closest kind and what it lacks. Not bad data: nothing else is checked",
        ),
    )
    bad_hashtag = (
        "bad-hashtag",
        CodeSpec(
            "Not an HXL hashtag",
            _W,
            "a cell of the HXL row starts with # but is not a hashtag (#sector?), so its column "
            "is not read",
        ),
    )
    missing_column = (
        "missing-column",
        CodeSpec("Missing column", _E, "a column the table cannot do without is not there"),
    )
    duplicate_column = (
        "duplicate-column",
        CodeSpec(
            "Duplicate column",
            _E,
            "two columns hold the same field; the first (or the one headed Total or Overall) is "
            "the one read. A warning when their headers differ: the tag leaves out what tells "
            "them apart",
        ),
    )
    too_large = (
        "too-large",
        CodeSpec(
            "Too large",
            _E,
            "the file, sheet or a header is beyond what sitrep reads (size, rows, columns or "
            "cells), checked before reading it",
        ),
    )
    not_a_file = (
        "not-a-file",
        CodeSpec(
            "Not a file", _E, "a folder, pipe or device where a table or article was expected"
        ),
    )
    ragged_row = (
        "ragged-row",
        CodeSpec(
            "More cells than the header",
            _E,
            "a row has more cells than the header names; often an unquoted thousands separator "
            "or a separator inside a cell",
        ),
    )
    cells_beyond_header = (
        "cells-beyond-header",
        CodeSpec(
            "Values beyond the header",
            _W,
            "rows have values right of the last named column, which are not read",
        ),
    )
    # cells
    empty_value = "empty-value", CodeSpec("Empty value", _E, "a required cell is empty")
    formula_without_value = (
        "formula-without-value",
        CodeSpec(
            "Formula with no saved value",
            _E,
            "a workbook formula with no saved result (written by a program, never opened in a "
            "spreadsheet); open and save it, or type the value",
        ),
    )
    invisible_character = (
        "invisible-character",
        CodeSpec(
            "Invisible character",
            _W,
            "a control, zero-width or direction character a spreadsheet does not show",
        ),
    )
    foreign_digits = (
        "foreign-digits",
        CodeSpec("Non-ASCII digits", _W, "digits of another script (Arabic-Indic, …) in a cell"),
    )
    cell_too_long = (
        "cell-too-long",
        CodeSpec("Cell too long", _E, "a cell longer than sitrep reads; it is cut"),
    )
    not_a_count = (
        "not-a-count",
        CodeSpec(
            "Not a count",
            _E,
            "not a whole number ≥ 0 (1234 and 1,234 are; abc, 12.5, 1.234 are not)",
        ),
    )
    negative_count = "negative-count", CodeSpec("Negative count", _E, "a count cannot be negative")
    not_an_amount = (
        "not-an-amount",
        CodeSpec(
            "Not an amount",
            _E,
            "not a number ≥ 0 where a sum of money or a percentage is expected (1234567, "
            "1,234,567.89 are; abc, US$ 5m are not)",
        ),
    )
    negative_amount = (
        "negative-amount",
        CodeSpec("Negative amount", _E, "a requirement, funding or percentage cannot be negative"),
    )
    funded_exceeds_required = (
        "funded-exceeds-required",
        CodeSpec(
            "Funded beyond requirements",
            _W,
            "an appeal or sector has received more funding than it requires: over-funded, or "
            "one of the two figures is wrong",
        ),
    )
    part_exceeds_total = (
        "part-exceeds-total",
        CodeSpec(
            "Part beyond its total",
            _W,
            "a share of a figure (women, children, an age group: +f, +m, +children, +age0_4) is "
            "more than the figure's total in the same row",
        ),
    )
    targeted_exceeds_need = (
        "targeted-exceeds-need",
        CodeSpec(
            "More targeted than in need",
            _W,
            "more people targeted than in need (or affected) in the same row and sector",
        ),
    )
    bad_period = (
        "bad-period",
        CodeSpec(
            "Not a year or month",
            _E,
            "a year column (#date+year) that is not a year (2024, 2023-2024), or a month column "
            "(#date+month) that is not a month (January, Jan, 1-12, 2024-01)",
        ),
    )
    bad_date = (
        "bad-date",
        CodeSpec(
            "Not a date", _E, "not YYYY-MM-DD, an Excel date, or the declared day/month order"
        ),
    )
    ambiguous_date = (
        "ambiguous-date",
        CodeSpec(
            "Ambiguous date",
            _E,
            'a DD/MM or MM/DD date while sitrep.toml declares no date_format ("dmy" or "mdy")',
        ),
    )
    future_date = (
        "future-date",
        CodeSpec(
            "Date in the future",
            _E,
            "after today (in a build, after the later of today and the report's date)",
        ),
    )
    end_before_start = (
        "end-before-start",
        CodeSpec("Ends before it starts", _E, "an event's end date is before its start date"),
    )
    bad_pcode = (
        "bad-pcode",
        CodeSpec(
            "Not a P-code",
            _E,
            "not the country's COD prefix followed by capital letters and digits, or not the "
            "level's length where the country's COD lengths are known (SY02, IQG01Q01, BDI001)",
        ),
    )
    pcode_not_under_adm1 = (
        "pcode-not-under-adm1",
        CodeSpec(
            "Area outside its parent",
            _E,
            "a P-code that does not start with the code of its row's area one level up (an "
            "admin-2 code outside its admin-1 code)",
        ),
    )
    pcode_several_names = (
        "pcode-several-names",
        CodeSpec(
            "One P-code, several areas",
            _E,
            "rows give one P-code with different area names (not just other spellings): a "
            "truncated or copied code",
        ),
    )
    unknown_pcode = (
        "unknown-pcode",
        CodeSpec(
            "Unknown P-code",
            _E,
            "a well-formed P-code that the situation's gazetteer does not have",
        ),
    )
    name_mismatch = (
        "name-mismatch",
        CodeSpec(
            "Name does not fit its P-code",
            _E,
            'the gazetteer gives this P-code other names (with the closest: "did you mean …"), '
            "or gives this place name another P-code",
        ),
    )
    total_mismatch = (
        "total-mismatch",
        CodeSpec(
            "Total differs from the sum",
            _W,
            "a totals row (Total, Grand total in a place column) differs from the sum of the "
            "rows above it; totals rows are not checked as data",
        ),
    )
    hh_exceed_ind = (
        "hh-exceed-ind",
        CodeSpec("More households than people", _E, "IDP households exceed IDP individuals"),
    )
    critical_exceed_medevac = (
        "critical-exceed-medevac",
        CodeSpec(
            "More critical cases than medevac needs",
            _E,
            "seriously wounded exceed the people needing medical evacuation",
        ),
    )
    bad_status = (
        "bad-status",
        CodeSpec(
            "Unknown status",
            _E,
            "not a ceasefire status, or a figure status of a long table, sitrep knows",
        ),
    )
    duplicate_row = (
        "duplicate-row",
        CodeSpec(
            "Duplicate row",
            _E,
            "same date, most specific place and population group; same start date, place and "
            "proposer for ceasefire events; same P-code in a gazetteer",
        ),
    )
    jump_10x = (
        "jump-10x",
        CodeSpec(
            "Tenfold jump",
            _W,
            "a count more than ten times the same place's figure at its previous date",
        ),
    )
    no_source = (
        "no-source",
        CodeSpec(
            "No source", _W, "an empty source cell, or no source column: the figure cannot be cited"
        ),
    )
    # situation files
    missing_config = (
        "missing-config",
        CodeSpec("No sitrep.toml", _E, "the situation folder has no sitrep.toml"),
    )
    bad_config = (
        "bad-config",
        CodeSpec(
            "Bad sitrep.toml", _E, "sitrep.toml cannot be read, is not TOML, or a setting is wrong"
        ),
    )
    bad_facts = (
        "bad-facts",
        CodeSpec(
            "Bad facts file", _E, "facts.json (or extract -o) cannot be read or is not a facts file"
        ),
    )
    bad_asset = (
        "bad-asset",
        CodeSpec(
            "Bad logo or boundaries",
            _E,
            "the logo is not a small PNG or plain SVG, or the boundaries are not GeoJSON "
            "polygons with P-codes",
        ),
    )
    # articles
    unreadable_article = (
        "unreadable-article",
        CodeSpec(
            "Unreadable article", _E, "an article file cannot be read; the others are extracted"
        ),
    )
    no_published_date = (
        "no-published-date",
        CodeSpec(
            "No publication date",
            _W,
            "an article says not when it was published, and none was given: its facts stay undated",
        ),
    )
    no_gazetteer = (
        "no-gazetteer",
        CodeSpec(
            "No gazetteer",
            _W,
            "the situation folder has no gazetteer table: places are kept as written",
        ),
    )


_BY_VALUE: dict[str, ProblemCode] = {c.value: c for c in ProblemCode}


class Problem(Model):
    """One thing wrong, located as the person who filled the spreadsheet would find it.

    `row` is the spreadsheet's own row number (header row 1, HXL row 2, first data
    row 3); `row` and `column` are None for a problem with a whole file or sheet.
    """

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    hxl: str | None = None
    value: str | None = None
    severity: Severity = Severity.error
    code: ProblemCode
    message: str

    @model_validator(mode="before")
    @classmethod
    def _usual_severity(cls, data: Any) -> Any:
        """A problem is as severe as its code usually is, unless said otherwise."""
        if isinstance(data, dict) and "severity" not in data and "code" in data:
            code = _BY_VALUE.get(str(data["code"]))
            if code is not None:
                return {**data, "severity": code.spec.severity}
        return data
