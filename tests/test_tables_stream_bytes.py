"""What a streamed CSV's batches say about their bytes, counted from one pass over each run
(issue 12): whether any cell can hide a character, and whether spaces are the only white
space a cell's edges can hold, batch by batch, as the file's text decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.tables import open_csv_stream

HEAD = "Date,Area,IDPs,Source\r\n#date,#loc+name,#affected+idps+ind,#meta+source\r\n"


def _flags(tmp_path: Path, rows: list[str], batch_bytes: int = 1024) -> list[tuple[bool, bool]]:
    path = tmp_path / "d.csv"
    path.write_bytes((HEAD + "".join(rows)).encode())
    stream = open_csv_stream(path, batch_bytes)
    assert stream is not None
    return [(b.grid.plain, b.sheet.spaces_only) for b in stream.batches()]


def _rows(odd: str, at: int) -> list[str]:
    """200 rows, the one at `at` naming its place `odd` (a cell as the file holds it)."""
    return [
        f'2016-12-08,{odd if i == at else f"Site {i}"},"{1000 + i:,}",UN\r\n' for i in range(200)
    ]


def test_quoted_thousands_in_crlf_ascii_text_leave_every_batch_plain(tmp_path: Path) -> None:
    flags = _flags(tmp_path, _rows("Site", 0))
    assert len(flags) > 3
    assert flags == [(True, True)] * len(flags)


@pytest.mark.parametrize(
    ("odd", "expected"),
    [
        ("Alepp\u00e9", (False, False)),
        ("Tab\there", (True, False)),
        ('"Line\nbreak"', (True, False)),
    ],
)
def test_only_the_batch_holding_an_odd_cell_is_looked_at_closely(
    tmp_path: Path, odd: str, expected: tuple[bool, bool]
) -> None:
    flags = _flags(tmp_path, _rows(odd, 150))
    assert expected in flags
    assert flags.count((True, True)) == len(flags) - 1
