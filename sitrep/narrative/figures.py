"""The figures a narrative may name: the merged report's, found by indicator and place.

A reference resolves to a figure the report already shows (a key figure, a row of a
by-area table, a casualty report, a context figure), with that figure's citations,
so the prose can only say what the tables say. A P-code that several rows share
(east and west Aleppo in one district) names their sum.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import reduce

from sitrep.gazetteer import normalise_place
from sitrep.indicators import FLOW_INDICATORS, Indicator
from sitrep.merge.observations import add
from sitrep.models import FactValue, Figure, Qualifier, Sitrep
from sitrep.narrative.references import Reference, figure_name

_BY_NAME = {i.value: i for i in Indicator}
_AREA, _EVENTS, _KEY, _CONTEXT = range(4)
"""Where a place's figure is looked for first: area tables speak before the rest."""


@dataclass(frozen=True)
class _Entry:
    figure: Figure
    rank: int


class NoSuchFigureError(LookupError):
    """A reference to no figure of this report; the message names the ones that exist."""


class FigureBook:
    """Every figure of one report by indicator, with its total and its places."""

    def __init__(self, sitrep: Sitrep) -> None:
        self._totals: dict[Indicator, list[Figure]] = {}
        for figure in sitrep.key_figures:
            self._totals.setdefault(figure.indicator, []).append(figure)
        entries = [
            _Entry(f, _AREA)
            for row in sitrep.displacement + sitrep.medevac
            for f in row.figures.values()
        ]
        entries += [_Entry(f, _EVENTS) for f in sitrep.casualties]
        entries += [_Entry(f, _KEY) for f in sitrep.key_figures if f.location]
        entries += [_Entry(f, _CONTEXT) for f in sitrep.other_figures]
        self._places: dict[Indicator, list[_Entry]] = {}
        for entry in entries:
            self._places.setdefault(entry.figure.indicator, []).append(entry)

    def find(self, ref: Reference) -> Figure:
        """The figure `ref` names; `NoSuchFigureError` says which figures exist instead."""
        indicator = _BY_NAME.get(ref.indicator)
        if indicator is None:
            raise NoSuchFigureError(
                f"{ref.written}: “{ref.indicator}” is not an indicator; "
                f"indicators with figures in this report: {self._indicators()}"
            )
        if ref.key is None:
            totals = self._totals.get(indicator, [])
            if len(totals) == 1:
                return totals[0]
            if totals:
                raise NoSuchFigureError(
                    f"{ref.written}: {indicator.value} has no one total, only figures by place: "
                    f"{self._listing(indicator)}"
                )
        else:
            found = self.place(indicator, ref.key)
            if found is not None:
                return found
        known = self._listing(indicator)
        raise NoSuchFigureError(
            f"{ref.written}: no such figure in this report; "
            + (
                f"figures of {indicator.value}: {known}"
                if known
                else f"none of {indicator.value}; indicators with figures: {self._indicators()}"
            )
        )

    def total(self, indicator: Indicator) -> Figure | None:
        """The report's one total of `indicator`, if it has one."""
        totals = self._totals.get(indicator, [])
        return totals[0] if len(totals) == 1 else None

    def place(self, indicator: Indicator, key: str) -> Figure | None:
        """The figure of one place (P-code or name), or None."""
        by_code, by_name = self._matching(indicator, key)
        for group in (by_code, by_name):
            if group:
                best = min(e.rank for e in group)
                figures = [e.figure for e in group if e.rank == best]
                if best == _EVENTS:
                    figures = list({f.date: f for f in reversed(figures)}.values())
                adds_up = best == _AREA or indicator in FLOW_INDICATORS
                return _sum(indicator, figures, key) if adds_up else _latest(figures)
        return None

    def all_of(self, indicator: Indicator, key: str | None) -> list[Figure]:
        """Every figure the report gives for `indicator` at a place (or in total), and the
        one a reference would name: a typed number that fits any of them is not wrong."""
        if key is None:
            return self._totals.get(indicator, [])
        by_code, by_name = self._matching(indicator, key)
        named = self.place(indicator, key)
        return ([named] if named else []) + [e.figure for e in by_code + by_name]

    def _matching(self, indicator: Indicator, key: str) -> tuple[list[_Entry], list[_Entry]]:
        entries = self._places.get(indicator, [])
        by_code = [
            e for e in entries if e.figure.pcode and e.figure.pcode.casefold() == key.casefold()
        ]
        wanted = normalise_place(key)
        by_name = [
            e for e in entries if e.figure.location and normalise_place(e.figure.location) == wanted
        ]
        return by_code, by_name

    def _indicators(self) -> str:
        return ", ".join(i.value for i in dict.fromkeys([*self._totals, *self._places]))

    def _listing(self, indicator: Indicator) -> str:
        names: dict[str, None] = {}
        if len(self._totals.get(indicator, [])) == 1:
            names[figure_name(indicator.value, None)] = None
        for entry in sorted(self._places.get(indicator, []), key=lambda e: e.rank):
            for key in (entry.figure.pcode, entry.figure.location):
                if key:
                    names[figure_name(indicator.value, key)] = None
        return ", ".join(names)


def _latest(figures: list[Figure]) -> Figure:
    """Of several context figures for one place, the latest stands."""
    return max(figures, key=lambda f: f.date or dt.date.min)


def _sum(indicator: Indicator, figures: list[Figure], key: str) -> Figure:
    """Several figures of one place added up: a P-code's rows, or a place's reports of a flow."""
    if len(figures) == 1:
        return figures[0]
    value = reduce(add, (f.value for f in figures))
    previous = [f.previous for f in figures if f.previous is not None]
    deltas = [f.delta for f in figures]
    was: FactValue | None = reduce(add, previous) if len(previous) == len(figures) else None
    days = [f.date for f in figures if f.date]
    exact = all(f.qualifier is Qualifier.exact for f in figures)
    return Figure(
        indicator=indicator,
        value=value,
        qualifier=Qualifier.exact if exact else Qualifier.approx,
        unit=figures[0].unit,
        location=key,
        date=max(days) if days else None,
        citations=sorted({n for f in figures for n in f.citations}),
        fact_ids=[i for f in figures for i in f.fact_ids],
        previous=was,
        previous_date=figures[0].previous_date,
        delta=sum(d for d in deltas if d is not None) if None not in deltas else None,
    )
