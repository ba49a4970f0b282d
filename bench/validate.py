"""How fast `sitrep validate` checks a large displacement table, against two yardsticks.

Generates a 1,000,000-row displacement CSV (header row, HXL row, about 0.1 % of its
cells made bad on purpose, seeded so every run is the same) in bench/data/, then
prints, on that one file:

- the validation as `sitrep validate` runs it (`validate_paths`), in a fresh process
  so its peak memory is its own: seconds, rows/s, peak RSS;
- a plain `pandas.read_csv` of the file: the floor, since validation must read it too;
- the per-row pydantic approach on a 100,000-row slice, for comparison;
- how many of the seeded bad cells were reported, and anything reported that was not seeded;
- as whole processes, paired run by run (median of each): `sitrep validate` of the file
  against a pandas+pyarrow read and a polars read (`infer_schema=False`) of the same
  file, in seconds and peak RSS, as ratios against the issue's targets; the same for a
  5,000,000-row file (`--big-rows`, memory against 1 GB), and for a 100,000-row XLSX
  against a raw python-calamine read of it (`--xlsx-rows`);
- the example build's validate stage (`validate_situation` of inputs/aleppo, warm, in
  process), this tree and `--before`'s in turn (`--example-runs`, 0 for none): tables of a
  few dozen rows, where each polars query's fixed cost is what validation costs;
- rows/s on the largest file of the real-table corpus (tests/data/real-tables, local/
  included when present), validated the same way; or on `--real PATH`, a real table (or a
  situation folder holding one) at its published size, since the corpus holds excerpts of
  at most a few hundred rows.

Run: .venv/bin/python bench/validate.py [--rows N] [--big-rows N] [--xlsx-rows N] [--real PATH]
     [--example-runs N] [--repeats N] [--before DIR]
     (DIR holds an earlier tree's sitrep/, e.g. from `git archive` or `git worktree add`)
The XLSX case alone: --rows 0 --big-rows 0 --example-runs 0 --only-processes.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import pandas as pd
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

DATA = Path(__file__).parent / "data"
REAL = Path(__file__).parent.parent / "tests" / "data" / "real-tables"
TABLES = {".csv", ".xlsx", ".xls", ".ods", ".json"}
WORKBOOKS = {".xlsx", ".xls", ".ods"}
HEADERS = [
    "Date",
    "Governorate",
    "Governorate P-code",
    "District",
    "District P-code",
    "Location",
    "IDPs",
    "IDP households",
    "Source",
]
TAGS = [
    "#date",
    "#adm1+name",
    "#adm1+code",
    "#adm2+name",
    "#adm2+code",
    "#loc+name",
    "#affected+idps+ind",
    "#affected+idps+hh",
    "#meta+source",
]
DATES_PER_PLACE = 100
BAD_SHARE = 0.001
REPEATS = 3
THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+$")


def generate(path: Path, rows: int, seed: int = 2016) -> set[tuple[int, str]]:
    """Write the table; return the (spreadsheet row, header) of every seeded bad cell."""
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    dates = [(start + dt.timedelta(days=d)).isoformat() for d in range(DATES_PER_PLACE)]
    bad_rows = rng.sample(range(rows), int(rows * len(HEADERS) * BAD_SHARE))
    faults = {i: rng.randrange(9) for i in bad_rows}
    seeded: set[tuple[int, str]] = set()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        out.writerow(TAGS)
        for i in range(rows):
            ind = rng.randrange(1000, 5000)
            row = [
                dates[i % DATES_PER_PLACE],
                "Aleppo",
                "SY02",
                "Jebel Saman",
                "SY0200",
                f"Site {i // DATES_PER_PLACE}",
                f"{ind:,}",
                str(ind // 5),
                "illustrative",
            ]
            fault = faults.get(i)
            if fault is not None:
                column = _seed(row, fault, ind)
                seeded.add((i + 3, HEADERS[column]))
            out.writerow(row)
    return seeded


def _seed(row: list[str], fault: int, ind: int) -> int:
    """Make one cell of the row bad; return its column."""
    match fault:
        case 0:
            row[6] = "abc"
            return 6
        case 1:
            row[6] = "-5"
            return 6
        case 2:
            row[6] = "12.5"
            return 6
        case 3:
            row[0] = "2016-13-45"
            return 0
        case 4:
            row[0] = "08/12/2016"
            return 0
        case 5:
            row[2] = "SY2"
            return 2
        case 6:
            row[4] = "SY0300"
            return 4
        case 7:
            row[7] = str(ind + 1)
            return 7
        case _:
            row[6] = ""
            return 6


def child(path: Path) -> None:
    """Validate in this fresh process and print the timing and the problems found."""
    from sitrep.validate import validate_paths

    started = time.perf_counter()
    report = validate_paths([path]).report
    seconds = time.perf_counter() - started
    found = [(p.row, p.column) for p in report.problems]
    print(json.dumps({"seconds": seconds, "rows": report.rows, "found": found}))


def largest_real() -> Path | None:
    """The real-table corpus's largest file by size (expected.json and notes are not tables)."""
    files = [p for p in REAL.rglob("*") if p.is_file() and p.suffix in TABLES]
    files = [p for p in files if p.name != "expected.json"]
    return max(files, key=lambda p: p.stat().st_size, default=None)


