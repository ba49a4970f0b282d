"""Read field tables (CSV, XLSX, JSON) as text, find their HXL row, and say what they are.

Every cell is kept as the text the person typed, so validation can report "abc" as
"abc" instead of as a missing number; typing happens only after the rules have run.
A table is recognised by its HXL hashtags or, without them, by its header names
(the accepted names are listed in README.md, "Validating spreadsheets"). A file that
cannot be read becomes one file-level `Problem`, never an exception.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import functools
import html
import io
import itertools
import json
import os
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import polars as pl
import python_calamine

from sitrep.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_PROBLEMS_PER_KIND,
    MAX_ROWS,
    MAX_STREAMED_ROWS,
    MAX_TABLE_BYTES,
    MAX_WORKBOOK_CELLS,
    MB,
    RefusedFileError,
    megabytes,
    open_regular_file,
    read_regular_file,
)
from sitrep.models import GazetteerEntry, Indicator, Problem, Severity, TableKind

ROW = "__row__"
"""Column holding each data row's number as the spreadsheet shows it."""
LINE = "__line__"
"""Column holding a hash of each data row's every cell, for kinds whose rows have no date
to key them (a row of people in need repeated in every column is counted twice)."""

REST = "__rest__"
"""Column holding a hash of each data row's unmapped columns (PRMN's departure district,
priority need, week): rows that differ there are not duplicates."""
SERIES = "__series__"
"""Column holding a hash of the row's unmapped columns of words (a departure district, not a
week number): rows that differ there are not one place's series."""

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
JSON_SUFFIXES = frozenset({".json"})
TABLE_SUFFIXES = CSV_SUFFIXES | WORKBOOK_SUFFIXES | JSON_SUFFIXES

_HASHTAG = re.compile(r"^\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*$", re.IGNORECASE)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_HEADER_SCAN_ROWS = 20
_LEGACY_LANGUAGE = re.compile(r"^\s*#[a-z][a-z0-9_]*/[a-z]{2,3}\s*$", re.IGNORECASE)
"""HXL 0.x tags with a language (`#country/fr`): not read, but not a mistake either."""
_HXL_SCAN_ROWS = 25
"""Rows searched for the HXL row (HXL allows up to 24 header rows above it)."""


class FieldType(Enum):
    """How a column's text is checked and typed."""

    count = "count"
    amount = "amount"
    """A sum of money or a share: a number ≥ 0, decimals allowed (`1,234,567.89`)."""
    date = "date"
    pcode = "pcode"
    status = "status"
    aliases = "aliases"
    text = "text"


@functools.cache
def normalise_tag(tag: str) -> str:
    """`#Affected +IND +idps` → `#affected+idps+ind`: hashtag first, attributes sorted."""
    parts = [p.strip().lower() for p in tag.strip().split("+")]
    head, attributes = parts[0], sorted({p for p in parts[1:] if p})
    return "+".join([head, *attributes])


@functools.cache
def normalise_header(header: str) -> str:
    """`IDPs (individuals)` → `idpsindividuals`: case, punctuation and spacing ignored, so
    `Admin 1 PCode`, `admin1Pcode` and `ADM1_PCODE` are one name."""
    return re.sub(r"[^0-9a-z]+", "", header.casefold())


@dataclass(frozen=True, eq=False)
class FieldSpec:
    """One record field: the HXL tags and header names that may carry it.

    A figure field names the `indicator` (and `unit`) its cells are facts of.
    """

    name: str
    type: FieldType
    tags: tuple[str, ...]
    headers: tuple[str, ...]
    indicator: Indicator | None = None
    unit: str = "people"
    excludes: frozenset[str] = frozenset()
    """Attributes a matching tag may not have (`+year` on a date)."""
    bare: tuple[str, ...] = ()
    """Header names too plain to mean this field on their own (`Name`): read as it only in
    a table that also has a column of one of the `beside` fields."""
    beside: frozenset[str] = frozenset()
    title: str = field(init=False, default="")
    """The first header name as written, to suggest in messages."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", self.headers[0])
        object.__setattr__(self, "tags", tuple(normalise_tag(t) for t in self.tags))
        object.__setattr__(self, "headers", tuple(normalise_header(h) for h in self.headers))
        object.__setattr__(self, "bare", tuple(normalise_header(h) for h in self.bare))


PART = "/"
"""Between a figure field and a part's qualifier: `idps_ind/f`, `inneed/food`."""
GENERIC_ATTRIBUTES = frozenset({"ind", "total", "num", "all", "people"})
"""Attributes that say a figure counts everyone (`#inneed+total`): the whole, not a part."""
DISAGGREGATION = frozenset(
    {
        "f",
        "m",
        "female",
        "male",
        "women",
        "men",
        "girls",
        "boys",
        "children",
        "adolescents",
        "youth",
        "adults",
        "elderly",
        "infants",
        "minors",
        "disabled",
    }
)
"""HXL attributes of a population share (sex, age group): a part is never more than its
whole. Age ranges (`+age0_4`, `+age60plus`) are such parts too (`is_disaggregation`)."""
_AGE = re.compile(r"^age\d+(?:_\d+|plus)?$")


def base_field(name: str) -> str:
    """The field a column name stands for: `idps_ind/f` is a part of `idps_ind`."""
    return name.split(PART, 1)[0]


def qualifier_of(name: str) -> str | None:
    """A part's qualifier (`f`, `food`, `protection+child`), or None for a whole field."""
    return name.split(PART, 1)[1] if PART in name else None


def is_disaggregation(qualifier: str) -> bool:
    """A share of the population (`f`, `m+children`, `age0_4`), not a sector or a cause."""
    return all(a in DISAGGREGATION or _AGE.match(a) for a in qualifier.split("+"))


@dataclass(frozen=True)
class KindSpec:
    """What a table kind holds, which fields identify it, and which it cannot do without.

    `required` lists groups: at least one field of each group must be present.
    `signature` fields are the ones that tell this kind apart from the others.
    """

    kind: TableKind
    fields: tuple[FieldSpec, ...]
    signature: frozenset[str]
    required: tuple[tuple[str, ...], ...]
    foreign: tuple[FieldSpec, ...] = ()
    """Columns a table of this kind never has."""
    may_be_empty: frozenset[str] = frozenset()
    """Required columns whose cells may be empty (a sector with no one targeted)."""

    def spec(self, name: str) -> FieldSpec:
        """The field of a name; a part (`idps_ind/f`) is checked as its field is."""
        base = base_field(name)
        return next(f for f in self.fields if f.name == base)

    @property
    def figures(self) -> tuple[FieldSpec, ...]:
        """The fields whose cells are figures of an indicator, in the table's order."""
        return tuple(f for f in self.fields if f.indicator is not None)


def _level(level: int, names: tuple[str, ...], codes: tuple[str, ...]) -> tuple[FieldSpec, ...]:
    """The name and P-code fields of one admin level, with the header names COD tables use
    (`ADM1_EN`, `adm1_pcode`, `admin1Pcode`, `Admin 1 PCode`)."""
    spellings = (f"adm{level}", f"admin {level}")
    return (
        FieldSpec(
            f"adm{level}_name",
            FieldType.text,
            (f"#adm{level}+name", f"#adm{level}"),
            (*names, *spellings, *(f"{s} {w}" for s in spellings for w in ("name", "en", "fr"))),
            excludes=frozenset({"len", "num"}),
        ),
        FieldSpec(
            f"adm{level}_code",
            FieldType.pcode,
            (f"#adm{level}+code", f"#adm{level}+pcode"),
            (*codes, *(f"{s} {w}" for s in spellings for w in ("pcode", "code"))),
        ),
    )


_COUNTRY_NAME = FieldSpec(
    "country_name",
    FieldType.text,
    ("#country+name", "#country"),
    ("Country", "country name", "adm0 name", "admin 0 name", "adm0 en", "country of incident"),
    excludes=frozenset({"len", "num"}),
)
_PLACE = (
    *_level(
        1,
        ("Governorate", "province", "region", "state", "current (arrival) region"),
        (
            "Governorate P-code",
            "governorate pcode",
            "governorate code",
        ),
    ),
    *_level(
        2,
        ("District", "current (arrival) district"),
        ("District P-code", "district pcode", "district code"),
    ),
    *_level(3, (), ()),
    *_level(4, (), ()),
    FieldSpec(
        "loc_name",
        FieldType.text,
        ("#loc+name", "#loc"),
        ("Location", "area", "place", "neighbourhood", "neighborhood", "site", "community"),
    ),
    FieldSpec(
        "country_code",
        FieldType.text,
        ("#country+code",),
        (
            "Country ISO3",
            "iso3",
            "country iso",
            "country code",
            "location code",
            "admin0 pcode",
            "adm0 pcode",
        ),
    ),
    _COUNTRY_NAME,
)
_SOURCE = FieldSpec(
    "source", FieldType.text, ("#meta+source",), ("Source", "sources", "source of information")
)
_GROUP = FieldSpec(
    "group",
    FieldType.text,
    ("#group", "#population+type"),
    ("Population group", "group", "population type"),
)
_NEED_GROUP = FieldSpec(
    "group",
    FieldType.text,
    ("#group", "#population+type"),
    ("Population group", "group", "population type", "category"),
)
"""People in need by population group: HDX HAPI heads it `category` (adults, children,
people with disabilities), so one place and sector's figures for each are told apart."""
_DATE = FieldSpec(
    "date",
    FieldType.date,
    ("#date",),
    ("Date", "report date", "reporting date", "reported date", "date reported", "month end"),
    excludes=frozenset({"year", "month", "quarter", "week"}),
)
"""The row's date: `#date` with any attributes (`+reported`, `+occurred`, `+start`) but those
of a period (`#date+year` is a year, not a bad date)."""
_PERIOD = (
    FieldSpec("year", FieldType.text, ("#date+year",), ("Year",)),
    FieldSpec("month", FieldType.text, ("#date+month",), ("Month",)),
)
_CATEGORY = FieldSpec(
    "category",
    FieldType.text,
    ("#cause", "#event+type", "#crisis+type"),
    ("Event type", "cause", "displacement reason", "reason"),
)
"""What a row counts within its place and date (displacement by cause, events by type):
part of the duplicate key."""
_ASSESSMENT = FieldSpec(
    "assessment", FieldType.text, ("#assessment+type",), ("Assessment type", "assessment")
)
"""Which assessment a row comes from (DTM's baseline or site assessment): rows of two
assessments are not duplicates of each other."""
_SECTOR = FieldSpec(
    "sector",
    FieldType.text,
    ("#sector+name", "#sector", "#cluster"),
    ("Sector", "cluster", "sector name", "sector cluster", "global cluster", "destGlobalClusters"),
)
_GAZETTEER_NAMES = ("adm4_name", "adm3_name", "adm2_name", "adm1_name", "adm_name", "country_name")
_ADMIN_CODES = ("adm4_code", "adm3_code", "adm2_code", "adm1_code", "adm_code")
_GAZETTEER_CODES = (*_ADMIN_CODES, "country_code")
_NOT_IN_GAZETTEERS = (
    _SECTOR,
    FieldSpec(
        "figures",
        FieldType.count,
        (
            "#affected",
            "#inneed",
            "#targeted",
            "#reached",
            "#population",
            "#fatality",
            "#value",
            "#event",
            "#org",
            "#activity",
        ),
        (
            "population",
            "T_TL",
            "F_TL",
            "M_TL",
            "organisation",
            "organization",
            "partner",
            "activity",
            "fatalities",
            "events",
            "individuals",
            "persons",
            "people",
            "figure",
        ),
    ),
)
"""Columns a gazetteer never has: a table of P-codes (or countries) with population,
people, sectors, partners or figures is a population table, a 3W or a table of figures, not
the situation's places."""
_PLACE_NAMES = (
    "loc_name",
    "adm4_code",
    "adm4_name",
    "adm3_code",
    "adm3_name",
    "adm2_code",
    "adm2_name",
    "adm1_code",
    "adm1_name",
    "country_code",
    "country_name",
)

