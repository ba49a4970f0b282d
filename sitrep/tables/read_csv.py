"""Read CSV text whole: encoding, line endings and delimiter are settled before polars reads
it, and a file polars finds odd is read again, strictly, by the csv module.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from pathlib import Path

import polars as pl

from sitrep.limits import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_TABLE_BYTES,
    read_regular_file,
)
from sitrep.models import Problem, Severity
from sitrep.tables.sheet import ReadResult, _file_problem, _Grid, _UnreadableError

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_HEADER_SCAN_ROWS = 20


# --- CSV ------------------------------------------------------------------------------


class _NotUtf8Error(Exception):
    """The bytes are not UTF-8; `_read_csv` reads them again as Windows-1252."""


def _decode(raw: bytes) -> bytes:
    """UTF-8 bytes: BOMs dropped, UTF-16 re-encoded; whether the rest is valid UTF-8 the
    parser checks."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw = _from_utf16(raw, "utf-16")
    else:
        head = raw[:4096]
        if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
            # UTF-16 without a byte-order mark: ASCII text has a zero byte every other byte.
            little = head[1::2].count(0) > head[0::2].count(0)
            raw = _from_utf16(raw, "utf-16-le" if little else "utf-16-be")
        elif b"\x00" in head:
            raise _UnreadableError("binary data, not text")
    return raw


_LONE_CR = re.compile(rb"\r(?!\n)")
"""A CR that does not end a CRLF: found in a third of the time counting CRLFs takes."""


def _has_lone_cr(data: bytes) -> bool:
    return _LONE_CR.search(data) is not None


def _unix_lines(data: bytes, carriage_returns: int) -> bytes:
    """Lone CRs as line ends: CRLF alone the parser reads as it should, a lone CR it would
    not ("CSV (Macintosh)", or one stray CR gluing two rows together)."""
    if carriage_returns and _has_lone_cr(data):
        return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def _from_utf16(raw: bytes, encoding: str) -> bytes:
    try:
        return raw.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        if len(raw) % 2:
            raise _UnreadableError(
                "the file ends in the middle of a UTF-16 character (an odd number of bytes), "
                "so it was probably cut short; save it again"
            ) from None
        raise _UnreadableError(
            f"binary data, or UTF-16 text damaged at byte {exc.start:,}; save it as UTF-8 CSV"
        ) from None


def _sniff_delimiter(head: bytes) -> str:
    """The file's delimiter: the only one of `,;<tab>` its first lines hold, the same number
    of times on each (most files, at once), else the csv module's guess from 8 KB."""
    lines = head[:8192].split(b"\n", 6)[:5]
    if len(lines) > 1 and b'"' not in b"".join(lines):
        used = {d for d in (b",", b";", b"\t") if any(d in line for line in lines)}
        if len(used) == 1:
            (only,) = used
            if len({line.count(only) for line in lines if line.strip()}) == 1:
                return only.decode()
    sample = head[:8192].decode("utf-8", errors="ignore")
    if "\n" in sample[:-1]:
        sample = sample[: sample.rindex("\n", 0, len(sample) - 1)]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ",;\t"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


_PRINTABLE_ASCII = bytes(b for b in range(256) if b in b"\t\n" or 0x20 <= b <= 0x7E)


def _read_csv(path: Path, result: ReadResult, file: str) -> _Grid:
    """Every row as Excel shows it, or a problem saying why the file cannot be read."""
    raw = read_regular_file(path, MAX_TABLE_BYTES)
    if raw.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise _UnreadableError("this is a spreadsheet workbook, not CSV text; save it as .xlsx")
    data = _decode(raw)
    del raw
    if not data or data.isspace():
        raise _UnreadableError("the file is empty", code="empty-file")
    odd = data.translate(None, _PRINTABLE_ASCII)
    # One pass finds both the CRs and whether any cell could hold an invisible character.
    carriage_returns = odd.count(b"\r")
    data = _unix_lines(data, carriage_returns)
    plain = len(odd) == carriage_returns
    separator = _sniff_delimiter(data)
    try:
        return _Grid(None, _polars_csv(data, separator), plain=plain)
    except _NotUtf8Error:
        pass
    result.problems.append(_not_utf8(file))
    text = data.decode("cp1252", errors="replace").encode("utf-8")
    return _Grid(None, _polars_csv(text, separator))


