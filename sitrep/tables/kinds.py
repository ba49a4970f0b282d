"""The table vocabulary: each kind of table, its fields, and the HXL tags and header names
they are known by (listed for people in README.md, "Validating spreadsheets"). One owner, so
the reader, the rules and the merge agree on what a column means.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import Enum

from sitrep.models import Indicator, TableKind


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
