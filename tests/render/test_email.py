"""brief.eml parses back as a mail client reads it: addresses, subject, alternatives, the PDF."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

from sitrep.models import Sitrep
from sitrep.render.email import attachment_name, build_message

PDF = b"%PDF-1.7\nnot really a pdf, but bytes that must arrive unchanged\n"


def _parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_message_parses_back_with_both_alternatives_and_the_pdf(
    sitrep: Sitrep, example_brief: tuple[str, str]
) -> None:
    html, text = example_brief
    message = _parse(build_message(sitrep, html=html, text=text, pdf=PDF))
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert isinstance(alternative, EmailMessage) and isinstance(attachment, EmailMessage)
    assert alternative.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in alternative.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    body_text = message.get_body(("plain",))
    body_html = message.get_body(("html",))
    assert body_text is not None and body_html is not None
    # On the wire lines end in CRLF (RFC 5322); the content is otherwise unchanged.
    assert body_text.get_content().replace("\r\n", "\n") == text
    assert body_html.get_content().replace("\r\n", "\n") == html
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "sitrep.pdf"
    assert attachment.get_content() == PDF


def test_headers_come_from_the_situation_and_the_report_date(
    sitrep: Sitrep, example_brief: tuple[str, str]
) -> None:
    html, text = example_brief
    message = _parse(build_message(sitrep, html=html, text=text, pdf=PDF, pdf_name="aleppo.pdf"))
    assert message["Subject"] == "Syria: East Aleppo — Situation Report No. 4 — 8 December 2016"
    assert message["From"] == (
        '"Humanitarian coordination office, Aleppo hub (example)" <sitrep@example.org>'
    )
    assert message["X-Unsent"] == "1", "opens in a mail client as a draft to send"
    assert message["To"] == "partners@example.org"
    assert message["Cc"] == "cluster.leads@example.org"
    assert message["Reply-To"] == "im.aleppo@example.org"
    assert message["Date"] == "Thu, 08 Dec 2016 06:00:00 +0000"
    assert message["Message-ID"].startswith("<sitrep.20161208.4.")
    assert message["Message-ID"].endswith("@example.org>")
    attachments = list(message.iter_attachments())
    assert [part.get_filename() for part in attachments] == ["aleppo.pdf"]


def test_same_report_same_message_bytes(sitrep: Sitrep, example_brief: tuple[str, str]) -> None:
    html, text = example_brief
    first = build_message(sitrep, html=html, text=text, pdf=PDF)
    assert build_message(sitrep, html=html, text=text, pdf=PDF) == first
    other = build_message(sitrep, html=html, text=text, pdf=PDF + b"changed")
    assert other != first


def test_draft_subject_says_draft(sitrep: Sitrep, example_brief: tuple[str, str]) -> None:
    html, text = example_brief
    draft = sitrep.model_copy(update={"draft": True})
    message = _parse(build_message(draft, html=html, text=text, pdf=PDF))
    assert message["Subject"].startswith("DRAFT: Syria: East Aleppo — Situation Report No. 4")
    plain = _parse(build_message(sitrep, html=html, text=text, pdf=PDF))
    assert message["Message-ID"] != plain["Message-ID"]


def test_the_attached_pdf_is_named_for_the_situation_number_and_day(sitrep: Sitrep) -> None:
    assert attachment_name("aleppo", sitrep) == "aleppo-sitrep-4-2016-12-08.pdf"
    assert attachment_name("North-West Syria", sitrep) == "north-west-syria-sitrep-4-2016-12-08.pdf"
