"""The merged report as data: `sitrep.json` (read back for deltas) and `key-figures.csv`."""

from __future__ import annotations

import csv
import io

from sitrep.models import INDICATOR_HXL, Figure, Sitrep

KEY_FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Date", "#date"),
    ("Indicator", "#indicator+name"),
    ("HXL tag", "#indicator+code"),
    ("Value", "#indicator+value+num"),
    ("Value (upper bound)", "#indicator+value+max+num"),
    ("Qualifier", "#indicator+qualifier"),
    ("Unit", "#indicator+unit"),
    ("Location", "#loc+name"),
    ("P-code", "#loc+code"),
    ("Change since previous report", "#indicator+change+num"),
    ("Previous report date", "#date+previous"),
    ("Source", "#meta+source"),
    ("Citations", "#meta+ref"),
)


def sitrep_json(sitrep: Sitrep) -> bytes:
    return (sitrep.model_dump_json(indent=2, by_alias=True) + "\n").encode("utf-8")


def _row(sitrep: Sitrep, figure: Figure) -> list[str]:
    low, high = figure.value if isinstance(figure.value, tuple) else (figure.value, None)
    return [
        (figure.date or sitrep.date).isoformat(),
        figure.indicator.value,
        INDICATOR_HXL.get(figure.indicator, ""),
        str(low),
        "" if high is None else str(high),
        figure.qualifier.value,
        figure.unit,
        figure.location or sitrep.situation.area,
        figure.pcode or "",
        "" if figure.delta is None else str(figure.delta),
        figure.previous_date.isoformat() if figure.previous_date else "",
        figure.source or "",
        " ".join(f"[{n}]" for n in figure.citations),
    ]


def key_figures_csv(sitrep: Sitrep) -> bytes:
    """Key figures with a header row and an HXL row, ready to publish on HDX."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _ in KEY_FIGURE_COLUMNS])
    writer.writerow([tag for _, tag in KEY_FIGURE_COLUMNS])
    writer.writerows(_row(sitrep, figure) for figure in sitrep.key_figures)
    return buffer.getvalue().encode("utf-8")
