"""The report's HTML and the brief: sections, citations that resolve, escaped untrusted text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import jinja2
import pytest

from sitrep.models import Sitrep
from sitrep.render.environment import environment
from sitrep.render.html import render_brief, render_report_html

SCRIPT = "<script>alert(1)</script>"
PASSWD = '<img src="file:///etc/passwd">'
HOSTNAME = "<link rel=attachment href=file:///etc/hostname>"


def hostile(sitrep: Sitrep) -> Sitrep:
    """The example with markup where a spreadsheet cell or an article sentence goes."""
    figure = sitrep.key_figures[0].model_copy(update={"source": SCRIPT})
    row = sitrep.displacement[0].model_copy(update={"place": PASSWD})
    entry = sitrep.sources[0].model_copy(update={"quote": HOSTNAME})
    event = sitrep.timeline[0].model_copy(update={"description": SCRIPT + HOSTNAME})
    return sitrep.model_copy(
        update={
            "key_figures": [figure, *sitrep.key_figures[1:]],
            "displacement": [row, *sitrep.displacement[1:]],
            "sources": [entry, *sitrep.sources[1:]],
            "timeline": [event, *sitrep.timeline[1:]],
        }
    )


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


SECTIONS = [
    "Highlights",
    "Key figures",
    "Situation overview",
    "Displacement",
    "Medical evacuation",
    "Casualties",
    "Ceasefire and access",
    "Conflicting figures",
    "Sources",
]


def test_report_has_every_section_in_order(sitrep: Sitrep) -> None:
    headings = re.findall(r"<h2>(.*?)</h2>", render_report_html(sitrep))
    assert headings == SECTIONS


def test_every_citation_links_to_a_numbered_source(sitrep: Sitrep) -> None:
    html = render_report_html(sitrep)
    cited = set(re.findall(r'href="#source-(\d+)"', html))
    listed = set(re.findall(r'id="source-(\d+)"', html))
    assert cited
    assert cited <= listed
    assert listed == {str(entry.number) for entry in sitrep.sources}


def test_overview_names_the_source_of_each_figure(sitrep: Sitrep) -> None:
    text = "".join(parse(render_report_html(sitrep)).text)
    assert (
        "61 people were killed in East Aleppo on 7 December 2016, "
        "according to the Syrian Civil Defence." in text
    )
    assert "according to a UN official" in text
    assert (
        "Sources differ on people killed in East Aleppo on 7 December 2016: 61 according to "
        "the Syrian Civil Defence and 58 according to Aleppo field medical network (illustrative)"
    ) in text


def test_report_metadata_for_the_pdf(sitrep: Sitrep) -> None:
    tags = parse(render_report_html(sitrep)).tags
    meta = {a.get("name"): a.get("content") for tag, a in tags if tag == "meta" and a.get("name")}
    assert meta["dcterms.created"] == "2016-12-08"
    assert meta["author"] == "Humanitarian coordination office, Aleppo hub (example)"
    assert "2–8 December 2016" in (meta["description"] or "")
    assert ("html", {"lang": "en"}) in tags


def test_draft_is_marked(sitrep: Sitrep) -> None:
    assert "DRAFT" not in render_report_html(sitrep)
    draft = render_report_html(sitrep.model_copy(update={"draft": True}))
    assert 'class="watermark"' in draft
    assert 'class="report draft"' in draft


@pytest.mark.parametrize("render", [render_report_html, lambda s: "".join(render_brief(s)[:1])])
def test_untrusted_text_is_only_escaped_text(sitrep: Sitrep, render: object) -> None:
    assert callable(render)
    html = render(hostile(sitrep))
    elements = parse(html)
    assert not [tag for tag, _ in elements.tags if tag in {"script", "img", "link"}]
    assert "<script>" not in html
    assert "file:///etc" not in {value for _, attrs in elements.tags for value in attrs.values()}


def test_hostile_text_reaches_the_reader_as_written(sitrep: Sitrep) -> None:
    text = "".join(parse(render_report_html(hostile(sitrep))).text)
    for markup in (SCRIPT, PASSWD, HOSTNAME):
        assert markup in text


def test_plain_text_is_not_html_escaped(sitrep: Sitrep) -> None:
    _, text = render_brief(hostile(sitrep))
    assert "according to <script>alert(1)</script>" in text
    assert "&lt;" not in text


def test_templates_fail_loudly_on_a_missing_value(sitrep: Sitrep) -> None:
    with pytest.raises(jinja2.UndefinedError):
        environment.get_template("report.html").render(sitrep=sitrep)


def test_brief_has_only_inline_styles_and_absolute_links(example_brief: tuple[str, str]) -> None:
    html, _ = example_brief
    elements = parse(html)
    tags = {tag for tag, _ in elements.tags}
    assert not tags & {"style", "link", "script", "img", "svg", "iframe", "object"}
    unstyled = [
        tag for tag, attrs in elements.tags if attrs.get("class") and not attrs.get("style")
    ]
    assert unstyled == []
    links = [attrs["href"] for tag, attrs in elements.tags if tag == "a" and attrs.get("href")]
    assert links == ["https://example.org/sitreps/aleppo/", "mailto:im.aleppo@example.org"]
    assert ("table", {"class": "main"}) not in elements.tags
    assert any(tag == "table" and attrs.get("width") == "600" for tag, attrs in elements.tags)


def test_brief_text_and_html_carry_the_same_figures(
    sitrep: Sitrep, example_brief: tuple[str, str]
) -> None:
    html, text = example_brief
    html_text = re.sub(r"[ \n]+", " ", "".join(parse(html).text))
    plain = re.sub(r"[ \n]+", " ", text)
    for expected in (
        "about 31,500",
        "+13,500 since 1\u00a0Dec",
        "about 1,500",
        "+500 since 1\u00a0Dec",
        "150,000",
        "\u2212100,000 since 1\u00a0Dec",
        "about 80%",
        "7 December: Proposed (Rebel groups in east Aleppo): an immediate five-day ceasefire",
        "8 December: Under negotiation (United Nations): An evacuation from east Aleppo "
        "brokered by the United States and Russia.",
    ):
        assert expected in html_text
        assert expected in plain


def test_brief_without_a_published_address_only_says_it_is_attached(sitrep: Sitrep) -> None:
    email = sitrep.situation.email.model_copy(update={"pdf_url": "sitreps/aleppo.pdf"})
    situation = sitrep.situation.model_copy(update={"email": email})
    html, text = render_brief(sitrep.model_copy(update={"situation": situation}))
    assert "sitreps/aleppo.pdf" not in html + text
    assert "attached as a PDF." in " ".join(text.split())
