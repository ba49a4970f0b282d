"""Citations: what each figure cites, and the report's Sources list, as an editor keeps them.

A figure cites the table cells it adds up and the article sentences that state it
(a sentence giving east Aleppo's 31,500 is not a source for a 35,000 total). One
column of one file and sheet is one entry, listing every row the report cites in it,
so the same cell is never cited under two numbers and a 1,000-area table stays one
line; one quoted sentence is one entry. The list is grouped under one heading per
file and sheet and per article, in the order the report first cites them, and the
numbers follow that order (`numbered` gives the report its final numbers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from sitrep.models import (
    AreaRow,
    CellRef,
    Fact,
    FactValue,
    Figure,
    Sitrep,
    SourceEntry,
)
from sitrep.models.report import CitedRow, canonical_fact_ids

_NOT_WALKED = frozenset({"situation", "sources", "facts"})
"""Sitrep fields that hold no citation numbers (and may be large): left out of renumbering."""


@dataclass
class _Entry:
    """A source entry while the report is being cited: its cells or its sentence, its group."""

    group: tuple[str, ...]
    order: tuple[int, ...]
    cells: dict[int, CitedRow] = field(default_factory=dict)
    sources: dict[str, None] = field(default_factory=dict)
    sentence: Fact | None = None


class Citations:
    """Hands out a provisional number per source entry; `numbered` renumbers the report."""

    def __init__(self, facts: dict[str, Fact]) -> None:
        self._facts = facts
        self._keys: dict[tuple[object, ...], int] = {}
        self._entries: list[_Entry] = []

    def cite(self, fact_ids: Iterable[str], value: FactValue | None = None) -> list[int]:
        """Entries for these facts; with `value`, only the article sentences stating it.

        A figure that only articles give keeps its sentences whatever `value` says,
        so nothing shown is ever left without a source.
        """
        facts = [self._facts[i] for i in dict.fromkeys(fact_ids)]
        sentences = [f for f in facts if f.cell is None]
        stating = [f for f in sentences if value is None or f.value == value]
        if stating or len(sentences) < len(facts):
            sentences = stating
        numbers = [self._cell_entry(f) for f in facts if f.cell is not None]
        numbers += [self._sentence_entry(f) for f in sentences]
        return sorted(dict.fromkeys(numbers))

    def _number(
        self, key: tuple[object, ...], group: tuple[str, ...], order: tuple[int, ...]
    ) -> int:
        if key not in self._keys:
            self._keys[key] = len(self._entries) + 1
            self._entries.append(_Entry(group, order))
        return self._keys[key]

    def _cell_entry(self, fact: Fact) -> int:
        assert fact.cell is not None
        return self.cite_cell(fact.cell, fact.location, fact.pcode, fact.source)

    def cite_cell(
        self, cell: CellRef, place: str | None, pcode: str | None, source: str | None
    ) -> int:
        """The entry of a cell's column, which from now on lists the cell's row."""
        group = ("table", cell.file, cell.sheet or "")
        number = self._number((*group, cell.column), group, ())
        entry = self._entries[number - 1]
        entry.cells.setdefault(cell.row, CitedRow(cell=cell, place=place, pcode=pcode))
        if source:
            entry.sources[source] = None
        return number

    def _sentence_entry(self, fact: Fact) -> int:
        path = fact.article.path if fact.article else ""
        start = fact.span[0] if fact.span else 0
        number = self._number(("article", path, fact.quote or fact.id), ("article", path), (start,))
        entry = self._entries[number - 1]
        entry.sentence = entry.sentence or fact
        if fact.source:
            entry.sources[fact.source] = None
        return number

    def _final_order(self) -> list[int]:
        """Provisional numbers in the order of the Sources list: groups by first citation,
        sentences within an article as they come in its text, columns as first cited."""
        first: dict[tuple[str, ...], int] = {}
        for index, entry in enumerate(self._entries):
            first.setdefault(entry.group, index)
        return sorted(
            range(1, len(self._entries) + 1),
            key=lambda n: (
                first[self._entries[n - 1].group],
                self._entries[n - 1].order,
                n,
            ),
        )

    def numbers(self) -> dict[int, int]:
        """Provisional number → the number printed in the report."""
        return {old: new for new, old in enumerate(self._final_order(), start=1)}

    @property
    def entries(self) -> list[SourceEntry]:
        """The Sources list, in its final order and numbers."""
        return [
            _source_entry(self._entries[old - 1], new)
            for new, old in enumerate(self._final_order(), start=1)
        ]


def _source_entry(entry: _Entry, number: int) -> SourceEntry:
    sources = "; ".join(entry.sources) or None
    if entry.sentence is not None:
        lead = entry.sentence
        return SourceEntry(
            number=number,
            kind="article",
            source=sources,
            article=lead.article,
            quote=lead.quote,
            span=lead.span,
        )
    cells = [entry.cells[row] for row in sorted(entry.cells)]
    return SourceEntry(
        number=number,
        kind="table",
        source=sources,
        cell=cells[0].cell,
        rows=[c.cell.row for c in cells],
        cells=cells,
    )


def cite_figures(figures: list[Figure], citations: Citations) -> list[Figure]:
    """Each figure cites its cells and the sentences that state its value."""
    return [
        f.model_copy(update={"citations": citations.cite(f.fact_ids, f.value)}) for f in figures
    ]


def cite_rows(rows: list[AreaRow], citations: Citations) -> list[AreaRow]:
    """Each area's figure cites its own cells and sentences, not its column's."""
    return [
        row.model_copy(
            update={
                "figures": {
                    i: f.model_copy(update={"citations": citations.cite(f.fact_ids, f.value)})
                    for i, f in row.figures.items()
                }
            }
        )
        for row in rows
    ]


def numbered(sitrep: Sitrep, citations: Citations) -> Sitrep:
    """The report with its final citation numbers and its Sources list, and each figure's
    fact ids in the order `sitrep.json` keeps them (so a report read back is the same)."""
    mapping = citations.numbers()
    renumbered = _renumber(sitrep, mapping)
    assert isinstance(renumbered, Sitrep)
    return renumbered.model_copy(update={"sources": citations.entries})


def _renumber(node: Any, mapping: dict[int, int]) -> Any:
    """Every `citations` list anywhere in the report mapped to the final numbers, and every
    `fact_ids` list in its canonical order."""
    if isinstance(node, BaseModel):
        updates: dict[str, Any] = {}
        for name in type(node).model_fields:
            if name in _NOT_WALKED:
                continue
            value = getattr(node, name)
            if name == "citations" and isinstance(value, list):
                updates[name] = sorted(mapping[n] for n in value)
            elif name == "fact_ids" and isinstance(value, list):
                updates[name] = canonical_fact_ids(value)
            elif isinstance(value, BaseModel | list | dict):
                new = _renumber(value, mapping)
                if new is not value:
                    updates[name] = new
        return node.model_copy(update=updates) if updates else node
    if isinstance(node, list):
        items = [_renumber(item, mapping) for item in node]
        return items if any(a is not b for a, b in zip(items, node, strict=True)) else node
    if isinstance(node, dict):
        values = {k: _renumber(v, mapping) for k, v in node.items()}
        return values if any(values[k] is not node[k] for k in node) else node
    return node
