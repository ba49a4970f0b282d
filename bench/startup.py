"""Start-up: how long each command takes as a whole process when it has almost nothing to do.

An officer runs `sitrep --help`, `sitrep validate` on one small sheet and `sitrep extract`
on one article many times a day, and builds the example; their cost is mostly imports.
Each command is run RUNS times (default 11) after one warm-up (which also leaves the
bytecode caches written, as an installed sitrep has them: PYTHONDONTWRITEBYTECODE is
dropped from the children's environment). The median wall and CPU time of the child are
printed beside a bare `python -c pass` and beside typer's own floor: an app with the
`extract` command's options that does nothing, which pays for typer, pydantic (typer 0.29
coerces every option through a pydantic TypeAdapter) and nothing of ours. Most of that
floor is pydantic's own start (its import, then the lazy modules, the plugin scan and
`importlib.metadata` that its first validator pulls in), which every command that uses a
model pays whatever typer does: the "pydantic floor" line is that start alone (one model
built), and the steps of `extract` below print the adapters' own cost once it is paid.

With `--before TREE` (a checkout holding `sitrep/`, e.g. `git archive main sitrep | tar -x
-C /tmp/before`), each command is also run from that tree (PYTHONPATH; the children run
in an empty folder, so that the current directory's `sitrep/` does not come first),
alternating with this one run by run, and the ratio of the two medians is printed: the
machine's load moves both alike. The load is printed before and after.

With `--instructions`, each command is also run once under valgrind (cachegrind, no cache
simulation) and the instructions its processes executed are printed: a count the load of a
shared machine does not move, for before/after comparisons of a few percent. The
processes it starts are counted with it (the build's PDF renderer process), time spent
waiting on the disk is not; work that runs beside the command's own (the renderer's
imports while the build reads its inputs) counts in full though it costs no wall time on
a free core.

Last, the imports that take most time (`python -X importtime`; for the build, those of its
renderer process too) and where the start-up of `extract` goes, step by step in one fresh
process (median of RUNS; with `--before`, the two trees alternate run by run here too).

    .venv/bin/python bench/startup.py [RUNS] [--before TREE] [--no-build] [--instructions]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
ARTICLE = EXAMPLE / "articles" / "aleppo-2016-12-08.txt"
SHEET = EXAMPLE / "displacement.csv"
PYTHON = sys.executable
OUT = Path(tempfile.mkdtemp(prefix="sitrep-startup-"))

_TYPER_FLOOR = """
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated
import typer
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
class Format(StrEnum):
    json = "json"
    text = "text"
@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug")] = False) -> None:
    pass
@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument()],
    published: Annotated[str | None, typer.Option()] = None,
    situation: Annotated[Path | None, typer.Option()] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.json,
    output: Annotated[Path | None, typer.Option("-o")] = None,
    workers: Annotated[int | None, typer.Option(min=1)] = None,
) -> None:
    pass
@app.command()
def build() -> None:
    pass
sys.argv = ["sitrep", "extract", "article.txt", "--format", "text"]
app()
"""

_PYDANTIC_FLOOR = """
from pydantic import BaseModel
class Count(BaseModel):
    value: int
Count(value=1)
"""


def _commands(build: bool) -> dict[str, list[str]]:
    sitrep = [PYTHON, "-m", "sitrep"]
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "typer floor (no work)": [PYTHON, "-c", _TYPER_FLOOR],
        "pydantic floor (1 model)": [PYTHON, "-c", _PYDANTIC_FLOOR],
        "sitrep --help": [*sitrep, "--help"],
        "sitrep validate (1 sheet)": [*sitrep, "validate", str(SHEET)],
        "sitrep extract (1, text)": [*sitrep, "extract", str(ARTICLE), "--format", "text"],
        "sitrep extract (1, json)": [*sitrep, "extract", str(ARTICLE)],
        "sitrep extract (1, -o)": [*sitrep, "extract", str(ARTICLE), "-o", str(OUT / "f.json")],
    }
    if build:
        commands["sitrep build (example)"] = [
            *sitrep,
            "build",
            str(EXAMPLE),
            "--date",
            "2016-12-08",
            "--out",
            str(OUT / "build"),
            "--force",
        ]
    return commands


def _env(tree: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    return env


def _once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
        env=env,
        cwd=OUT,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _slowest_imports(command: list[str], env: dict[str, str], count: int = 6) -> list[str]:
    run = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=OUT,
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
from pathlib import Path
from pydantic import BaseModel
class Count(BaseModel):
    value: int
Count(value=1)
steps.append(("pydantic: import, first model built", time.perf_counter() - t))
t = time.perf_counter()
from typer._adapters import try_build_adapter
from typer.models import ArgumentInfo, OptionInfo
from sitrep.cli import ArticleFormat
try_build_adapter(list[Path], ArgumentInfo())
for annotation in (str | None, Path | None, ArticleFormat, Path | None):
    try_build_adapter(annotation, OptionInfo())
try_build_adapter(int | None, OptionInfo(min=1))
steps.append(("  typer's adapters for extract's options", time.perf_counter() - t))
t = time.perf_counter()
import sitrep.models.facts, sitrep.models.problems
steps.append(("sitrep.models.facts and .problems", time.perf_counter() - t))
t = time.perf_counter()
import sitrep.gazetteer, yaml, selectolax.lexbor, text_to_num
steps.append(("gazetteer, yaml, selectolax, text_to_num", time.perf_counter() - t))
re._compile = timed
t = time.perf_counter()
import sitrep.extract.command
steps.append(("the extractor's modules", time.perf_counter() - t))
steps.append(("  of which compiling patterns (import)", compiling[0])); compiling[0] = 0.0
t = time.perf_counter()
sitrep.extract.command.run_extract([Path({str(ARTICLE)!r})])
steps.append(("extracting the article", time.perf_counter() - t))
steps.append(("  of which compiling patterns (first article)", compiling[0]))
for name, seconds in steps:
    print(f"{{name}}\t{{seconds}}")
"""