LOCATION_PRIORITY: tuple[str, ...] = _PLACE_NAMES
"""Location fields from the most specific to the least; a row's place is the first present."""

FIGURE_TYPES = frozenset({FieldType.count, FieldType.amount})
"""Fields whose cells are numbers: summed in a totals row, checked against their parts."""


_AMOUNTS = (
    FieldSpec(
        "required_usd",
        FieldType.amount,
        ("#value+funding+required+usd", "#value+required", "#value+requirements"),
        (
            "Requirements (US$)",
            "requirements",
            "required",
            "requirements usd",
            "revised requirements",
            "funding required",
            "total requirements",
        ),
        excludes=frozenset({"pct"}),
    ),
    FieldSpec(
        "funded_usd",
        FieldType.amount,
        ("#value+funding+total+usd", "#value+funding", "#value+funded"),
        (
            "Funding (US$)",
            "funding",
            "funded",
            "amountUSD",
            "funding usd",
            "total funding",
            "funds received",
            "paid amount",
            "PaidAmt",
            "amount paid",
        ),
        excludes=frozenset({"required", "pct", "gap", "pledge", "pledged"}),
    ),
    FieldSpec(
        "percent_funded",
        FieldType.amount,
        ("#value+funding+pct", "#value+pct", "#indicator+funding+pct"),
        ("% funded", "percent funded", "percentFunded", "funding pct", "coverage"),
    ),
)
"""Requirements, funding and coverage in US dollars: a funding table's figures, and the
key-figure sheets' beside their people in need."""
_PEOPLE_FIGURES = (
    FieldSpec(
        "people",
        FieldType.count,
        ("#inneed", "#targeted", "#reached"),
        ("In need", "people in need", "PiN", "Targeted", "people targeted", "Reached"),
    ),
)
"""People in need, targeted or reached: with them, a sheet is a key-figures (people in
need) sheet that also gives funding, not a funding table."""


FIGURE_STATUS = "figure_status"
"""The column of a long people-in-need table (HDX HAPI's) saying which figure a row's
number is: one row per place, sector and status, the number in its `population` column."""
STATUSES: dict[str, str] = {
    **dict.fromkeys(("inn", "inneed", "peopleinneed", "pin"), "inneed"),
    **dict.fromkeys(("tgt", "targeted", "peopletargeted"), "targeted"),
    **dict.fromkeys(("rea", "reached", "peoplereached"), "reached"),
    **dict.fromkeys(("aff", "affected", "peopleaffected"), "affected"),
    **dict.fromkeys(("all", "total", "population"), "population"),
}
"""A long table's status codes and their spelled-out forms (case, spaces ignored), and the
figure each makes of the row's number. Affected and the whole population (`all`) are kept
as figures of their own; only in need, targeted and reached are checked as such."""
LONG_FIGURES = ("inneed", "targeted", "reached", "affected", "population")


def _count(name: str, tags: tuple[str, ...], headers: tuple[str, ...]) -> FieldSpec:
    return FieldSpec(name, FieldType.count, tags, headers)


def _figure(
    name: str, indicator: Indicator, headers: tuple[str, ...], unit: str = "people"
) -> FieldSpec:
    """A count of `indicator`, tagged with its registry hashtag: `+ind` (or none) for
    people, `+hh` for households."""
    hxl = indicator.spec.hxl
    tags = (f"{hxl}+ind", hxl) if unit == "people" else (f"{hxl}+hh",)
    if "+idps" in hxl:  # IOM DTM writes #affected+idp+ind
        tags = (*tags, *(t.replace("+idps", "+idp") for t in tags))
    return FieldSpec(name, FieldType.count, tags, headers, indicator, unit)


KINDS: dict[TableKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            TableKind.displacement,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _CATEGORY,
                _ASSESSMENT,
                _figure(
                    "idps_ind",
                    Indicator.displaced,
                    (
                        "IDPs",
                        "idps individuals",
                        "idp individuals",
                        "displaced",
                        "displaced individuals",
                        "displaced people",
                        "number of idps",
                        "numPresentIdpInd",
                        "number of individuals",
                    ),
                ),
                _figure(
                    "idps_hh",
                    Indicator.displaced,
                    ("IDP households", "idps households", "displaced households"),
                    unit="households",
                ),
                _figure(
                    "returnees_ind",
                    Indicator.returnees,
                    ("Returnees", "returnees individuals", "returnee individuals"),
                ),
                _SOURCE,
                *_PERIOD,
            ),
            frozenset({"idps_ind", "idps_hh", "returnees_ind"}),
            (("date", "year"), _PLACE_NAMES, ("idps_ind", "returnees_ind")),
        ),
        KindSpec(
            TableKind.medevac,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _CATEGORY,
                _ASSESSMENT,
                _figure(
                    "medevac_ind",
                    Indicator.medical_evacuation_needed,
                    (
                        "Need medical evacuation",
                        "medical evacuation needed",
                        "medevac",
                        "medevac needed",
                        "people needing medical evacuation",
                    ),
                ),
                _figure(
                    "critical_ind",
                    Indicator.seriously_wounded,
                    ("Seriously wounded", "critical", "critical cases", "medevac critical"),
                ),
                _figure(
                    "evacuated_ind",
                    Indicator.evacuated,
                    ("Evacuated", "people evacuated", "medevac done"),
                ),
                _SOURCE,
            ),
            frozenset({"medevac_ind", "critical_ind", "evacuated_ind"}),
            (("date",), _PLACE_NAMES, ("medevac_ind",)),
        ),
        KindSpec(
            TableKind.casualties,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _CATEGORY,
                _ASSESSMENT,
                *_PERIOD,
                FieldSpec(
                    "killed_ind",
                    FieldType.count,
                    (f"{Indicator.killed.spec.hxl}+ind", Indicator.killed.spec.hxl, "#fatality"),
                    ("Killed", "deaths", "dead", "people killed", "fatalities"),
                    Indicator.killed,
                ),
                _figure(
                    "injured_ind",
                    Indicator.injured,
                    ("Injured", "wounded", "people injured"),
                ),
                _SOURCE,
            ),
            frozenset({"killed_ind", "injured_ind"}),
            (("date", "year"), _PLACE_NAMES, ("killed_ind", "injured_ind")),
        ),
        KindSpec(
            TableKind.ceasefire,
            (
                FieldSpec(
                    "date_start", FieldType.date, ("#date+start",), ("Start date", "date start")
                ),
                FieldSpec("date_end", FieldType.date, ("#date+end",), ("End date", "date end")),
                FieldSpec(
                    "description",
                    FieldType.text,
                    ("#description", "#event+description"),
                    ("Description", "event"),
                ),
                FieldSpec(
                    "proposer",
                    FieldType.text,
                    ("#org+proposer",),
                    ("Proposed by", "proposer", "party"),
                ),
                FieldSpec("status", FieldType.status, ("#status",), ("Status",)),
                *_PLACE,
                _count(
                    "duration_days",
                    ("#event+ceasefire+days", "#event+days"),
                    ("Duration (days)", "duration", "days"),
                ),
                _SOURCE,
            ),
            frozenset({"date_start", "date_end", "status", "proposer", "duration_days"}),
            (("date_start",), ("description",), ("status",)),
        ),
        KindSpec(
            TableKind.people_in_need,
            (
                _DATE,
                *_PLACE,
                _NEED_GROUP,
                _CATEGORY,
                _ASSESSMENT,
                _SECTOR,
                _figure(
                    "inneed",
                    Indicator.people_in_need,
                    ("In need", "people in need", "population in need", "pin", "total pin"),
                ),
                _count(
                    "targeted",
                    ("#targeted",),
                    ("Targeted", "people targeted", "target", "total targeted"),
                ),
                _figure(
                    "reached",
                    Indicator.people_reached,
                    ("Reached", "people reached", "total reached"),
                ),
                _count("affected", ("#affected+total",), ("Total affected", "people affected")),
                _count("population", ("#population+total",), ("Population", "total population")),
                FieldSpec(
                    FIGURE_STATUS,
                    FieldType.text,
                    ("#population+status",),
                    ("Population status", "figure status"),
                ),
                *_AMOUNTS,
                _SOURCE,
            ),
            frozenset({"inneed", "targeted", "reached"}),
            (("inneed", "targeted", "reached"),),
            may_be_empty=frozenset({"inneed", "targeted", "reached"}),
        ),
        KindSpec(
            TableKind.funding,
            (
                FieldSpec(
                    "date",
                    FieldType.date,
                    ("#date",),
                    ("Date", "start date", "startDate", "reference period start", "report date"),
                    excludes=frozenset({"year", "month", "quarter", "week"}),
                ),
                FieldSpec(
                    "date_end",
                    FieldType.date,
                    ("#date+end",),
                    ("End date", "endDate", "reference period end"),
                ),
                *_PERIOD,
                *_PLACE,
                _GROUP,
                FieldSpec(
                    "appeal",
                    FieldType.text,
                    ("#activity+appeal+name", "#activity+appeal", "#x_appeal", "#meta+appeal"),
                    ("Appeal", "appeal name", "plan", "plan name", "appeal title", "destPlan"),
                    excludes=frozenset({"id", "code", "type"}),
                ),
                FieldSpec(
                    "appeal_code",
                    FieldType.text,
                    (
                        "#activity+appeal+id+external",
                        "#activity+appeal+code",
                        "#x_appeal+code",
                        "#meta+appeal+code",
                    ),
                    ("Appeal code", "plan code", "destPlanCode"),
                ),
                FieldSpec(
                    "appeal_type",
                    FieldType.text,
                    ("#activity+appeal+type",),
                    ("Appeal type", "plan type", "typeName"),
                    excludes=frozenset({"id"}),
                ),
                _SECTOR,
                *_AMOUNTS,
                _SOURCE,
            ),
            frozenset({"required_usd", "funded_usd", "percent_funded"}),
            (("required_usd", "funded_usd"),),
            foreign=_PEOPLE_FIGURES,
            may_be_empty=frozenset({"required_usd", "funded_usd"}),
        ),
        KindSpec(
            TableKind.gazetteer,
            (
                *(f for f in _PLACE if f.name != "loc_name"),
                FieldSpec(
                    "adm_name",
                    FieldType.text,
                    ("#adm+name",),
                    ("Admin name",),
                    bare=("Name",),
                    beside=frozenset(_ADMIN_CODES),
                ),
                FieldSpec("adm_code", FieldType.text, ("#adm+code",), ("Admin P-code", "P-code")),
                FieldSpec(
                    "aliases",
                    FieldType.aliases,
                    ("#loc+name", "#loc+alias", "#loc"),
                    ("Also known as", "aliases", "alias", "other names", "alternative names"),
                ),
            ),
            frozenset(),
            (_GAZETTEER_NAMES, _GAZETTEER_CODES),
            foreign=_NOT_IN_GAZETTEERS,
        ),
    )
}


