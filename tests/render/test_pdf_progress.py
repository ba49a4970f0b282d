"""A long render says where it is: each step, and each page as it is laid out."""

from __future__ import annotations

import io

import pypdf

from sitrep.render.html import render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.conftest import ATTACHMENTS
from tests.render.example import example_sitrep


def test_progress_hears_every_page_laid_out_then_the_writing() -> None:
    sitrep = example_sitrep()
    heard: list[str] = []
    pdf = render_pdf(
        render_report_html(sitrep), sitrep=sitrep, attachments=ATTACHMENTS, progress=heard.append
    )
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    laid_out = [h for h in heard if h.startswith("laying out page ")]
    assert laid_out == [f"laying out page {n}" for n in range(1, pages + 1)]
    assert heard.index("applying the styles") < heard.index(laid_out[0])
    assert heard[-1] == "writing the PDF"


def test_without_a_listener_the_same_bytes_are_made() -> None:
    sitrep = example_sitrep()
    html = render_report_html(sitrep)
    quiet = render_pdf(html, sitrep=sitrep, attachments=ATTACHMENTS)
    heard = render_pdf(html, sitrep=sitrep, attachments=ATTACHMENTS, progress=lambda _: None)
    assert heard == quiet
