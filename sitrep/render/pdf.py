"""HTML → archival PDF (PDF/A-3a, data attached), the only module that imports WeasyPrint.

WeasyPrint would fetch any URL an HTML string names, including local files and the
network, and only logs what it cannot load; here every fetch outside `templates/`
stops the render, and so does any warning (a missing font must not pass silently).
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from sitrep.errors import SitrepError
from sitrep.models import Sitrep
from sitrep.render.environment import TEMPLATES_DIR

PDF_VARIANT = "pdf/a-3a"
REPORT_CSS = TEMPLATES_DIR / "css" / "report.css"
_BASE_URL = TEMPLATES_DIR.as_uri() + "/"


class PdfError(SitrepError):
    """The PDF could not be made as it must be: a refused resource or a renderer warning."""


class TemplateOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Serve `data:` URLs and files under `templates/`; refuse everything else, fatally."""

    def __init__(self, root: Path = TEMPLATES_DIR) -> None:
        super().__init__(
            allowed_protocols=("data", "file"),
            allow_redirects=False,
            fail_on_errors=True,
            timeout=1,
        )
        self.root = root.resolve()

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    path.as_uri(), body=path.read_bytes(), headers={"Content-Type": mime}
                )
        raise PdfError(f"refused to load {url!r}: only files under {self.root} may be loaded")


@cache
def _fonts() -> FontConfiguration:
    return FontConfiguration()


@cache
def _stylesheet() -> CSS:
    """The report CSS, parsed once per process (parsing is a fixed cost of every render)."""
    return CSS(filename=str(REPORT_CSS), url_fetcher=TemplateOnlyFetcher(), font_config=_fonts())


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _no_warnings() -> Iterator[None]:
    """Turn anything WeasyPrint logs at WARNING or above into a `PdfError`."""
    logger = logging.getLogger("weasyprint")
    collect = _Collect()
    logger.addHandler(collect)
    try:
        yield
    finally:
        logger.removeHandler(collect)
    if collect.messages:
        raise PdfError("PDF renderer warnings: " + "; ".join(collect.messages))


def _list_each_attachment_once(document: Any, pdf: Any) -> None:
    """WeasyPrint 70's PDF/A-3 step lists every attachment twice in the catalog's /AF array."""
    files = pdf.catalog.get("AF")
    if files:
        files[:] = list(dict.fromkeys(files))


def render_pdf(html: str, *, sitrep: Sitrep, attachments: Mapping[str, bytes]) -> bytes:
    """Lay out `html` on A4 as PDF/A-3a with `attachments` (name → bytes) embedded.

    Same inputs, same bytes: the document dates come from the report's
    `<meta name="dcterms.created">`, the attachments are dated at the report date,
    and the file identifier is a hash of the content.
    """
    stamp = dt.datetime.combine(sitrep.date, dt.time())
    fetcher = TemplateOnlyFetcher()
    files = [
        Attachment(
            string=data,
            name=name,
            description=name,
            created=stamp,
            modified=stamp,
            relationship="Data",
            url_fetcher=fetcher,
        )
        for name, data in sorted(attachments.items())
    ]
    options: dict[str, Any] = {
        "stylesheets": [_stylesheet()],
        "pdf_variant": PDF_VARIANT,
        "attachments": files,
        "font_config": _fonts(),
        "finisher": _list_each_attachment_once,
    }
    try:
        with _no_warnings():
            document = HTML(string=html, base_url=_BASE_URL, url_fetcher=fetcher)
            pdf: bytes = document.write_pdf(**options)
    except FatalURLFetchingError as exc:
        raise PdfError(str(exc.__cause__ or exc)) from None
    return pdf