def _extract_steps(runs: int, envs: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    """Median seconds of each step of `extract`'s start-up for each tree, each run a fresh
    process, the trees alternating run by run as the commands' timings do."""
    samples: dict[str, dict[str, list[float]]] = {label: {} for label in envs}
    for i in range(runs):
        for label in list(envs) if i % 2 == 0 else list(reversed(envs)):
            out = subprocess.run(
                [PYTHON, "-c", _EXTRACT_STEPS],
                capture_output=True,
                text=True,
                check=True,
                env=envs[label],
                cwd=OUT,
            ).stdout
            for line in out.splitlines():
                name, seconds = line.split("\t")
                samples[label].setdefault(name, []).append(float(seconds))
    return {
        label: {name: statistics.median(values) for name, values in steps.items()}
        for label, steps in samples.items()
    }


_VALGRIND = [
    "valgrind",
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    "--trace-children=yes",
]


def _instructions(command: list[str], env: dict[str, str]) -> int | None:
    """Instructions the command's Python processes executed (valgrind), None without it."""
    if shutil.which("valgrind") is None:
        return None
    run = subprocess.run(
        [*_VALGRIND, *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=env,
        cwd=OUT,
    )
    found = re.findall(r"I\s+refs:\s+([\d,]+)", run.stderr)
    return sum(int(count.replace(",", "")) for count in found) if found else None


def _load() -> str:
    return Path("/proc/loadavg").read_text().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=11)
    parser.add_argument("--before", type=Path, help="a tree holding the sitrep/ to compare")
    parser.add_argument("--no-build", action="store_true", help="leave out the example build")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions under valgrind"
    )
    args = parser.parse_args()
    trees: dict[str, Path | None] = {"after": None}
    if args.before is not None:
        trees = {"before": args.before.resolve(), "after": None}
    envs = {label: _env(tree) for label, tree in trees.items()}
    print(f"load before: {_load()}   runs: {args.runs}   python: {PYTHON}")
    if args.before is not None:
        print(f"before: {args.before.resolve()}   after: {ROOT}")
    head = f"{'command':<27}" + "".join(
        f" {label + ' wall':>12} {label + ' cpu':>11} {'× bare':>7}" for label in envs
    )
    print(head + (f" {'after/before':>12}" if len(envs) > 1 else ""))
    bare: dict[str, float] = {}
    for name, command in _commands(not args.no_build).items():
        samples: dict[str, list[tuple[float, float]]] = {label: [] for label in envs}
        for env in envs.values():
            _once(command, env)
        for i in range(args.runs):
            order = list(envs) if i % 2 == 0 else list(reversed(envs))
            for label in order:
                samples[label].append(_once(command, envs[label]))
        line = f"{name:<27}"
        walls = {}
        for label in envs:
            wall = statistics.median(w for w, _ in samples[label])
            cpu = statistics.median(c for _, c in samples[label])
            walls[label] = wall
            bare.setdefault(label, wall)
            line += f" {wall:>10.3f} s {cpu:>9.3f} s {wall / bare[label]:>6.1f}×"
        if len(envs) > 1:
            line += f" {walls['after'] / walls['before']:>12.2f}"
        print(line, flush=True)
    print(f"load after: {_load()}")
    commands = _commands(not args.no_build)
    if args.instructions:
        print("\ninstructions executed (valgrind, one run each, millions):")
        for name, command in commands.items():
            counts = {label: _instructions(command, env) for label, env in envs.items()}
            line = f"  {name:<27}" + "".join(
                f" {label} {c / 1e6:>9,.1f}" if c else f" {label} {'n/a':>9}"
                for label, c in counts.items()
            )
            if len(envs) > 1 and counts["before"] and counts["after"]:
                line += f"   after/before {counts['after'] / counts['before']:.3f}"
            print(line, flush=True)
    for name in ("sitrep --help", "sitrep extract (1, json)", "sitrep build (example)"):
        if name in commands:
            print(f"\nslowest top-level imports of {name} (one run):")
            for line in _slowest_imports(commands[name], envs["after"]):
                print(f"  {line}")
    print("\nwhere the start-up of sitrep extract goes (one process, median):")
    steps = _extract_steps(args.runs, envs)
    print(f"  {'':<44}" + "".join(f" {label:>8}" for label in steps))
    for name in steps["after"]:
        print(
            f"  {name:<44}"
            + "".join(f" {s.get(name, float('nan')):>6.3f} s" for s in steps.values())
        )
    print(f"load at the end: {_load()}")


if __name__ == "__main__":
    main()
