"""HTML → archival PDF (PDF/A-3a, data attached), the only module that imports WeasyPrint.

WeasyPrint would fetch any URL an HTML string names, including local files and the
network, and only logs what it cannot load; here every fetch outside `templates/`
stops the render, and so does any message it logs at warning level: each has meant
something missing from the page since the fonts are subset here (its one notice about
its own workings was about subsetting).
"""

from __future__ import annotations

import copy
import ctypes
import ctypes.util
import datetime as dt
import importlib
import logging
import mimetypes
import os
import sys
import types
import warnings
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import uharfbuzz  # type: ignore[import-untyped]

from sitrep.process import collector_held_off, with_room_to_recurse
from sitrep.render import TEMPLATES_DIR
from sitrep.render.failures import PANGO_HELP, RendererUnavailableError, named_glyphs
from sitrep.render.failures import PdfError as PdfError  # raised here, caught by its callers

if TYPE_CHECKING:
    from sitrep.models import Sitrep


# The fonts are subset here with the HarfBuzz of the uharfbuzz wheel (below), so
# WeasyPrint's advice to install HarfBuzz-Subset is noise at import time.
warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
# The report brings its own fonts (templates/assets/fonts), so a machine with no system
# fonts at all renders it the same.
warnings.filterwarnings("ignore", message="No fonts configured in FontConfig", category=UserWarning)


@contextmanager
def _libraries_by_soname() -> Iterator[None]:
    """Let the dynamic loader find WeasyPrint's libraries by their Linux file names.

    WeasyPrint tries several spellings of each library, and cffi hands every one to
    `ctypes.util.find_library`, which on Linux runs ldconfig and a C compiler to look
    (59 processes, most of a second of a cold build). Opening `libNAME.so.N` lets
    the loader search its own cache instead, without starting anything.
    """
    if sys.platform != "linux":
        yield
        return
    thorough = ctypes.util.find_library

    def by_soname(name: str) -> str | None:
        for candidate in (f"lib{name}.so", *(f"lib{name}.so.{n}" for n in range(3))):
            try:
                ctypes.CDLL(candidate)
            except OSError:
                continue
            return candidate
        return None

    ctypes.util.find_library = by_soname
    try:
        yield
    finally:
        ctypes.util.find_library = thorough


