"""The merged report: everything the renderers need, nothing they must compute.

`Sitrep` is what `sitrep.json` holds, so a later build can read an earlier one
back for deltas and trends; renderers only lay it out and format it.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    PlainSerializer,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from sitrep.indicators import Indicator
from sitrep.models.base import Model, new_dict, new_list
from sitrep.models.facts import (
    ArticleRef,
    CeasefireStatus,
    CellRef,
    Fact,
    FactValue,
    Period,
    Qualifier,
    cell_fact_parts,
)
from sitrep.models.situation import Situation


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Row numbers as (first, last) runs of consecutive rows, ascending, each once."""
    found: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if found and n == found[-1][1] + 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


def _run_rows(value: Any) -> Any:
    """Rows as written to `sitrep.json` (`[[first, last], …]`) or as a list of numbers."""
    if isinstance(value, list) and any(isinstance(v, list | tuple) for v in value):
        return [n for first, last in value for n in range(first, last + 1)]
    return value


def compact_fact_ids(ids: Iterable[str]) -> list[str | dict[str, Any]]:
    """Fact ids as `sitrep.json` holds them: a table's cells of one column as one entry
    (`{"of": file, "field": name, "rows": runs}`), placed where its first cell came; a
    lone cell and other ids as they are. A total over 40,000 cells is a few runs, not
    40,000 ids."""
    items: list[str | dict[str, Any]] = []
    columns: dict[tuple[str, str], list[int]] = {}
    for fact_id in dict.fromkeys(ids):
        part = cell_fact_parts(fact_id)
        if part is None:
            items.append(fact_id)
            continue
        prefix, row, name = part
        if (prefix, name) not in columns:
            columns[prefix, name] = []
            items.append({"of": prefix, "field": name, "rows": columns[prefix, name]})
        columns[prefix, name].append(row)
    return [_lone_or_runs(item) if isinstance(item, dict) else item for item in items]


def _lone_or_runs(item: dict[str, Any]) -> str | dict[str, Any]:
    """One column's cells as row runs; a lone cell as its plain id."""
    rows = runs(item["rows"])
    if rows == [(rows[0][0], rows[0][0])]:
        return f"{item['of']}:{rows[0][0]}:{item['field']}"
    return {**item, "rows": [list(r) for r in rows]}


def expand_fact_ids(value: Any) -> Any:
    """The ids of `compact_fact_ids`' entries, one by one (a plain list passes through)."""
    if not isinstance(value, list) or all(isinstance(v, str) for v in value):
        return value
    ids: list[Any] = []
    for item in value:
        if isinstance(item, dict):
            ids += [
                f"{item['of']}:{n}:{item['field']}"
                for first, last in item["rows"]
                for n in range(first, last + 1)
            ]
        else:
            ids.append(item)
    return ids


def canonical_fact_ids(ids: Iterable[str]) -> list[str]:
    """Ids in the order `sitrep.json` gives them back: each once, a column's cells together
    by row. The report holds them so, so that what is read back equals what was built."""
    return expand_fact_ids(compact_fact_ids(ids))  # type: ignore[no-any-return]


COMPACT = {"compact": True}
"""The serialisation context of `sitrep.json` (`model_dump_json(context=COMPACT)`): cells
as row runs. Any other dump, `model_dump(mode="json")` too, keeps one item per cell."""


def _compact(info: SerializationInfo) -> bool:
    return isinstance(info.context, dict) and bool(info.context.get("compact"))


def _fact_ids_out(ids: list[str], info: SerializationInfo) -> list[Any]:
    return compact_fact_ids(ids) if _compact(info) else ids


def _rows_out(rows: list[int], info: SerializationInfo) -> list[Any]:
    return [list(r) for r in runs(rows)] if _compact(info) else rows


FactIds = Annotated[
    list[str],
    BeforeValidator(expand_fact_ids),
    PlainSerializer(_fact_ids_out, when_used="json"),
]
"""The facts a figure rests on, by id; in `sitrep.json` a table column's cells are row runs."""

CitedRows = Annotated[
    list[int],
    BeforeValidator(_run_rows),
    PlainSerializer(_rows_out, when_used="json"),
]
"""Row numbers; in `sitrep.json` as `[first, last]` runs."""


