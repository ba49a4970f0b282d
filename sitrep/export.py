"""The merged report as data: `sitrep.json` (read back for deltas) and `key-figures.csv`."""

from __future__ import annotations

from sitrep.csv_safety import write_csv
from sitrep.indicators import HXL_COLUMNS, INDICATOR_HXL
from sitrep.models import Figure, Sitrep
from sitrep.models.report import COMPACT

KEY_FIGURE_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (header, HXL_COLUMNS[concept])
    for header, concept in (
        ("Date", "date"),
        ("Indicator", "indicator"),
        ("HXL tag", "hxl"),
        ("Value", "value"),
        ("Value (upper bound)", "high"),
        ("Qualifier", "qualifier"),
        ("Unit", "unit"),
        ("Location", "location"),
        ("P-code", "pcode"),
        ("Change since previous report", "change"),
        ("Previous report date", "previous_date"),
        ("Source", "source"),
        ("Citations", "citations"),
    )
)
"""Header and HXL hashtag of each column; the hashtags are the ones every CSV we publish uses."""


def sitrep_json(sitrep: Sitrep) -> bytes:
    """The report as `sitrep.json`: a table column's cells as row runs (`COMPACT`), so
    the file grows with what the report shows, not with the rows behind its totals."""
    text = sitrep.model_dump_json(indent=2, by_alias=True, context=COMPACT)
    return (text + "\n").encode("utf-8")


def _row(sitrep: Sitrep, figure: Figure) -> list[object]:
    low, high = figure.value if isinstance(figure.value, tuple) else (figure.value, None)
    return [
        (figure.date or sitrep.date).isoformat(),
        figure.indicator.value,
        INDICATOR_HXL.get(figure.indicator, ""),
        low,
        high,
        figure.qualifier.value,
        figure.unit,
        figure.location or sitrep.situation.area,
        figure.pcode or "",
        figure.delta,
        figure.previous_date.isoformat() if figure.previous_date else "",
        figure.source or "",
        " ".join(f"[{n}]" for n in figure.citations),
    ]


def key_figures_csv(sitrep: Sitrep) -> bytes:
    """Key figures with a header row and an HXL row, ready to publish on HDX.

    Text from cells and articles is defused (`sitrep.csv_safety`): this file is opened
    in spreadsheets by people who did not write it.
    """
    rows: list[list[object]] = [
        [name for name, _ in KEY_FIGURE_COLUMNS],
        [tag for _, tag in KEY_FIGURE_COLUMNS],
        *(_row(sitrep, figure) for figure in sitrep.key_figures),
    ]
    return write_csv(rows).encode("utf-8")