@dataclass(frozen=True)
class Column:
    """One column as the file shows it: its position, header text and HXL tag."""

    index: int
    header: str
    tag: str | None
    group: str = ""
    """The group header over it (a merged cell one row up: `FOOD SECURITY`), if any."""

    @property
    def label(self) -> str:
        """What a person calls this column: its header, else its tag, else its letter."""
        return self.header or self.tag or f"column {_letter(self.index)}"


@dataclass
class Sheet:
    """A table as read: text cells, the spreadsheet row of each, and what kind it is.

    `frame` has one string column per mapped field (named after the field) and the
    `ROW` column; blank lines are already left out.
    """

    file: str
    name: str | None
    columns: list[Column]
    frame: pl.DataFrame
    kind: TableKind | None = None
    fields: dict[str, Column] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    header_row: int | None = None
    hxl_row: int | None = None
    long_form: bool = False
    """One row per figure (`FIGURE_STATUS` says which): the figures of one place, sector
    and period stand on several rows, and are checked and typed together."""
    stand_ins: set[str] = field(default_factory=set)
    """Figure fields read from a column that is itself a part (`#affected+idps+f` with no
    `#affected+idps`): no part is checked against them."""
    data_start: int = 0
    """The grid index of the first row below the header and HXL rows."""
    grid_columns: list[str] = field(default_factory=list)
    """The grid's columns, whose cells the fields and the hashes of `_shape` are taken from."""
    unmapped: tuple[list[str], list[str]] = ([], [])
    """The grid columns no field takes, and those of them mostly words (`_unmapped`)."""
    spaces_only: bool = False
    """No cell can hold white space but the space (the text is printable ASCII, without a
    tab, and no quoted cell holds a line end): a cell's edges need be looked at for spaces
    alone, three times faster than for any white space."""