class _OnFirstUse(types.ModuleType):
    """Stands in for a module until something in it is asked for, then imports the real one."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asking what kind of module this is
            raise AttributeError(name)
        return getattr(importlib.import_module(self.__name__), name)


class _OnFirstCall(_OnFirstUse):
    """The instancer, whose one function WeasyPrint imports by name: it imports the real one."""

    @staticmethod
    def instantiateVariableFont(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 (fontTools' name)
        instancer = importlib.import_module("fontTools.varLib.instancer")
        return instancer.instantiateVariableFont(*args, **kwargs)


@contextmanager
def _unused_font_tools_deferred() -> Iterator[None]:
    """Let WeasyPrint import fontTools' subsetter and variable-font instancer without loading them.

    Neither runs for this report (its fonts are static and subset by HarfBuzz below), but
    importing them loads most of fontTools, about 0.07 s of every cold build. During
    WeasyPrint's import they are stand-ins that import the real module on first use;
    afterwards any other importer gets the real module as usual.
    """
    standins = [_OnFirstUse("fontTools.subset"), _OnFirstCall("fontTools.varLib.instancer")]
    for module in standins:
        sys.modules.setdefault(module.__name__, module)
    try:
        yield
    finally:
        for module in standins:
            if sys.modules.get(module.__name__) is module:
                del sys.modules[module.__name__]


try:
    with _libraries_by_soname(), _unused_font_tools_deferred():
        import weasyprint
except OSError:  # not where the loader looks: import again with the thorough search
    for module in [m for m in sys.modules if m.partition(".")[0] == "weasyprint"]:
        del sys.modules[module]
try:
    with _unused_font_tools_deferred():
        import weasyprint.pdf.fonts
    import pydyf  # type: ignore[import-untyped]
    import weasyprint.html
    from weasyprint import CSS, DEFAULT_OPTIONS, HTML, Attachment
    from weasyprint.document import Document
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse
except OSError as exc:  # WeasyPrint opens Pango, HarfBuzz and fontconfig with dlopen
    raise RendererUnavailableError(f"{PANGO_HELP}; the loader said: {exc}") from None

_DROPPED_TABLES = tuple(
    int.from_bytes(name.encode("ascii"), "big")
    for name in (
        "BASE",
        "DSIG",
        "EBDT",
        "EBLC",
        "EBSC",
        "GPOS",
        "GSUB",
        "JSTF",
        "LTSH",
        "PCLT",
        "SVG ",
    )
)
"""Font tables a PDF never reads, left out of each embedded font (as WeasyPrint does)."""


def _subset(font: Any, to_unicode: Mapping[int, str], hinting: bool) -> None:
    """Keep only the glyphs the report uses, with the HarfBuzz subsetter of the `uharfbuzz`
    wheel: the same subsetter, hence the same font bytes, on every machine.

    WeasyPrint would use the system's libharfbuzz-subset where there is one and fontTools
    elsewhere (different bytes for the same report), and fontTools took a sixth of the
    example's render. Glyph ids stay where they are (the page text names them); glyphs
    past the last one used are dropped in a second pass, as WeasyPrint's HarfBuzz path does.
    """
    if not to_unicode:
        return
    flags = uharfbuzz.SubsetFlags.PASSTHROUGH_UNRECOGNIZED | uharfbuzz.SubsetFlags.DESUBROUTINIZE
    if font.missing:
        flags |= uharfbuzz.SubsetFlags.NOTDEF_OUTLINE
    request = uharfbuzz.SubsetInput()
    request.sets(uharfbuzz.SubsetInputSets.DROP_TABLE_TAG).update(_DROPPED_TABLES)
    request.sets(uharfbuzz.SubsetInputSets.GLYPH_INDEX).update(sorted(to_unicode))
    request.flags = flags | uharfbuzz.SubsetFlags.RETAIN_GIDS
    face = uharfbuzz.subset(uharfbuzz.Face(uharfbuzz.Blob(font.file_content), font.index), request)
    request.sets(uharfbuzz.SubsetInputSets.GLYPH_INDEX).update(range(max(to_unicode) + 1))
    request.flags = flags if hinting else flags | uharfbuzz.SubsetFlags.NO_HINTING
    font.file_content = uharfbuzz.subset(face, request).blob.data


weasyprint.pdf.fonts.Font.subset = _subset


def _page_references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    """The `N 0 R` reference of every page, made once per page count.

    pydyf rebuilds this tuple of all pages on every read, and WeasyPrint reads it for
    each tagged element and each link: at 50 pages that is a third of a million
    references made for a 2,000-row table, and the cost per page grew with the pages.
    """
    kids = pdf.pages["Kids"]
    made: tuple[int, tuple[bytes, ...]] | None = getattr(pdf, "_sitrep_pages", None)
    if made is None or made[0] != len(kids):
        made = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf._sitrep_pages = made
    return made[1]


pydyf.PDF.page_references = property(_page_references)


class _DefaultLevelZlib:
    """zlib as pydyf sees it: every stream compressed at zlib's default level, not its slowest.

    pydyf asks for level 9, which took 0.63 s of a 53-page report's render (15.7 MB of
    page content and fonts) for files only 2-3 % smaller than the default level makes.
    """

    compress = staticmethod(zlib.compress)

    @staticmethod
    def compressobj(level: int = zlib.Z_DEFAULT_COMPRESSION) -> Any:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION)


pydyf.zlib = _DefaultLevelZlib


_SERIALISED = (pydyf.Dictionary, pydyf.Stream, pydyf.String, pydyf.Array)
_PLAIN_DATA: dict[type, property] = {kind: kind.__dict__["data"] for kind in _SERIALISED}
_PLAIN_WRITE = pydyf.PDF.write


def _write_serialising_once(pdf: pydyf.PDF, *args: Any, **kwargs: Any) -> None:
    """pydyf's `PDF.write`, with each object serialised, and its stream compressed, once.

    The file identifier is a hash of every object's bytes, which pydyf makes by
    serialising them all a second time after writing them, compressing each page's
    content and font again (0.1-0.15 s of a 53-page render). Here each object's
    bytes are kept while the file is written (with the object, so that no other object
    takes its id), so the hash is of the very bytes written.
    """
    made: dict[int, tuple[object, bytes]] = {}

    def remembered(plain: property) -> property:
        def data(self: object) -> bytes:
            kept = made.get(id(self))
            if kept is None:
                kept = made[id(self)] = (self, plain.__get__(self))
            return kept[1]

        return property(data)

    for kind, plain in _PLAIN_DATA.items():
        kind.data = remembered(plain)  # type: ignore[attr-defined]
    try:
        _PLAIN_WRITE(pdf, *args, **kwargs)
    finally:
        for kind, plain in _PLAIN_DATA.items():
            kind.data = plain  # type: ignore[attr-defined]


pydyf.PDF.write = _write_serialising_once


def _user_agent_for_the_report(sheet: CSS) -> CSS:
    """WeasyPrint's user-agent stylesheet, less the pseudo-element rules that match every
    element of a report and style nothing in it.

    Its `::marker` rule and its five footnote and note rules gave each element six
    pseudo-element styles to cascade and compute: six in seven of a long table's styles
    (73,000 of 85,000 at 2,000 areas, with 730,000 objects garbage once written). Only a
    list item has a marker (nothing in report.css makes another element one), so that rule
    is kept for `li`; the report has no footnotes or notes. Should a WeasyPrint release
    store its rules otherwise, its stylesheet is used unchanged.
    """
    matcher: Any = getattr(sheet, "matcher", None)
    everywhere = getattr(matcher, "other_selectors", None)
    by_name = getattr(matcher, "lower_local_name_selectors", None)
    if not isinstance(everywhere, list) or not isinstance(by_name, dict):
        return sheet
    if not all(isinstance(entry, tuple) and len(entry) == 5 for entry in everywhere):
        return sheet
    trimmed = copy.copy(matcher)
    trimmed.other_selectors = [entry for entry in everywhere if entry[3] is None]
    trimmed.lower_local_name_selectors = {name: list(rules) for name, rules in by_name.items()}
    markers = [entry for entry in everywhere if entry[3] == "marker"]
    trimmed.lower_local_name_selectors.setdefault("li", []).extend(markers)
    report_sheet = copy.copy(sheet)
    report_sheet.matcher = trimmed
    return report_sheet


USER_AGENT = _user_agent_for_the_report(weasyprint.html.UA_STYLESHEET)


class _ReportDocument(Document):  # type: ignore[misc]
    """A laid-out report that keeps its layout context, to take it apart once written."""

    @classmethod
    def _build_layout_context(cls, html: Any, *args: Any) -> Any:
        context = super()._build_layout_context(html, *args)
        html.layout_context = context
        return context


class _ReportHTML(HTML):  # type: ignore[misc]
    """The report's HTML: cascaded with `USER_AGENT`, laid out as a `_ReportDocument`."""

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        return [USER_AGENT, *super()._ua_stylesheets(forms)[1:]]

    def render(self, font_config: FontConfiguration, **options: Any) -> _ReportDocument:
        options = {**DEFAULT_OPTIONS, **options}
        document: _ReportDocument = _ReportDocument._render(self, font_config, None, None, options)
        return document


