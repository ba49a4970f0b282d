"""Start-up: how long each command takes as a whole process when it has almost nothing to do.

An officer runs `sitrep --help`, `sitrep validate` on one small sheet and
`sitrep extract` on one article many times a day; their cost is mostly imports. Each
command is run RUNS times (default 7) after one warm-up; the median wall time and CPU
time of the child are printed, with the ratio to a bare `python -c pass` measured in the
same run, and the imports that take the most time (`python -X importtime`). Last, where
the start-up of `extract` goes, step by step in one fresh process (median of RUNS): the
CLI, pydantic and the models, the extractor's modules and the regular expressions they
compile, and the article itself.

    .venv/bin/python bench/startup.py [RUNS]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "inputs" / "aleppo" / "articles" / "aleppo-2016-12-08.txt"
SHEET = ROOT / "inputs" / "aleppo" / "displacement.csv"
PYTHON = sys.executable
COMMANDS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "sitrep --help": [PYTHON, "-m", "sitrep", "--help"],
    "sitrep validate (1 sheet)": [PYTHON, "-m", "sitrep", "validate", str(SHEET)],
    "sitrep extract (1 article)": [
        PYTHON,
        "-m",
        "sitrep",
        "extract",
        str(ARTICLE),
        "--format",
        "text",
    ],
}


def _once(command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _slowest_imports(command: list[str], count: int = 5) -> list[str]:
    run = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    rows = []
    for line in run.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2][1:].rstrip()))
    top = sorted((r for r in rows if not r[1].startswith(" ")), reverse=True)[:count]
    return [f"{us / 1e6:.3f} s {name.strip()}" for us, name in top]


_EXTRACT_STEPS = f"""
import re, sys, time
compiling = [0.0]
plain_compile = re._compile
def timed(pattern, flags):
    start = time.perf_counter()
    try:
        return plain_compile(pattern, flags)
    finally:
        compiling[0] += time.perf_counter() - start
steps = []
t = time.perf_counter()
import typer, sitrep.cli
steps.append(("typer and sitrep.cli", time.perf_counter() - t)); t = time.perf_counter()
import pydantic
steps.append(("pydantic", time.perf_counter() - t)); t = time.perf_counter()
import sitrep.models
steps.append(("sitrep.models (every model)", time.perf_counter() - t)); t = time.perf_counter()
import sitrep.gazetteer, yaml, selectolax.lexbor, text_to_num
steps.append(("gazetteer, yaml, selectolax, text_to_num", time.perf_counter() - t))
re._compile = timed
t = time.perf_counter()
import sitrep.extract.command
steps.append(("the extractor's modules", time.perf_counter() - t))
steps.append(("  of which compiling patterns", compiling[0])); compiling[0] = 0.0
from pathlib import Path
t = time.perf_counter()
sitrep.extract.command.run_extract([Path({str(ARTICLE)!r})])
steps.append(("extracting the article", time.perf_counter() - t))
steps.append(("  of which compiling patterns", compiling[0]))
for name, seconds in steps:
    print(f"{{name}}\t{{seconds}}")
"""


def _extract_steps(runs: int) -> list[tuple[str, float]]:
    """Median seconds of each step of `extract`'s start-up, each run a fresh process."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [PYTHON, "-c", _EXTRACT_STEPS], capture_output=True, text=True, check=True
        ).stdout
        for line in out.splitlines():
            name, seconds = line.split("\t")
            samples.setdefault(name, []).append(float(seconds))
    return [(name, statistics.median(values)) for name, values in samples.items()]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    bare: float | None = None
    print(f"{'command':<28} {'wall (median)':>14} {'cpu (median)':>13} {'× bare':>8}")
    for name, command in COMMANDS.items():
        _once(command)
        walls, cpus = zip(*(_once(command) for _ in range(runs)), strict=True)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        bare = bare or wall
        print(f"{name:<28} {wall:>12.3f} s {cpu:>11.3f} s {wall / bare:>7.1f}×")
    for name, command in list(COMMANDS.items())[1:]:
        print(f"\nslowest top-level imports of {name}:")
        for line in _slowest_imports(command):
            print(f"  {line}")
    print("\nwhere the start-up of sitrep extract goes (one process, median):")
    for name, seconds in _extract_steps(runs):
        print(f"  {name:<42} {seconds:.3f} s")


if __name__ == "__main__":
    main()