@dataclass
class ReadResult:
    sheets: list[Sheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _file_problem(
    file: str, code: str, message: str, severity: Severity = Severity.error
) -> Problem:
    return Problem(file=file, code=code, message=message, severity=severity)


class _UnreadableError(Exception):
    """Raised inside the readers; turned into one file-level problem by `read_table_file`."""

    def __init__(self, message: str, code: str = "unreadable-file") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class _Note:
    """Something a reader saw in one cell, reported once the cell's column has a name."""

    index: int
    column: int
    code: str
    message: str
    value: str | None = None


@dataclass
class _Grid:
    """One sheet as read: every cell as text, and what the reader noticed on the way.

    `first` is the spreadsheet row of the frame's first row. Cells right of the last
    named column are an error in CSV and JSON (the row was split wrongly) and a
    warning in a workbook (a note beside the table).
    """

    name: str | None
    frame: pl.DataFrame
    first: int = 1
    spill_is_error: bool = True
    notes: list[_Note] = field(default_factory=list)
    plain: bool = False
    """Every cell is printable ASCII, so there is nothing invisible to look for."""


def read_table_file(path: Path) -> ReadResult:
    """Read every sheet of a CSV, workbook or JSON file and recognise each one.

    The path is taken literally (never as a pattern), only regular files are read, and
    the limits in `sitrep.limits` are checked before the work they bound.
    """
    file = str(path)
    result = ReadResult()
    grids: list[_Grid]
    try:
        suffix = path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            grids = [_read_csv(path, result, file)]
        elif suffix in WORKBOOK_SUFFIXES:
            grids = _read_workbook(path)
        elif suffix in JSON_SUFFIXES:
            grids = [_Grid(None, *_read_json(path))]
        else:
            raise _UnreadableError(
                f"not a table sitrep reads; expected one of {', '.join(sorted(TABLE_SUFFIXES))}"
            )
    except (_UnreadableError, RefusedFileError) as exc:
        result.problems.append(_file_problem(file, exc.code, str(exc)))
        return result
    except OSError as exc:
        result.problems.append(_file_problem(file, "unreadable-file", exc.strerror or str(exc)))
        return result

    sheets = []
    for grid in grids:
        if grid.frame.height > MAX_ROWS or grid.frame.width > MAX_COLUMNS:
            where = f"sheet {grid.name!r} " if grid.name else ""
            result.problems.append(
                _file_problem(
                    file,
                    "too-large",
                    f"{where}has {grid.frame.height:,} rows × {grid.frame.width:,} columns; "
                    f"sitrep reads at most {MAX_ROWS:,} × {MAX_COLUMNS:,}",
                )
            )
            continue
        sheet = _sheet(file, grid.name, grid.frame, grid.first)
        if sheet is not None:
            if sheet.kind is not None:  # a notes or summary sheet beside the tables is not data
                sheet.problems.extend(spilled_cells(sheet, grid))
            sheet.problems.extend(_noted_cells(sheet, grid))
            check_cells(sheet, plain=grid.plain)
            sheets.append(sheet)
    if not sheets:
        if not result.problems:
            result.problems.append(_file_problem(file, "empty-file", "the file holds no table"))
        return result
    for sheet in sheets:
        if sheet.kind is None:
            _report_unknown(sheet)
    result.sheets = sheets
    return result


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


# --- CSV ------------------------------------------------------------------------------


class _NotUtf8Error(Exception):
    """The bytes are not UTF-8; `_read_csv` reads them again as Windows-1252."""


def _decode(raw: bytes) -> bytes:
    """UTF-8 bytes: BOMs dropped, UTF-16 re-encoded; whether the rest is valid UTF-8 the
    parser checks."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw = _from_utf16(raw, "utf-16")
    else:
        head = raw[:4096]
        if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
            # UTF-16 without a byte-order mark: ASCII text has a zero byte every other byte.
            little = head[1::2].count(0) > head[0::2].count(0)
            raw = _from_utf16(raw, "utf-16-le" if little else "utf-16-be")
        elif b"\x00" in head:
            raise _UnreadableError("binary data, not text")
    return raw


_LONE_CR = re.compile(rb"\r(?!\n)")
"""A CR that does not end a CRLF: found in a third of the time counting CRLFs takes."""


def _has_lone_cr(data: bytes) -> bool:
    return _LONE_CR.search(data) is not None


def _unix_lines(data: bytes, carriage_returns: int) -> bytes:
    """Lone CRs as line ends: CRLF alone the parser reads as it should, a lone CR it would
    not ("CSV (Macintosh)", or one stray CR gluing two rows together)."""
    if carriage_returns and _has_lone_cr(data):
        return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def _from_utf16(raw: bytes, encoding: str) -> bytes:
    try:
        return raw.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        if len(raw) % 2:
            raise _UnreadableError(
                "the file ends in the middle of a UTF-16 character (an odd number of bytes), "
                "so it was probably cut short; save it again"
            ) from None
        raise _UnreadableError(
            f"binary data, or UTF-16 text damaged at byte {exc.start:,}; save it as UTF-8 CSV"
        ) from None


def _sniff_delimiter(head: bytes) -> str:
    """The file's delimiter: the only one of `,;<tab>` its first lines hold, the same number
    of times on each (most files, at once), else the csv module's guess from 8 KB."""
    lines = head[:8192].split(b"\n", 6)[:5]
    if len(lines) > 1 and b'"' not in b"".join(lines):
        used = {d for d in (b",", b";", b"\t") if any(d in line for line in lines)}
        if len(used) == 1:
            (only,) = used
            if len({line.count(only) for line in lines if line.strip()}) == 1:
                return only.decode()
    sample = head[:8192].decode("utf-8", errors="ignore")
    if "\n" in sample[:-1]:
        sample = sample[: sample.rindex("\n", 0, len(sample) - 1)]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ",;\t"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


_PRINTABLE_ASCII = bytes(b for b in range(256) if b in b"\t\n" or 0x20 <= b <= 0x7E)


def _read_csv(path: Path, result: ReadResult, file: str) -> _Grid:
    """Every row as Excel shows it, or a problem saying why the file cannot be read."""
    raw = read_regular_file(path, MAX_TABLE_BYTES)
    if raw.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise _UnreadableError("this is a spreadsheet workbook, not CSV text; save it as .xlsx")
    data = _decode(raw)
    del raw
    if not data or data.isspace():
        raise _UnreadableError("the file is empty", code="empty-file")
    odd = data.translate(None, _PRINTABLE_ASCII)
    # One pass finds both the CRs and whether any cell could hold an invisible character.
    carriage_returns = odd.count(b"\r")
    data = _unix_lines(data, carriage_returns)
    plain = len(odd) == carriage_returns
    separator = _sniff_delimiter(data)
    try:
        return _Grid(None, _polars_csv(data, separator), plain=plain)
    except _NotUtf8Error:
        pass
    result.problems.append(_not_utf8(file))
    text = data.decode("cp1252", errors="replace").encode("utf-8")
    return _Grid(None, _polars_csv(text, separator))


_SNIFF_BYTES = 64 * 1024
"""The start of a CSV whose rows give its width."""


def _head_width(data: bytes, separator: str) -> int:
    """The widest of the first rows, where the header is; a wider row later is found later."""
    head = data[:_SNIFF_BYTES]
    end = head.rfind(b"\n")
    if len(head) < len(data) and end > 0:
        head = head[:end]
    text = head.decode("utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        return max((len(r) for r in itertools.islice(rows, _HEADER_SCAN_ROWS + 5)), default=1)
    except csv.Error:
        return text.split("\n", 1)[0].count(separator) + 1


def _polars_csv(data: bytes, separator: str) -> pl.DataFrame:
    """Every cell as text, rows numbered as read (blank lines kept, as a spreadsheet shows).

    polars reads well-formed files fast, as wide as their first rows plus one spare
    column. A row that fills the spare column, or anything polars cannot parse, sends
    the file to `_careful_csv`, which reads every row at its own width.
    """
    width = _head_width(data, separator)
    if width > MAX_COLUMNS:
        end = data.find(b"\n")
        cells = data[: end if end != -1 else len(data)].count(separator.encode()) + 1
        raise _UnreadableError(
            f"the first rows are {max(width, cells):,} cells wide; sitrep reads at most "
            f"{MAX_COLUMNS:,} columns",
            code="too-large",
        )
    spare = f"column_{width}"
    try:
        frame = pl.read_csv(
            data,
            has_header=False,
            schema={f"column_{i}": pl.String for i in range(width + 1)},
            separator=separator,
            truncate_ragged_lines=True,
            missing_columns="insert",
            # one row past the limit says the file is too large, without reading the rest
            n_rows=MAX_ROWS + 1,
        )
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower():
            raise _NotUtf8Error from None
        return _careful_csv(data, separator)
    if frame.height > MAX_ROWS:
        raise _too_many_rows()
    if frame.get_column(spare).null_count() < frame.height:
        return _careful_csv(data, separator)
    return frame.drop(spare)


def _too_many_rows() -> _UnreadableError:
    return _UnreadableError(
        f"more than {MAX_ROWS:,} rows; sitrep reads at most that many", code="too-large"
    )


def _careful_csv(data: bytes, separator: str) -> pl.DataFrame:
    """The file as Python's csv module reads it, strictly: slow, for files polars finds odd."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _NotUtf8Error from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise _UnreadableError(
                    f"line {reader.line_num:,} has {len(row):,} cells; sitrep reads at most "
                    f"{MAX_COLUMNS:,} columns",
                    code="too-large",
                )
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
    except csv.Error as exc:
        raise _UnreadableError(_csv_error(exc, reader.line_num)) from None
    width = max((len(r) for r in rows), default=0)
    columns = {
        f"column_{i}": [(r[i] or None) if i < len(r) else None for r in rows] for i in range(width)
    }
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))


def _csv_error(exc: csv.Error, line: int) -> str:
    """What is wrong at which line, in the words of someone looking at the file."""
    text = str(exc)
    if "unexpected end of data" in text:
        reason = 'a quoted cell is not closed (look for a stray ")'
    elif "expected after" in text:
        reason = 'a quote inside a quoted cell is not doubled (look for a stray ")'
    elif "field larger than field limit" in text:
        reason = f"a cell is longer than {csv.field_size_limit():,} characters"
    else:
        reason = " ".join(text.split())[:200]
    return f"not readable as CSV, line {line:,}: {reason}"


# --- CSV in batches ----------------------------------------------------------------------

BATCH_BYTES = 4 * MB
"""The text of one batch of a CSV validated in batches (some 50,000 rows of a
displacement table): large enough for polars to read at full speed, small enough that its
prepared columns (a few times its text) stay a small part of the memory used (a 1M-row
file peaks some 30 MiB lower than with 8 MB, in about the same time)."""
_HEAD_BYTES = 256 * 1024
"""The start of a file read to find its separator, width, header and kind: the first 8 KB
and 64 KB `_sniff_delimiter` and `_head_width` read, and more rows than `_unmapped` samples."""
_MAX_HEAD_BYTES = 64 * MB


class StreamRestartError(Exception):
    """A streamed CSV must be read again from its first byte, another way (as Windows-1252,
    or with lone CRs as line ends, as `_read_csv` reads such a file): what was found from
    its batches so far no longer holds."""


class StreamFallbackError(Exception):
    """A CSV that cannot be read in batches as it is read whole (a row polars cannot parse,
    or wider than the first rows, which `_careful_csv` reads whole): read it whole."""


@dataclass
class CsvBatch:
    """Some consecutive rows of a streamed CSV: its data rows as the sheet's frame (the
    spreadsheet's row numbers, the fields under their names) and its cells as read."""

    sheet: Sheet
    grid: _Grid


@dataclass
class CsvStream:
    """A CSV file validated in batches of whole records, in bounded memory.

    The head is read first, as `_read_csv` and `_sheet` read a whole file (separator,
    width, header and HXL rows, kind); then `batches` cuts the text at line ends outside
    quotes, so each batch is read by polars as the whole file would be, and numbers its
    rows from the records before it. Anything the whole file would be read differently
    for is found on the way: a byte that is not UTF-8 or a lone CR restarts the reading
    (`StreamRestartError`), a row polars cannot read sends the file to `read_table_file`
    (`StreamFallbackError`).
    """

    path: Path
    batch_bytes: int = BATCH_BYTES
    cp1252: bool = False
    unix_lines: bool = False
    separator: str = ","
    width: int = 1
    problems: list[Problem] = field(default_factory=list)
    """File-level problems (`encoding-fallback`)."""
    sheet: Sheet | None = None
    """The sheet's structure (columns, kind, fields, its own problems), without rows."""

    @property
    def file(self) -> str:
        return str(self.path)

    def start(self) -> None:
        """Read the head (again, after a restart) in the current way of reading."""
        size = _HEAD_BYTES
        while True:
            runs = self._runs(size)
            try:
                head = next(runs, b"")
                more = next(runs, None) is not None
            finally:
                runs.close()
            if not head or head.isspace():
                raise StreamFallbackError
            if not self.unix_lines and _has_lone_cr(head):
                self.unix_lines = True
                continue
            self.separator = _sniff_delimiter(head)
            self.width = _head_width(head, self.separator)
            if self.width > MAX_COLUMNS:
                raise StreamFallbackError
            try:
                grid = self._parse(head)
            except StreamRestartError:
                continue
            sheet = _sheet(self.file, None, grid, 1)
            if sheet is None:
                raise StreamFallbackError
            sampled = (
                sheet.frame.height >= _SAMPLE_ROWS
                and grid.height >= _HXL_SCAN_ROWS
                and len(head) > _SNIFF_BYTES
            )
            if more and not sampled:
                if size >= _MAX_HEAD_BYTES:
                    raise StreamFallbackError
                size *= 4
                continue
            if sheet.kind is None:
                _report_unknown(sheet)
            sheet.frame = sheet.frame.clear()
            self.sheet = sheet
            return

    def batches(self, fields: Sequence[str] | None = None) -> Iterator[CsvBatch]:
        """The file's rows batch by batch, from its first byte; with `fields`, only those
        fields' columns are read (and rows where all are empty left out)."""
        assert self.sheet is not None
        structure = self.sheet
        columns = None
        if fields is not None:
            kept = {n: structure.fields[n] for n in fields}
            structure = dataclasses.replace(structure, fields=kept, unmapped=([], []))
            columns = [structure.grid_columns[c.index] for c in kept.values()]
        records = 0
        for run in self._runs(self.batch_bytes):
            # one pass finds both the CRs and whether any cell could hold an invisible character
            odd = run.translate(None, _PRINTABLE_ASCII)
            returns = odd.count(b"\r")
            if returns and not self.unix_lines and _has_lone_cr(run):
                self.unix_lines = True
                self.start()
                raise StreamRestartError
            plain = not self.cp1252 and len(odd) == returns
            # a quoted cell holds a line end when the run has more lines than records
            lines = run.count(b"\n") + (not run.endswith(b"\n")) if b'"' in run else 0
            grid = self._parse(run, columns)
            spaces_only = plain and b"\t" not in run and lines <= grid.height
            del run  # not kept while the batch is checked
            first = records + 1
            records += grid.height
            if records > MAX_STREAMED_ROWS:
                raise RefusedFileError(
                    f"more than {MAX_STREAMED_ROWS:,} rows; sitrep reads at most that many",
                    code="too-large",
                )
            sheet = self._rows(structure, grid, first, spaces_only=spaces_only)
            yield CsvBatch(sheet, _Grid(None, grid, first, plain=plain))

    def _rows(
        self, structure: Sheet, grid: pl.DataFrame, first: int, *, spaces_only: bool
    ) -> Sheet:
        """A batch's data rows, numbered and shaped as `_sheet` numbers and shapes them."""
        start = max(0, structure.data_start - (first - 1))
        body = grid.slice(start).with_columns(
            (pl.int_range(pl.len(), dtype=pl.Int64) + (first + start)).alias(ROW),
            pl.any_horizontal(pl.all().is_not_null()).alias(_FILLED),
        )
        filled = body.drop_in_place(_FILLED)
        if not filled.all():
            body = body.filter(filled)
        frame = shape(structure, body) if structure.kind is not None else body.select(ROW)
        return dataclasses.replace(structure, frame=frame, problems=[], spaces_only=spaces_only)

    def _parse(self, run: bytes, columns: Sequence[str] | None = None) -> pl.DataFrame:
        """A run of records as `_polars_csv` reads the whole file (or those columns of it),
        else why not."""
        spare = f"column_{self.width}"
        try:
            frame = pl.read_csv(
                run,
                has_header=False,
                schema={f"column_{i}": pl.String for i in range(self.width + 1)},
                separator=self.separator,
                truncate_ragged_lines=True,
                missing_columns="insert",
                columns=None if columns is None else [*columns, spare],
            )
        except pl.exceptions.PolarsError as exc:
            if "utf-8" in str(exc).lower() and not self.cp1252:
                self.cp1252 = True
                self.problems = [_not_utf8(self.file)]
                self.start()
                raise StreamRestartError from None
            raise StreamFallbackError from None
        if frame.get_column(spare).null_count() < frame.height:
            raise StreamFallbackError
        return frame.drop(spare)

    def _runs(self, size: int) -> Generator[bytes]:
        """The file's text (BOM dropped; as UTF-8, lone CRs as line ends, when so read),
        `size` bytes at a time, each run cut at its last line end outside quotes.

        A quote opens or closes a quoted cell and a doubled one stands for itself, so a line
        end is outside quotes when the quotes before it in the run are even in number.
        """
        with open_regular_file(self.path, MAX_TABLE_BYTES) as handle:
            if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                handle.seek(0)
            rest, carried = b"", b""
            while True:
                block = handle.read(size)
                ended = not block
                if self.cp1252:
                    block = block.decode("cp1252", errors="replace").encode("utf-8")
                if self.unix_lines:
                    block = carried + block
                    carried = b"\r" if block.endswith(b"\r") and not ended else b""
                    if carried:
                        block = block[:-1]
                    block = block.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                data = rest + block if rest else block
                del block
                if ended:
                    if data:
                        yield data
                    return
                cut = _last_record_end(data)
                if cut is None:
                    rest = data
                    continue
                rest = data[cut:]
                if rest and not (self.cp1252 or self.unix_lines):
                    # the file's own bytes: read again from where the record starts
                    handle.seek(-len(rest), os.SEEK_CUR)
                    rest = b""
                run = data if cut == len(data) else data[:cut]
                del data
                yield run
                del run


_NOT_QUOTE = bytes(b for b in range(256) if b != ord('"'))


def _last_record_end(data: bytes) -> int | None:
    """Where the last whole record of `data` ends: after its last line end with an even
    number of quotes before it; None when there is none."""
    quotes = len(data.translate(None, _NOT_QUOTE))  # faster than counting them
    end = len(data)
    while (line_end := data.rfind(b"\n", 0, end)) >= 0:
        quotes -= data.count(b'"', line_end, end)
        if not quotes & 1:
            return line_end + 1
        end = line_end
    return None


def open_csv_stream(path: Path, batch_bytes: int = BATCH_BYTES) -> CsvStream | None:
    """A CSV file to validate in batches, or None when it is to be read whole: anything but
    UTF-8 or Windows-1252 text (a workbook, UTF-16, binary data, an empty file, all of
    which `read_table_file` words), a gazetteer (read whole before the other tables) or
    a long table (whose figures are checked across rows of one place)."""
    try:
        with open_regular_file(path, MAX_TABLE_BYTES) as handle:
            head = handle.read(4096)
    except (OSError, RefusedFileError):
        return None
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC, *_BOMS[1:])) or b"\x00" in head:
        return None
    stream = CsvStream(path, batch_bytes)
    try:
        stream.start()
    except (StreamFallbackError, OSError, RefusedFileError):
        return None
    sheet = stream.sheet
    if sheet is None or sheet.kind is TableKind.gazetteer or sheet.long_form:
        return None
    return stream


