"""Where a build's seconds go: the example situation and large ones, warm and cold.

Prints, for each situation, the wall time of every stage of a warm in-process build,
the wall time and peak memory of a cold `sitrep build` process, and the PDF's pages.
The 1,000- and 2,000-area situations show whether cost grows with the page count.
Where Debian's `chromium` is installed, the same report HTML is printed by headless
Chromium in the same run, as the peer: the ratio is WeasyPrint's time over Chromium's.
`--large` adds a 10,000-area table and a week of 304,290 site rows
(bench/crisis_week.py), the size of a real crisis.
Run: .venv/bin/python bench/build.py [--large]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crisis_week import write_week
from pypdf import PdfReader

from sitrep.build import build
from sitrep.render.html import render_report_html
from sitrep.render.pdf import REPORT_CSS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
DAY = dt.date(2016, 12, 8)
EARLIER = dt.date(2016, 12, 1)


def large_situation(folder: Path, areas: int) -> Path:
    """The example's metadata with a displacement table of `areas` admin-2 areas, two dates."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE / "sitrep.toml", folder / "sitrep.toml")
    rng = random.Random(20161208)
    lines = [
        "Date,Governorate,Governorate P-code,District,District P-code,IDPs,Source",
        "#date,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#affected+idps+ind,#meta+source",
    ]
    for day in (EARLIER, DAY):
        for n in range(areas):
            gov, dist = divmod(n, 100)  # 100 districts a governorate: SY0100 … SY2099
            lines.append(
                f"{day},Governorate {gov + 1},SY{gov + 1:02d},District {n + 1},"
                f"SY{gov + 1:02d}{dist:02d},{rng.randrange(100, 20_000)},generated"
            )
    (folder / "displacement.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def warm(situation: Path, out: Path) -> None:
    build(situation, day=EARLIER, out=out, force=True)
    started = time.perf_counter()
    result = build(situation, day=DAY, out=out, force=True)
    total = time.perf_counter() - started
    pages = len(PdfReader(result.folder / "sitrep.pdf").pages)
    stages = "  ".join(f"{name} {seconds:.3f}" for name, seconds in result.seconds.items())
    print(f"  warm in-process: {total:.2f} s, {pages} pages ({total / pages:.3f} s/page)")
    print(f"    stages (s): {stages}")
    sizes = "  ".join(
        f"{p.name} {p.stat().st_size / 2**20:.2f}" for p in sorted(result.folder.iterdir())
    )
    print(f"    outputs (MiB): {sizes}")
    chromium = shutil.which("chromium")
    if chromium is None:
        print("  chromium: not installed, no peer figure")
        return
    render_pdf_seconds = result.seconds.get("render pdf", total)
    peer = _chromium_seconds(chromium, render_report_html(result.sitrep), out)
    print(
        f"  chromium prints the same HTML in {peer:.2f} s;"
        f" WeasyPrint's render pdf / Chromium's = {render_pdf_seconds / peer:.2f}"
    )


def _chromium_seconds(chromium: str, html: str, out: Path) -> float:
    """Seconds of a whole headless-Chromium process printing the report HTML (CSS inlined),
    start-up included, after one warm-up run."""
    css = REPORT_CSS.read_text(encoding="utf-8").replace(
        "url(../assets/", f"url({REPORT_CSS.parent.parent.as_uri()}/assets/"
    )
    page = out / "chromium.html"
    page.write_text(html.replace("</head>", f"<style>{css}</style></head>", 1), encoding="utf-8")
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={out / 'chromium-profile'}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={out / 'chromium.pdf'}",
        page.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True)  # warm-up: profile and caches
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def cold(situation: Path, out: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "sitrep",
        "build",
        str(situation),
        "--date",
        DAY.isoformat(),
        "--out",
        str(out),
        "--force",
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"  cold process: {seconds:.2f} s, peak memory of the largest process so far {peak:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="add the crisis-size situations")
    large = parser.parse_args().large
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        situations = [
            ("example (inputs/aleppo)", EXAMPLE),
            ("1,000-area table", large_situation(work / "areas-1000", 1000)),
            ("2,000-area table", large_situation(work / "areas-2000", 2000)),
        ]
        if large:
            situations += [
                (
                    "9,900-area table (99 governorates x 100 districts)",
                    large_situation(work / "areas-9900", 9_900),
                ),
                ("crisis week, 304,290 site rows", write_week(work / "crisis-week")),
            ]
        for label, situation in situations:
            print(label)
            out = work / "out" / situation.name
            warm(situation, out)
            cold(situation, out)
        in_process = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the in-process builds: {in_process:.0f} MiB")


if __name__ == "__main__":
    main()
