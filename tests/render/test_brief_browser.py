"""The brief in a real browser engine (headless Chromium): one column of at most 600 px."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.render.conftest import require_tool

# Added to a copy of the brief only: it measures the laid-out page and writes the
# figures into the DOM, which Chromium's --dump-dom prints.
MEASURE = """<script>
window.addEventListener("load", () => {
  const root = document.documentElement;
  let right = 0;
  for (const el of document.body.querySelectorAll("*")) {
    right = Math.max(right, el.getBoundingClientRect().right);
  }
  const main = document.querySelector("table[width='600']").getBoundingClientRect();
  const out = document.createElement("pre");
  out.id = "measure";
  out.textContent = JSON.stringify({
    scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
    right: right, mainWidth: main.width
  });
  document.body.appendChild(out);
});
</script>"""


def _measure(html: str, width: int, tmp_path: Path) -> dict[str, float]:
    chromium = require_tool("chromium")
    page = tmp_path / "brief.html"
    page.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={width},2000",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    found = re.search(r'<pre id="measure">(.*?)</pre>', result.stdout)
    assert found, result.stderr[-2000:]
    figures: dict[str, float] = json.loads(found.group(1).replace("&quot;", '"'))
    return figures


@pytest.mark.parametrize("width", [600, 360])
def test_brief_fits_without_horizontal_scroll(
    example_brief: tuple[str, str], width: int, tmp_path: Path
) -> None:
    html, _ = example_brief
    figures = _measure(html, width, tmp_path)
    assert figures["mainWidth"] <= 600
    assert figures["scrollWidth"] <= figures["clientWidth"]
    assert figures["right"] <= figures["clientWidth"]