def _column(cell: CellRef) -> tuple[str, str | None, str, str | None]:
    return cell.file, cell.sheet, cell.column, cell.hxl


class CitedRow(Model):
    """One cell a table source entry stands for, with the place its row is about."""

    cell: CellRef
    place: str | None = None
    pcode: str | None = None


class SourceEntry(Model):
    """One numbered entry of the report's Sources list; figures cite it by `number`.

    A table entry is one column of one file and sheet, with every row of it the report
    cites; an article entry is one quoted sentence. Entries of the same file and sheet,
    or of the same article, are numbered one after another and listed under one heading.
    """

    number: int
    kind: Literal["table", "article"]
    source: str | None = Field(default=None, description="Who reported it, as written.")
    cell: CellRef | None = None
    rows: CitedRows = Field(
        default_factory=new_list, description="Every row of `cell`'s column that the report cites."
    )
    cells: list[CitedRow] = Field(
        default_factory=new_list,
        description="The rows of `rows`, each with its place and P-code; in `sitrep.json`, "
        "rows of one place in a run are one item, `{rows: [first, last], place, pcode}`.",
    )
    article: ArticleRef | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None

    @model_serializer(mode="wrap", when_used="json")
    def _compact_cells(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        """In `sitrep.json`, cells of the entry's own column as runs of rows of one place."""
        data: dict[str, Any] = handler(self)
        if self.cell is None or not _compact(info):
            return data
        column = _column(self.cell)
        items: list[Any] = []
        run: dict[str, Any] | None = None
        for cited, written in zip(self.cells, data["cells"], strict=True):
            row = cited.cell.row
            if _column(cited.cell) != column:
                items.append(written)
                run = None
            elif (
                run
                and (run["place"], run["pcode"]) == (cited.place, cited.pcode)
                and (run["rows"][1] + 1 == row)
            ):
                run["rows"][1] = row
            else:
                run = {"rows": [row, row], "place": cited.place, "pcode": cited.pcode}
                items.append(run)
        data["cells"] = items
        return data

    @model_validator(mode="before")
    @classmethod
    def _expand_cells(cls, data: Any) -> Any:
        """Runs of `sitrep.json` back to one cited row per cell of the entry's column."""
        if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
            return data
        cell = data.get("cell")
        if not any(isinstance(c, dict) and "rows" in c for c in data["cells"]):
            return data
        cells: list[Any] = []
        for item in data["cells"]:
            if isinstance(item, dict) and "rows" in item and isinstance(cell, dict):
                first, last = item["rows"]
                cells += [
                    {"cell": {**cell, "row": n}, "place": item["place"], "pcode": item["pcode"]}
                    for n in range(first, last + 1)
                ]
            else:
                cells.append(item)
        return {**data, "cells": cells}


class Figure(Model):
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
    citations: list[int] = Field(default_factory=new_list)
    fact_ids: FactIds = Field(default_factory=new_list)
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


class AreaRow(Model):
    """One area of a by-area table (displacement, medical evacuation)."""

    place: str
    adm1: str | None = None
    pcode: str | None = None
    figures: dict[Indicator, Figure] = Field(default_factory=new_dict)


class TrendPoint(Model):
    date: dt.date
    value: int


class TimelineEvent(Model):
    """A dated ceasefire, truce or access event with the party behind it."""

    date: dt.date | None
    status: CeasefireStatus
    party: str | None = None
    description: str
    duration_days: int | None = None
    location: str | None = None
    citations: list[int] = Field(default_factory=new_list)
    fact_ids: FactIds = Field(default_factory=new_list)


class Conflict(Model):
    """Same indicator, place and date, different values, different sources: never averaged."""

    indicator: Indicator
    location: str | None = None
    date: dt.date | None = None
    figures: list[Figure]


class Highlight(Model):
    """A highlight is data; the template's macros put it into words."""

    kind: Literal["figure", "event", "conflict"]
    figure: Figure | None = None
    event: TimelineEvent | None = None
    conflict: Conflict | None = None


class Logo(Model):
    """The organisation's logo from the situation folder, already checked (PNG or plain SVG)."""

    media_type: Literal["image/png", "image/svg+xml"]
    data: bytes

    @property
    def data_uri(self) -> str:
        """Embedded in the page, so the PDF renderer never fetches a file for it."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


class AreaShape(Model):
    """One administrative area's outline: its P-code, name, and rings of (lon, lat) points."""

    pcode: str
    name: str | None = None
    rings: list[list[tuple[float, float]]]


class SectorRow(Model):
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
    citations: list[int] = Field(default_factory=new_list)

    @property
    def reached_share(self) -> float | None:
        """Reached as a share of targeted (of in need when nobody is targeted)."""
        base = self.targeted or self.in_need
        return self.reached / base if base and self.reached is not None else None


class FundingRow(Model):
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
    citations: list[int] = Field(default_factory=new_list)

    @property
    def gap_usd(self) -> float | None:
        if self.required_usd is None or self.funded_usd is None:
            return None
        return max(self.required_usd - self.funded_usd, 0.0)


NARRATIVE_SECTIONS = ("highlights", "overview", "access")
"""The keys of the fixed sections of `narrative.md`; any other `##` section is a sector."""


class Words(Model):
    """A run of the officer's narrative: text as written, or a figure filled in from the data.

    A run is one of: plain or emphasised text; a link's address (`url`, no text), which
    follows the link's text and is shown as text; or a `figure` reference with the
    `part` of it the officer asked for, formatted by the same filters as every figure.
    """

    text: str = ""
    emphasis: bool = False
    strong: bool = False
    url: str | None = None
    figure: Figure | None = None
    part: Literal["value", "as_of", "change"] = "value"
    reference: str | None = Field(default=None, description="The reference as written.")
    cite: bool = Field(
        default=False, description="Cite here: the figure's first reference in its paragraph."
    )


class NarrativeBlock(Model):
    """A paragraph (one item) or a bullet list (one item per bullet)."""

    kind: Literal["paragraph", "bullets"]
    items: list[list[Words]]


class NarrativeSection(Model):
    """One `##` section of `narrative.md`; a sector's `### Needs/Response/Gaps` are its parts."""

    key: str = Field(description='"highlights", "overview", "access", or a sector\'s name.')
    title: str
    blocks: list[NarrativeBlock] = Field(default_factory=new_list)
    parts: list[NarrativeSection] = Field(default_factory=new_list)


class Sitrep(Model):
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
    highlights: list[Highlight] = Field(default_factory=new_list)
    key_figures: list[Figure] = Field(default_factory=new_list)
    displacement: list[AreaRow] = Field(default_factory=new_list)
    displacement_trend: list[TrendPoint] = Field(default_factory=new_list)
    medevac: list[AreaRow] = Field(default_factory=new_list)
    casualties: list[Figure] = Field(default_factory=new_list)
    other_figures: list[Figure] = Field(default_factory=new_list)
    timeline: list[TimelineEvent] = Field(default_factory=new_list)
    conflicts: list[Conflict] = Field(default_factory=new_list)
    sources: list[SourceEntry] = Field(default_factory=new_list)
    sectors: list[SectorRow] = Field(default_factory=new_list)
    funding: list[FundingRow] = Field(default_factory=new_list)
    warnings: list[str] = Field(default_factory=new_list)
    facts: list[Fact] = Field(
        default_factory=new_list,
        description="The article facts the report rests on. Table cells are not copied here: "
        "a figure's `fact_ids` name them (file, sheet, row, field) and `sources` lists each "
        "cited column with its rows and their places.",
    )
    narrative: list[NarrativeSection] = Field(
        default_factory=new_list,
        description="The officer's sections; each replaces a generated one.",
    )

    @property
    def overview_figures(self) -> list[Figure]:
        """Key figures the highlights do not state already: the text says each figure once."""
        said = [h.figure for h in self.highlights if h.figure is not None]
        return [f for f in self.key_figures if f not in said]

    @property
    def latest_event_highlighted(self) -> bool:
        """Whether the highlights already tell the latest ceasefire or access event."""
        return bool(self.timeline) and any(h.event == self.timeline[-1] for h in self.highlights)

    def written(self, key: str) -> NarrativeSection | None:
        """The officer's section `key`, if the narrative has one."""
        return next((s for s in self.narrative if s.key == key), None)

    @property
    def sector_narratives(self) -> list[NarrativeSection]:
        """The officer's sector sections, in the order written."""
        return [s for s in self.narrative if s.key not in NARRATIVE_SECTIONS]
