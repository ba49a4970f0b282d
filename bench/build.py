"""Where a build's seconds go: the example situation and large ones, warm and cold.

For each situation it prints the wall time of every stage of a warm build (a process
that has built once already), the wall time of a cold `sitrep build` process, the
PDF's pages and seconds per page, and the peak memory of each of the two processes
alone. The warm build runs `--runs` times (3 by default) in its process and prints the
medians, wall and CPU: on a shared machine CPU seconds are the ones to compare, since
other work moves wall seconds and hardly moves CPU seconds. Where Debian's `chromium`
is installed, the same report HTML is printed by headless Chromium in the same run, as
the peer (the median of `--runs` runs): the ratio is WeasyPrint's render over
Chromium's whole process, both in wall seconds. A table at the end gathers the
figures, and the change in seconds per page from the 1,000- to the 2,000-area report
shows whether cost grows with the page count (the target is within 10 %), in wall and
in CPU seconds.

`--large` adds a 9,900-area table (the most Syrian admin-2 P-codes there are: 99
governorates of 100 districts; the validator knows the lengths) and a week of about
300,000 site rows from 1,449 sites (bench/crisis_week.py), the size of a real crisis;
each takes minutes.

`--before TREE` measures a second checkout beside this one, paired: for each situation
the warm build, the cold process and the Chromium peer run for TREE (with its own
`TREE/.venv/bin/python`, so its code, templates and CSS) and for this tree, one after
the other, and the summary prints both rows; the load moves both alike.
Run: .venv/bin/python bench/build.py [--large | --large-only] [--before TREE] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crisis_week import write_week

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
DAY = dt.date(2016, 12, 8)
EARLIER = dt.date(2016, 12, 1)
MIB = 1024  # ru_maxrss is in KiB on Linux


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
            gov, dist = divmod(n, 100)  # 100 districts a governorate: SY0100 … SY9999
            lines.append(
                f"{day},Governorate {gov + 1},SY{gov + 1:02d},District {n + 1},"
                f"SY{gov + 1:02d}{dist:02d},{rng.randrange(100, 20_000)},generated"
            )
    (folder / "displacement.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@dataclass
class Figures:
    """One situation's figures, as the summary table prints them."""

    label: str
    pages: int = 0
    warm: float = 0.0
    render: float = 0.0
    render_cpu: float = 0.0
    warm_cpu: float = 0.0
    warm_mib: float = 0.0
    cold: float = 0.0
    cold_cpu: float = 0.0
    cold_mib: float = 0.0
    chromium: float | None = None


