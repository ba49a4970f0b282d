"""Citations: the numbered Sources list, in the order the report first cites each source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sitrep.models import (
    AreaRow,
    Fact,
    Figure,
    Indicator,
    SourceEntry,
)


class Citations:
    """Numbers sources in the order the report first cites them.

    Cells of one column that a total adds up become one entry listing their rows,
    so a 1,000-area table is one source, not a thousand.
    """

    def __init__(self, facts: dict[str, Fact]) -> None:
        self._facts = facts
        self._numbers: dict[tuple[object, ...], int] = {}
        self.entries: list[SourceEntry] = []

    def cite(self, fact_ids: Iterable[str]) -> list[int]:
        cells: dict[tuple[str, str | None, str], list[Fact]] = defaultdict(list)
        numbers: list[int] = []
        for fact in (self._facts[i] for i in dict.fromkeys(fact_ids)):
            if fact.cell is not None:
                cells[(fact.cell.file, fact.cell.sheet, fact.cell.column)].append(fact)
            else:
                numbers.append(self._article_entry(fact))
        for group in cells.values():
            numbers.append(self._table_entry(group))
        return sorted(dict.fromkeys(numbers))

    def _number(self, key: tuple[object, ...], entry: SourceEntry) -> int:
        if key not in self._numbers:
            self._numbers[key] = len(self.entries) + 1
            self.entries.append(entry.model_copy(update={"number": self._numbers[key]}))
        return self._numbers[key]

    def _table_entry(self, facts: list[Fact]) -> int:
        cells = sorted((f.cell for f in facts if f.cell), key=lambda c: c.row)
        rows = [c.row for c in cells] if len(cells) > 1 else []
        sources = dict.fromkeys(f.source for f in facts if f.source)
        entry = SourceEntry(
            number=0,
            kind="table",
            source="; ".join(s for s in sources if s) or None,
            cell=cells[0],
            rows=rows,
        )
        first = cells[0]
        key = ("table", first.file, first.sheet, first.column, tuple(c.row for c in cells))
        return self._number(key, entry)

    def _article_entry(self, fact: Fact) -> int:
        entry = SourceEntry(
            number=0, kind="article", source=fact.source, article=fact.article, quote=fact.quote
        )
        path = fact.article.path if fact.article else ""
        return self._number(("article", path, fact.span, fact.quote), entry)


def cite_figures(figures: list[Figure], citations: Citations) -> list[Figure]:
    return [f.model_copy(update={"citations": citations.cite(f.fact_ids)}) for f in figures]


def cite_rows(rows: list[AreaRow], citations: Citations) -> list[AreaRow]:
    """A by-area table cites each column once, for all its rows."""
    numbers: dict[Indicator, list[int]] = {}
    indicators = dict.fromkeys(i for row in rows for i in row.figures)
    for indicator in indicators:
        ids = [
            i for row in rows if indicator in row.figures for i in row.figures[indicator].fact_ids
        ]
        numbers[indicator] = citations.cite(ids)
    return [
        row.model_copy(
            update={
                "figures": {
                    i: f.model_copy(update={"citations": numbers[i]})
                    for i, f in row.figures.items()
                }
            }
        )
        for row in rows
    ]
