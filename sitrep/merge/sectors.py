"""Needs and response by sector, and funding: the people-in-need and funding tables as the
report shows them, each figure citing the cells it comes from.

A sector's figures are the latest row of each place for that sector (on or before the
report day; an undated row stands until a dated one replaces it), added up over
places; sectors are never added together. Funding is the latest row of each appeal and
sector; % funded is the table's own when it gives one, else funded over required.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from sitrep.merge.citations import Citations
from sitrep.models import CellRef, Table
from sitrep.models.records import FundingRecord, SectorNeedRecord
from sitrep.models.report import FundingRow, SectorRow

ALL_SECTORS = "All sectors"
"""How a row that names no sector (an inter-sector total) is shown."""


def slug(name: str) -> str:
    """ "Food security" → "food-security": the sector's anchor, `id="sector-<slug>"`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "sector"


def _cell(table: Table, row: int, name: str) -> CellRef:
    header, hxl = table.columns.get(name, (name, None))
    return CellRef(file=table.file, sheet=table.sheet, row=row, column=header, hxl=hxl)


_TOTAL_GROUPS = frozenset({"", "total", "all"})
"""A place's group that is its whole population for the sector: no group, or one named so."""


def sector_rows(tables: Sequence[Table], day: dt.date, citations: Citations) -> list[SectorRow]:
    """One row per sector, in the order the tables first name them.

    A place's figures by population group (HDX HAPI's adults, children, refugees) add
    up, unless the place also gives its total for the sector, which then stands alone.
    """
    latest: dict[tuple[str, str, str], tuple[Table, SectorNeedRecord]] = {}
    for table in tables:
        for record in table.sector_needs:
            if record.date is not None and record.date > day:
                continue
            key = (
                (record.sector or "").strip(),
                record.pcode or record.place or "",
                (record.group or "").strip().casefold(),
            )
            held = latest.get(key)
            if held is None or (record.date or dt.date.min) >= (held[1].date or dt.date.min):
                latest[key] = (table, record)
    totals = {(sector, place) for sector, place, group in latest if group in _TOTAL_GROUPS}
    rows: dict[str, SectorRow] = {}
    for (sector, place, group), (table, record) in latest.items():
        if (sector, place) in totals and group not in _TOTAL_GROUPS:
            continue
        name = sector or ALL_SECTORS
        row = rows.setdefault(name, SectorRow(sector=name, slug=slug(name)))
        numbers = set(row.citations)
        for field in ("inneed", "targeted", "reached"):
            value = getattr(record, field)
            if value is None:
                continue
            target = {"inneed": "in_need"}.get(field, field)
            setattr(row, target, (getattr(row, target) or 0) + value)
            where = ", ".join(p for p in (name, record.place) if p)
            numbers.add(
                citations.cite_cell(
                    _cell(table, record.figure_rows.get(field, record.row), field),
                    where,
                    record.pcode,
                    record.source,
                )
            )
        row.citations = sorted(numbers)
        dates = [d for d in (row.date, record.date) if d]
        row.date = max(dates) if dates else None
        sources = [s for s in (row.source, record.source) if s]
        row.source = "; ".join(dict.fromkeys(sources)) or None
    return list(rows.values())


def funding_rows(tables: Sequence[Table], day: dt.date, citations: Citations) -> list[FundingRow]:
    """The latest row of each appeal and sector; an appeal's own row (no sector) first."""
    latest: dict[tuple[str, str], tuple[Table, FundingRecord]] = {}
    for table in tables:
        for record in table.funding:
            if record.date is not None and record.date > day:
                continue
            key = ((record.appeal or "").strip(), (record.sector or "").strip())
            held = latest.get(key)
            if held is None or (record.date or dt.date.min) >= (held[1].date or dt.date.min):
                latest[key] = (table, record)
    rows = []
    for (appeal, sector), (table, record) in latest.items():
        numbers = {
            citations.cite_cell(
                _cell(table, record.row, field), record.place, record.pcode, record.source
            )
            for field in ("required_usd", "funded_usd", "percent_funded")
            if getattr(record, field) is not None
        }
        coverage = record.coverage
        percent = record.percent_funded
        if percent is None and coverage is not None:
            percent = round(coverage * 100, 1)
        rows.append(
            FundingRow(
                appeal=appeal or "Appeal not named",
                sector=sector or None,
                required_usd=record.required_usd,
                funded_usd=record.funded_usd,
                percent_funded=percent,
                date=record.date,
                source=record.source,
                citations=sorted(numbers),
            )
        )
    return sorted(rows, key=lambda r: (r.appeal, r.sector is not None, r.sector or ""))
