"""The PDF as a reader and an archive see it: text, pages, metadata, attachments, safety."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from sitrep.render.environment import TEMPLATES_DIR
from sitrep.render.html import render_report_html
from sitrep.render.pdf import PdfError, TemplateOnlyFetcher, render_pdf
from tests.render.conftest import ATTACHMENTS, pdf_text
from tests.render.example import example_sitrep, large_areas
from tests.render.test_fonts import SHIPPED_FAMILIES
from tests.render.test_html import HOSTNAME, PASSWD, SCRIPT, SECTIONS, hostile


def catalog(pdf: bytes) -> Any:
    """The PDF's document catalog, untyped: pypdf types every entry as a bare PdfObject."""
    return pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]


def test_pdf_has_every_section_in_order(example_pdf: bytes, tmp_path: Path) -> None:
    text = pdf_text(example_pdf, tmp_path)
    positions = [text.index(f"\n{section}\n") for section in SECTIONS]
    assert positions == sorted(positions)


def test_every_page_says_page_x_of_y_and_the_date_of_issue(
    example_pdf: bytes, tmp_path: Path
) -> None:
    pages = pdf_text(example_pdf, tmp_path).split("\f")[:-1]
    total = len(pypdf.PdfReader(io.BytesIO(example_pdf)).pages)
    assert total == len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Date of issue: 8 December 2016" in page


def test_title_band_names_situation_number_date_period_and_issuer(
    example_pdf: bytes, tmp_path: Path
) -> None:
    first = pdf_text(example_pdf, tmp_path).split("\f")[0]
    for expected in (
        "Syria: East Aleppo",
        "Situation Report No. 4",
        "8 December 2016",
        "2–8 December 2016",
        "HUMANITARIAN COORDINATION OFFICE, ALEPPO HUB (EXAMPLE)",
    ):
        assert expected in first


def test_key_figures_carry_delta_citation_and_source(example_pdf: bytes, tmp_path: Path) -> None:
    text = pdf_text(example_pdf, tmp_path)
    band = text[text.index("\nKey figures\n") : text.index("\nSituation overview\n")]
    flat = re.sub(r"\s+", " ", band)
    for figure, cite, change, source in (
        ("about 31,500", 1, "+13,500 since 1 Dec", "Source: UN official"),
        ("about 1,500", 2, "+500 since 1 Dec", "Source: Tawfik Chamaa"),
        ("61", 3, "no earlier figure", "Source: Syrian Civil Defence"),
        ("150,000", 5, "\u2212100,000 since 1 Dec", "Source: Jan Egeland"),
        ("about 80%", 6, "+20 points since 1 Dec", "Source: Example News"),
    ):
        assert re.search(rf"{re.escape(figure)} {cite} ", flat), figure
        assert change in flat
        assert source in flat


def test_sources_cite_cells_and_article_sentences(example_pdf: bytes, tmp_path: Path) -> None:
    text = pdf_text(example_pdf, tmp_path)
    sources = re.sub(r"\s+", " ", text[text.rindex("\nSources\n") :])
    assert (
        "displacement.csv. Source: Aleppo hub field teams (illustrative). "
        "13. Column “IDPs (individuals)” #affected+idps+ind: rows 3 (Jibreen collective shelter, "
        "SY0200), 4 (West Aleppo city, SY0200), 5 (Sheikh Maqsoud, SY0200), 6 (Afrin, SY0203), "
        "7 (As-Safira, SY0207)." in sources
    )
    assert (
        "medevac.xlsx, sheet “Medevac”. Source: Aleppo hub field teams (illustrative). "
        "14. Column “Needing evacuation” #inneed+medevac+ind: row 4." in sources
    )
    article = (
        "Example News, “Aleppo: regime forces advance more as rebels requist a truce”, "
        "8 December 2016."
    )
    assert sources.count(article) == 1, "each article is listed once, its sentences under it"
    assert "https://news.example.org/2016/12/08/aleppo-regime-forces-advance" in sources.replace(
        "/ ", "/"
    )
    assert "said air strikes and shelling on Wednesday killed 61 people" in sources
    assert "“Today 150,000 people are threatened with extermination,” he said. (Jan Egeland" in (
        sources
    ), "a sentence that does not name who said it is followed by the name"


def test_conflicting_figures_are_side_by_side_with_their_sources(
    example_pdf: bytes, tmp_path: Path
) -> None:
    text = pdf_text(example_pdf, tmp_path)
    section = re.sub(
        r"\s+", " ", text[text.index("\nConflicting figures\n") : text.rindex("\nSources\n")]
    )
    assert "People killed, East Aleppo, 7 December 2016" in section
    assert "61 3 The Syrian Civil Defence" in section
    assert "58 15 Aleppo field medical network (illustrative)" in section