def _take_apart(document: _ReportDocument) -> None:
    """Free a written document now, by reference counting, not by a collector's pass.

    Its boxes and styles hang off a few reference cycles (the layout context, table
    columns and the closures that find their cells), so they were garbage only a full
    collection could find: 1.2 s of walking half a million objects at 2,000 areas. The
    page boxes' and the context's attributes are emptied (the PDF is written, nothing
    reads them again); what is left in cycles is a few thousand styles and the parser's
    tree, which the collector finds quickly. Parts a WeasyPrint release lays out
    otherwise are left to the collector, as before.
    """
    boxes = [getattr(page, "_page_box", None) for page in document.pages]
    while boxes:
        attributes = getattr(boxes.pop(), "__dict__", {})
        boxes.extend(attributes.get("children", ()))
        boxes.extend(attributes.get("column_groups", ()))
        attributes.clear()
    html = getattr(document, "_html", None)
    context = vars(html).pop("layout_context", None) if html is not None else None
    if context is not None:
        context.__dict__.clear()


PDF_VARIANT = "pdf/a-3a"
REPORT_CSS = TEMPLATES_DIR / "css" / "report.css"
_BASE_URL = TEMPLATES_DIR.as_uri() + "/"


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
            if path.is_relative_to(self.root):
                if not path.is_file():
                    raise PdfError(f"a report asset is missing: {path}")
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    path.as_uri(), body=path.read_bytes(), headers={"Content-Type": mime}
                )
        raise PdfError(f"refused to load {url!r}: only files under {self.root} may be loaded")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _fail_on_lost_content() -> Iterator[None]:
    """Turn anything WeasyPrint logs at WARNING or above into a `PdfError`."""
    logger = logging.getLogger("weasyprint")
    collect = _Collect()
    logger.addHandler(collect)
    try:
        yield
    finally:
        logger.removeHandler(collect)
    if collect.messages:
        messages = list(dict.fromkeys(collect.messages))
        raise PdfError("PDF renderer warnings: " + "; ".join(messages), messages)


_STEPS = (
    ("Step 1 ", "reading the report"),
    ("Step 2 ", "reading the styles"),
    ("Step 3 ", "applying the styles"),
    ("Step 4 ", "building the page boxes"),
    ("Step 5 ", "laying out"),
    ("Step 6 ", "writing the PDF"),
    ("Step 7 ", "writing the PDF"),
)


