"""sitrep and libhxl side by side on the real tables of issue 9: what each reads, what each
flags, and how long each takes.

For every file of tests/data/real-tables (the local/ ones when present), in this process:

- sitrep: `validate_paths` on a situation folder holding the file (its expected.json
  settings), median of 3: sheets recognised (of all sheets), rows, errors, warnings, and
  whether the run matches the written-down outcome (bench/real_tables.py's scoring);
- libhxl: `hxl.validate` with its built-in schema on the same file (which reads it, the first
  tagged sheet of a workbook), median of 3: whether it reads it, rows, issues by severity.

libhxl is not a dependency of sitrep: `.venv/bin/pip install -e '.[bench]'`.

Run: .venv/bin/python bench/hxl_peer.py [--only NAME]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPEATS = 3


def _real_tables() -> ModuleType:
    """bench/real_tables.py, for its corpus, settings and scoring."""
    path = Path(__file__).with_name("real_tables.py")
    spec = importlib.util.spec_from_file_location("real_tables", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_tables"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Side:
    reads: str
    rows: int
    flags: str
    seconds: float


def sitrep_side(path: Path, entry: dict[str, Any], work: Path, bench: ModuleType) -> Side:
    from sitrep.validate import validate_paths

    folder = work / ("peer-" + path.stem)
    folder.mkdir()
    (folder / path.name).write_bytes(path.read_bytes())
    (folder / "sitrep.toml").write_text(bench._toml(path.name, entry, False), encoding="utf-8")
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        report = validate_paths([folder]).report
        times.append(time.perf_counter() - started)
    sheets = [s for s in report.sheets if Path(s.file).name == path.name]
    unreadable = any(
        p.code in ("unreadable-file", "empty-file", "too-large") and p.row is None
        for p in report.problems
    )
    known = sum(s.kind is not None for s in sheets)
    errors = sum(p.severity == "error" for p in report.problems)
    warnings = len(report.problems) - errors
    reads = "no" if unreadable else f"yes, {known}/{len(sheets)} sheet(s) of a kind"
    return Side(reads, report.rows, f"{errors} E, {warnings} W", statistics.median(times))


def libhxl_side(path: Path) -> Side:
    hxl = importlib.import_module("hxl")  # optional: the `bench` extra
    times = []
    report: dict[str, Any] = {}
    rows = 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        try:
            source = hxl.data(str(path), hxl.InputOptions(allow_local=True))
            report = hxl.validate(source)
            rows = sum(1 for _ in hxl.data(str(path), hxl.InputOptions(allow_local=True)))
        except Exception as exc:
            return Side(f"no ({type(exc).__name__})", 0, "-", time.perf_counter() - started)
        times.append(time.perf_counter() - started)
    stats = report.get("stats", {})
    flags = f"{stats.get('error', 0)} E, {stats.get('warning', 0)} W, {stats.get('info', 0)} I"
    return Side("yes", rows, flags, statistics.median(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--only", help="files whose name contains this")
    args = parser.parse_args()
    bench = _real_tables()
    expected = json.loads((bench.CORPUS / "expected.json").read_text(encoding="utf-8"))
    entries = [
        e
        for e in expected["files"]
        if (bench.CORPUS / e["file"]).is_file() and (not args.only or args.only in e["file"])
    ]
    print(
        f"{'file':<52} {'sitrep reads':<28} {'rows':>6} {'sitrep flags':<14} {'ok':<3} "
        f"{'libhxl reads':<30} {'rows':>6} {'libhxl flags':<18} {'sitrep s':>8} "
        f"{'libhxl s':>8} {'ratio':>6}"
    )
    totals = {"sitrep": 0.0, "libhxl": 0.0}
    ratios = []
    read_by = {"sitrep": 0, "libhxl": 0, "libhxl only": 0}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for entry in entries:
            path = bench.CORPUS / entry["file"]
            ours = sitrep_side(path, entry, work, bench)
            theirs = libhxl_side(path)
            scored = work / ("score-" + path.stem)
            scored.mkdir()
            ok = "yes" if bench.score_file(entry, scored).passes else "no"
            ratio = theirs.seconds / ours.seconds if ours.seconds else float("nan")
            totals["sitrep"] += ours.seconds
            totals["libhxl"] += theirs.seconds
            ours_read, theirs_read = ours.reads.startswith("yes"), theirs.reads == "yes"
            read_by["sitrep"] += ours_read
            read_by["libhxl"] += theirs_read
            read_by["libhxl only"] += theirs_read and not ours_read
            if theirs_read:
                ratios.append(ratio)
            print(
                f"{entry['file'][:52]:<52} {ours.reads:<28} {ours.rows:>6} {ours.flags:<14} "
                f"{ok:<3} {theirs.reads[:30]:<30} {theirs.rows:>6} {theirs.flags:<18} "
                f"{ours.seconds:>8.4f} {theirs.seconds:>8.4f} {ratio:>6.1f}"
            )
    print(
        f"\n{len(entries)} files: sitrep reads {read_by['sitrep']}, libhxl reads "
        f"{read_by['libhxl']} (read by libhxl and not by sitrep: {read_by['libhxl only']})"
    )
    print(
        f"time, all files (median of {REPEATS} per file): sitrep {totals['sitrep']:.2f} s, "
        f"libhxl {totals['libhxl']:.2f} s, "
        f"libhxl / sitrep {totals['libhxl'] / totals['sitrep']:.1f}x"
    )
    if ratios:
        print(
            f"per file libhxl reads: libhxl / sitrep median {statistics.median(ratios):.1f}x, "
            f"min {min(ratios):.1f}x, max {max(ratios):.1f}x"
        )


if __name__ == "__main__":
    main()