def test_metadata_language_and_pdfa_identification(example_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(example_pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == "Syria: East Aleppo — Situation Report No. 4 — 8 December 2016"
    assert info.author == "Humanitarian coordination office, Aleppo hub (example)"
    assert info.subject is not None and "2–8 December 2016" in info.subject
    assert "situation report" in str(info["/Keywords"])
    assert str(info["/CreationDate"]) == "D:20161208"
    root = catalog(example_pdf)
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="A"' in xmp
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"


def test_data_files_travel_inside_the_pdf(example_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(example_pdf))
    assert {name: data[0] for name, data in reader.attachments.items()} == ATTACHMENTS
    assert len(catalog(example_pdf)["/AF"]) == 2


def test_archival_rules_fonts_embedded_attachments_described(example_pdf: bytes) -> None:
    """The PDF/A-3 rules we can check without a validator: every font embedded, each
    attachment with a MIME type, a relationship and the report date."""
    reader = pypdf.PdfReader(io.BytesIO(example_pdf))
    families = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
            families.add(str(font["/BaseFont"]).split("+")[1])
    assert "Report-Sans" in families
    assert families <= SHIPPED_FAMILIES
    names = catalog(example_pdf)["/Names"]["/EmbeddedFiles"]["/Names"]
    specs = {str(names[i]): names[i + 1].get_object() for i in range(0, len(names), 2)}
    assert set(specs) == set(ATTACHMENTS)
    for name, mime in (("sitrep.json", "/application#2fjson"), ("key-figures.csv", "/text#2fcsv")):
        assert specs[name]["/AFRelationship"] == "/Data"
        stream = specs[name]["/EF"]["/F"].get_object()
        assert stream["/Subtype"] in {mime, mime.replace("#2f", "/")}
        assert stream["/Params"]["/CreationDate"] == "D:20161208000000Z"


def test_same_inputs_same_bytes(example_pdf: bytes) -> None:
    report = example_sitrep()
    again = render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)
    assert again == example_pdf


def test_draft_says_so_on_every_page(draft_pdf: bytes, tmp_path: Path) -> None:
    pages = pdf_text(draft_pdf, tmp_path).split("\f")[:-1]
    assert len(pages) >= 3
    assert all("DRAFT – not for distribution" in page for page in pages)


def test_hostile_text_is_printed_not_obeyed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fetched: list[str] = []
    original = TemplateOnlyFetcher.fetch

    def spy(self: TemplateOnlyFetcher, url: str, headers: object = None) -> object:
        fetched.append(url)
        return original(self, url, headers)  # type: ignore[arg-type]

    monkeypatch.setattr(TemplateOnlyFetcher, "fetch", spy)
    report = hostile(example_sitrep())
    pdf = render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)
    assert fetched == []
    assert set(pypdf.PdfReader(io.BytesIO(pdf)).attachments) == set(ATTACHMENTS)
    text = re.sub(r"\s+", " ", pdf_text(pdf, tmp_path))
    for markup in (SCRIPT, PASSWD, HOSTNAME):
        assert markup in text


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="file:///etc/passwd">',
        '<link rel="attachment" href="file:///etc/hostname">',
        '<img src="http://127.0.0.1:9/x.png">',
        '<link rel="stylesheet" href="https://example.org/x.css">',
        '<img src="css/../../pyproject.toml">',
    ],
)
def test_markup_that_reaches_outside_the_templates_stops_the_render(markup: str) -> None:
    html = f'<html lang="en"><head><title>t</title></head><body><p>x</p>{markup}</body></html>'
    with pytest.raises(PdfError, match="refused to load"):
        render_pdf(html, sitrep=example_sitrep(), attachments={})


def test_renderer_warnings_fail_the_render() -> None:
    html = '<html lang="en"><head><title>t</title></head><body><p style="colour: red">x</p></body>'
    with pytest.raises(PdfError, match="PDF renderer warnings"):
        render_pdf(html, sitrep=example_sitrep(), attachments={})


def test_fetcher_serves_template_files_and_data_only(tmp_path: Path) -> None:
    fetcher = TemplateOnlyFetcher()
    css = fetcher.fetch((TEMPLATES_DIR / "css" / "report.css").as_uri())
    assert b"@page" in css.read()
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    (tmp_path / "inside").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "inside" / "link.txt").symlink_to(tmp_path / "secret.txt")
    jailed = TemplateOnlyFetcher(root=tmp_path / "inside")
    for url in (
        "file:///etc/passwd",
        (tmp_path / "inside" / "link.txt").as_uri(),
        (tmp_path / "inside").as_uri() + "/%2e%2e/secret.txt",
        "http://example.org/",
        "ftp://example.org/x",
        "file://example.org/etc/passwd",
    ):
        with pytest.raises(PdfError):
            jailed.fetch(url)


def test_draft_keeps_the_layout_of_the_final_report(draft_pdf: bytes, example_pdf: bytes) -> None:
    assert draft_pdf != example_pdf
    assert len(pypdf.PdfReader(io.BytesIO(draft_pdf)).pages) == len(
        pypdf.PdfReader(io.BytesIO(example_pdf)).pages
    )


def _content_lines(page: str) -> list[str]:
    """A page's text lines without the running header and footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if not re.match(
            r"(Date of issue:|Page \d+ of \d+|Syria: East Aleppo — Situation Report)", line
        )
        and line not in {"8 December 2016", "DRAFT – not for distribution"}
    ]


def test_long_tables_repeat_their_header_and_no_heading_ends_a_page(tmp_path: Path) -> None:
    report = example_sitrep(areas=large_areas(120))
    pdf = render_pdf(render_report_html(report), sitrep=report, attachments={})
    pages = pdf_text(pdf, tmp_path).split("\f")[:-1]
    with_rows = [page for page in pages if "Neighbourhood 0" in page]
    assert len(with_rows) >= 3
    for page in with_rows:
        assert "P-code" in page and "Displaced" in page and "Returned" in page
    for page in pages:
        assert _content_lines(page)[-1] not in SECTIONS


def test_loading_the_renderer_starts_no_other_program() -> None:
    """WeasyPrint's library lookup once ran ldconfig and a C compiler, dozens of times."""
    probe = (
        "import subprocess\n"
        "started = []\n"
        "class Spy(subprocess.Popen):\n"
        "    def __init__(self, args, *rest, **options):\n"
        "        started.append(args)\n"
        "        super().__init__(args, *rest, **options)\n"
        "subprocess.Popen = Spy\n"
        "import sitrep.render.pdf\n"
        "print(started)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
