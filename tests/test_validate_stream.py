"""A CSV validated in batches gives exactly the report of the whole file: the same
problems, in the same order, on the same spreadsheet rows, with batches cut through
duplicates, tenfold jumps, totals, quoted multi-line cells and encodings."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from sitrep import tables
from sitrep.validate import stream, validate_paths

TODAY = dt.date(2026, 12, 2)
HEADER = [
    "Date",
    "Governorate",
    "Governorate P-code",
    "District",
    "District P-code",
    "Location",
    "IDPs",
    "IDP households",
    "Source",
]
TAGS = [
    "#date",
    "#adm1+name",
    "#adm1+code",
    "#adm2+name",
    "#adm2+code",
    "#loc+name",
    "#affected+idps+ind",
    "#affected+idps+hh",
    "#meta+source",
]


def _row(day: int, site: str, idps: str, households: str = "", **cells: str) -> list[str]:
    date = (dt.date(2016, 12, 1) + dt.timedelta(days=day)).isoformat()
    row = [date, "Aleppo", "SY02", "Jebel Saman", "SY0200", site, idps, households, "OCHA"]
    for name, value in cells.items():
        row[HEADER.index(name)] = value
    return row


def _rows() -> list[list[str]]:
    """A week of three sites, written with mistakes of every kind across rows."""
    rows = [_row(0, "Bustan al-Qasr", "1,200", "240")]
    rows += [_row(0, "Hanano", "900", "180"), _row(0, "Sakhour", "700", "140")]
    rows += [[""] * 9]  # a blank line
    rows += [_row(1, "Bustan al-Qasr", "1,250", "250", Source="OCHA\nfield team")]
    rows += [_row(1, "Hanano", "9,500", "300")]  # tenfold the day before
    rows += [_row(1, "Sakhour", "abc", "140")]
    rows += [_row(2, "Bustan al-Qasr", "1,300", "260")]
    rows += [_row(1, "Hanano", "950", "190")]  # the date and place of an earlier row
    rows += [_row(2, "Sakhour", "-5", "", Date="2016-13-45")]
    rows += [_row(2, "Hanano", "960", "1,000")]  # more households than people
    rows += [_row(3, "Bustan al-Qasr", "1,3\u200b50", "270", Location="Bustan\u200b al-Qasr")]
    rows += [_row(3, "Hanano", "970", "", Source="")]
    rows += [_row(3, "Sakhour", "720", "", Governorate="Idlib", Location='Sakhour "east"')]
    rows += [_row(4, "Bustan al-Qasr", "1,360", "272", Location="x" * 2_100)]
    rows += [_row(4, "Hanano", "٩٨٠", "196")]
    rows += [_row(4, "Sakhour", "730", "01460", **{"District P-code": "SY0300"})]
    rows += [_row(5, "Bustan al-Qasr", "1,370", "274", Date="05/12/2016")]
    rows += [["", "Total", "", "", "", "", "9,999", "", ""]]
    rows += [_row(5, "Hanano", "990", "2000")]  # the bad cell of the last batch
    return rows


def _write(
    path: Path, rows: list[list[str]], *, separator: str = ",", encoding: str = "utf-8-sig"
) -> Path:
    def cell(text: str) -> str:
        quoted = any(c in text for c in (separator, '"', "\n"))
        return '"' + text.replace('"', '""') + '"' if quoted else text

    lines = [separator.join(cell(c) for c in row) for row in [HEADER, TAGS, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _report(path: Path, batch_bytes: int | None) -> dict[str, Any]:
    """The report as `sitrep validate --format json` prints it; None: the whole file at once
    (as `build` reads it, with typed records)."""
    if batch_bytes is None:
        validation = validate_paths([path], today=TODAY, records=True)
    else:
        validation = validate_paths([path], today=TODAY, batch_bytes=batch_bytes)
    return validation.report.model_dump(include={"sheets", "problems", "summary"})


BATCHES = [1, 7 * 60, 1_000]
"""Batches of one record, of about seven rows, and of a sixth of the file."""


@pytest.mark.parametrize("batch_bytes", BATCHES)
@pytest.mark.parametrize(
    ("separator", "encoding"),
    [(",", "utf-8-sig"), (";", "utf-8"), (",", "cp1252")],
    ids=["comma, BOM", "semicolon", "Windows-1252"],
)
def test_a_csv_in_batches_gives_the_whole_files_report(
    tmp_path: Path, batch_bytes: int, separator: str, encoding: str
) -> None:
    rows = _rows()
    if encoding == "cp1252":  # an accented name far down the file: read again as cp1252
        rows = [[c.replace("\u200b", "").replace("٩٨٠", "980") for c in r] for r in rows]
        rows[-3][5] = "Bustan al-Qasr é"
    path = _write(tmp_path / "week.csv", rows, separator=separator, encoding=encoding)
    whole = _report(path, None)
    assert _report(path, batch_bytes) == whole
    codes = {p["code"] for p in whole["problems"]}
    assert {
        "duplicate-row",
        "jump-10x",
        "total-mismatch",
        "pcode-several-names",
        "not-a-count",
        "hh-exceed-ind",
    } <= codes


def test_a_bad_cell_in_the_last_batch_is_named_by_file_row_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "week.csv", _rows())
    report = validate_paths([path], today=TODAY, batch_bytes=1).report
    last = [(p.file, p.row, p.column, p.value, p.code) for p in report.problems if p.row == 22]
    assert last == [
        (str(path), 22, "Governorate P-code", "SY02", "pcode-several-names"),
        (str(path), 22, "IDP households", "2000", "hh-exceed-ind"),
        (str(path), 22, "IDP households", "2000", "jump-10x"),
    ]
    assert report.rows == 18  # the blank line and the totals row are not data


def test_a_duplicate_in_another_batch_names_the_first_row(tmp_path: Path) -> None:
    path = _write(tmp_path / "week.csv", _rows())
    report = validate_paths([path], today=TODAY, batch_bytes=1).report
    duplicates = [
        (p.row, p.column, p.message) for p in report.problems if p.code == "duplicate-row"
    ]
    assert duplicates == [(11, "Location", "same date and place as row 8")]


@pytest.mark.parametrize("ending", ["\n", "\r"], ids=["LF", "lone CR"])
def test_other_line_ends_in_batches_give_the_whole_files_report(
    tmp_path: Path, ending: str
) -> None:
    path = _write(tmp_path / "week.csv", _rows())
    path.write_bytes(path.read_bytes().replace(b"\r\n", ending.encode()))
    assert _report(path, 1) == _report(path, None)


def test_problems_of_a_kind_are_counted_past_the_limit_across_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables.cells, "MAX_PROBLEMS_PER_KIND", 2)
    rows = [_row(i, f"Site\u200b {i}", "100") for i in range(5)]
    path = _write(tmp_path / "week.csv", rows)
    report = _report(path, 1)
    assert report == _report(path, None)
    invisible = [(p["row"], p["message"]) for p in report["problems"] if p["column"] == "Location"]
    assert [row for row, _ in invisible] == [3, 4, None]
    assert invisible[-1][1] == "… and 3 more cells like this"


def test_a_streamed_csv_over_its_row_limit_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables.stream, "MAX_STREAMED_ROWS", 10)
    path = _write(tmp_path / "week.csv", _rows())
    (problem,) = validate_paths([path], today=TODAY, batch_bytes=1).report.problems
    assert (problem.code, problem.message) == (
        "too-large",
        "more than 10 rows; sitrep reads at most that many",
    )


def _long(rows: list[list[str]]) -> list[list[str]]:
    """The rows after 5,000 more, past the head read before the batches (256 KB)."""
    return [*(_row(i // 50, f"Camp {i % 50}", "100", "20") for i in range(5_000)), *rows]


def test_a_lone_cr_far_down_reads_the_file_again_with_cr_as_a_line_end(tmp_path: Path) -> None:
    path = _write(tmp_path / "week.csv", _long(_rows()))
    data = path.read_bytes()
    cut = data.rindex(b"\r\n", 0, len(data) - 2)  # the line end before the last row
    path.write_bytes(data[:cut] + b"\r" + data[cut + 2 :])
    assert _report(path, 4_096) == _report(path, None)


def test_a_row_too_wide_for_polars_far_down_is_read_as_the_whole_file_is(tmp_path: Path) -> None:
    rows = _rows()
    rows[-1] = [*rows[-1], "spilled", "over", "the", "header"]
    path = _write(tmp_path / "week.csv", _long(rows))
    report = _report(path, 4_096)
    assert report == _report(path, None)
    assert [p["code"] for p in report["problems"]].count("ragged-row") == 1


def test_windows_1252_far_down_reads_the_file_again(tmp_path: Path) -> None:
    rows = [[c.replace("\u200b", "").replace("٩٨٠", "980") for c in r] for r in _rows()]
    rows[-3][5] = "Bustan al-Qasr é"
    path = _write(tmp_path / "week.csv", _long(rows), encoding="cp1252")
    report = _report(path, 4_096)
    assert report == _report(path, None)
    assert report["problems"][0]["code"] == "encoding-fallback"


@pytest.mark.parametrize("batch_bytes", BATCHES)
def test_a_malformed_pcode_is_reported_in_every_batch_it_returns_to(
    tmp_path: Path, batch_bytes: int
) -> None:
    """A code is checked for its shape once a file: the batches after the one that first
    held it still report each of its rows, and a code first met late is checked too."""
    rows = [_row(d, site, "100") for d in range(4) for site in ("Hanano", "Sakhour")]
    for i in (0, 5, 7):
        rows[i][HEADER.index("Governorate P-code")] = "SY-02"
    rows[6][HEADER.index("District P-code")] = "SY020"
    path = _write(tmp_path / "codes.csv", rows)
    whole = _report(path, None)
    assert _report(path, batch_bytes) == whole
    bad = [(p["row"], p["value"]) for p in whole["problems"] if p["code"] == "bad-pcode"]
    assert bad == [(3, "SY-02"), (8, "SY-02"), (9, "SY020"), (10, "SY-02")]


@pytest.mark.parametrize("batch_bytes", BATCHES)
def test_cells_padded_with_any_white_space_are_read_as_the_whole_file_reads_them(
    tmp_path: Path, batch_bytes: int
) -> None:
    """A batch of plain text is looked at for padding spaces alone; one with a tab, a
    no-break space or a quoted line end at a cell's edge is stripped of those as well."""
    rows = [_row(d, site, "100") for d in range(4) for site in ("Hanano", "Sakhour")]
    rows[1][HEADER.index("IDPs")] = " 120 "
    rows[4][HEADER.index("IDPs")] = "130\t"
    rows[6][HEADER.index("IDPs")] = "\u00a0140"
    rows[7][HEADER.index("IDPs")] = "150\n"
    path = _write(tmp_path / "padded.csv", rows)
    whole = _report(path, None)
    assert _report(path, batch_bytes) == whole
    assert [p["code"] for p in whole["problems"]] == []


