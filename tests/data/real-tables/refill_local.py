"""Refill the git-ignored `local/` folder from repository snapshots, cut as SOURCES.md says.

The local files may not be committed (their licences forbid redistribution, or they are
workbooks only a snapshot delivers), so a fresh machine starts without them and
`bench/real_tables.py` scores only the committed ones. This script redoes the cuts written
in SOURCES.md so that every machine scores the same excerpts.

Usage: `python tests/data/real-tables/refill_local.py MIRRORS`, where MIRRORS holds one bare
git directory per repository at `MIRRORS/OWNER+NAME/repo` (the layout the snapshot tool
writes); the repositories and commits are the ones in SOURCES.md's "Local" table.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
LOCAL = HERE / "local"

Lines = list[bytes]


def sources(section: str = "Local (not committed)") -> dict[str, tuple[str, str, str]]:
    """File name -> (repository, path, commit), from a table of SOURCES.md (`Committed` or
    `Local (not committed)`)."""
    text = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    part = text.split(f"## {section}\n")[1].split("\n## ")[0]
    rows: dict[str, tuple[str, str, str]] = {}
    for line in part.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 4 or cells[0] in ("file", "---"):
            continue
        rows[cells[0]] = (cells[1], cells[2], cells[3].split()[0])
    return rows


def original(mirrors: Path, repo: str, path: str, commit: str) -> bytes:
    """The file as its repository holds it at that commit."""
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def _fields(line: bytes) -> list[str]:
    return next(csv.reader([line.decode("utf-8-sig")]), [])


def _split(data: bytes, head: int) -> tuple[Lines, Lines]:
    lines = data.splitlines(keepends=True)
    return lines[:head], lines[head:]


def _first(data_rows: int, head: int = 2) -> Callable[[bytes], bytes]:
    def cut(data: bytes) -> bytes:
        top, body = _split(data, head)
        return b"".join(top + body[:data_rows])

    return cut


def _per_group(
    key: Callable[[list[str]], str],
    quota: dict[str, int],
    head: int,
) -> Callable[[bytes], bytes]:
    """Keep the first `quota[key]` rows of each group, in file order."""

    def cut(data: bytes) -> bytes:
        top, body = _split(data, head)
        taken: Counter[str] = Counter()
        kept = []
        for line in body:
            group = key(_fields(line))
            if group in quota and taken[group] < quota[group]:
                taken[group] += 1
                kept.append(line)
        return b"".join(top + kept)

    return cut


def _records(data: bytes) -> Lines:
    """A CSV's records as raw bytes, a quoted cell's line breaks kept inside its record."""
    records: Lines = []
    pending = b""
    for line in data.splitlines(keepends=True):
        pending += line
        if pending.count(b'"') % 2 == 0:
            records.append(pending)
            pending = b""
    return records + ([pending] if pending else [])


def _first_records(count: int, head: int = 2) -> Callable[[bytes], bytes]:
    return lambda data: b"".join(_records(data)[: head + count])


def _first_objects(count: int) -> Callable[[bytes], bytes]:
    """A JSON list's first objects, re-indented."""

    def cut(data: bytes) -> bytes:
        rows = json.loads(data)[:count]
        return (json.dumps(rows, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    return cut


def _dtm_admin2(data: bytes) -> bytes:
    quota = {"HTI": 20, "IRQ": 15, "SDN": 15}
    return _per_group(lambda f: f[3], quota, 2)(data)


def _dtm_levels(data: bytes) -> bytes:
    quota = {f"{c}/{lv}": 6 for c in ("AFG", "TCD", "HTI") for lv in "012"}
    return _per_group(lambda f: f"{f[3]}/{f[8]}", quota, 2)(data)


def _hapi_idps(data: bytes) -> bytes:
    countries = ("AFG", "HTI", "IRQ", "SDN", "NGA", "SOM")
    quota = {f"{c}/{lv}": 5 for c in countries for lv in "012"}
    return _per_group(lambda f: f"{f[0]}/{f[9]}", quota, 1)(data)


def _acled(data: bytes) -> bytes:
    top, body = _split(data, 2)
    national = [line for line in body if not _fields(line)[1]][:20]
    # The order of the countries is the excerpt's, which expected.json's rows follow.
    quota = {"MMR": 6, "BDI": 6, "NGA": 12, "NER": 6, "CMR": 6, "CAF": 6, "COL": 4}
    rest = []
    for country, count in quota.items():
        rest += [line for line in body if _fields(line)[1] and _fields(line)[0] == country][:count]
    return b"".join(top + national + rest)


def _hapi_conflict(data: bytes) -> bytes:
    top, body = _split(data, 2)
    rows = [(line, _fields(line)) for line in body]
    national = [line for line, f in rows if f[9] == "0"][:6]
    nga2 = [line for line, f in rows if f[0] == "NGA" and f[9] == "2"]
    kept = national + nga2[:4] + nga2[600:612]
    for country in ("MMR", "BDI", "CAF", "COL", "NER", "SYR", "UKR"):
        kept += [line for line, f in rows if f[0] == country and f[9] != "0"][:6]
    return b"".join(top + kept)


def _dtm_json(data: bytes) -> bytes:
    envelope = json.loads(data)
    envelope["result"] = envelope["result"][:25]
    return (json.dumps(envelope, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _workbook(keep: Callable[[str, int], list[int] | None]) -> Callable[[bytes], bytes]:
    """Re-save a workbook's cell values, every sheet, keeping the rows `keep` lists."""

    def cut(data: bytes) -> bytes:
        source = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        target = openpyxl.Workbook()
        for blank in target.worksheets:
            target.remove(blank)
        for sheet in source.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            wanted = keep(sheet.title, len(rows))
            indices = range(len(rows)) if wanted is None else [i - 1 for i in wanted]
            out = target.create_sheet(sheet.title)
            for index in indices:
                if index < len(rows):
                    out.append(list(rows[index]))
        buffer = io.BytesIO()
        target.save(buffer)
        return buffer.getvalue()

    return cut


def _upto(last: int) -> list[int]:
    return list(range(1, last + 1))


def _cod_ab(data: bytes) -> bytes:
    """Admin 4 and 3 keep their first 24 rows; an upper sheet also keeps its kept rows' parents."""
    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)

    def column(sheet: str, name: str) -> list[object]:
        rows = list(book[sheet].iter_rows(values_only=True))
        at = list(rows[0]).index(name)
        return [row[at] for row in rows]

    first = {"caf_admin2": 29, "caf_admin3": 24, "caf_admin4": 24, "caf_adminlines": 7}
    keep: dict[str, list[int]] = {"caf_admin4": _upto(first["caf_admin4"] + 1)}
    for level in (3, 2):
        sheet, child = f"caf_admin{level}", f"caf_admin{level + 1}"
        parents = {column(child, f"adm{level}_pcode")[i - 1] for i in keep[child][1:]}
        codes = column(sheet, f"adm{level}_pcode")
        rows = set(_upto(first[sheet] + 1))
        rows |= {i + 1 for i, code in enumerate(codes) if i and code in parents}
        keep[sheet] = sorted(rows)
    keep["caf_adminlines"] = _upto(first["caf_adminlines"] + 1)
    return _workbook(lambda title, _n: keep.get(title))(data)


def _data_rows(count: int, head: dict[str, int] | None = None) -> Callable[[str, int], list[int]]:
    return lambda title, _n: _upto((head or {}).get(title, 1) + count)


def _ukr_targets(title: str, _rows: int) -> list[int] | None:
    if "Oblast" in title:
        return _upto(6 + 20)
    if title == "Activity List":
        return _upto(4 + 20)
    return None


def _as_is(data: bytes) -> bytes:
    return data


CUTS: dict[str, Callable[[bytes], bytes]] = {
    "iom-dtm-api-admin2-hti-irq-sdn.csv": _dtm_admin2,
    "iom-dtm-api-admin0-2-afg-tcd-hti.csv": _dtm_levels,
    "iom-dtm-api-displacement-admin2-tcd.json": _dtm_json,
    "hdx-hapi-idps-global.csv": _hapi_idps,
    "acled-conflict-events-and-fatalities.csv": _acled,
    "hdx-hapi-conflict-event-global-2025.csv": _hapi_conflict,
    "acled-political-violence-events-and-fatalities.xlsx": _workbook(_data_rows(30)),
    "cod-ab-caf.xlsx": _cod_ab,
    "3w-tcd-avr2025.xlsx": _workbook(_data_rows(30, {"3W Opérationnelle": 2})),
    "3w-som-jan-apr-2025.xlsx": _workbook(_data_rows(30)),
    "4w-cod-extrait-mai-2025.xlsx": _workbook(_data_rows(30)),
    "3w-bdi-feb-2023.ods": _as_is,
    "libhxl-input-merged.xlsx": _as_is,
    "libhxl-input-quality.xlsx": _as_is,
    "hxl-proxy-validation-data.xlsx": _as_is,
    "hxl-proxy-multisheet-dataset.xlsx": _as_is,
    "cod-ps-vct-2022.xlsx": _workbook(lambda _t, _n: None),
    "unhcr-prmn-somalia-arrivals.xlsx": _workbook(lambda _t, _n: [*_upto(41), 391]),
    "ocha-ukr-hrp-2023-targets.xlsx": _workbook(_ukr_targets),
    "ocha-eth-drought-idps-by-woreda.csv": _first(30),
    "iom-dtm-ukr-idp-estimates-round14.xlsx": _as_is,
    "ocha-ukr-hno-2023-pin-severity.xlsx": _as_is,
    "idmc-idps-by-country-year.csv": _first(30),
    "ipc-somalia-projection-oct-dec-2022.csv": _first(26, head=4),
    "ucdp-ged-events-bgd.csv": _first_records(20),
    "idmc-idu-events-ind.csv": _first_records(20, head=1),
    "missing-migrants-2025.json": _first_objects(20),
    "cod-ab-afg-tabular.xlsx": _workbook(lambda title, _n: _upto(31) if title == "ADM2" else None),
    "mkd-admn.xls": _as_is,
    "insecurity-insight-aid-workers-kika-by-country-year.json": _first_objects(20),
    "awsd-afg-aid-worker-security-incidents.csv": _first_records(20, head=1),
    "iom-dtm-api-displacement-admin1-tcd.json": _dtm_json,
    "acled-civilian-targeting-events-and-fatalities.xlsx": _workbook(_data_rows(30)),
    "iom-dtm-irq-master-list-2014-09-01.csv": _first(30, head=0),
    "irq-idps-kri-by-district-and-origin-2014.csv": _as_is,
    "irq-humanitarian-caseload-2014-by-governorate.csv": _as_is,
    "irq-camps-weekly-report-2014.csv": _as_is,
    "iom-dtm-ukr-returnees-round13.xlsx": _as_is,
    "worldbank-population-total-list.xls": _as_is,
    "unhcr-ukraine-refugees-by-country-api.json": _as_is,
}


def main(mirrors: Path) -> int:
    local = sources()
    LOCAL.mkdir(exist_ok=True)
    for name, cut in CUTS.items():
        repo, path, commit = local[name]
        (LOCAL / name).write_bytes(cut(original(mirrors, repo, path, commit)))
        print(f"{name}: from {repo} {commit[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
