"""The report's frame: who produces it and when the next comes, contacts, logo, map, the mail."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from sitrep.errors import DataError
from sitrep.load.assets import MAX_LOGO_BYTES, read_boundaries, read_logo
from sitrep.models import Sitrep
from sitrep.models.report import AreaShape
from sitrep.render.html import render_report_html

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<rect width="10" height="10"/></svg>'
)
UN_DISCLAIMER = (
    "The boundaries and names shown and the designations used on this map do not imply "
    "official endorsement or acceptance by the United Nations."
)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def pdf(example_build: Path) -> str:
    pages = PdfReader(example_build / "sitrep.pdf").pages
    return _flat(" ".join(p.extract_text() for p in pages).replace("\u200a", " "))


def test_the_report_says_who_produces_it_what_it_covers_and_when_the_next_comes(
    pdf: str, example_build: Path
) -> None:
    line = (
        "This report is produced by Humanitarian coordination office, Aleppo hub (example). "
        "It covers the period 2 December 2016 to 8 December 2016. "
        "The next report will be issued on or around 15 December 2016."
    )
    assert line in pdf
    assert line in _flat((example_build / "brief.txt").read_text(encoding="utf-8"))


def test_contacts_show_name_role_email_and_phone(pdf: str, example_build: Path) -> None:
    contact = (
        "Information Management Officer, Aleppo hub, im.aleppo@example.org, tel. +963 21 000 0000"
    )
    assert contact in pdf
    assert contact in _flat((example_build / "brief.txt").read_text(encoding="utf-8"))


def test_the_map_has_its_legend_boundaries_note_and_the_un_disclaimer(pdf: str) -> None:
    assert "People displaced by area, as of 8 December 2016" in pdf
    assert "10,001–32,400" in pdf and "no figure" in pdf
    assert "Jebel Saman 32,400" in pdf, "east and west Aleppo are both in Jebel Saman (SY0200)"
    assert "A'zaz 2,600" in pdf
    assert "Boundaries: hand-drawn simplified outlines" in pdf
    assert UN_DISCLAIMER in pdf


def test_map_enabled_false_leaves_the_map_out(sitrep: Sitrep) -> None:
    shapes = [
        AreaShape(pcode="SY0200", name="Jebel Saman", rings=[[(0, 0), (1, 0), (1, 1), (0, 0)]])
    ]
    assert UN_DISCLAIMER in render_report_html(sitrep, boundaries=shapes)
    situation = sitrep.situation.model_copy(
        update={"map": sitrep.situation.map.model_copy(update={"enabled": False})}
    )
    off = sitrep.model_copy(update={"situation": situation})
    assert UN_DISCLAIMER not in render_report_html(off, boundaries=shapes)


def test_the_mail_opens_as_a_draft_from_the_organisation_with_a_named_pdf(
    example_build: Path,
) -> None:
    message = message_from_bytes((example_build / "brief.eml").read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    (sender,) = message["From"].addresses
    assert sender.display_name == "Humanitarian coordination office, Aleppo hub (example)"
    assert sender.addr_spec == "sitrep@example.org"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["aleppo-sitrep-4-2016-12-08.pdf"]


def test_the_brief_has_its_sections_in_the_order_of_the_pdf(example_build: Path) -> None:
    brief = (example_build / "brief.html").read_text(encoding="utf-8")
    in_brief = re.findall(r"<h2[^>]*>(.*?)</h2>", brief)
    text = " ".join(p.extract_text() for p in PdfReader(example_build / "sitrep.pdf").pages)
    positions = [text.index(f"\n{h}\n") for h in in_brief]
    assert in_brief and positions == sorted(positions), in_brief


def test_the_example_logo_is_drawn_in_the_title_band(example_build: Path) -> None:
    first = PdfReader(example_build / "sitrep.pdf").pages[0]
    assert "/XObject" in first["/Resources"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.png", b"GIF89a" + b"\x00" * 20, "not a PNG image"),
        ("logo.svg", PNG, "the file is a PNG image; name it logo.png"),
        ("logo.svg", b"%PDF-1.7", "neither a PNG nor an SVG image"),
        ("logo.svg", SVG.replace(b"<rect", b"<script>alert(1)</script><rect"), "<script> element"),
        ("logo.svg", SVG.replace(b"<rect", b'<rect onclick="x()"'), "event handler (onclick)"),
        (
            "logo.svg",
            SVG.replace(b"<rect", b'<image href="https://example.org/a.png"/><rect'),
            "links to 'https://example.org/a.png'",
        ),
        (
            "logo.svg",
            SVG.replace(b"<rect", b'<rect style="fill: url(file:///etc/passwd)"'),
            "loads an outside resource",
        ),
        ("logo.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]>' + SVG, "DOCTYPE"),
        ("logo.svg", SVG[:-6], "not a well-formed SVG"),
        ("logo.png", PNG + b"\x00" * MAX_LOGO_BYTES, "at most 262,144 are read"),
    ],
)
def test_a_bad_logo_is_an_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(DataError) as raised:
        read_logo(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / name}: ")
    assert message in str(raised.value)


def test_a_plain_svg_or_png_logo_is_embedded_as_data(tmp_path: Path, sitrep: Sitrep) -> None:
    assert read_logo(tmp_path) is None
    (tmp_path / "logo.svg").write_bytes(SVG)
    logo = read_logo(tmp_path)
    assert logo is not None and logo.media_type == "image/svg+xml"
    assert f'<img class="logo" src="{logo.data_uri}"' in render_report_html(sitrep, logo=logo)
    (tmp_path / "logo.svg").unlink()
    (tmp_path / "logo.png").write_bytes(PNG)
    assert read_logo(tmp_path).media_type == "image/png"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not GeoJSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": []}', "has no features"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
            '"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]}',
            "feature 1 has no P-code",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
            '{"pcode": "SY0200"}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}',
            "feature 1 (SY0200) is a Point geometry, not a polygon",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
            '{"pcode": "SY0200"}, "geometry": {"type": "Polygon", '
            '"coordinates": [[[0,0],[400,0],[1,1],[0,0]]]}}]}',
            "outside longitude",
        ),
    ],
)
def test_bad_boundaries_are_an_error_naming_the_file(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "boundaries.geojson").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        read_boundaries(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'boundaries.geojson'}: ")
    assert message in str(raised.value)


def test_each_sector_shows_needs_response_and_its_anchor(pdf: str, example_build: Path) -> None:
    assert re.search(
        r"Shelter IN NEED 35,000 TARGETED 30,000 REACHED 12,500 ?[\d,]+ 42% of the target reached",
        pdf,
    )
    html = (example_build / "sitrep.json").read_text(encoding="utf-8")
    assert '"slug": "food-security"' in html


def test_funding_is_a_bar_with_percent_and_gap(pdf: str, example_build: Path) -> None:
    assert (
        "38% funded US$ 9.5 million funded of US$ 25.0 million required; gap US$ 15.5 million, "
        "as of 8 December 2016. Source: illustrative funding data." in pdf
    )
    brief = _flat((example_build / "brief.txt").read_text(encoding="utf-8"))
    assert (
        "Aleppo response plan (illustrative): 38% funded, US$ 9.5 million of US$ 25.0 million; "
        "gap US$ 15.5 million" in brief
    )
