"""All rendered files of one day's report, by file name, for the store to write at once."""

from __future__ import annotations

from collections.abc import Mapping

from sitrep.models import Sitrep
from sitrep.render.email import build_message
from sitrep.render.html import render_brief, render_report_html
from sitrep.render.pdf import render_pdf

PDF_NAME = "sitrep.pdf"


def render_outputs(sitrep: Sitrep, *, data_files: Mapping[str, bytes]) -> dict[str, bytes]:
    """sitrep.pdf (with `data_files` inside), brief.html, brief.txt and brief.eml, as bytes.

    Nothing is written here: the caller writes the files (and the data files)
    together, atomically, so a failed render leaves the previous outputs untouched.
    """
    pdf = render_pdf(render_report_html(sitrep), sitrep=sitrep, attachments=data_files)
    html, text = render_brief(sitrep)
    message = build_message(sitrep, html=html, text=text, pdf=pdf, pdf_name=PDF_NAME)
    return {
        PDF_NAME: pdf,
        "brief.html": html.encode("utf-8"),
        "brief.txt": text.encode("utf-8"),
        "brief.eml": message,
    }
