"""sitrep and libhxl side by side on the real tables of issue 9: what each reads, what each
flags, and how long each takes.

For every file of tests/data/real-tables (the local/ ones when present), in this process:

- sitrep: `validate_paths` on a situation folder holding the file (its expected.json
  settings): sheets recognised (of all sheets), rows, errors, warnings, and whether the run
  matches the written-down outcome (bench/real_tables.py's scoring);
- libhxl: `hxl.validate` with its built-in schema on the same file (it reads the first
  tagged sheet of a workbook): whether it reads it, rows, issues by severity.

How the times are made fair:

- the same file, in this one process, each tool run once untimed on it first (both warm:
  imports done, caches filled), then the median of 3 timed runs (1 with `--originals`);
- each tool's time is all it does to validate the file: sitrep reads and checks every
  sheet of it; libhxl reads it and applies its schema. libhxl's row count is taken after
  its timed runs, by another read that is not timed;
- the headline ratio is over the files both read (libhxl's seconds over sitrep's, summed
  over those files); the all-files sums are printed beside it.

`--originals MIRRORS` runs the same on each file's original as published (the repository
file at the commit SOURCES.md names, from snapshots at `MIRRORS/OWNER+NAME/repo`, as
tests/data/real-tables/refill_local.py reads them) instead of the excerpt: the real files
at their real size (up to 57,667 rows), where a per-file fixed cost no longer hides the
per-row one. Their outcomes are not scored (expected.json describes the excerpts).

libhxl is not a dependency of sitrep: `.venv/bin/pip install -e '.[bench]'`.

Run: .venv/bin/python bench/hxl_peer.py [--only NAME] [--originals MIRRORS]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPEATS = 3
ROOT = Path(__file__).resolve().parent.parent


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _real_tables() -> ModuleType:
    """bench/real_tables.py, for its corpus, settings and scoring."""
    return _module("real_tables", Path(__file__).with_name("real_tables.py"))


@dataclass
class Side:
    reads: str
    rows: int
    flags: str
    seconds: float


def _timed(run: Callable[[], object], repeats: int) -> float:
    """Median seconds of `repeats` runs, after one untimed run (warm)."""
    run()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sitrep_side(folder: Path, name: str, repeats: int) -> Side:
    from sitrep.validate import validate_paths

    seconds = _timed(lambda: validate_paths([folder]), repeats)
    report = validate_paths([folder]).report
    sheets = [s for s in report.sheets if Path(s.file).name == name]
    unreadable = any(
        p.code in ("unreadable-file", "empty-file", "too-large") and p.row is None
        for p in report.problems
    )
    known = sum(s.kind is not None for s in sheets)
    errors = sum(p.severity == "error" for p in report.problems)
    warnings = len(report.problems) - errors
    reads = "no" if unreadable else f"yes, {known}/{len(sheets)} sheet(s) of a kind"
    return Side(reads, report.rows, f"{errors} E, {warnings} W", seconds)


def libhxl_side(path: Path, repeats: int) -> Side:
    hxl = importlib.import_module("hxl")  # optional: the `bench` extra
    options = hxl.InputOptions(allow_local=True)
    started = time.perf_counter()
    try:
        report: dict[str, Any] = hxl.validate(hxl.data(str(path), options))
    except Exception as exc:
        return Side(f"no ({type(exc).__name__})", 0, "-", time.perf_counter() - started)
    seconds = _timed(lambda: hxl.validate(hxl.data(str(path), options)), repeats)
    rows = sum(1 for _ in hxl.data(str(path), options))
    stats = report.get("stats", {})
    flags = f"{stats.get('error', 0)} E, {stats.get('warning', 0)} W, {stats.get('info', 0)} I"
    return Side("yes", rows, flags, seconds)


def _originals(mirrors: Path) -> Callable[[str], bytes | None]:
    """The published original of a corpus file, or None when no snapshot holds it."""
    refill = _module("refill_local", ROOT / "tests/data/real-tables/refill_local.py")
    where = refill.sources("Committed") | refill.sources()

    def original(file: str) -> bytes | None:
        repo, path, commit = where[Path(file).name]
        try:
            data: bytes = refill.original(mirrors, repo, path, commit)
        except (subprocess.CalledProcessError, OSError):
            return None
        return data

    return original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--only", help="files whose name contains this")
    parser.add_argument("--originals", type=Path, help="run on the published originals")
    args = parser.parse_args()
    bench = _real_tables()
    expected = json.loads((bench.CORPUS / "expected.json").read_text(encoding="utf-8"))
    entries = [
        e
        for e in expected["files"]
        if (args.originals or (bench.CORPUS / e["file"]).is_file())
        and (not args.only or args.only in e["file"])
    ]
    original = _originals(args.originals) if args.originals else None
    repeats = 1 if args.originals else REPEATS
    print(f"load: {os.getloadavg()[0]:.1f} (1-minute average, {os.cpu_count()} cores)")
    print(
        f"{'file':<52} {'sitrep reads':<28} {'rows':>6} {'sitrep flags':<14} {'ok':<3} "
        f"{'libhxl reads':<30} {'rows':>6} {'libhxl flags':<18} {'sitrep s':>8} "
        f"{'libhxl s':>8} {'ratio':>6}"
    )
    totals = dict.fromkeys(
        ("sitrep", "libhxl", "sitrep both", "libhxl both", "sitrep checked", "libhxl checked"),
        0.0,
    )
    checked = 0
    ratios = []
    read_by = {"sitrep": 0, "libhxl": 0, "libhxl only": 0, "files": 0}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for entry in entries:
            name = Path(entry["file"]).name
            source = bench.CORPUS / entry["file"]
            data = original(entry["file"]) if original else source.read_bytes()
            if data is None:
                continue
            folder = work / ("peer-" + Path(name).stem)
            folder.mkdir()
            path = folder / name
            path.write_bytes(data)
            (folder / "sitrep.toml").write_text(bench._toml(name, entry, False), encoding="utf-8")
            ours = sitrep_side(folder, name, repeats)
            theirs = libhxl_side(path, repeats)
            ok = "-"
            if not original:
                scored = work / ("score-" + Path(name).stem)
                scored.mkdir()
                ok = "yes" if bench.score_file(entry, scored).passes else "no"
            ratio = theirs.seconds / ours.seconds if ours.seconds else float("nan")
            totals["sitrep"] += ours.seconds
            totals["libhxl"] += theirs.seconds
            ours_read, theirs_read = ours.reads.startswith("yes"), theirs.reads == "yes"
            read_by["files"] += 1
            read_by["sitrep"] += ours_read
            read_by["libhxl"] += theirs_read
            read_by["libhxl only"] += theirs_read and not ours_read
            if theirs_read and ours_read:
                ratios.append(ratio)
                totals["sitrep both"] += ours.seconds
                totals["libhxl both"] += theirs.seconds
                if not ours.reads.startswith("yes, 0/"):
                    checked += 1
                    totals["sitrep checked"] += ours.seconds
                    totals["libhxl checked"] += theirs.seconds
            print(
                f"{entry['file'][:52]:<52} {ours.reads:<28} {ours.rows:>6} {ours.flags:<14} "
                f"{ok:<3} {theirs.reads[:30]:<30} {theirs.rows:>6} {theirs.flags:<18} "
                f"{ours.seconds:>8.4f} {theirs.seconds:>8.4f} {ratio:>6.1f}"
            )
    what = "originals" if original else "excerpts"
    print(
        f"\n{read_by['files']} files ({what}): sitrep reads {read_by['sitrep']}, libhxl reads "
        f"{read_by['libhxl']} (read by libhxl and not by sitrep: {read_by['libhxl only']})"
    )
    runs = f"median of {repeats} warm runs per file" if repeats > 1 else "1 warm run per file"
    if ratios:
        print(
            f"time, the {len(ratios)} files both read ({runs}): sitrep "
            f"{totals['sitrep both']:.2f} s, libhxl {totals['libhxl both']:.2f} s, "
            f"libhxl / sitrep {totals['libhxl both'] / totals['sitrep both']:.1f}x"
        )
        if checked:
            print(
                f"  of which the {checked} where sitrep checks cells (a sheet of a kind; a "
                f"table of no kind is read, not checked): sitrep {totals['sitrep checked']:.2f} "
                f"s, libhxl {totals['libhxl checked']:.2f} s, libhxl / sitrep "
                f"{totals['libhxl checked'] / totals['sitrep checked']:.1f}x"
            )
        print(
            f"  per file: libhxl / sitrep median {statistics.median(ratios):.1f}x, "
            f"min {min(ratios):.1f}x, max {max(ratios):.1f}x"
        )
    print(
        f"time, all files: sitrep {totals['sitrep']:.2f} s, libhxl {totals['libhxl']:.2f} s "
        "(libhxl's time on a file it cannot read is how long it took to refuse it)"
    )
    print(f"load: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
