"""The merged report: everything the renderers need, nothing they must compute.

`Sitrep` is what `sitrep.json` holds, so a later build can read an earlier one
back for deltas and trends; renderers only lay it out and format it.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from sitrep.indicators import Indicator
from sitrep.models.facts import (
    ArticleRef,
    CeasefireStatus,
    CellRef,
    Fact,
    FactValue,
    Period,
    Qualifier,
)
from sitrep.models.situation import Situation


class CitedRow(BaseModel):
    """One cell a table source entry stands for, with the place its row is about."""

    cell: CellRef
    place: str | None = None
    pcode: str | None = None


class SourceEntry(BaseModel):
    """One numbered entry of the report's Sources list; figures cite it by `number`.

    A table entry is one column of one file and sheet, with every row of it the report
    cites; an article entry is one quoted sentence. Entries of the same file and sheet,
    or of the same article, are numbered one after another and listed under one heading.
    """

    number: int
    kind: Literal["table", "article"]
    source: str | None = Field(default=None, description="Who reported it, as written.")
    cell: CellRef | None = None
    rows: list[int] = Field(
        default_factory=list, description="Every row of `cell`'s column that the report cites."
    )
    cells: list[CitedRow] = Field(
        default_factory=list, description="The rows of `rows`, each with its place and P-code."
    )
    article: ArticleRef | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None


class Figure(BaseModel):
    """A figure as the report states it: value, who says so, and the change since last time."""

    indicator: Indicator
    value: FactValue
    qualifier: Qualifier = Qualifier.exact
    unit: str = "people"
    label: str | None = None
    location: str | None = None
    pcode: str | None = None
    date: dt.date | None = None
    period: Period | None = None
    source: str | None = None
    citations: list[int] = Field(default_factory=list)
    fact_ids: list[str] = Field(default_factory=list)
    previous: FactValue | None = None
    previous_date: dt.date | None = None
    delta: int | None = Field(
        default=None, description="Change in the lower bound since the previous report."
    )
    as_of: dt.date | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="For a standing figure older than the report's period: the date it "
        "stands from (shown 'as of' it).",
    )
    pending: bool = Field(
        default=False,
        exclude_if=lambda v: not v,
        description="Stated by a fact not yet reviewed (shown only in a draft).",
    )


class AreaRow(BaseModel):
    """One area of a by-area table (displacement, medical evacuation)."""

    place: str
    adm1: str | None = None
    pcode: str | None = None
    figures: dict[Indicator, Figure] = Field(default_factory=dict)


class TrendPoint(BaseModel):
    date: dt.date
    value: int


class TimelineEvent(BaseModel):
    """A dated ceasefire, truce or access event with the party behind it."""

    date: dt.date | None
    status: CeasefireStatus
    party: str | None = None
    description: str
    duration_days: int | None = None
    location: str | None = None
    citations: list[int] = Field(default_factory=list)
    fact_ids: list[str] = Field(default_factory=list)


class Conflict(BaseModel):
    """Same indicator, place and date, different values, different sources: never averaged."""

    indicator: Indicator
    location: str | None = None
    date: dt.date | None = None
    figures: list[Figure]


class Highlight(BaseModel):
    """A highlight is data; the template's macros put it into words."""

    kind: Literal["figure", "event", "conflict"]
    figure: Figure | None = None
    event: TimelineEvent | None = None
    conflict: Conflict | None = None


class Logo(BaseModel):
    """The organisation's logo from the situation folder, already checked (PNG or plain SVG)."""

    media_type: Literal["image/png", "image/svg+xml"]
    data: bytes

    @property
    def data_uri(self) -> str:
        """Embedded in the page, so the PDF renderer never fetches a file for it."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


class AreaShape(BaseModel):
    """One administrative area's outline: its P-code, name, and rings of (lon, lat) points."""

    pcode: str
    name: str | None = None
    rings: list[list[tuple[float, float]]]


class SectorRow(BaseModel):
    """Needs and response of one sector (cluster): people in need, targeted and reached.

    Places of one sector add up; sectors do not (the same people are in need of food and
    of shelter). `slug` names the sector's block in the report (`id="sector-<slug>"`),
    where the officer's text on the sector goes.
    """

    sector: str
    slug: str
    in_need: int | None = None
    targeted: int | None = None
    reached: int | None = None
    date: dt.date | None = None
    source: str | None = None
    citations: list[int] = Field(default_factory=list)

    @property
    def reached_share(self) -> float | None:
        """Reached as a share of targeted (of in need when nobody is targeted)."""
        base = self.targeted or self.in_need
        return self.reached / base if base and self.reached is not None else None


class FundingRow(BaseModel):
    """An appeal's (or one of its sectors') requirement and funding, in US dollars."""

    appeal: str
    sector: str | None = None
    required_usd: float | None = None
    funded_usd: float | None = None
    percent_funded: float | None = Field(
        default=None, description="Funded as a percentage of required, as given or computed."
    )
    date: dt.date | None = None
    source: str | None = None
    citations: list[int] = Field(default_factory=list)

    @property
    def gap_usd(self) -> float | None:
        if self.required_usd is None or self.funded_usd is None:
            return None
        return max(self.required_usd - self.funded_usd, 0.0)


class Sitrep(BaseModel):
    situation: Situation
    date: dt.date
    number: int
    period: Period
    draft: bool = False
    previous_date: dt.date | None = Field(
        default=None,
        description="The date changes are counted from: the last published report's, or "
        "for a first report the tables' latest day before its period.",
    )
    pending_left_out: int = Field(
        default=0, description="Facts pending review that a final report leaves out."
    )
    validation_warnings: int = Field(
        default=0, description="Warnings `sitrep validate` gives on the tables."
    )
    highlights: list[Highlight] = Field(default_factory=list)
    key_figures: list[Figure] = Field(default_factory=list)
    displacement: list[AreaRow] = Field(default_factory=list)
    displacement_trend: list[TrendPoint] = Field(default_factory=list)
    medevac: list[AreaRow] = Field(default_factory=list)
    casualties: list[Figure] = Field(default_factory=list)
    other_figures: list[Figure] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    sources: list[SourceEntry] = Field(default_factory=list)
    sectors: list[SectorRow] = Field(default_factory=list)
    funding: list[FundingRow] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
