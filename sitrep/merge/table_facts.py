"""Facts from tables and articles: every figure cell and reviewed sentence as a `Fact`.

Table cells are cited by file, sheet, row and column; the indicator and unit of each
column come from the table schema (`sitrep.tables.KINDS`, from the indicator registry).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from sitrep.models import (
    CasualtyRecord,
    CeasefireRecord,
    CellRef,
    DisplacementRecord,
    Extraction,
    Fact,
    GazetteerEntry,
    Indicator,
    MedevacRecord,
    Period,
    Review,
    Table,
)
from sitrep.models.facts import cell_fact_id
from sitrep.tables import KINDS, FieldSpec

_EVERY_FIELD: dict[type[BaseModel], set[str]] = {
    model: set(model.model_fields) for model in (Fact, CellRef)
}
_TEMPLATES: dict[type[BaseModel], dict[str, Any]] = {
    model: {n: None if f.is_required() else f.default for n, f in model.model_fields.items()}
    for model in (Fact, CellRef)
}
"""Each model's fields in their order, with their defaults: every default of these two
models is an immutable value (None, an enum, a number), and every required field is
given by the callers below."""

M = TypeVar("M", bound=BaseModel)


def _checked(model: type[M], **values: Any) -> M:
    """A model of values the validator has checked already, every field given and one set
    of field names shared by all: a week of site rows is 300,000 facts, and a validated
    fact with its cell reference weighs 2.3 kB, most of it the two sets of names given.

    It is what `model_construct` makes, built directly: updating a copy of the field
    template keeps the fields' order (and so the dumped JSON's), and skips the per-field
    loop that made `model_construct` half of a crisis week's merge."""
    fields = _TEMPLATES[model].copy()
    fields.update(values)
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", fields)
    object.__setattr__(instance, "__pydantic_fields_set__", _EVERY_FIELD[model])
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def _cell(table: Table, row: int, name: str) -> CellRef:
    header, hxl = table.columns.get(name, (name, None))
    return _checked(CellRef, file=table.file, sheet=table.sheet, row=row, column=header, hxl=hxl)


def _table_id(table: Table, row: int, name: str) -> str:
    return cell_fact_id(table.file, table.sheet, row, name)


def facts_from_tables(tables: Iterable[Table]) -> Iterator[Fact]:
    """Every figure cell of every table as a Fact, cited by file, sheet, row and column."""
    for table in tables:
        specs = KINDS[table.kind].figures
        for record in table.records:
            if isinstance(record, CeasefireRecord):
                yield _ceasefire_fact(table, record)
            elif not isinstance(record, GazetteerEntry):
                yield from _count_facts(table, specs, record)


def _count_facts(
    table: Table,
    specs: Sequence[FieldSpec],
    record: DisplacementRecord | MedevacRecord | CasualtyRecord,
) -> Iterator[Fact]:
    """A fact per figure cell; `specs` are the table kind's figure fields, looked up once
    per table (a week of site rows is 300,000 records)."""
    whole_id: str | None = None
    for spec in specs:
        name, indicator, unit = spec.name, spec.indicator, spec.unit
        assert indicator is not None
        value = getattr(record, name)
        if value is None:
            continue
        fact_id = _table_id(table, record.row, name)
        yield _checked(
            Fact,
            id=fact_id,
            indicator=indicator,
            value=value,
            unit=unit,
            location=record.place,
            pcode=record.pcode,
            group=record.group,
            date=record.date,
            source=record.source,
            part_of=whole_id if indicator is Indicator.seriously_wounded else None,
            cell=_cell(table, record.row, name),
            review=Review.accepted,
        )
        if indicator is Indicator.medical_evacuation_needed:
            whole_id = fact_id


def _ceasefire_fact(table: Table, record: CeasefireRecord) -> Fact:
    duration = record.duration_days
    if duration is None and record.date_end is not None:
        duration = (record.date_end - record.date_start).days
    return Fact(
        id=_table_id(table, record.row, "description"),
        indicator=Indicator.ceasefire_duration_days if duration else Indicator.ceasefire_event,
        value=duration or None,
        unit="days",
        label=record.description,
        location=record.place,
        pcode=record.pcode,
        date=record.date_start,
        period=Period(start=record.date_start, end=record.date_end),
        source=record.source,
        status=record.status,
        party=record.proposer,
        cell=_cell(table, record.row, "description"),
        review=Review.accepted,
    )


def reviewed_facts(extraction: Extraction, *, draft: bool) -> list[Fact]:
    """Accepted article facts (and pending ones in a draft), each carrying its article."""
    wanted = {Review.accepted, Review.pending} if draft else {Review.accepted}
    return [
        fact.model_copy(update={"article": article.ref()})
        for article in extraction.articles
        for fact in article.facts
        if fact.review in wanted
    ]


def pending_count(extraction: Extraction) -> int:
    """Facts still waiting for review: a final report leaves them out, and says how many."""
    return sum(f.review is Review.pending for a in extraction.articles for f in a.facts)


def fact_day(fact: Fact) -> dt.date | None:
    return fact.day_filed(fact.article.published if fact.article else None)
