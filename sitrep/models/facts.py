"""Facts: the one vocabulary in which table cells and article sentences meet.

A figure from a spreadsheet and a figure from a news article must be comparable,
mergeable and citable alike, so both become a `Fact`; what differs is only where
it came from (`cell` for a table, `quote` + `span` + `article` for an article).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import ConfigDict, Field, field_validator

from sitrep.indicators import Indicator
from sitrep.models.base import Model, new_list


class Qualifier(StrEnum):
    exact = "exact"
    approx = "approx"
    at_least = "at_least"
    at_most = "at_most"


class CeasefireStatus(StrEnum):
    proposed = "proposed"
    under_negotiation = "under_negotiation"
    agreed = "agreed"
    in_effect = "in_effect"
    violated = "violated"
    collapsed = "collapsed"
    rejected = "rejected"
    blocked = "blocked"


class Review(StrEnum):
    pending = "pending"
    accepted = "accepted"
    rejected = "rejected"


class DateFrom(StrEnum):
    """Where the day a report files an article fact under comes from, so a reviewer
    knows where to check it: the fact's own sentence, an earlier sentence of its
    paragraph (in a story relaying one report, the count that report dates), a dated
    heading or dispatch line above it, the dated citation that ends its line ('(ECHO, 4
    Jun 2020)'), or, when none names a day, the article's publication date."""

    sentence = "sentence"
    earlier_sentence = "earlier_sentence"
    heading = "heading"
    citation = "citation"
    publication = "publication"


Count = Annotated[int, Field(ge=0)]
FactValue = Count | tuple[Count, Count]
"""An exact count, or `(low, high)` for a range or a vague amount ("hundreds"); never
negative (a change between reports is a `Figure.delta`, not a value)."""


class Period(Model):
    """A span a figure covers ("over the past week", "since 15 November")."""

    model_config = ConfigDict(frozen=True)

    start: dt.date | None = None
    end: dt.date | None = None


class CellRef(Model):
    """Where a table figure came from, as the person who filled the sheet would find it."""

    model_config = ConfigDict(frozen=True)

    file: str
    sheet: str | None = None
    row: int = Field(description="Row number as the spreadsheet shows it (header row is 1).")
    column: str = Field(description="Header text of the column.")
    hxl: str | None = None


def cell_fact_id(file: str, sheet: str | None, row: int, field: str) -> str:
    """A table cell's fact id, `file#sheet:row:field` (`file:row:field` for a CSV)."""
    return f"{file}#{sheet}:{row}:{field}" if sheet else f"{file}:{row}:{field}"


def cell_fact_parts(fact_id: str) -> tuple[str, int, str] | None:
    """`cell_fact_id`'s parts: file (and sheet), row, field; None for another kind of id.

    Any id of that shape is split and joined back to itself, so `sitrep.json` may group
    ids by file and field without knowing which facts they name.
    """
    parts = fact_id.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit() and str(int(parts[1])) == parts[1]:
        return parts[0], int(parts[1]), parts[2]
    return None


class ArticleRef(Model):
    """The article an extracted fact came from, so a merged fact can still be cited."""

    model_config = ConfigDict(frozen=True)

    path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    sha256: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="Digest of the article file as extracted, to tell a facts file gone stale.",
    )


class Fact(Model):
    """One figure or event, with enough provenance to cite it and to re-find it."""

    id: str
    indicator: Indicator
    value: FactValue | None = None
    qualifier: Qualifier = Qualifier.exact
    unit: str = "people"
    label: str | None = Field(
        default=None, description="The phrase that names an `other` figure, or a short event text."
    )
    location: str | None = None
    pcode: str | None = None
    group: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="Population group (with sex and age where a table splits by them): "
        "figures of different groups add up, they never conflict.",
    )
    date: dt.date | None = None
    date_from: DateFrom | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="Where the day the report uses comes from (`date`, else the "
        "publication date); None for a table cell and for an article fact with no day.",
    )
    period: Period | None = None
    source: str | None = None
    status: CeasefireStatus | None = None
    party: str | None = None
    part_of: str | None = Field(
        default=None, description="Id of the fact this one is included in (500 of the 1,500)."
    )
    quote: str | None = None
    span: tuple[int, int] | None = None
    article: ArticleRef | None = None
    cell: CellRef | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] = 1.0
    review: Review = Review.pending

    @field_validator("value")
    @classmethod
    def _a_count(cls, value: FactValue | None) -> FactValue | None:
        """A figure counts something: never below 0, and a range's low end first."""
        low, high = value if isinstance(value, tuple) else (value, value)
        if low is not None and high is not None and (low < 0 or high < low):
            raise ValueError("a figure is a count ≥ 0 (a range as [low, high])")
        return value

    @property
    def low(self) -> int | None:
        """Lower bound of the value, for sorting and deltas."""
        if self.value is None:
            return None
        return self.value[0] if isinstance(self.value, tuple) else self.value

    def day_filed(self, published: dt.date | None) -> dt.date | None:
        """The day the report files this fact under: its own day, else the end of the
        period its sentence names ("in September", "last year": a count made over a
        period stands as of its end, not as of the day an article retold it; never after
        the publication), else the article's publication date."""
        if self.date is not None:
            return self.date
        end = self.period.end if self.period is not None else None
        if end is not None:
            return min(end, published) if published is not None else end
        return published


class Article(Model):
    """One article as read, with the facts found in it (spans index its text as read)."""

    path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    sha256: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="SHA-256 of the article file's bytes when it was extracted.",
    )
    facts: list[Fact] = Field(default_factory=new_list)

    def ref(self) -> ArticleRef:
        return ArticleRef(
            path=self.path,
            title=self.title,
            url=self.url,
            outlet=self.outlet,
            published=self.published,
            sha256=self.sha256,
        )


class Extraction(Model):
    """The extractor's output and the review file (`facts.json`) share this shape."""

    articles: list[Article] = Field(default_factory=new_list)
