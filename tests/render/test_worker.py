"""The PDF laid out by a renderer process: the same bytes, progress and errors as here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.render.html import render_report_html
from sitrep.render.pdf import PdfError, render_pdf
from sitrep.render.worker import PdfProcess
from tests.render.conftest import ATTACHMENTS
from tests.render.example import example_sitrep

ROOT = Path(__file__).resolve().parents[2]


def _renderer() -> PdfProcess:
    renderer = PdfProcess.start()
    assert renderer is not None
    return renderer


def test_the_renderer_process_makes_the_same_bytes_and_progress_as_this_one() -> None:
    sitrep = example_sitrep()
    html = render_report_html(sitrep)
    here: list[str] = []
    there: list[str] = []
    renderer = _renderer()
    try:
        laid_out = renderer.lay_out(
            html, sitrep=sitrep, attachments=ATTACHMENTS, progress=there.append
        )()
    finally:
        renderer.close()
    made_here = render_pdf(html, sitrep=sitrep, attachments=ATTACHMENTS, progress=here.append)
    assert laid_out == made_here
    assert there == here


def test_what_the_renderer_process_cannot_lay_out_is_the_error_this_one_raises() -> None:
    """A character no font has is named with the input that holds it, as here; the
    process is reaped afterwards."""
    sitrep = example_sitrep()
    sitrep = sitrep.model_copy(
        update={"situation": sitrep.situation.model_copy(update={"title": "East Aleppo 阿勒颇"})}
    )
    html = render_report_html(sitrep)
    with pytest.raises(PdfError) as here:
        render_pdf(html, sitrep=sitrep, attachments={})
    renderer = _renderer()
    try:
        with pytest.raises(PdfError) as there:
            renderer.lay_out(html, sitrep=sitrep, attachments={})()
    finally:
        renderer.close()
    assert str(there.value) == str(here.value)
    assert "阿勒颇" in str(there.value) and "sitrep.toml" in str(there.value)
    assert there.value.messages == here.value.messages
    assert renderer._process.returncode is not None


def test_a_build_that_stops_before_its_pdf_ends_the_renderer_process() -> None:
    renderer = _renderer()
    renderer.close()
    assert renderer._process.returncode is not None


def test_sitrep_build_lays_out_its_pdf_without_importing_weasyprint_itself(
    tmp_path: Path,
) -> None:
    """The command's own process never loads the renderer; the report it writes is whole."""
    situation = tmp_path / "aleppo"
    shutil.copytree(ROOT / "inputs" / "aleppo", situation)
    code = (
        "import sys\n"
        f"sys.argv = ['sitrep', 'build', {str(situation)!r}, '--date', '2016-12-08',"
        f" '--out', {str(tmp_path / 'out')!r}]\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit as exc:\n"
        "    print(exc.code, 'weasyprint' in sys.modules, file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr.split()[-2:] == ["0", "False"]
    pdf = (tmp_path / "out" / "aleppo" / "2016-12-08" / "sitrep.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


def test_without_pango_the_renderer_error_comes_before_the_data_errors(tmp_path: Path) -> None:
    """The renderer process fails to start while the build finds a bad cell: the officer
    hears what to install, as when WeasyPrint was imported before the inputs were read,
    and nothing else (no announcement, no problem table)."""
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise OSError(\"cannot load library 'libpango-1.0-0'\")\n", encoding="utf-8"
    )
    situation = tmp_path / "aleppo"
    shutil.copytree(ROOT / "inputs" / "aleppo", situation)
    table = situation / "displacement.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace('"31,500"', "lots", 1), encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), str(ROOT)])}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep",
            "build",
            str(situation),
            "--date",
            "2016-12-08",
            "--out",
            str(tmp_path / "out"),
        ],
        env={**env, "COLUMNS": "400"},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "Pango" in run.stderr and "lots" not in run.stderr
    assert not (tmp_path / "out").exists()
