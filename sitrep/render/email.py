"""The brief as a standard MIME message (`brief.eml`), ready to send or to open in a mail client.

Built with the standard library's `email` package so headers are encoded and lines
folded correctly; dates, the Message-ID and the MIME boundaries are derived from the
report, so re-building a day gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from sitrep.context import report_name
from sitrep.models import Sitrep

SEND_TIME = dt.time(6, 0, tzinfo=dt.UTC)
"""The Date header: the report day at 06:00 UTC, when the morning brief goes out."""


def subject(sitrep: Sitrep) -> str:
    """ "Syria: East Aleppo — Situation Report No. 4 — 8 December 2016" (DRAFT first if so)."""
    name = report_name(sitrep.situation, sitrep.number, sitrep.date)
    return f"DRAFT: {name}" if sitrep.draft else name


def attachment_name(situation: str, sitrep: Sitrep) -> str:
    """ "aleppo-sitrep-4-2016-12-08.pdf": a name that still says what it is once saved
    among other reports (`situation` is the situation folder's name)."""
    slug = re.sub(r"[^a-z0-9]+", "-", situation.casefold()).strip("-") or "situation"
    return f"{slug}-sitrep-{sitrep.number}-{sitrep.date.isoformat()}.pdf"


def _message_id(sitrep: Sitrep) -> str:
    domain = str(sitrep.situation.email.sender).rpartition("@")[2]
    key = f"{sitrep.situation.title}|{sitrep.date.isoformat()}|{sitrep.number}|{sitrep.draft}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"<sitrep.{sitrep.date:%Y%m%d}.{sitrep.number}.{digest}@{domain}>"


def _fix_boundaries(message: EmailMessage, seed: str) -> None:
    """Replace the random MIME boundaries with ones derived from the content."""
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            digest = hashlib.sha256(f"{seed}|{index}".encode()).hexdigest()[:24]
            part.set_boundary(f"=_sitrep_{index}_{digest}")


def fits(sitrep: Sitrep, *, html: str, text: str, pdf: bytes) -> bool:
    """Whether the message with the PDF attached stays within `[email] max_mb` (the PDF
    travels base64-encoded, a third larger)."""
    size = len(html.encode()) + len(text.encode()) + len(pdf) * 4 // 3
    return size <= sitrep.situation.email.max_mb * 1_000_000


def build_message(
    sitrep: Sitrep, *, html: str, text: str, pdf: bytes | None, pdf_name: str = "sitrep.pdf"
) -> bytes:
    """multipart/mixed: (multipart/alternative: text, html) + the PDF, addressed per sitrep.toml;
    without `pdf` (over the size budget) the message is the brief alone.

    `X-Unsent: 1` makes mail clients that know it (Outlook, Thunderbird) open the file
    as a draft to check and send, not as a message already received; the sender shows
    as the organisation.
    """
    settings = sitrep.situation.email
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((sitrep.situation.organisation, str(settings.sender)))
    message["To"] = ", ".join(str(address) for address in settings.to)
    if settings.cc:
        message["Cc"] = ", ".join(str(address) for address in settings.cc)
    if settings.reply_to:
        message["Reply-To"] = str(settings.reply_to)
    message["Subject"] = subject(sitrep)
    message["Date"] = format_datetime(dt.datetime.combine(sitrep.date, SEND_TIME))
    message["Message-ID"] = _message_id(sitrep)
    message["Content-Language"] = sitrep.situation.language
    message["X-Unsent"] = "1"

    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    if pdf is not None:
        message.make_mixed()
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    seed = hashlib.sha256(text.encode() + html.encode() + (pdf or b"")).hexdigest()
    _fix_boundaries(message, seed)
    return message.as_bytes()