_SNIFF_BYTES = 64 * 1024
"""The start of a CSV whose rows give its width."""


def _head_width(data: bytes, separator: str) -> int:
    """The widest of the first rows, where the header is; a wider row later is found later."""
    head = data[:_SNIFF_BYTES]
    end = head.rfind(b"\n")
    if len(head) < len(data) and end > 0:
        head = head[:end]
    text = head.decode("utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        return max((len(r) for r in itertools.islice(rows, _HEADER_SCAN_ROWS + 5)), default=1)
    except csv.Error:
        return text.split("\n", 1)[0].count(separator) + 1


def _polars_csv(data: bytes, separator: str) -> pl.DataFrame:
    """Every cell as text, rows numbered as read (blank lines kept, as a spreadsheet shows).

    polars reads well-formed files fast, as wide as their first rows plus one spare
    column. A row that fills the spare column, or anything polars cannot parse, sends
    the file to `_careful_csv`, which reads every row at its own width.
    """
    width = _head_width(data, separator)
    if width > MAX_COLUMNS:
        end = data.find(b"\n")
        cells = data[: end if end != -1 else len(data)].count(separator.encode()) + 1
        raise _UnreadableError(
            f"the first rows are {max(width, cells):,} cells wide; sitrep reads at most "
            f"{MAX_COLUMNS:,} columns",
            code="too-large",
        )
    spare = f"column_{width}"
    try:
        frame = pl.read_csv(
            data,
            has_header=False,
            schema={f"column_{i}": pl.String for i in range(width + 1)},
            separator=separator,
            truncate_ragged_lines=True,
            missing_columns="insert",
            # one row past the limit says the file is too large, without reading the rest
            n_rows=MAX_ROWS + 1,
        )
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower():
            raise _NotUtf8Error from None
        return _careful_csv(data, separator)
    if frame.height > MAX_ROWS:
        raise _too_many_rows()
    if frame.get_column(spare).null_count() < frame.height:
        return _careful_csv(data, separator)
    return frame.drop(spare)


def _too_many_rows() -> _UnreadableError:
    return _UnreadableError(
        f"more than {MAX_ROWS:,} rows; sitrep reads at most that many", code="too-large"
    )


def _careful_csv(data: bytes, separator: str) -> pl.DataFrame:
    """The file as Python's csv module reads it, strictly: slow, for files polars finds odd."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _NotUtf8Error from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise _UnreadableError(
                    f"line {reader.line_num:,} has {len(row):,} cells; sitrep reads at most "
                    f"{MAX_COLUMNS:,} columns",
                    code="too-large",
                )
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
    except csv.Error as exc:
        raise _UnreadableError(_csv_error(exc, reader.line_num)) from None
    width = max((len(r) for r in rows), default=0)
    columns = {
        f"column_{i}": [(r[i] or None) if i < len(r) else None for r in rows] for i in range(width)
    }
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))


def _csv_error(exc: csv.Error, line: int) -> str:
    """What is wrong at which line, in the words of someone looking at the file."""
    text = str(exc)
    if "unexpected end of data" in text:
        reason = 'a quoted cell is not closed (look for a stray ")'
    elif "expected after" in text:
        reason = 'a quote inside a quoted cell is not doubled (look for a stray ")'
    elif "field larger than field limit" in text:
        reason = f"a cell is longer than {csv.field_size_limit():,} characters"
    else:
        reason = " ".join(text.split())[:200]
    return f"not readable as CSV, line {line:,}: {reason}"


def _not_utf8(file: str) -> Problem:
    return _file_problem(
        file,
        "encoding-fallback",
        "not UTF-8; read as Windows-1252. Check accented names, and save as UTF-8 CSV",
        Severity.warning,
    )