def _shown(path: Path) -> str:
    return str(path.relative_to(REAL)) if path.is_relative_to(REAL) else str(path)


def _tables(path: Path) -> list[Path]:
    """The file, or the tables of a situation folder."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return [p for p in files if p.suffix in TABLES]


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in _tables(path))


def raw_calamine(paths: list[Path]) -> float:
    """Seconds to read every sheet of the workbooks with python-calamine alone: the floor
    of an XLSX validation, as pandas.read_csv is of a CSV one."""
    import python_calamine

    started = time.perf_counter()
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return time.perf_counter() - started


PEERS = {
    "pandas+pyarrow": "import pandas, sys; pandas.read_csv(sys.argv[1], engine='pyarrow')",
    "polars": "import polars, sys; polars.read_csv(sys.argv[1], infer_schema=False)",
    "calamine": (
        "import python_calamine, sys\n"
        "book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])\n"
        "for name in book.sheet_names:\n"
        "    book.get_sheet_by_name(name).to_python(skip_empty_area=False)"
    ),
}


OUTPUT = DATA / "process-output.txt"


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system, every thread) of one
    whole process, its start-up and exit included (`os.wait4` gives the child's own, as
    /usr/bin/time -v does). CPU seconds move less than wall ones when other work shares
    the cores. Its output goes to `OUTPUT`, read afterwards, so a long report cannot
    stall it on a full pipe."""
    with OUTPUT.open("wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: the data has errors, as seeded
        raise RuntimeError(f"{command} failed: {OUTPUT.read_text()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def sitrep_command(path: Path, tree: Path | None = None) -> list[str]:
    """`sitrep validate PATH` as a user runs it (`python -m sitrep` from `tree` if given)."""
    if tree is not None:
        code = f"import sys; sys.path.insert(0, {str(tree)!r}); import runpy; "
        code += "sys.argv[0] = 'sitrep'; runpy.run_module('sitrep', run_name='__main__')"
        return [sys.executable, "-c", code, "validate", str(path)]
    script = Path(sys.executable).with_name("sitrep")
    if script.exists():
        return [str(script), "validate", str(path)]
    return [sys.executable, "-m", "sitrep", "validate", str(path)]


def paired(
    path: Path, peers: list[str], repeats: int, before: Path | None
) -> dict[str, tuple[float, float, float]]:
    """Median seconds and median peak RSS of `sitrep validate` and each peer, run in turn
    (sitrep, peer, peer, ... then again), so a change in the machine's load hits all alike.
    `before` is the folder holding an earlier tree's `sitrep/` package (`--before`), run
    beside this tree's in every round, so a change is measured before and after at once."""
    commands = {"sitrep": sitrep_command(path)}
    if before is not None:
        commands["sitrep (before)"] = sitrep_command(path, before)
    commands.update({p: [sys.executable, "-c", PEERS[p], str(path)] for p in peers})
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            runs[name].append(timed(command))
    medians = {}
    for name, got in runs.items():
        wall, peak, cpu = (statistics.median(r[i] for r in got) for i in range(3))
        medians[name] = (wall, peak, cpu)
    return medians


def load() -> str:
    return f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}"


def print_paired(
    title: str,
    got: dict[str, tuple[float, float, float]],
    targets: dict[str, tuple[str, float]],
) -> None:
    """One line per process, then each ratio against its peer and the issue's target."""
    print(f"{title} ({load()}):")
    for name, (seconds, peak, cpu) in got.items():
        print(f"  {name:<15} {seconds:6.2f} s  peak RSS {peak:7,.0f} MiB  CPU {cpu:6.2f} s")
    for tree in ("sitrep", "sitrep (before)"):
        if tree in got:
            _ratios(tree, got, targets)
    print(f"  after: {load()}")


def _ratios(
    tree: str,
    got: dict[str, tuple[float, float, float]],
    targets: dict[str, tuple[str, float]],
) -> None:
    seconds, peak, cpu = got[tree]
    for peer, (what, target) in targets.items():
        ratio = seconds / got[peer][0] if what == "time" else peak / got[peer][1]
        shown = "time" if what == "time" else "peak"
        print(f"  {tree} {shown} / {peer}: {ratio:.2f}x (target {target}x) {_met(ratio <= target)}")
        if what == "time":
            print(f"  {tree} CPU / {peer}: {cpu / got[peer][2]:.2f}x")


def _met(met: bool) -> str:
    return "met" if met else "NOT met"


EXAMPLE = Path(__file__).parent.parent / "inputs" / "aleppo"
EXAMPLE_RUNS = """
import datetime as dt, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from sitrep.load import open_situation
from sitrep.validate import validate_situation
folder = open_situation(Path(sys.argv[2]))
cpu, wall = [], []
for _ in range(3 + int(sys.argv[3])):
    c, w = time.process_time(), time.perf_counter()
    validate_situation(folder, today=dt.date(2016, 12, 8))
    cpu.append(time.process_time() - c)
    wall.append(time.perf_counter() - w)
print(statistics.median(cpu[3:]), statistics.median(wall[3:]))
"""
"""Validate the example situation as `sitrep build` does (records typed), warm, in a
process whose `sitrep` is the tree given: median CPU and wall seconds of the runs after
three to warm up."""


def example_stage(runs: int, before: Path | None) -> None:
    """The example build's validate stage, this tree and `before` in turn (`REPEATS` rounds):
    its tables are a few dozen rows, so what it costs is each polars query's fixed cost."""
    trees = {"sitrep": Path(__file__).parent.parent}
    if before is not None:
        trees["sitrep (before)"] = before
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(REPEATS):
        for name, tree in trees.items():
            command = [sys.executable, "-c", EXAMPLE_RUNS, str(tree), str(EXAMPLE), str(runs)]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            cpu, wall = map(float, out.split())
            got[name].append((cpu, wall))
    print(
        f"validate stage of the example build, warm, median of {runs} runs x {REPEATS} ({load()}):"
    )
    for name, pairs in got.items():
        cpu = statistics.median(c for c, _ in pairs) * 1000
        wall = statistics.median(w for _, w in pairs) * 1000
        print(f"  {name:<15} {cpu:6.1f} ms CPU  {wall:6.1f} ms wall")
    if before is not None:
        ratio = statistics.median(c for c, _ in got["sitrep"]) / statistics.median(
            c for c, _ in got["sitrep (before)"]
        )
        print(f"  sitrep CPU / sitrep (before): {ratio:.2f}x")


def generate_xlsx(path: Path, rows: int, seed: int = 2016) -> None:
    """The CSV benchmark's first `rows` rows as one worksheet (dates as dates, counts as
    numbers, as a spreadsheet saves them), written once and kept."""
    if path.exists():
        return
    import openpyxl

    source = DATA / f"displacement-{rows}.csv"
    generate(source, rows, seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("displacement")
    with source.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.reader(handle)):
            cells: list[object] = list(row)
            if i >= 2:
                cells[6] = _number(row[6].replace(",", "")) if THOUSANDS.match(row[6]) else row[6]
                cells[7] = _number(row[7])
                with contextlib.suppress(ValueError):  # a seeded bad date stays text
                    cells[0] = dt.date.fromisoformat(row[0])
            sheet.append(cells)
    book.save(path)
    source.unlink()


def _number(text: str) -> object:
    return int(text) if text.isdigit() else text


def run_child(path: Path) -> tuple[float, int, set[tuple[int, str]], float]:
    command = [sys.executable, __file__, "--child", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    out = process.stdout.read()  # one JSON line; read before waiting, so no pipe fills
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{command} failed")
    peak_mb = usage.ru_maxrss / 1024  # this child's own peak
    result = json.loads(out)
    found = {(r, c) for r, c in result["found"]}
    return result["seconds"], result["rows"], found, peak_mb


Count = Annotated[int, Field(ge=0)]


class Row(BaseModel):
    """The per-row approach: one pydantic model checks one row at a time, same rules."""

    date: dt.date
    adm1_name: str
    adm1_code: Annotated[str, Field(pattern=r"^SY\d{2}$")]
    adm2_name: str
    adm2_code: Annotated[str, Field(pattern=r"^SY\d{4}$")]
    loc_name: str = Field(min_length=1)
    idps_ind: Count
    idps_hh: Count | None
    source: str | None

    @field_validator("idps_ind", "idps_hh", mode="before")
    @classmethod
    def _thousands(cls, value: str) -> str | None:
        if not value:
            return None
        return value.replace(",", "") if THOUSANDS.match(value) else value

    @model_validator(mode="after")
    def _cross(self) -> Row:
        if self.idps_hh is not None and self.idps_hh > self.idps_ind:
            raise ValueError("more households than people")
        if not self.adm2_code.startswith(self.adm1_code):
            raise ValueError("district not under its governorate")
        return self


def pydantic_baseline(path: Path, rows: int) -> tuple[float, int]:
    """Read the first `rows` rows and check each with `Row`, keys for duplicates in a set."""
    started = time.perf_counter()
    errors = 0
    seen: set[tuple[str, str]] = set()
    names = list(Row.model_fields)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        next(reader)
        for _, cells in zip(range(rows), reader, strict=False):
            record = dict(zip(names, cells, strict=True))
            try:
                Row.model_validate(record)
            except ValidationError as exc:
                errors += len(exc.errors())
            key = (record["date"], record["loc_name"].lower())
            errors += key in seen
            seen.add(key)
    return time.perf_counter() - started, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="0: no CSV run (needs --only-processes)"
    )
    parser.add_argument("--real", type=Path, help="a real table or situation folder to time")
    parser.add_argument("--big-rows", type=int, default=5_000_000, help="0: no large run")
    parser.add_argument("--xlsx-rows", type=int, default=100_000, help="0: no XLSX run")
    parser.add_argument("--only-processes", action="store_true", help="skip in-process parts")
    parser.add_argument("--before", type=Path, help="an earlier tree, run beside this one")
    parser.add_argument(
        "--example-runs", type=int, default=20, help="0: no run of the example's validate stage"
    )
    parser.add_argument(
        "--repeats", type=int, default=REPEATS, help="paired rounds of the whole processes"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if not args.rows and not args.only_processes:
        parser.error("--rows 0 needs --only-processes: the in-process figures are the CSV's")

    if args.example_runs:
        example_stage(args.example_runs, args.before)
    path = DATA / f"displacement-{args.rows}.csv"
    if args.rows:
        started = time.perf_counter()
        seeded = generate(path, args.rows)
        print(
            f"generated {path} ({path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows, "
            f"{len(seeded):,} seeded bad cells) in {time.perf_counter() - started:.1f} s"
        )
        print_paired(
            f"whole processes, {args.rows:,}-row CSV, median of {args.repeats} paired runs",
            paired(path, ["pandas+pyarrow", "polars"], args.repeats, args.before),
            {"pandas+pyarrow": ("time", 1.5), "polars": ("memory", 1.2)},
        )
    if args.xlsx_rows:
        book = DATA / f"displacement-{args.xlsx_rows}.xlsx"
        generate_xlsx(book, args.xlsx_rows)
        print_paired(
            f"whole processes, {args.xlsx_rows:,}-row XLSX, median of {args.repeats} paired runs",
            paired(book, ["calamine"], args.repeats, args.before),
            {"calamine": ("time", 1.3)},
        )
    if args.big_rows:
        big = DATA / f"displacement-{args.big_rows}.csv"
        if not big.exists():
            generate(big, args.big_rows)
        got = paired(big, ["polars"], 1, args.before)
        print_paired(f"whole processes, {args.big_rows:,}-row CSV, one paired run", got, {})
        # the output is sitrep's own when it runs last of the pair, so read it before polars
        timed(sitrep_command(big))
        refused = "too-large" in OUTPUT.read_text() or "at most" in OUTPUT.read_text()
        print(
            f"  peak RSS under 1 GB (1,024 MiB): {_met(got['sitrep'][1] < 1024 and not refused)}"
            + (" (sitrep refused the file as too large: not validated)" if refused else "")
        )
    if args.only_processes:
        return

    runs = [run_child(path) for _ in range(REPEATS)]
    seconds = statistics.median(r[0] for r in runs)
    rows, found, peak = runs[0][1], runs[0][2], max(r[3] for r in runs)

    reads = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        pd.read_csv(path, low_memory=False)
        reads.append(time.perf_counter() - started)
    floor = statistics.median(reads)

    slice_rows = min(100_000, args.rows)
    per_row, per_row_errors = pydantic_baseline(path, slice_rows)

    print(f"sitrep validate (validate_paths), median of {REPEATS} fresh processes:")
    print(f"  {seconds:.2f} s, {rows / seconds:,.0f} rows/s, peak RSS {peak:,.0f} MB")
    print(f"plain pandas.read_csv of the same file (the floor): {floor:.2f} s")
    print(f"  validation / plain read: {seconds / floor:.2f}x")
    print(
        f"per-row pydantic (csv.reader + model per row) on a {slice_rows:,}-row slice: "
        f"{per_row:.2f} s, {slice_rows / per_row:,.0f} rows/s ({per_row_errors:,} errors)"
    )
    print(
        f"bad cells: {len(seeded & found):,} of {len(seeded):,} seeded found, "
        f"{len(found - seeded):,} reported that were not seeded"
    )
    real = args.real or largest_real()
    if real is not None:
        real_runs = [run_child(real) for _ in range(REPEATS)]
        real_seconds = statistics.median(r[0] for r in real_runs)
        real_rows = real_runs[0][1]
        print(
            f"{'real table' if args.real else 'largest real table'}, {_shown(real)} "
            f"({_size(real) / 1e3:,.0f} KB, {real_rows:,} rows), median of {REPEATS} fresh "
            f"processes: {real_seconds:.3f} s, {real_rows / real_seconds:,.0f} rows/s"
        )
        workbooks = [p for p in _tables(real) if p.suffix in WORKBOOKS]
        if workbooks:
            raw = statistics.median(raw_calamine(workbooks) for _ in range(REPEATS))
            print(
                f"  a raw python-calamine read of its workbook (every sheet to Python rows), "
                f"median of {REPEATS}: {raw:.3f} s; validation / raw read: "
                f"{real_seconds / raw:.2f}x"
            )
    targets = rows / seconds >= 500_000 and seconds <= 3 * floor
    print(
        "earlier targets (>= 500,000 rows/s in-process, within 3x the plain read): " + _met(targets)
    )
    print(f"{load()} (1, 5, 15 min; 2 cores)")


if __name__ == "__main__":
    main()
