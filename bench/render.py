"""Print how long rendering takes: the example report and a 40-page one (1,000-row area table).

Each case runs in its own process, so "cold" includes importing WeasyPrint and
parsing the CSS, and the peak memory (max RSS) is that report's alone. "render side"
is what a cold build of the report spends in rendering, in CPU seconds: importing
sitrep.render (less the models and merge code it imports, which the example report
itself needs first), then the first report HTML, PDF, brief and message. Figures are
printed, never asserted.  Run: .venv/bin/python bench/render.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = {"example": None, "1000 rows": 1_000}


def _case(rows: int | None, repeat: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    import pypdf

    import sitrep.narrative.wording  # noqa: F401 (the report's words, not the renderer's)
    from tests.render.example import example_sitrep, large_areas

    report = example_sitrep(areas=None if rows is None else large_areas(rows))
    attachments = {"sitrep.json": report.model_dump_json(indent=2).encode()}
    cpu = time.process_time()
    from sitrep.render.email import build_message
    from sitrep.render.html import render_brief, render_report_html
    from sitrep.render.pdf import render_pdf

    imported, import_cpu = time.perf_counter(), time.process_time() - cpu

    def once() -> tuple[float, float, float, float, bytes]:
        t0 = time.perf_counter()
        html = render_report_html(report)
        t1 = time.perf_counter()
        pdf = render_pdf(html, sitrep=report, attachments=attachments)
        t2 = time.perf_counter()
        brief, text = render_brief(report)
        t3 = time.perf_counter()
        build_message(report, html=brief, text=text, pdf=pdf)
        t4 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2, t4 - t3, pdf

    cpu = time.process_time()
    cold = once()
    cold_cpu = time.process_time() - cpu
    warm = [once() for _ in range(repeat)]
    pages = len(pypdf.PdfReader(io.BytesIO(cold[4])).pages)
    return {
        "pages": pages,
        "import_s": imported - started,
        "render_side_cpu_s": import_cpu + cold_cpu,
        "cold_html_s": cold[0],
        "cold_pdf_s": cold[1],
        "warm_html_s": statistics.median(w[0] for w in warm),
        "warm_pdf_s": statistics.median(w[1] for w in warm),
        "warm_brief_s": statistics.median(w[2] for w in warm),
        "warm_email_s": statistics.median(w[3] for w in warm),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="warm renders per case (median)")
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(_case(CASES[args.case], args.repeat)))
        return
    print(f"render benchmark, warm figures are the median of {args.repeat} renders")
    header = (
        f"{'case':<10}{'pages':>6}{'import':>8}{'cold pdf':>10}{'warm html':>11}"
        f"{'warm pdf':>10}{'s/page':>8}{'brief':>8}{'email':>8}{'peak MB':>9}"
        f"{'render side CPU':>16}"
    )
    print(header)
    for name in CASES:
        out = subprocess.run(
            [sys.executable, __file__, "--case", name, "--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out)
        per_page = r["warm_pdf_s"] / r["pages"]
        print(
            f"{name:<10}{r['pages']:>6.0f}{r['import_s']:>8.2f}{r['cold_pdf_s']:>10.2f}"
            f"{r['warm_html_s']:>11.3f}{r['warm_pdf_s']:>10.2f}{per_page:>8.3f}"
            f"{r['warm_brief_s'] * 1000:>6.1f}ms{r['warm_email_s'] * 1000:>6.1f}ms"
            f"{r['peak_mb']:>9.0f}{r['render_side_cpu_s']:>16.3f}"
        )


if __name__ == "__main__":
    main()