def _not_utf8(file: str) -> Problem:
    return _file_problem(
        file,
        "encoding-fallback",
        "not UTF-8; read as Windows-1252. Check accented names, and save as UTF-8 CSV",
        Severity.warning,
    )


# --- workbooks -------------------------------------------------------------------------


def _cell_text(value: Any) -> str | None:
    """A workbook cell as the text a person reads in it; dates in ISO form."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _grid(rows: Sequence[Sequence[Any]]) -> pl.DataFrame:
    width = max((len(r) for r in rows), default=0)
    # most cells are text: kept as they are without a call (an empty one is None)
    columns = {
        f"column_{i}": [
            (v or None) if (v := r[i] if i < len(r) else None).__class__ is str else _cell_text(v)
            for r in rows
        ]
        for i in range(width)
    }
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))


_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_CELL_REACH = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]+)"')
_CELL_REACH_FIRST = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"')
"""A cell whose reference is its first attribute, as spreadsheets and openpyxl write it."""
_FORMULA = re.compile(rb"<f[\s>/]")
_CACHED = re.compile(rb"<v>[^<]|<is>")
_XML_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


@dataclass
class _SheetScan:
    """A worksheet's XML, fed in chunks: how far its cells reach, and formulas without values.

    The XML is cut only before a `<c ` so every cell is seen whole.
    """

    rows: int = 0
    columns: int = 0
    cells: int = 0
    notes: list[_Note] = field(default_factory=list)
    carry: bytes = b""

    def feed(self, chunk: bytes, *, last: bool = False) -> None:
        buffer = self.carry + chunk
        cut = len(buffer) if last else buffer.rfind(b"<c ")
        if cut <= 0 and len(buffer) > 8 * MB:
            # No new cell for megabytes (one huge cell, or padding): cut before a closing
            # tag, else anywhere, so the carried part cannot grow chunk after chunk.
            end = max(buffer.rfind(b"</c>"), buffer.rfind(b"</row>"))
            cut = end if end > 0 else len(buffer) - 16
        if cut <= 0:
            self.carry = buffer
            return
        part, self.carry = buffer[:cut], buffer[cut:]
        if b"<c" not in part:
            return
        self.cells += part.count(b"<c ") + part.count(b"<c>") + part.count(b"<c/>")
        # one pass over the XML for both reaches; the largest of equal-length digit or
        # letter strings is the largest in their order, so only the maximum is converted
        # Where every `<c` of the part opens a cell written reference first, the simpler
        # pattern finds the very references the general one would, in two thirds of the
        # time; anything else starting `<c` (`<cols>`, a cell written otherwise) sends
        # the part to the general pattern.
        refs = _CELL_REACH_FIRST.findall(part)
        if len(refs) != part.count(b"<c"):
            refs = _CELL_REACH.findall(part)
        if refs:
            widest = max({c for c, _ in refs}, key=lambda c: (len(c), c))
            self.columns = max(self.columns, _column_index(widest) + 1)
            furthest = max({r for _, r in refs}, key=lambda r: (len(r), r))
            self.rows = max(self.rows, int(furthest))
        if b"<f" in part:
            self._formulas(part)

    def _formulas(self, part: bytes) -> None:
        for match in _FORMULA.finditer(part):
            start = part.rfind(b"<c", 0, match.start())
            end = part.find(b"</c>", match.start())
            cell = part[start : end if end != -1 else len(part)]
            ref = _CELL_REF.match(cell)
            opening = cell[: cell.find(b">")]
            if ref is None or _CACHED.search(cell) or b't="str"' in opening:
                continue
            if len(self.notes) < MAX_PROBLEMS_PER_KIND:
                self.notes.append(
                    _Note(
                        int(ref.group(2)) - 1,
                        _column_index(ref.group(1)),
                        "formula-without-value",
                        "a formula with no saved result (the file was written by a program, "
                        "not saved by a spreadsheet); open and save it in a spreadsheet, or "
                        "type the value",
                    )
                )


def _xml_tags(xml: bytes, tag: bytes) -> list[dict[bytes, str]]:
    return [
        {k: html.unescape(v.decode("utf-8", "replace")) for k, v in _XML_ATTRIBUTE.findall(m)}
        for m in re.findall(rb"<" + tag + rb"\b[^>]*>", xml)
    ]


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → sheet name, from the workbook and its relationships (XLSX, XLSM)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    if (
        max(archive.getinfo(n).file_size for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"))
        > 16 * MB
    ):
        return {}
    targets = {
        r.get(b"Id", ""): r.get(b"Target", "")
        for r in _xml_tags(archive.read("xl/_rels/workbook.xml.rels"), b"Relationship")
    }
    parts = {}
    for sheet in _xml_tags(archive.read("xl/workbook.xml"), b"sheet"):
        target = targets.get(sheet.get(b"r:id", ""), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[posixpath.normpath(part)] = sheet.get(b"name", "")
    return parts


def _inspect_zip(data: bytes) -> dict[str, list[_Note]]:
    """Check a zipped workbook's size and its sheets' reach before any of it is read.

    The declared sizes are checked first, then every part is decompressed in chunks
    and counted (a zip bomb can lie about its sizes), and each worksheet's cells are
    scanned for how far they reach: calamine fills the whole rectangle from A1 to the
    furthest cell, so one cell at XFD1048576 is 17 billion cells.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _UnreadableError(f"not a readable workbook ({exc})") from None
    infos = archive.infolist()
    declared = sum(i.file_size for i in infos)
    if len(infos) > 10_000 or declared > MAX_TABLE_BYTES:
        raise _UnreadableError(
            f"uncompressed, the workbook is {megabytes(declared)} in {len(infos):,} parts; "
            f"sitrep reads workbooks of at most {megabytes(MAX_TABLE_BYTES)}",
            code="too-large",
        )
    sheets = _sheet_parts(archive)
    notes: dict[str, list[_Note]] = {}
    total = 0
    try:
        for info in infos:
            name = sheets.get(posixpath.normpath(info.filename))
            scan = _SheetScan() if name is not None else None
            with archive.open(info) as member:
                while chunk := member.read(4 * MB):
                    total += len(chunk)
                    if total > MAX_TABLE_BYTES:
                        raise _UnreadableError(
                            "uncompressed, the workbook is larger than it says and than "
                            f"{megabytes(MAX_TABLE_BYTES)}, the most sitrep reads",
                            code="too-large",
                        )
                    if scan is not None:
                        scan.feed(chunk)
            if scan is None or name is None:
                continue
            scan.feed(b"", last=True)
            cells = max(scan.rows * scan.columns, scan.cells)
            if scan.rows > MAX_ROWS or scan.columns > MAX_COLUMNS or cells > MAX_WORKBOOK_CELLS:
                raise _UnreadableError(
                    f"sheet {name!r} reaches row {scan.rows:,}, column {_letter(scan.columns - 1)}"
                    f" ({cells:,} cells from A1); sitrep reads sheets of at most {MAX_ROWS:,} "
                    f"rows, {MAX_COLUMNS:,} columns and {MAX_WORKBOOK_CELLS:,} cells",
                    code="too-large",
                )
            notes[name] = scan.notes
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise _UnreadableError(f"not a readable workbook: a part is damaged ({exc})") from None
    return notes


