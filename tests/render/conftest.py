"""Shared renders: the example report is laid out once per test session (WeasyPrint is slow)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sitrep.models import Sitrep
from sitrep.render.html import render_brief, render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.example import example_sitrep

ATTACHMENTS = {
    "sitrep.json": b'{"example": true}\n',
    "key-figures.csv": b"Indicator,Value\n#indicator,#affected\ndisplaced,31500\n",
}


def require_tool(name: str) -> str:
    """Path of a system tool; skip without it, unless SITREP_REQUIRE_TOOLS=1 makes it a failure."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("SITREP_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is required (SITREP_REQUIRE_TOOLS=1) but not installed")
        pytest.skip(f"{name} is not installed")
    return path


def pdf_text(pdf: bytes, tmp: Path) -> str:
    """The PDF's text as poppler's pdftotext reads it, pages separated by form feeds."""
    tool = require_tool("pdftotext")
    source = tmp / "report.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [tool, "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


@pytest.fixture
def sitrep() -> Sitrep:
    return example_sitrep()


@pytest.fixture(scope="session")
def example_pdf() -> bytes:
    report = example_sitrep()
    return render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)


@pytest.fixture(scope="session")
def draft_pdf() -> bytes:
    report = example_sitrep(draft=True)
    return render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)


@pytest.fixture(scope="session")
def example_brief() -> tuple[str, str]:
    return render_brief(example_sitrep())


EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "inputs" / "aleppo"


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example situation built for 1 and 8 December 2016: the 8 December folder."""
    import datetime as dt

    from sitrep.build import build

    out = tmp_path_factory.mktemp("example-outputs")
    build(EXAMPLE_DIR, day=dt.date(2016, 12, 1), out=out)
    return build(EXAMPLE_DIR, day=dt.date(2016, 12, 8), out=out).folder
