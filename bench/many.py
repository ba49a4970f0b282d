"""Many situations at once: 20 copies of the example built by one `sitrep build` process.

Prints the wall time of the whole command with one worker and with one per core, the
ratio, and seconds per situation. The issue's target is 20 situations in under 15 s.

    .venv/bin/python bench/many.py [SITUATIONS]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitrep.process import usable_cores

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"


def _timed(region: Path, out: Path, workers: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep",
            "build",
            str(region),
            "--date",
            "2016-12-08",
            "--out",
            str(out),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        region = Path(tmp) / "region"
        for n in range(count):
            shutil.copytree(EXAMPLE, region / f"situation-{n + 1:02d}")
        out = Path(tmp) / "out"
        cores = usable_cores()
        one = _timed(region, out, 1)
        many = _timed(region, out, cores)
    print(f"{count} situations, 1 worker:  {one:6.2f} s ({one / count:.2f} s each)")
    print(f"{count} situations, {cores} workers: {many:6.2f} s ({many / count:.2f} s each)")
    print(f"speed-up: {one / many:.2f}×")


if __name__ == "__main__":
    main()
