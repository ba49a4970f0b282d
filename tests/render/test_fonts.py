"""The PDF brings its own fonts and fails only on lost content, on any machine.

A fresh machine has no HarfBuzz-Subset and may have no fonts at all; the report must
still render there, byte for byte as it does on a fully equipped one.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from sitrep.build import build
from sitrep.render import pdf
from sitrep.render.html import render_report_html
from sitrep.render.pdf import PdfError, render_pdf
from tests.render.example import example_sitrep

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_FAMILIES = {
    "Report-Sans",
    "Report-Sans-Bold",
    "Report-Sans-Italic",
    "Report-Sans-BoldItalic",
    "Report-Mono",
}
NO_FONTS_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
RENDER_EXAMPLE = """
import sys
from sitrep.render.html import render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.conftest import ATTACHMENTS
from tests.render.example import example_sitrep
report = example_sitrep()
pdf = render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)
sys.stdout.buffer.write(pdf)
"""


def embedded_families(document: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(document))
    return {
        str(font.get_object()["/BaseFont"]).split("+")[1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }


def page(body: str, style: str = "") -> str:
    return (
        f'<html lang="en"><head><title>t</title><style>{style}</style></head>'
        f"<body>{body}</body></html>"
    )


def test_a_message_about_lost_content_stays_fatal() -> None:
    with pytest.raises(PdfError, match="Failed to load font at"), pdf._fail_on_lost_content():
        logging.getLogger("weasyprint").warning("Failed to load font at 'x.ttf'")


def test_a_missing_image_is_an_error_naming_it() -> None:
    with pytest.raises(PdfError, match=r"a report asset is missing: .*assets/logo-missing\.png"):
        render_pdf(
            page('<img src="assets/logo-missing.png">'), sitrep=example_sitrep(), attachments={}
        )


def test_a_missing_font_is_an_error_naming_it() -> None:
    style = (
        "@font-face { font-family: Gone; src: url(assets/fonts/Gone.ttf) } p { font-family: Gone }"
    )
    with pytest.raises(PdfError, match=r"a report asset is missing: .*assets/fonts/Gone\.ttf"):
        render_pdf(page("<p>x</p>", style), sitrep=example_sitrep(), attachments={})


def test_a_font_that_cannot_be_loaded_is_an_error() -> None:
    style = (
        "@font-face { font-family: Broken; src: url(data:font/ttf;base64,AAAAAAAA) }"
        " p { font-family: Broken }"
    )
    with pytest.raises(
        PdfError, match="PDF renderer warnings: Font-face 'Broken' cannot be loaded"
    ):
        render_pdf(page("<p>x</p>", style), sitrep=example_sitrep(), attachments={})


def test_the_report_embeds_only_the_fonts_we_ship(example_pdf: bytes) -> None:
    families = embedded_families(example_pdf)
    assert "Report-Sans" in families and "Report-Sans-Bold" in families
    assert families <= SHIPPED_FAMILIES


def test_with_no_system_fonts_the_report_is_the_same_file(
    example_pdf: bytes, tmp_path: Path
) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS_CONFIG.format(cache=tmp_path / "cache"), encoding="utf-8")
    no_fonts = {**os.environ, "FONTCONFIG_FILE": str(config), "PYTHONPATH": str(ROOT)}
    listed = subprocess.run(["fc-list"], env=no_fonts, capture_output=True, text=True, check=False)
    assert listed.returncode != 0 or listed.stdout.strip() == "", "fontconfig still sees fonts"
    result = subprocess.run(
        [sys.executable, "-c", RENDER_EXAMPLE], env=no_fonts, capture_output=True, check=True
    )
    assert embedded_families(result.stdout) <= SHIPPED_FAMILIES
    assert result.stdout == example_pdf


def test_the_same_report_renders_to_the_same_bytes_twice_in_one_process() -> None:
    report = example_sitrep()
    html = render_report_html(report)
    assert render_pdf(html, sitrep=report, attachments={}) == render_pdf(
        html, sitrep=report, attachments={}
    )


def test_a_character_no_shipped_font_has_names_the_row_that_holds_it(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(ROOT / "inputs" / "aleppo", situation)
    table = situation / "displacement.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace('A\'zaz,"2,100"', 'A\'zaz 阿扎兹,"2,100"'),
        encoding="utf-8",
    )
    with pytest.raises(PdfError) as raised:
        build(situation, day=dt.date(2016, 12, 1), out=tmp_path / "out")
    message = str(raised.value)
    assert message == (
        'the report\'s fonts cannot show "阿扎兹" (U+963F, U+624E, U+5179) in displacement.csv,'
        " row 5: remove, replace or transliterate it there"
    )
    assert not (tmp_path / "out").exists()
