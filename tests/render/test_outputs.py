"""The rendered files of a day, together: names, one PDF in both places, and an empty day."""

from __future__ import annotations

import datetime as dt
import io
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pypdf

from sitrep.models import Period, Sitrep
from sitrep.render.outputs import render_outputs
from tests.render.conftest import ATTACHMENTS, pdf_text


def test_outputs_are_the_four_rendered_files_with_one_pdf(
    sitrep: Sitrep, example_pdf: bytes
) -> None:
    files = render_outputs(sitrep, data_files=ATTACHMENTS)
    assert sorted(files) == ["brief.eml", "brief.html", "brief.txt", "sitrep.pdf"]
    assert files["sitrep.pdf"] == example_pdf
    message = message_from_bytes(files["brief.eml"], policy=default)
    assert isinstance(message, EmailMessage)
    (attachment,) = message.iter_attachments()
    assert isinstance(attachment, EmailMessage)
    assert attachment.get_content() == example_pdf
    assert files["brief.txt"].decode().startswith("Syria: East Aleppo — Situation Report No. 4")


def test_a_day_with_nothing_reported_still_renders_and_says_so(
    sitrep: Sitrep, tmp_path: Path
) -> None:
    empty = Sitrep(
        situation=sitrep.situation,
        date=dt.date(2016, 11, 17),
        number=1,
        period=Period(start=dt.date(2016, 11, 11), end=dt.date(2016, 11, 17)),
    )
    files = render_outputs(empty, data_files={})
    assert len(pypdf.PdfReader(io.BytesIO(files["sitrep.pdf"])).pages) == 1
    text = pdf_text(files["sitrep.pdf"], tmp_path)
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
    assert "No ceasefire or access event reported." in files["brief.txt"].decode()