def _run(command: list[str], log: Path) -> tuple[float, float, float]:
    """Run a whole process; return its wall seconds, CPU seconds and own peak memory (MiB).

    CPU seconds hardly move when other work loads the machine; wall seconds do."""
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{log.read_text(encoding='utf-8')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / MIB


def warm_build(situation: Path, out: Path, previous: bool, runs: int) -> None:
    """In a child process: build once (the previous report, or a scratch build) to load
    everything, then time the day's build `runs` times; print the medians as JSON, keep
    the HTML."""
    from importlib.resources import files

    from pypdf import PdfReader

    import sitrep.build
    import sitrep.render.pdf
    from sitrep.build import build
    from sitrep.render.html import render_report_html

    if previous:
        build(situation, day=EARLIER, out=out, force=True)
    else:
        build(situation, day=DAY, out=out / "scratch", force=True)
    render_cpu: list[float] = []
    render_pdf = sitrep.render.pdf.render_pdf

    def timed_render(*args: Any, **kwargs: Any) -> bytes:
        cpu = time.process_time()
        try:
            return render_pdf(*args, **kwargs)
        finally:
            render_cpu.append(time.process_time() - cpu)

    # The build may hold its own reference to the renderer, or import it when it renders.
    sitrep.render.pdf.render_pdf = timed_render
    if getattr(sitrep.build, "render_pdf", None) is render_pdf:
        sitrep.build.render_pdf = timed_render
    totals, cpus, stages = [], [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = build(situation, day=DAY, out=out, force=True)
        totals.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        stages.append(result.seconds)
    (out / "report.html").write_text(render_report_html(result.sitrep), encoding="utf-8")
    sizes = {p.name: p.stat().st_size / 2**20 for p in sorted(result.folder.iterdir())}
    print(
        json.dumps(
            {
                # The stylesheet of the sitrep this interpreter runs (a tree's own, when compared).
                "css": str(Path(str(files("sitrep.templates"))) / "css" / "report.css"),
                "total": statistics.median(totals),
                "cpu": statistics.median(cpus),
                "totals": totals,
                "cpus": cpus,
                "render_cpu": statistics.median(render_cpu) if render_cpu else None,
                "pages": len(PdfReader(result.folder / "sitrep.pdf").pages),
                "stages": {k: statistics.median(run[k] for run in stages) for k in stages[0]},
                "sizes": sizes,
            }
        )
    )


def _chromium_seconds(chromium: str, html: str, stylesheet: Path, out: Path, runs: int) -> float:
    """Seconds of a whole headless-Chromium process printing the report HTML (CSS inlined),
    start-up included: the median of `runs` runs after one warm-up run."""
    css = stylesheet.read_text(encoding="utf-8").replace(
        "url(../assets/", f"url({stylesheet.parent.parent.as_uri()}/assets/"
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
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def measure(
    label: str, situation: Path, out: Path, previous: bool, python: str, runs: int
) -> Figures:
    """Warm builds, cold build and the Chromium peer for one situation, printed as they come;
    `python` is the interpreter of the tree measured."""
    print(label, flush=True)
    figures = Figures(label)
    out.mkdir(parents=True, exist_ok=True)
    log = out / "warm.log"
    command = [python, __file__, "--warm", str(situation), str(out), "--runs", str(runs)]
    if previous:
        command.append("--previous")
    _, _, figures.warm_mib = _run(command, log)
    warm = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    figures.pages, figures.warm, figures.warm_cpu = warm["pages"], warm["total"], warm["cpu"]
    figures.render = warm["stages"].get("render pdf", figures.warm)
    figures.render_cpu = warm["render_cpu"] or 0.0
    per_page = figures.warm / figures.pages
    print(
        f"  warm, median of {runs}: {figures.warm:.2f} s (CPU {figures.warm_cpu:.2f} s),"
        f" {figures.pages} pages ({per_page:.3f} s/page, CPU"
        f" {figures.warm_cpu / figures.pages:.3f}), peak memory {figures.warm_mib:.0f} MiB"
    )
    print(
        "    runs (s): "
        + "  ".join(
            f"{t:.2f} (CPU {c:.2f})" for t, c in zip(warm["totals"], warm["cpus"], strict=True)
        )
    )
    print("    stages (s): " + "  ".join(f"{k} {v:.3f}" for k, v in warm["stages"].items()))
    print("    outputs (MiB): " + "  ".join(f"{k} {v:.2f}" for k, v in warm["sizes"].items()))
    cold = [python, "-m", "sitrep", "build", str(situation), "--date", DAY.isoformat()]
    cold += ["--out", str(out), "--force"]
    figures.cold, figures.cold_cpu, figures.cold_mib = _run(cold, out / "cold.log")
    print(
        f"  cold process: {figures.cold:.2f} s (CPU {figures.cold_cpu:.2f} s),"
        f" {figures.cold / figures.pages:.3f} s/page, peak memory {figures.cold_mib:.0f} MiB"
    )
    chromium = shutil.which("chromium")
    if chromium is None:
        print("  chromium: not installed, no peer figure")
        return figures
    html = (out / "report.html").read_text(encoding="utf-8")
    figures.chromium = _chromium_seconds(chromium, html, Path(warm["css"]), out, runs)
    print(
        f"  chromium prints the same HTML in {figures.chromium:.2f} s;"
        f" WeasyPrint's render pdf / Chromium's = {figures.render / figures.chromium:.2f}"
    )
    return figures


def summary(rows: list[Figures]) -> None:
    print(f"\nload average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    width = max(26, *(len(r.label) + 2 for r in rows))
    print(
        f"{'situation':<{width}}{'pages':>6}{'warm s':>8}{'CPU':>7}{'s/page':>8}{'CPU':>7}"
        f"{'render':>8}{'CPU':>7}"
        f"{'cold s':>8}{'CPU':>7}{'s/page':>8}{'warm MiB':>9}{'cold MiB':>9}{'chromium':>9}"
        f"{'ratio':>7}"
    )
    for r in rows:
        peer = f"{r.chromium:>9.2f}{r.render / r.chromium:>7.2f}" if r.chromium else f"{'-':>16}"
        print(
            f"{r.label:<{width}}{r.pages:>6}{r.warm:>8.2f}{r.warm_cpu:>7.2f}"
            f"{r.warm / r.pages:>8.3f}{r.warm_cpu / r.pages:>7.3f}"
            f"{r.render:>8.2f}{r.render_cpu:>7.2f}"
            f"{r.cold:>8.2f}{r.cold_cpu:>7.2f}{r.cold / r.pages:>8.3f}"
            f"{r.warm_mib:>9.0f}{r.cold_mib:>9.0f}{peer}"
        )
    by_label = {r.label: r for r in rows}
    for tree in ("", " (before)"):
        small = by_label.get("1,000-area table" + tree)
        big = by_label.get("2,000-area table" + tree)
        if small and big:
            wall = (big.warm / big.pages) / (small.warm / small.pages) - 1
            cpu = (big.warm_cpu / big.pages) / (small.warm_cpu / small.pages) - 1
            render = (big.render_cpu / big.pages) / (small.render_cpu / small.pages) - 1
            print(
                f"warm seconds per page, 1,000 to 2,000 areas{tree}: wall {wall:+.1%},"
                f" CPU {cpu:+.1%}, render CPU {render:+.1%} (target within 10 %)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="add the crisis-size situations")
    parser.add_argument("--large-only", action="store_true", help="only the crisis-size ones")
    parser.add_argument("--before", type=Path, help="a checkout (with its .venv) to compare")
    parser.add_argument(
        "--runs", type=int, default=3, help="warm builds and Chromium runs (median)"
    )
    parser.add_argument("--warm", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--previous", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm:
        warm_build(args.warm[0], args.warm[1], previous=args.previous, runs=args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cases = []
        if not args.large_only:
            cases += [
                ("example", EXAMPLE, False),
                ("1,000-area table", large_situation(work / "areas-1000", 1000), True),
                ("2,000-area table", large_situation(work / "areas-2000", 2000), True),
            ]
        if args.large or args.large_only:
            cases += [
                ("9,900-area table", large_situation(work / "areas-9900", 9_900), True),
                ("crisis week, 1,449 sites", write_week(work / "crisis-week"), False),
            ]
        trees = [("", sys.executable)]
        if args.before is not None:
            before = args.before.resolve() / ".venv" / "bin" / "python"
            if not before.is_file():
                sys.exit(f"{before} not found: make the checkout's venv first")
            trees.insert(0, (" (before)", str(before)))
        print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        rows = [
            measure(
                label + tree,
                situation,
                work / "out" / tree.strip(" ()") / situation.name,
                previous,
                python,
                args.runs,
            )
            for label, situation, previous in cases
            for tree, python in trees
        ]
        summary(rows)


if __name__ == "__main__":
    main()
