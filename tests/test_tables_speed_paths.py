"""Behaviour of the fast paths of a CSV validated in batches: the same problems as one batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.validate import validate_paths

HEADER = "Date,Governorate,Governorate P-code,District,District P-code,Location,IDPs,Source\n"
TAGS = (
    "#date,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#loc+name,#affected+idps+ind,#meta+source\n"
)


def _row(day: int, place: str, people: str) -> str:
    return f"2016-01-{day:02d},Aleppo,SY02,Jebel Saman,SY0200,{place},{people},ocha\n"


def _problems(path: Path, batch_bytes: int) -> list[tuple[int | None, str | None, str, str]]:
    report = validate_paths([path], today=dt.date(2016, 12, 8), batch_bytes=batch_bytes).report
    return [(p.row, p.column, p.code, p.message) for p in report.problems]


@pytest.mark.parametrize("batch_bytes", [60, 120, 250, 700])
@pytest.mark.parametrize("last", [",Total,,,,,999,ocha\n", "", ",Grand total,,,,,30,ocha\n"])
def test_totals_rows_found_whatever_the_batches(
    tmp_path: Path, batch_bytes: int, last: str
) -> None:
    """A totals row at the end, a row naming itself a total amid the table (a data row
    there, so a place-less one), and bad cells near every batch's end: each batch size
    reports what one batch of the whole file does."""
    rows = [_row(d, f"Site {d}", str(10 + d) if d % 4 else "x") for d in range(1, 13)]
    rows.insert(6, ",Total,,,,,5,ocha\n")
    path = tmp_path / "displacement.csv"
    path.write_text(HEADER + TAGS + "".join(rows) + last, encoding="utf-8")
    whole = _problems(path, 1 << 20)
    codes = {code for _, _, code, _ in whole}
    assert "not-a-count" in codes
    assert ("total-mismatch" in codes) == bool(last)
    assert _problems(path, batch_bytes) == whole
