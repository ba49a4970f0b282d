"""The indicator registry: every figure sitrep knows, declared once with all it needs.

An indicator's name, HXL hashtag, whether it is a standing number or counted per
event, its place among the key figures, its words in the report and its unit used to
live in seven places that nothing checked against each other. Here each indicator is
one member of `Indicator` carrying its `IndicatorSpec`; the table schema, merge's
key-figure and flow sets, both published CSVs, the report's labels (the `label` and
`phrase` template filters) and the README's table derive from it. The extractor's
cue phrases are the one other thing a new indicator needs (`sitrep/extract/indicators.py`).

This module imports nothing of ours, so the models can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Nature(StrEnum):
    """How figures of an indicator add up over places and days."""

    stock = "stock"
    """A standing number (people displaced): the latest report of each place counts."""
    flow = "flow"
    """Counted per event (people killed): the period's total is a sum over its days."""
    event = "event"
    """Not a count of people but an event (a ceasefire): shown on the timeline."""


@dataclass(frozen=True)
class IndicatorSpec:
    """What the report needs to know about an indicator; every field must be given.

    `hxl` is the hashtag with its attributes (empty only for `other`, which has no
    standard tag); `key_order` places it in the key-figures band, lowest first (None:
    not a key figure; the orders go in tens, so a new indicator slots in between
    without renumbering the others); `label` names the figure in a table or a heading
    ("people killed"); `phrase` follows the number in a sentence ("61 people were killed").
    """

    hxl: str
    nature: Nature
    key_order: int | None
    label: str
    phrase: str
    unit: str


def _spec(
    hxl: str, nature: Nature, key_order: int | None, label: str, phrase: str, unit: str
) -> IndicatorSpec:
    return IndicatorSpec(hxl, nature, key_order, label, phrase, unit)


_STOCK, _FLOW, _EVENT = Nature.stock, Nature.flow, Nature.event


class Indicator(StrEnum):
    """The one vocabulary of figures; a member's value is its name in every file we write."""

    spec: IndicatorSpec
    _value_: str

    def __new__(cls, value: str, spec: IndicatorSpec) -> Indicator:
        member = str.__new__(cls, value)
        member._value_ = value
        member.spec = spec
        return member

    # name = name, _spec(HXL, nature, key-figure order, label, phrase, unit)
    killed = (
        "killed",
        _spec("#affected+killed", _FLOW, 80, "people killed", "people were killed", "people"),
    )
    deaths = (
        "deaths",
        _spec("#affected+dead", _FLOW, 85, "deaths", "people have died", "people"),
    )
    """Death from disease or from all causes (outbreaks, hunger, mortality surveys):
    `killed` is violent death (attacks, shelling, massacres, disasters), and a report must
    not add the one to the other."""
    injured = (
        "injured",
        _spec("#affected+injured", _FLOW, 90, "people injured", "people were injured", "people"),
    )
    missing = (
        "missing",
        _spec("#affected+missing", _FLOW, 100, "people missing", "people are missing", "people"),
    )
    displaced = (
        "displaced",
        _spec(
            "#affected+idps", _STOCK, 10, "people displaced", "people have been displaced", "people"
        ),
    )
    returnees = (
        "returnees",
        _spec(
            "#affected+returnees", _STOCK, 20, "people returned", "people have returned", "people"
        ),
    )
    refugees = (
        "refugees",
        _spec(
            "#affected+refugees", _STOCK, 30, "refugees", "people have fled as refugees", "people"
        ),
    )
    evacuated = (
        "evacuated",
        _spec(
            "#reached+evacuated",
            _FLOW,
            70,
            "people evacuated",
            "people have been evacuated",
            "people",
        ),
    )
    medical_evacuation_needed = (
        "medical_evacuation_needed",
        _spec(
            "#inneed+medevac",
            _STOCK,
            50,
            "people need medical evacuation",
            "people need medical evacuation",
            "people",
        ),
    )
    seriously_wounded = (
        "seriously_wounded",
        _spec(
            "#inneed+medevac+critical",
            _STOCK,
            60,
            "seriously wounded",
            "people are seriously wounded",
            "people",
        ),
    )
    besieged_or_trapped_population = (
        "besieged_or_trapped_population",
        _spec(
            "#affected+besieged",
            _STOCK,
            40,
            "people besieged or threatened",
            "people are besieged or threatened",
            "people",
        ),
    )
    people_in_need = (
        "people_in_need",
        _spec("#inneed", _STOCK, 120, "people in need", "people are in need", "people"),
    )
    people_reached = (
        "people_reached",
        _spec("#reached", _STOCK, 130, "people reached", "people have been reached", "people"),
    )
    detained = (
        "detained",
        _spec(
            "#affected+detained",
            _FLOW,
            110,
            "people detained",
            "people have been detained",
            "people",
        ),
    )
    ceasefire_duration_days = (
        "ceasefire_duration_days",
        _spec("#event+ceasefire+days", _EVENT, None, "ceasefire", "of ceasefire", "days"),
    )
    territory_control_percent = (
        "territory_control_percent",
        _spec(
            "#indicator+control+pct",
            _STOCK,
            None,
            "of the area changed hands",
            "of the area has changed hands",
            "percent",
        ),
    )
    ceasefire_event = (
        "ceasefire_event",
        _spec("#event+ceasefire", _EVENT, None, "ceasefire events", "ceasefire events", "events"),
    )
    other = "other", _spec("", _STOCK, None, "other", "", "people")


KEY_INDICATORS: tuple[Indicator, ...] = tuple(
    sorted(
        (i for i in Indicator if i.spec.key_order is not None),
        key=lambda i: i.spec.key_order or 0,
    )
)
"""Indicators that make the key-figures band, in the order officers read them."""

FLOW_INDICATORS = frozenset(i for i in Indicator if i.spec.nature is Nature.flow)
EVENT_INDICATORS = frozenset(i for i in Indicator if i.spec.nature is Nature.event)
INDICATOR_HXL: dict[Indicator, str] = {i: i.spec.hxl for i in Indicator if i.spec.hxl}
"""The HXL hashtag of each indicator, as tables and published CSVs tag it."""

HXL_COLUMNS: dict[str, str] = {
    "date": "#date",
    "date_from": "#meta+date_from",
    "indicator": "#indicator+name",
    "hxl": "#indicator+code",
    "value": "#indicator+value+num",
    "low": "#indicator+value+min+num",
    "high": "#indicator+value+max+num",
    "qualifier": "#indicator+qualifier",
    "unit": "#indicator+unit",
    "label": "#indicator+label",
    "location": "#loc+name",
    "pcode": "#loc+code",
    "change": "#indicator+change+num",
    "previous_date": "#date+previous",
    "period_start": "#date+start",
    "period_end": "#date+end",
    "source": "#meta+source",
    "citations": "#meta+ref",
    "article": "#meta+article",
    "id": "#meta+id",
    "status": "#status",
    "party": "#org+party",
    "part_of": "#meta+part_of",
    "confidence": "#meta+confidence",
    "review": "#status+review",
    "span_start": "#meta+span+start",
    "span_end": "#meta+span+end",
    "quote": "#description+quote",
}
"""The HXL hashtag of every column we publish (`key-figures.csv`, `sitrep extract
--format csv`), so one concept is tagged one way in both: an indicator's name is
`#indicator+name`, its HXL hashtag `#indicator+code`."""
