"""Merging a crisis week: conflicts, the displaced total and seconds, without rendering.

The week of bench/crisis_week.py (about 300,000 rows, 1,449 sites, 30 population groups
a site) is validated and merged for 8 December 2016; printed are the seconds of each
stage (wall and CPU), the conflicts the report would list, the displaced key figure,
the number of rows the validator warns about, the size of `sitrep.json` and the
process's peak memory. Rendering the result takes far longer
and is timed by bench/build.py --large.

    .venv/bin/python bench/merge_week.py [--rows 300000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import tempfile
import time
from pathlib import Path

from crisis_week import write_week

from sitrep.export import sitrep_json
from sitrep.gazetteer import Gazetteer
from sitrep.load import open_situation
from sitrep.merge import merge
from sitrep.models import Extraction, GazetteerEntry, Indicator
from sitrep.validate import validate_situation

DAY = dt.date(2016, 12, 8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_week(Path(tmp) / "crisis-week", rows)
        started, started_cpu = time.perf_counter(), time.process_time()
        inputs = open_situation(folder)
        validation = validate_situation(inputs, today=DAY)
        validated, validated_cpu = time.perf_counter(), time.process_time()
        gazetteer = Gazetteer.of(
            r for t in validation.tables for r in t.records if isinstance(r, GazetteerEntry)
        )
        sitrep = merge(
            inputs.require_situation(),
            day=DAY,
            tables=validation.tables,
            extraction=Extraction(),
            gazetteer=gazetteer,
        )
        merged, merged_cpu = time.perf_counter(), time.process_time()
        written = len(sitrep_json(sitrep))
    displaced = next(f for f in sitrep.key_figures if f.indicator is Indicator.displaced)
    print(f"{sum(len(t.records) for t in validation.tables):,} records")
    print(f"load + validate {validated - started:.2f} s, merge {merged - validated:.2f} s (wall)")
    print(
        f"load + validate {validated_cpu - started_cpu:.2f} s, "
        f"merge {merged_cpu - validated_cpu:.2f} s (CPU, steadier on a shared machine)"
    )
    print(f"conflicts listed: {len(sitrep.conflicts):,}")
    print(f"displaced total: {displaced.value:,}")
    print(f"validation warnings: {len(validation.report.warnings):,}")
    print(f"report notes (lines in the PDF's data notes): {len(sitrep.warnings):,}")
    print(f"sitrep.json: {written:,} bytes")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS): {peak / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
