"""What a cold build pays before the first page: modules the report never runs stay unloaded."""

from __future__ import annotations

import subprocess
import sys

RENDER = """
import sys
from sitrep.render.html import render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.example import example_sitrep
report = example_sitrep()
pdf = render_pdf(render_report_html(report), sitrep=report, attachments={"a.json": b"{}"})
print(pdf[:8].decode())
print(",".join(m for m in ("fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer")
               if m in sys.modules))
"""

AFTERWARDS = """
import sitrep.render.pdf
import fontTools.subset
from fontTools.varLib.instancer import instantiateVariableFont
print(fontTools.subset.Subsetter.__module__, instantiateVariableFont.__module__)
"""


def _run(code: str) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()


def test_a_render_loads_neither_the_font_subsetter_nor_the_variable_font_instancer() -> None:
    header, loaded = _run(RENDER)
    assert header == "%PDF-1.7"
    assert loaded == ""


def test_other_code_still_imports_the_real_font_modules_after_the_renderer() -> None:
    assert _run(AFTERWARDS) == ["fontTools.subset fontTools.varLib.instancer"]
