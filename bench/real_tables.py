"""How `sitrep validate` does on real tables nobody here wrote, against their written-down outcome.

For each file of tests/data/real-tables/expected.json (the `local/` ones only when that
folder holds them), the file is copied into a fresh situation folder with a minimal
`sitrep.toml`, `sitrep validate FOLDER --format json` is run as a user runs it, and its
problems are compared with the expected ones (rules in tests/data/real-tables/README.md).
Prints one line per file and the totals, then the false alarms by problem code.

With `--libhxl`, also reads each file with libhxl (if installed) and prints which files
it reads, its rows and its time beside sitrep's in-process validation time.

Run: .venv/bin/python bench/real_tables.py [--libhxl] [--only NAME] [--detail]
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "real-tables"
SITREP = Path(sys.executable).with_name("sitrep")
NOTICE_CODES = frozenset({"no-source", "encoding-fallback"})
"""Row-less warnings that are advice about the file, not claims about its data."""

TOML = """[situation]
title = "Real table: {name}"
country = "{country}"
area = "{country}"
organisation = "sitrep real-table corpus"
date_format = "{date_format}"
{settings}
[numbering]
first_date = 2020-01-01

[email]
from = "sitrep@example.org"
to = ["partners@example.org"]
"""


@dataclass
class Score:
    """What one file got, counted the way the README says."""

    file: str
    kinds: list[tuple[str | None, str, str]] = field(default_factory=list)
    expected: int = 0
    found: int = 0
    severity_off: int = 0
    tolerated: int = 0
    notices: int = 0
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    exit_code: int = 0
    seconds: float = 0.0
    note: str = ""

    @property
    def kinds_right(self) -> int:
        return sum(got == want for _, want, got in self.kinds)

    @property
    def passes(self) -> bool:
        return (
            self.kinds_right == len(self.kinds)
            and self.found == self.expected
            and not self.false_alarms
        )


def _norm(label: str | None) -> str:
    """Labels compare without case or spacing; a tag's attributes in any order."""
    text = "".join((label or "").casefold().split())
    if not text.startswith("#"):
        return " ".join((label or "").casefold().split())
    head, *attributes = text.split("+")
    return "+".join([head, *sorted(set(attributes))])


def _labels(entry: dict[str, Any]) -> set[str]:
    labels = {entry.get("column"), entry.get("hxl"), *entry.get("columns", [])}
    return {_norm(x) for x in labels if x}


def _matches(problem: dict[str, Any], entry: dict[str, Any]) -> bool:
    rows = entry["rows"]
    if rows is None:
        if problem.get("row") is not None:
            return False
    elif problem.get("row") not in rows:
        return False
    labels = _labels(entry)
    if "*" in labels:
        return True
    column = problem.get("column")
    return bool({_norm(column), _norm(problem.get("hxl"))} & labels)


def _toml(name: str, entry: dict[str, Any], with_settings: bool) -> str:
    settings = ""
    if with_settings and entry.get("settings"):
        settings = "".join(f"{key} = {json.dumps(v)}\n" for key, v in entry["settings"].items())
    return TOML.format(name=name, settings=settings, **entry["situation"])


