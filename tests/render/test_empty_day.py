"""A day on which nothing was reported still renders, and every section says so."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf

from sitrep.models import Period, Sitrep
from sitrep.render.html import render_brief, render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.conftest import pdf_text


def test_a_day_with_nothing_reported_still_renders_and_says_so(
    sitrep: Sitrep, tmp_path: Path
) -> None:
    empty = Sitrep(
        situation=sitrep.situation,
        date=dt.date(2016, 11, 17),
        number=1,
        period=Period(start=dt.date(2016, 11, 11), end=dt.date(2016, 11, 17)),
    )
    pdf = render_pdf(render_report_html(empty), sitrep=empty, attachments={})
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "Situation Report No. 1",
        "11–17 November 2016",
        "No highlights for this period.",
        "No key figures were reported for this period.",
        "No sources: nothing was reported for this period.",
        "No displacement figures by area were reported for this period.",
        "No medical evacuation figures were reported for this period.",
        "No casualty figures were reported for this period.",
        "No ceasefire or access event was reported for this period.",
        "Page 1 of 1",
    ):
        assert expected in text
    assert "Conflicting figures" not in text
    _, brief_text = render_brief(empty)
    assert "No ceasefire or access event reported." in brief_text