class _Progress(logging.Handler):
    """WeasyPrint's progress log, in our words: the step, and the page being laid out."""

    def __init__(self, progress: Callable[[str], None]) -> None:
        super().__init__(logging.INFO)
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        message = str(record.msg)
        for prefix, words in _STEPS:
            if message.startswith(prefix):
                if "Page %d" in message and record.args:
                    words = f"laying out page {record.args[0]}"  # type: ignore[index]
                self.progress(words)
                return


@contextmanager
def _reporting(progress: Callable[[str], None] | None) -> Iterator[None]:
    if progress is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    handler, level = _Progress(progress), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@cache
def _fonts() -> FontConfiguration:
    return FontConfiguration()


@cache
def _stylesheet() -> CSS:
    """The report CSS and its fonts, loaded once per process (a fixed cost of every render).

    A font that fails to load raises here, so a broken stylesheet is never cached.
    """
    with _fail_on_lost_content():
        return CSS(
            filename=str(REPORT_CSS), url_fetcher=TemplateOnlyFetcher(), font_config=_fonts()
        )


_WARM_UP = (
    '<html lang="en"><head><meta name="dcterms.created" content="2000-01-01"></head>'
    '<body class="report"><h1>a</h1><h2>b</h2><p>c <b>d</b> <i>e</i> <code>f</code> 1,234</p>'
    '<table><thead><tr><th>g</th><th class="num">h</th></tr></thead>'
    '<tbody><tr><td>i</td><td class="num">5</td></tr></tbody></table><ul><li>j</li></ul>'
    "</body></html>"
)
"""A short page of the report's kinds of text (headings, bold, italic, code, a table, a
list), laid out once by `prepare`."""


def prepare() -> None:
    """Load the report's stylesheet and fonts and lay out a short page once, ahead of the
    first report: a renderer process does it while the build reads its inputs, so the
    report's layout does not pay for them (the page is 0.02 s of the first report's
    layout: cffi parsing the C types the layout asks for, and the first text shaped).

    A failure is left for the report's layout to raise, in its turn. The report is the
    same bytes after it, as after any earlier report laid out in the process.
    """
    with suppress(Exception):
        _stylesheet()
        lay_out(_WARM_UP, day=dt.date(2000, 1, 1), attachments={})


@contextmanager
def _font_dates(stamp: dt.datetime) -> Iterator[None]:
    """Date the subset fonts at the report date instead of the moment of rendering.

    fontTools stamps every font it saves with the current time unless the
    reproducible-builds variable `SOURCE_DATE_EPOCH` says otherwise.
    """
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(stamp.replace(tzinfo=dt.UTC).timestamp()))
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def _list_each_attachment_once(document: Any, pdf: Any) -> None:
    """WeasyPrint 70's PDF/A-3 step lists every attachment twice in the catalog's /AF array."""
    files = pdf.catalog.get("AF")
    if files:
        files[:] = list(dict.fromkeys(files))


def _lay_out_and_write(html: str, fetcher: URLFetcher, options: dict[str, Any]) -> bytes:
    document = _ReportHTML(string=html, base_url=_BASE_URL, url_fetcher=fetcher).render(
        _fonts(), **options
    )
    pdf: bytes = document.write_pdf(finisher=_list_each_attachment_once, **options)
    _take_apart(document)
    return pdf


def lay_out(
    html: str,
    *,
    day: dt.date,
    attachments: Mapping[str, bytes],
    progress: Callable[[str], None] | None = None,
) -> bytes:
    """`render_pdf` given the report's day instead of the report (what a renderer process
    is sent); a `PdfError` carries the renderer's own messages, characters unnamed."""
    stamp = dt.datetime.combine(day, dt.time())
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
    try:
        options: dict[str, Any] = {
            "stylesheets": [_stylesheet()],
            "pdf_variant": PDF_VARIANT,
            "attachments": files,
        }
        with (
            _fail_on_lost_content(),
            _font_dates(stamp),
            _reporting(progress),
            collector_held_off(),
        ):
            return with_room_to_recurse(partial(_lay_out_and_write, html, fetcher, options))
    except FatalURLFetchingError as exc:
        raise PdfError(str(exc.__cause__ or exc)) from None


def render_pdf(
    html: str,
    *,
    sitrep: Sitrep,
    attachments: Mapping[str, bytes],
    progress: Callable[[str], None] | None = None,
) -> bytes:
    """Lay out `html` on A4 as PDF/A-3a with `attachments` (name → bytes) embedded;
    `progress` hears each step and each page laid out (a long report takes minutes).

    Same inputs, same bytes: the document dates come from the report's
    `<meta name="dcterms.created">`, the attachments are dated at the report date,
    and the file identifier is a hash of the content.
    """
    try:
        return lay_out(html, day=sitrep.date, attachments=attachments, progress=progress)
    except PdfError as exc:
        named = named_glyphs(exc, sitrep)
        if named is exc:
            raise
        raise named from None
