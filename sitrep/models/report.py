"""The merged report: everything the renderers need, nothing they must compute.

`Sitrep` is what `sitrep.json` holds, so a later build can read an earlier one
back for deltas and trends; renderers only lay it out and format it.
"""

from __future__ import annotations

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


class SourceEntry(BaseModel):
    """One numbered entry of the report's Sources list; figures cite it by `number`."""

    number: int
    kind: Literal["table", "article"]
    source: str | None = Field(default=None, description="Who reported it, as written.")
    cell: CellRef | None = None
    rows: list[int] = Field(
        default_factory=list, description="All rows of `cell`'s column that a total adds up."
    )
    article: ArticleRef | None = None
    quote: str | None = None


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
    warnings: list[str] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
