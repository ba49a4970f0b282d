"""How fast `sitrep validate` checks a large displacement table, against two yardsticks.

Generates a 1,000,000-row displacement CSV (header row, HXL row, about 0.1 % of its
cells made bad on purpose, seeded so every run is the same) in bench/data/, then
prints, on that one file:

- the validation as `sitrep validate` runs it (`validate_paths`), in a fresh process
  so its peak memory is its own: seconds, rows/s, peak RSS;
- a plain `pandas.read_csv` of the file: the floor, since validation must read it too;
- the per-row pydantic approach on a 100,000-row slice, for comparison;
- how many of the seeded bad cells were reported, and anything reported that was not seeded;
- rows/s on the largest file of the real-table corpus (tests/data/real-tables, local/
  included when present), validated the same way; or on `--real PATH`, a real table (or a
  situation folder holding one) at its published size, since the corpus holds excerpts of
  at most a few hundred rows.

Run: .venv/bin/python bench/validate.py [--rows N] [--real PATH]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import resource
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


def run_child(path: Path) -> tuple[float, int, set[tuple[int, str]], float]:
    command = [sys.executable, __file__, "--child", str(path)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    # The largest peak of any child so far; every child does the same work.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
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
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--real", type=Path, help="a real table or situation folder to time")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return

    path = DATA / f"displacement-{args.rows}.csv"
    started = time.perf_counter()
    seeded = generate(path, args.rows)
    print(
        f"generated {path} ({path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows, "
        f"{len(seeded):,} seeded bad cells) in {time.perf_counter() - started:.1f} s"
    )

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
        f"targets (>= 500,000 rows/s, within 3x the plain read): {'met' if targets else 'NOT met'}"
    )
    print(f"load: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min; 2 cores)")


if __name__ == "__main__":
    main()
