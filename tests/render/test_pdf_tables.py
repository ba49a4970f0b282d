"""Long by-area tables in the PDF: where their figures' citations are printed."""

from __future__ import annotations

from pathlib import Path

from sitrep.models import Indicator, Sitrep
from sitrep.render.html import render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.conftest import pdf_text
from tests.render.example import example_sitrep, large_areas

AREAS = 30
"""Past `LONG_TABLE` rows and onto a second page."""


def _table_lines(report: Sitrep, tmp_path: Path) -> list[str]:
    """The displacement table's text lines, caption to the next section, as pdftotext reads them."""
    pdf = render_pdf(render_report_html(report), sitrep=report, attachments={})
    text = pdf_text(pdf, tmp_path)
    start, end = text.index("Internally displaced people by area"), text.index("Medical evacuation")
    table = text[start:end]
    return [line.strip() for line in table.splitlines() if line.strip()]


def _cited_elsewhere(report: Sitrep, row: int, source: int) -> Sitrep:
    """`report` with the displaced figure of one row cited to another source."""
    rows = list(report.displacement)
    figure = rows[row].figures[Indicator.displaced].model_copy(update={"citations": [source]})
    figures = {**rows[row].figures, Indicator.displaced: figure}
    rows[row] = rows[row].model_copy(update={"figures": figures})
    return report.model_copy(update={"displacement": rows})


def test_a_long_column_from_one_source_cites_it_once_in_the_header(tmp_path: Path) -> None:
    lines = _table_lines(example_sitrep(areas=large_areas(AREAS)), tmp_path)
    assert lines.count("Displaced 13") == 2  # the header of each page the table is on
    assert lines.count("Returned 13") == 2
    first = lines.index("Neighbourhood 0001")
    assert lines[first : first + 6] == ["Neighbourhood 0001", "Aleppo", "SY0201", "137", "+28", "5"]


def test_a_long_column_citing_several_sources_cites_them_row_by_row(tmp_path: Path) -> None:
    report = _cited_elsewhere(example_sitrep(areas=large_areas(AREAS)), row=4, source=1)
    lines = _table_lines(report, tmp_path)
    assert "Displaced" in lines and "Displaced 13" not in lines
    assert "Returned 13" in lines  # that column still comes from one source
    first = lines.index("Neighbourhood 0001")
    assert lines[first : first + 5] == ["Neighbourhood 0001", "Aleppo", "SY0201", "137 13", "+28"]
    assert "285 1" in lines  # the fifth row, cited to its own source