def _read_workbook(path: Path) -> list[_Grid]:
    data = read_regular_file(path, MAX_TABLE_BYTES)
    if not data:
        raise _UnreadableError("the file is empty", code="empty-file")
    notes = _inspect_zip(data) if data.startswith(_ZIP_MAGIC) else {}
    grids = []
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.total_height * sheet.total_width > MAX_WORKBOOK_CELLS:
                raise _UnreadableError(
                    f"sheet {name!r} is {sheet.total_height:,} rows × {sheet.total_width:,} "
                    f"columns; sitrep reads sheets of at most {MAX_WORKBOOK_CELLS:,} cells",
                    code="too-large",
                )
            rows = sheet.to_python(skip_empty_area=False)
            grids.append(_Grid(name, _grid(rows), spill_is_error=False, notes=notes.get(name, [])))
    except python_calamine.PasswordError:
        raise _UnreadableError(
            "the workbook is password-protected; save a copy without one"
        ) from None
    except (python_calamine.CalamineError, ValueError) as exc:
        if data[:8] == _OLE_MAGIC and path.suffix.lower() != ".xls":
            raise _UnreadableError(
                "the workbook is encrypted (password-protected) or an old .xls file under "
                "another name; save a copy as .xlsx without a password"
            ) from None
        raise _UnreadableError(f"not a readable workbook ({exc})") from None
    return grids


# --- JSON ------------------------------------------------------------------------------


def _read_json(path: Path) -> tuple[pl.DataFrame, int]:
    """A JSON list of objects (keys are headers or HXL tags) or of rows (like a sheet).

    For a list of objects, rows are numbered as objects in the list, from 1. Integers
    are kept as written, however many digits they have.
    """
    try:
        text = read_regular_file(path, MAX_TABLE_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _UnreadableError(
            f"not UTF-8 (byte {exc.start:,}), which JSON must be; save it as UTF-8"
        ) from None
    if not text.strip():
        raise _UnreadableError("the file is empty", code="empty-file")
    try:
        data = json.loads(text, parse_int=str)
    except json.JSONDecodeError as exc:
        raise _UnreadableError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise _UnreadableError("nested too deeply to be a table") from None
    except ValueError as exc:
        raise _UnreadableError(f"not valid JSON: {exc}") from None
    data = _unwrapped(data)
    if not isinstance(data, list) or not data:
        raise _UnreadableError("expected a JSON list of objects, one per row")
    if len(data) > MAX_ROWS:
        raise _UnreadableError(
            f"{len(data):,} rows; sitrep reads at most {MAX_ROWS:,}", code="too-large"
        )
    if all(isinstance(item, list) for item in data):
        rows, first = data, 1
    elif all(isinstance(item, dict) for item in data):
        keys = list(dict.fromkeys(k for item in data for k in item))
        rows, first = [keys, *([item.get(k) for k in keys] for item in data)], 0
    else:
        raise _UnreadableError("expected a JSON list of objects, one per row")
    width = max(len(r) for r in rows)
    if width > MAX_COLUMNS:
        raise _UnreadableError(
            f"{width:,} columns; sitrep reads at most {MAX_COLUMNS:,}", code="too-large"
        )
    try:
        return _grid(rows), first
    except RecursionError:
        raise _UnreadableError("a cell is nested too deeply to be read") from None


def _unwrapped(data: Any) -> Any:
    """The rows of an API answer: an object whose one list holds them (IOM DTM's
    `{"result": [...], "statusCode": 200, ...}`); anything else as it is."""
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list) and value]
        if len(lists) == 1:
            return lists[0]
    return data


# --- header, HXL row, kind ---------------------------------------------------------------


def _is_hashtag_row(cells: Sequence[str | None]) -> bool:
    """Most filled cells are hashtags, or written as one (`#sector?` is reported, not data)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and sum(c.startswith("#") for c in filled) * 2 > len(filled)


def _filled(row: Sequence[str | None]) -> int:
    return sum(bool(c and c.strip()) for c in row)


def _header_rows(head: list[tuple[str | None, ...]]) -> tuple[int | None, int | None, int] | None:
    """Where the header row and the HXL row are in the first rows, and where data starts.

    The HXL row may stand below title and group-header rows (HXL allows up to 24 header
    rows); the header is the row just above it. Without one, the header is the first row
    that is not a sparse group header over merged cells (`LOCATION,,,HEALTH,,`).
    """
    top = next((i for i, r in enumerate(head) if _filled(r)), None)
    if top is None:
        return None
    hxl = next((i for i, r in enumerate(head) if _is_hashtag_row(r)), None)
    if hxl is not None:
        above = hxl - 1
        return (above if above >= top and _filled(head[above]) else None), hxl, hxl + 1
    header = top
    if top + 1 < len(head) and (
        _filled(head[top]) * 2 <= _filled(head[top + 1]) or _is_sub_header(head[top], head[top + 1])
    ):
        header = top + 1
    return header, None, header + 1


_NUMBER = re.compile(r"^\s*-?[\d.,\s\u00a0]+%?\s*$")


def _is_sub_header(top: Sequence[str | None], below: Sequence[str | None]) -> bool:
    """The row under a header of merged cells names the columns the merged cells span
    (`Location,,Displaced,` over `Governorate,District,IDPs,Households`): it is at least as
    dense as the row above, holds words only, and fills a cell under an empty one of it."""
    filled = [c for c in below if c and c.strip()]
    under_empty = any(
        (c and c.strip()) and not (t and t.strip()) for t, c in itertools.zip_longest(top, below)
    )
    return (
        bool(filled)
        and len(filled) >= _filled(top)
        and under_empty
        and not any(_NUMBER.match(c) for c in filled)
    )


def _groups(row: Sequence[str | None]) -> list[str]:
    """A group-header row's text over each column: a merged cell's text reaches right to
    the next filled cell (`LOCATION,,HEALTH,,` → LOCATION, LOCATION, HEALTH, HEALTH). A row
    of one cell is a title, not a group header."""
    if _filled(row) < 2:
        return [""] * len(row)
    groups, current = [], ""
    for cell in row:
        if cell and cell.strip():
            current = " ".join(cell.split())
        groups.append(current)
    return groups


_FILLED = f"{ROW}:filled"
"""A working column of `_sheet`: whether the row has any cell (dropped before use)."""


def _sheet(file: str, name: str | None, grid: pl.DataFrame, first: int) -> Sheet | None:
    """Find the header and HXL rows, number the data rows, and recognise the table.

    `first` is the spreadsheet row number of the grid's first row.
    """
    if grid.width == 0 or grid.height == 0:
        return None
    head = grid.head(_HXL_SCAN_ROWS).rows()
    found = _header_rows(head)
    if found is None:
        return None
    header, hxl, data_start = found
    headers = list(head[header]) if header is not None else [None] * grid.width
    if header and hxl is None and _is_sub_header(head[header - 1], head[header]):
        # a column the merged header row names alone (`Source` over nothing) keeps that name
        headers = [h or head[header - 1][i] for i, h in enumerate(headers)]
    tags = head[hxl] if hxl is not None else [None] * grid.width
    groups = _groups(head[header - 1]) if header else [""] * grid.width
    columns = [
        Column(i, (headers[i] or "").strip(), _tag(tags[i]), groups[i]) for i in range(grid.width)
    ]
    # whether a row has any cell is found in the same pass that numbers the rows
    body = grid.slice(data_start).with_columns(
        pl.int_range(first + data_start, first + grid.height, dtype=pl.Int64).alias(ROW),
        pl.any_horizontal(pl.all().is_not_null()).alias(_FILLED),
    )
    filled = body.drop_in_place(_FILLED)
    sheet = Sheet(file, name, columns, body if filled.all() else body.filter(filled))
    sheet.data_start = data_start
    sheet.header_row = None if header is None else first + header
    sheet.hxl_row = None if hxl is None else first + hxl
    _recognise(sheet, grid.columns)
    sheet.problems.extend(_not_hashtags(sheet, tags))
    return sheet


def _not_hashtags(sheet: Sheet, tags: Sequence[str | None]) -> list[Problem]:
    """A cell of the HXL row written like a tag but not one (`#sector?`, `#adm 1`): its
    column is not read, which the person who tagged it should know."""
    return [
        Problem(
            file=sheet.file,
            sheet=sheet.name,
            column=column.label,
            value=_shorten(cell.strip()),
            severity=Severity.warning,
            code="bad-hashtag",
            message=f"{cell.strip()!r} is not an HXL hashtag (# then letters, digits or _, "
            "and +attributes), so this column is not read",
        )
        for column, cell in zip(sheet.columns, tags, strict=False)
        if cell
        and cell.strip().startswith("#")
        and column.tag is None
        and not _LEGACY_LANGUAGE.match(cell)
    ]


def _tag(cell: str | None) -> str | None:
    return cell.strip() if cell and _HASHTAG.match(cell) else None


_SHARES = frozenset({"pct", "percent", "ratio", "rate"})
"""Attributes of a share, never a count: `#targeted+pct` is 0.70 of the people in need."""


@functools.cache
def _fit(tag: str | None, header: str, fs: FieldSpec) -> int | None:
    """How closely a column (its tag, else its header) fits a field: the attributes its tag
    has beyond the field's pattern (0 is exact), or None when it does not fit.

    A tag fits a pattern that has its hashtag and a subset of its attributes, as in the
    HXL standard: `#affected+idps` takes `#affected+idps+ind+stock`.
    """
    if tag:
        head, *attributes = normalise_tag(tag).split("+")
        have = set(attributes)
        if have & fs.excludes or (fs.type is FieldType.count and have & _SHARES):
            return None
        fits = [
            len(have) - len(want)
            for pattern in fs.tags
            for tag_head, *want in [pattern.split("+")]
            if tag_head == head and set(want) <= have
        ]
        return min(fits) if fits else None
    key = normalise_header(header)
    if not key:
        return None
    if key in fs.headers or key in fs.bare:
        return 0
    if fs.type is not FieldType.count:
        return None
    counted = _COUNT_PREFIX.sub("", key)
    if counted != key and counted in fs.headers:
        return 0
    words = _WORDS.findall(header.lower())
    loose = len(words) > 1 and words[-1] in fs.headers and words[-2] != "of"
    return 1 if loose and "%" not in header and not _SHARES & set(words) else None


_COUNT_PREFIX = re.compile(r"^(?:numberof|number|num|total)(?=[a-z])")
"""How a count's header may begin before the count's own name: `number_dead`, `Number of
fatalities`, `num_injured` and `Total killed` are the dead, the fatalities, the injured
and the killed."""
_WORDS = re.compile(r"[a-z]+")
"""A count's header may also end with the count's own one-word name after saying whose it
is (`Total Aid Workers Killed`, `Nationals killed`): a looser fit (1), so that a column
named for the whole (`Total killed`) is the field and the others are not read. A share
(`% of IDPs`) or a list of places (`Top 5 oblasts of origin of IDPs`) is not a count."""


@functools.cache
def _field_of(tag: str | None, header: str, kind: TableKind) -> tuple[int, FieldSpec] | None:
    """The field of `kind` a column goes to, and its fit: the field whose pattern it fits
    most specifically (`#affected+idps+hh` is households, not people).

    Cached by tag and header, the only things a column is recognised by, so that scoring a
    sheet against every kind costs a lookup per column once a spelling has been seen.
    """
    fits = [
        (extra, -len(fs.tags[0].split("+")), i, fs)
        for i, fs in enumerate(KINDS[kind].fields)
        if (extra := _fit(tag, header, fs)) is not None
    ]
    if not fits:
        return None
    extra, _, _, fs = min(fits, key=lambda f: (f[0], f[1], f[2]))
    return extra, fs


@functools.cache
def _is_foreign(tag: str | None, header: str, kind: TableKind) -> bool:
    return any(_fit(tag, header, fs) is not None for fs in KINDS[kind].foreign)


def _match(columns: Iterable[Column], spec: KindSpec) -> dict[str, list[Column]]:
    """The columns of each field, the closest fit first.

    A column that fits a field only by a bare header (`Name`) is left out unless another
    column carries one of the fields it must stand beside: `Name` beside `P-Code` is the
    admin unit's name, `name` beside `iso3` and boundary-line codes is not.
    """
    found: dict[str, list[tuple[int, int, Column]]] = {}
    bare: list[tuple[FieldSpec, int, int, Column]] = []
    for column in columns:
        best = _field_of(column.tag, column.header, spec.kind)
        if best is not None:
            extra, fs = best
            if fs.bare and _by_bare_header(column.tag, column.header, fs):
                bare.append((fs, extra, column.index, column))
            else:
                found.setdefault(fs.name, []).append((extra, column.index, column))
    for fs, extra, index, column in bare:
        if fs.beside & found.keys():
            found.setdefault(fs.name, []).append((extra + 1, index, column))
    return {name: [c for _, _, c in sorted(fits)] for name, fits in found.items()}


def _by_bare_header(tag: str | None, header: str, fs: FieldSpec) -> bool:
    """Whether a column fits `fs` only through one of its bare header names."""
    return not tag and normalise_header(header) in fs.bare


@dataclass(frozen=True)
class _Score:
    """How well a sheet's whole set of columns fits a kind."""

    kind: TableKind
    score: int
    signed: int
    """How many of the kind's own figures (signature counts) the sheet has."""
    lacks: tuple[tuple[str, ...], ...]
    foreign: tuple[str, ...]
    anchored: bool
    """Whether the sheet has a required column that is not a figure (a date, a place) to
    say when or where its figures are: without one, figures are a summary, not records."""
    figureless: bool
    """Whether it lacks all of the figures its kind requires (the furthest it can be)."""

    @property
    def fits(self) -> bool:
        return not self.lacks and not self.foreign