def run_cli(folder: Path) -> tuple[int, dict[str, Any], float]:
    """`sitrep validate FOLDER --format json`, as a user runs it."""
    start = time.perf_counter()
    done = subprocess.run(
        [str(SITREP), "validate", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    try:
        report: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        report = {"problems": [], "error": (done.stdout + done.stderr)[-500:]}
    return done.returncode, report, seconds


def run_library(folder: Path) -> tuple[int, dict[str, Any], float]:
    """The same report from the library the CLI calls (what its JSON prints), in-process."""
    from sitrep.errors import UsageError
    from sitrep.validate import validate_paths

    start = time.perf_counter()
    try:
        report = validate_paths([folder]).report
    except UsageError as exc:
        return 2, {"problems": [], "error": str(exc)}, time.perf_counter() - start
    seconds = time.perf_counter() - start
    dumped: dict[str, Any] = report.model_dump(mode="json", include={"problems", "summary"})
    return (0 if report.valid() else 1), dumped, seconds


Runner = Callable[[Path], tuple[int, dict[str, Any], float]]


def _settings_refused(report: dict[str, Any]) -> bool:
    return any(
        p.get("code") in {"bad-config", "missing-config"} for p in report.get("problems", [])
    )


def _kinds_from_report(report: dict[str, Any]) -> dict[str | None, str] | None:
    """Kinds per sheet when the JSON report names them (issue 9 asks it to)."""
    for key in ("sheets", "tables"):
        rows = report.get(key)
        if isinstance(rows, list) and rows and all("kind" in r for r in rows):
            return {r.get("sheet"): str(r["kind"] or "none") for r in rows}
    return None


def _kinds_from_library(path: Path) -> dict[str | None, str]:
    """Today's JSON does not say which kind it recognised; the library does."""
    from sitrep.tables import read_table_file

    return {
        sheet.name: sheet.kind.value if sheet.kind is not None else "none"
        for sheet in read_table_file(path).sheets
    }


def _same_kind(want: str, got: str | None) -> str:
    if want in ("none", "empty"):
        return want if got in (None, "none") else str(got)
    return str(got or "none")


def score_file(entry: dict[str, Any], work: Path, run: Runner = run_library) -> Score:
    source = CORPUS / entry["file"]
    result = Score(entry["file"])
    folder = work / source.stem
    folder.mkdir()
    shutil.copy(source, folder / source.name)
    config = folder / "sitrep.toml"
    config.write_text(_toml(source.name, entry, with_settings=True), encoding="utf-8")
    code, report, seconds = run(folder)
    if entry.get("settings") and _settings_refused(report):
        config.write_text(_toml(source.name, entry, with_settings=False), encoding="utf-8")
        code, report, seconds = run(folder)
        result.note = "settings refused: " + ", ".join(entry["settings"])
    result.exit_code, result.seconds = code, seconds
    if "error" in report:
        result.note = "no JSON report: " + report["error"].strip().splitlines()[-1]
    kinds = _kinds_from_report(report) or _kinds_from_library(folder / source.name)
    sheets = {s["sheet"]: s for s in entry["sheets"]}
    for name, sheet in sheets.items():
        got = kinds.get(name, "none" if sheet["kind"] in ("none", "empty") else "absent")
        result.kinds.append((name, sheet["kind"], _same_kind(sheet["kind"], got)))
    wanted = {
        (s["sheet"], i, r): p
        for s in entry["sheets"]
        for i, p in enumerate(s["problems"])
        for r in (p["rows"] or [None])
    }
    result.expected = len(wanted)
    hit: set[tuple[str | None, int, int | None]] = set()
    for problem in report.get("problems", []):
        name = problem.get("sheet")
        sheet = sheets.get(name) or (sheets.get(None) if len(sheets) == 1 else None)
        if problem.get("file") and Path(problem["file"]).name == "sitrep.toml":
            sheet = None
        keys = (
            []
            if sheet is None
            else [
                (sheet["sheet"], i, problem.get("row") if p["rows"] else None)
                for i, p in enumerate(sheet["problems"])
                if _matches(problem, p)
            ]
        )
        if keys:
            for key in keys:
                if key not in hit:
                    hit.add(key)
                    result.severity_off += problem.get("severity") != wanted[key]["severity"]
            continue
        if sheet is not None and any(_matches(problem, t) for t in sheet["tolerated"]):
            result.tolerated += 1
        elif (
            problem.get("row") is None
            and problem.get("severity") == "warning"
            and (
                problem.get("code") in NOTICE_CODES
                or (
                    problem.get("code") == "unknown-table"
                    and sheet is not None
                    and sheet["kind"] in ("none", "empty")
                )
            )
        ):
            result.notices += 1
        else:
            result.false_alarms.append(problem)
    result.found = len(hit & wanted.keys())
    return result


def libhxl_read(path: Path) -> tuple[str, int, float]:
    """Whether libhxl reads the file (its first tagged sheet), its data rows, its seconds.

    Seconds are the median of 3 reads, like sitrep's.
    """
    hxl = importlib.import_module("hxl")  # libhxl, installed by hand: not a dependency
    times = []
    rows = 0
    for _ in range(3):
        start = time.perf_counter()
        try:
            source = hxl.data(str(path), hxl.InputOptions(allow_local=True))
            rows = sum(1 for _ in source)
        except Exception as exc:
            return f"no ({type(exc).__name__})", 0, time.perf_counter() - start
        times.append(time.perf_counter() - start)
    return "yes", rows, statistics.median(times)


def sitrep_seconds(path: Path, entry: dict[str, Any], work: Path) -> float:
    """In-process validation time of one file (median of 3), imports excluded."""
    from sitrep.validate import validate_paths

    folder = work / ("timed-" + path.stem)
    folder.mkdir()
    shutil.copy(path, folder / path.name)
    (folder / "sitrep.toml").write_text(_toml(path.name, entry, False), encoding="utf-8")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        validate_paths([folder])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--libhxl", action="store_true", help="also read each file with libhxl")
    parser.add_argument("--only", help="score only files whose name contains this")
    parser.add_argument("--detail", action="store_true", help="false alarms per file, by code")
    parser.add_argument(
        "--cli", action="store_true", help="run the sitrep command per file (default: the library)"
    )
    args = parser.parse_args()
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    entries = [e for e in expected["files"] if not args.only or args.only in e["file"]]
    scores: list[Score] = []
    absent = []
    causes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for entry in entries:
            if not (CORPUS / entry["file"]).is_file():
                absent.append(entry["file"])
                continue
            scores.append(score_file(entry, work, run_cli if args.cli else run_library))
        head = (
            f"{'file':<56} {'kind':>5} {'true':>5} {'found':>5} {'sev':>4} {'false':>6} {'tol':>4} "
            f"{'note':>4} {'exit':>4}  pass"
        )
        print(head)
        print("-" * len(head))
        for s in scores:
            print(
                f"{s.file:<56} {s.kinds_right:>2}/{len(s.kinds):<2} {s.expected:>5} "
                f"{s.found:>5} {s.severity_off:>4} {len(s.false_alarms):>6} {s.tolerated:>4} "
                f"{s.notices:>4} "
                f"{s.exit_code:>4}  {'yes' if s.passes else 'no'}"
                + (f"  ({s.note})" if s.note else "")
            )
            for p in s.false_alarms:
                causes[f"{p.get('code')} ({p.get('severity')})"] += 1
        print("-" * len(head))
        kinds = sum(len(s.kinds) for s in scores)
        print(
            f"{'total: ' + str(len(scores)) + ' files':<56} "
            f"{sum(s.kinds_right for s in scores):>2}/{kinds:<2} "
            f"{sum(s.expected for s in scores):>5} {sum(s.found for s in scores):>5} "
            f"{sum(s.severity_off for s in scores):>4} "
            f"{sum(len(s.false_alarms) for s in scores):>6} "
            f"{sum(s.tolerated for s in scores):>4} {sum(s.notices for s in scores):>4}"
            f"       {sum(s.passes for s in scores)} pass"
        )
        if absent:
            print(f"not scored (absent from local/): {len(absent)} files")
        print("\nfalse alarms by code:")
        for cause, n in causes.most_common():
            print(f"  {n:>6}  {cause}")
        print("\nsheets whose kind differs (expected -> got):")
        for s in scores:
            for name, want, got in s.kinds:
                if want != got:
                    print(f"  {s.file} [{name}]: {want} -> {got}")
        if args.detail:
            for s in scores:
                codes = Counter(f"{p.get('code')} on {p.get('column')}" for p in s.false_alarms)
                print(f"  {s.file}: " + "; ".join(f"{n}x {c}" for c, n in codes.most_common()))
                for p in s.false_alarms[:3]:
                    print(
                        f"  {s.file} [{p.get('sheet')}] row {p.get('row')} {p.get('column')}: "
                        f"{p.get('code')} {p.get('value')!r}"
                    )
        if args.libhxl:
            logging.disable(logging.CRITICAL)
            print(
                f"\n{'file':<56} {'libhxl reads':<32} {'rows':>5} {'libhxl s':>9} {'sitrep s':>9}"
            )
            for entry in entries:
                path = CORPUS / entry["file"]
                if path.is_file():
                    reads, rows, seconds = libhxl_read(path)
                    mine = sitrep_seconds(path, entry, work)
                    print(f"{entry['file']:<56} {reads:<32} {rows:>5} {seconds:>9.4f} {mine:>9.4f}")


if __name__ == "__main__":
    main()
