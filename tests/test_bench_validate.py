"""bench/validate.py's options: what a run measures is what it was asked to (it prints
figures, never asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parent.parent / "bench" / "validate.py"


def _bench(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH), *options], capture_output=True, text=True, timeout=120
    )


def test_rows_0_runs_no_csv_case() -> None:
    done = _bench(
        "--rows",
        "0",
        "--xlsx-rows",
        "0",
        "--big-rows",
        "0",
        "--example-runs",
        "0",
        "--only-processes",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert not (BENCH.parent / "data" / "displacement-0.csv").exists()


def test_rows_0_needs_only_processes() -> None:
    done = _bench("--rows", "0", "--example-runs", "0")
    assert done.returncode == 2
    assert "--rows 0 needs --only-processes" in done.stderr