def _score(columns: list[Column], spec: KindSpec) -> _Score:
    """Signature fields count three, other fields one; a kind fits when it has a field of
    every required group and no column it never has."""
    matched = set(_match(columns, spec))
    if {FIGURE_STATUS, "population"} <= matched:  # long form: its numbers are the figures
        matched |= set(LONG_FIGURES)
    foreign = tuple(c.label for c in columns if _is_foreign(c.tag, c.header, spec.kind))
    lacks = tuple(group for group in spec.required if not set(group) & matched)
    if spec.kind is TableKind.gazetteer:
        lacks += _uncoded_areas(matched)
    figures = {g for g in spec.required if any(spec.spec(f).type in FIGURE_TYPES for f in g)}
    return _Score(
        spec.kind,
        3 * len(spec.signature & matched) + len(matched - spec.signature),
        sum(spec.spec(f).type in FIGURE_TYPES for f in spec.signature & matched),
        lacks,
        foreign,
        any(set(group) & matched for group in spec.required if group not in figures),
        bool(figures & set(lacks)),
    )


_AREA_NAMES = frozenset(_GAZETTEER_NAMES) - {"country_name"}


def _uncoded_areas(matched: set[str]) -> tuple[tuple[str, ...], ...]:
    """A gazetteer lists admin areas by their P-codes: admin-area names beside no code but
    countries' (`Region` beside `Country Code`) group countries, they are no admin level."""
    if matched & _AREA_NAMES and not matched & set(_ADMIN_CODES):
        return (("adm1_code", "adm2_code", "adm_code"),)
    return ()


def fields_of(columns: Iterable[Column], kind: TableKind) -> dict[str, list[Column]]:
    """The columns that carry each field of `kind`: by field name (a frame read with
    `sitrep.read_table`), HXL tag or header name, as a file's columns are recognised."""
    spec = KINDS[kind]
    names = {f.name for f in spec.fields}
    found: dict[str, list[Column]] = {}
    rest = []
    for column in columns:
        if column.header in names:
            found.setdefault(column.header, []).append(column)
        else:
            rest.append(column)
    for name, more in _match(rest, spec).items():
        found.setdefault(name, []).extend(more)
    return found


def _detect(columns: list[Column]) -> tuple[TableKind | None, str]:
    """The kind the whole set of columns fits best, or why none fits (naming the closest).

    A table with a kind's own figures, a date or a place, and nothing foreign to it is that
    kind even when a required column is missing (reported as `missing-column`); a table
    that fits no kind gets one notice.
    """
    scores = sorted((_score(columns, s) for s in KINDS.values()), key=lambda s: -s.score)
    fitting = [s for s in scores if s.fits]
    if fitting:
        best = [s for s in fitting if s.score == fitting[0].score]
        if len(best) == 1:
            return best[0].kind, ""
        kinds = ", ".join(s.kind.value for s in best)
        return None, f"it has columns of several tables ({kinds}); split it"
    closest = scores[0]
    if not closest.score:
        return None, "no column names or HXL tags of a known table"
    signed = [s for s in scores if s.signed and s.anchored and not s.foreign]
    if len(signed) == 1 and signed[0] is closest:
        return closest.kind, ""
    # of the kinds it scores as well for, name the one it lacks least of: a table with
    # no figures is closer to a kind that has none than to one whose figures it lacks
    closest = min(
        (s for s in scores if s.score == closest.score),
        key=lambda s: (s.figureless, len(s.lacks), bool(s.foreign)),
    )
    spec = KINDS[closest.kind]
    wanting = [
        " or ".join(spec.spec(f).tags[0] if spec.spec(f).tags else f for f in group[:3])
        for group in closest.lacks
    ]
    lacks = f"it lacks {'; '.join(wanting)}" if wanting else ""
    if closest.foreign:
        has = ", ".join(repr(label) for label in closest.foreign[:3])
        lacks += ("; " if lacks else "") + f"it has {has}, which a {closest.kind.value} lacks"
    return None, f"closest to a {closest.kind.value} table, but {lacks}"


def _recognise(sheet: Sheet, grid_columns: list[str]) -> None:
    kind, why = _detect(sheet.columns)
    if kind is None:
        sheet.problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                code="unknown-table",
                message=why,
                severity=Severity.warning,
            )
        )
        sheet.frame = sheet.frame.select(ROW)
        return
    sheet.kind = kind
    spec = KINDS[kind]
    for name, found in _match(sheet.columns, spec).items():
        fs = spec.spec(name)
        whole, parts = (
            _whole_and_parts(found, fs, kind) if fs.type in FIGURE_TYPES else (found[0], [])
        )
        if whole is not None:
            sheet.fields[name] = whole
            if parts and _qualifier(whole, fs):
                sheet.stand_ins.add(name)
        for qualifier, column in parts:
            sheet.fields[f"{name}{PART}{qualifier}"] = column
        first = whole or found[0]
        for extra in found:
            if (
                extra is not first
                and all(extra is not c for _, c in parts)
                and _same_label(extra, first)
            ):
                sheet.problems.append(_duplicate(sheet, extra, first))
    sheet.grid_columns = list(grid_columns)
    sheet.unmapped = _unmapped(sheet, grid_columns)
    if _is_long(sheet):
        cells = {n: pl.col(grid_columns[c.index]) for n, c in sheet.fields.items()}
        cells = _long_cells(sheet, cells)
        sheet.frame = sheet.frame.select(
            pl.col(ROW), *(cell.alias(n) for n, cell in cells.items()), *_derived(sheet)
        )
        return
    sheet.frame = shape(sheet, sheet.frame)


def _derived(sheet: Sheet) -> list[pl.Expr]:
    """The hashes a row is keyed by beside its fields (`LINE`, `REST`, `SERIES`)."""
    others, dimensions = sheet.unmapped
    line = [pl.concat_str(pl.exclude(ROW).fill_null(""), separator="\x1f").hash().alias(LINE)]
    return [
        *(line if _keyed_by_line(sheet) else []),
        *([_hashed(others).alias(REST)] if others else []),
        *([_hashed(dimensions).alias(SERIES)] if dimensions else []),
    ]