@pytest.mark.parametrize("batch_bytes", BATCHES)
def test_a_row_without_a_location_is_keyed_by_its_district_in_every_batch(
    tmp_path: Path, batch_bytes: int
) -> None:
    """A batch whose every row names its location keys rows by location alone; the rows of
    another batch that name none are keyed by their district, as the whole file keys them."""
    rows = [_row(0, "Hanano", "100"), _row(0, "", "100"), _row(1, "", "1,500")]
    rows += [_row(1, "Hanano", "110"), _row(1, "", "1,500")]
    path = _write(tmp_path / "districts.csv", rows)
    whole = _report(path, None)
    assert _report(path, batch_bytes) == whole
    found = [(p["row"], p["code"], p["message"]) for p in whole["problems"]]
    assert [(row, code) for row, code, _ in found] == [(7, "duplicate-row"), (5, "jump-10x")]
    assert found[0][2] == "same date and place as row 5"


def test_an_error_while_a_batch_is_checked_ends_the_reading_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next batches are read in another thread; an error in checking one reaches the
    caller, and that thread stops with it instead of reading the rest of the file."""

    def fail(*_: object) -> None:
        raise RuntimeError("checking failed")

    monkeypatch.setattr(stream, "hit_problems", fail)
    path = _write(tmp_path / "week.csv", _long(_rows()))
    with pytest.raises(RuntimeError, match="checking failed"):
        validate_paths([path], today=TODAY, batch_bytes=1_000)
    assert [t for t in threading.enumerate() if t.name == "sitrep-read-ahead"] == []
