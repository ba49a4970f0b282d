"""A situation folder the size of a real crisis week, for timing builds.

1,449 displacement sites in 15 governorates report daily from 2 to 8 December, each
split by population group (new IDPs, protracted IDPs, host community) and by sex and
age band, one row a group, as site-monitoring exports in long form are: about 300,000
rows. The numbers are random but
plausible (a site's figures drift from day to day), and every row is valid, so the
time measured is the time of a clean build.

    .venv/bin/python bench/crisis_week.py OUT_DIR [--rows 300000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
FIRST_DAY = dt.date(2016, 12, 2)
DAYS = 7
SITES = 1_449
GOVERNORATES = 15
POPULATIONS = ("new IDPs", "protracted IDPs", "host community")
COHORTS = tuple(
    f"{sex} {ages}"
    for ages in ("0-4", "5-11", "12-17", "18-59", "60+")
    for sex in ("female", "male")
)
GROUPS = tuple(f"{population}, {cohort}" for population in POPULATIONS for cohort in COHORTS)
HEADER = [
    "Date",
    "Governorate",
    "Governorate P-code",
    "District",
    "District P-code",
    "Site",
    "Population group",
    "IDPs (individuals)",
    "Source",
]
HXL = [
    "#date",
    "#adm1+name",
    "#adm1+code",
    "#adm2+name",
    "#adm2+code",
    "#loc+name",
    "#group",
    "#affected+idps+ind",
    "#meta+source",
]


def site_rows(rows: int) -> int:
    """Rows a site reports a day, so that the week has about `rows` rows."""
    return max(1, round(rows / (SITES * DAYS)))


def write_week(folder: Path, rows: int = 300_000, seed: int = 20161208) -> Path:
    """Write the example's metadata and gazetteer plus a week of site reports."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE / "sitrep.toml", folder / "sitrep.toml")
    rng = random.Random(seed)
    groups = GROUPS[: site_rows(rows)]
    sites = []
    for n in range(SITES):
        gov = n % GOVERNORATES + 1
        district = n // GOVERNORATES % 40
        base = {group: rng.randrange(20, 4_000) for group in groups}
        sites.append((gov, district, f"Site {n + 1:04d}", base))
    with (folder / "site-monitoring.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerow(HXL)
        for offset in range(DAYS):
            day = FIRST_DAY + dt.timedelta(days=offset)
            for gov, district, name, base in sites:
                for group, start in base.items():
                    value = max(0, round(start * (1 + rng.uniform(-0.05, 0.08) * offset)))
                    writer.writerow(
                        [
                            day.isoformat(),
                            f"Governorate {gov}",
                            f"SY{gov:02d}",
                            f"District {gov}-{district}",
                            f"SY{gov:02d}{district:02d}",
                            name,
                            group,
                            value,
                            "site monitoring (generated)",
                        ]
                    )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the situation folder to write")
    parser.add_argument("--rows", type=int, default=300_000)
    args = parser.parse_args()
    folder = write_week(args.out, args.rows)
    lines = sum(1 for _ in (folder / "site-monitoring.csv").open(encoding="utf-8")) - 2
    print(f"{folder}: {lines:,} rows from {SITES:,} sites over {DAYS} days")


if __name__ == "__main__":
    main()