def shape(sheet: Sheet, body: pl.DataFrame) -> pl.DataFrame:
    """Data rows of the grid (its columns and `ROW`) as the recognised sheet's frame: the
    fields under their names and the row hashes, for the whole sheet or a batch of it."""
    # The fields are the grid's own columns renamed: taken as series, not selected, since a
    # select over the sliced grid copies every text cell (0.35 s and 130 MiB a million rows).
    fields = pl.DataFrame(
        [
            body.get_column(ROW),
            *(
                body.get_column(sheet.grid_columns[c.index]).alias(n)
                for n, c in sheet.fields.items()
            ),
        ]
    )
    derived = _derived(sheet)
    return fields.hstack(body.select(derived)) if derived else fields


def _is_long(sheet: Sheet) -> bool:
    """A people-in-need table with a figure-status column and one number column."""
    return (
        sheet.kind is TableKind.people_in_need
        and FIGURE_STATUS in sheet.fields
        and "population" in sheet.fields
        and not any(has_field(sheet, f) for f in LONG_FIGURES if f != "population")
    )


def status_key(text: pl.Expr) -> pl.Expr:
    """A status as `STATUSES` spells it: `In need`, `IN-NEED` and `inneed` are one."""
    return text.str.to_lowercase().str.replace_all(r"[^0-9a-z]+", "")


def _long_cells(sheet: Sheet, cells: dict[str, pl.Expr]) -> dict[str, pl.Expr]:
    """Each row's number under the figure its status names (`INN` → in need), so the
    figure's own checks report the cell where it is written; an unknown status is reported
    here and its number is no figure."""
    sheet.long_form = True
    number = sheet.fields["population"]
    figure = status_key(cells[FIGURE_STATUS].str.strip_chars()).replace_strict(
        STATUSES, default=None
    )
    for name in LONG_FIGURES:
        sheet.fields[name] = number
    status = sheet.fields[FIGURE_STATUS]
    written = cells[FIGURE_STATUS].str.strip_chars().str.len_bytes().fill_null(0) > 0
    unknown = sheet.frame.filter(written & figure.is_null()).select(
        pl.col(ROW), cells[FIGURE_STATUS]
    )
    expected = "INN (in need), TGT (targeted), REA (reached), AFF (affected) or all"
    for row, value in unknown.head(MAX_PROBLEMS_PER_KIND).iter_rows():
        sheet.problems.append(
            _at_cell(
                sheet, status, row, value, "bad-status", f"not a figure status; expected {expected}"
            )
        )
    sheet.problems.extend(_more(sheet, unknown.height, "bad-status", "unknown statuses"))
    return {
        **{n: c for n, c in cells.items() if n not in LONG_FIGURES},
        **{n: pl.when(figure == n).then(cells["population"]) for n in LONG_FIGURES},
    }


def long_key(sheet: Sheet) -> list[str]:
    """What the rows of one figure set share in a long table: every field but the figures
    and their status, and the columns no field reads (a category, a sector code)."""
    fields = [n for n in sheet.fields if n not in (*LONG_FIGURES, FIGURE_STATUS)]
    return [*fields, *(c for c in (REST, SERIES) if c in sheet.frame.columns)]


def _hashed(columns: list[str]) -> pl.Expr:
    return pl.concat_str([pl.col(c).fill_null("") for c in columns], separator="\x1f").hash()


def _unmapped(sheet: Sheet, grid_columns: list[str]) -> tuple[list[str], list[str]]:
    """The named columns no field takes, and those of them whose cells are mostly words:
    what else a row is about (a departure district, a need). Numbers (ids, weeks, figures
    no field reads) are left out of the second, so a series is not cut at every row."""
    mapped = {c.index for c in sheet.fields.values()}
    candidates = [
        grid_columns[c.index]
        for c in sheet.columns
        if c.index not in mapped and (c.header or c.tag)
    ]
    if not candidates or sheet.frame.is_empty():
        return candidates, []
    sample = sheet.frame.head(_SAMPLE_ROWS)
    wordy = sample.select(
        (pl.col(c).str.contains(r"[^\d\s.,:/+-]").sum() * 2 > pl.col(c).is_not_null().sum()).alias(
            c
        )
        for c in candidates
    ).row(0)
    return candidates, [c for c, words in zip(candidates, wordy, strict=True) if words]


_SAMPLE_ROWS = 200
"""Data rows `_unmapped` looks at to tell columns of words from columns of numbers."""


def _qualifier(column: Column, fs: FieldSpec) -> str:
    """What a column's tag says beyond its field's closest pattern, but for attributes of a
    whole (`+total`, `+ind`): `#inneed+food` → `food`, `#affected+idps+ind+f` → `f`."""
    if not column.tag:
        return ""
    head, *attributes = normalise_tag(column.tag).split("+")
    have = set(attributes)
    wants = [
        set(want)
        for pattern in fs.tags
        for tag_head, *want in [pattern.split("+")]
        if tag_head == head and set(want) <= have
    ]
    return "+".join(sorted(have - max(wants, key=len, default=set()) - GENERIC_ATTRIBUTES))


def _whole_and_parts(
    found: list[Column], fs: FieldSpec, kind: TableKind
) -> tuple[Column | None, list[tuple[str, Column]]]:
    """A figure field's whole column and its parts, by tag: `#affected+idps+ind` is the
    whole and `#affected+idps+ind+f` a part (`f`); `#inneed+food` and `#inneed+health` are
    sectors of a wide people-in-need table, which may have no whole at all. Elsewhere,
    without a whole, the closest column stands for the field, as before."""
    qualified = [(_qualifier(c, fs), c) for c in found]
    wholes = [c for q, c in qualified if not q]
    whole: Column | None
    if wholes:
        whole = next((c for c in wholes if _WHOLE_HEADER.search(c.header)), wholes[0])
    elif kind is TableKind.people_in_need and not any(is_disaggregation(q) for q, _ in qualified):
        whole = None
    else:
        whole = found[0]
    own = next((q for q, c in qualified if c is whole), "")
    parts: dict[str, Column] = {}
    for qualifier, column in qualified:
        # a column tagged as the whole is (`#targeted+f` twice) is a duplicate, not a part
        if column is not whole and qualifier and qualifier != own and qualifier not in parts:
            parts[qualifier] = column
    return whole, list(parts.items())


def has_field(sheet: Sheet, name: str) -> bool:
    """The sheet has the field, whole or by parts only (a wide table by sector)."""
    return name in sheet.fields or any(base_field(n) == name for n in sheet.fields)


def _keyed_by_line(sheet: Sheet) -> bool:
    """Rows of people in need without dates, and of funding, are duplicates only when they
    repeat every cell: two funding rows of one appeal and sector may be two flows."""
    if sheet.kind is TableKind.funding:
        return True
    return sheet.kind is TableKind.people_in_need and "date" not in sheet.fields


def _duplicate(sheet: Sheet, extra: Column, first: Column) -> Problem:
    """Two columns of one field. Under the same header (or none) they hold the same data, an
    error; under different headers (`Non-Displaced`, `Overall` both `#inneed`), the tag
    leaves out what tells them apart, a warning."""
    if extra.tag and first.tag and normalise_header(extra.header) != normalise_header(first.header):
        head = normalise_tag(extra.tag).split("+")[0]
        return Problem(
            file=sheet.file,
            sheet=sheet.name,
            column=extra.label,
            hxl=extra.tag,
            severity=Severity.warning,
            code="duplicate-column",
            message=f"carries the same tag as {first.label!r}, which is the one read; give "
            f"each its own attribute ({head}+idps, {head}+health) so both are read",
        )
    return Problem(
        file=sheet.file,
        sheet=sheet.name,
        column=extra.label,
        hxl=extra.tag,
        code="duplicate-column",
        message=f"holds the same data as {first.label!r}, which is the one read",
    )


_WHOLE_HEADER = re.compile(r"(?i)\b(?:total|overall|all|grand|général|general)\b")
"""A header that names the whole (`Overall People in Need`), among columns of one tag."""


def _same_label(one: Column, other: Column) -> bool:
    """Two columns one cannot tell apart: the same tag, or no tags and the same header.
    Other columns of a field (`#adm1+code+origin` beside `#adm1+code`) are not read."""
    if one.tag or other.tag:
        return bool(one.tag and other.tag) and normalise_tag(one.tag or "") == normalise_tag(
            other.tag or ""
        )
    return normalise_header(one.header) == normalise_header(other.header)


def _report_unknown(sheet: Sheet) -> None:
    """A sheet that fits no kind is not bad data: one warning, naming the closest kind."""
    for problem in sheet.problems:
        if problem.code == "unknown-table":
            problem.message = (
                f"not a known table: {problem.message}. If it is one, add the HXL "
                "row or header names listed in the README ('Validating spreadsheets')"
            )


# --- gazetteer -------------------------------------------------------------------------


def split_aliases(text: str | None) -> tuple[str, ...]:
    """Aliases are written in one cell, separated by `;` or `|`."""
    if not text:
        return ()
    return tuple(a.strip() for a in re.split(r"[;|]", text) if a.strip())


def gazetteer_entries(sheet: Sheet, rows: pl.Series | None = None) -> list[GazetteerEntry]:
    """The gazetteer's rows that name an admin-1 code, optionally only the given rows."""
    frame = sheet.frame if rows is None else sheet.frame.filter(pl.col(ROW).is_in(rows.implode()))
    if "adm1_code" not in frame.columns:
        return []
    frame = frame.with_columns(pl.exclude(ROW, REST, SERIES, LINE).str.strip_chars()).filter(
        pl.col("adm1_code").str.len_bytes() > 0
    )
    entries = []
    for record in frame.to_dicts():
        entries.append(
            GazetteerEntry(
                row=record[ROW],
                adm1_name=record.get("adm1_name") or record["adm1_code"],
                adm1_code=record["adm1_code"],
                adm2_name=record.get("adm2_name") or None,
                adm2_code=record.get("adm2_code") or None,
                adm3_name=record.get("adm3_name") or None,
                adm3_code=record.get("adm3_code") or None,
                adm4_name=record.get("adm4_name") or None,
                adm4_code=record.get("adm4_code") or None,
                aliases=split_aliases(record.get("aliases")),
            )
        )
    return entries
