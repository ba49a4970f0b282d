"""Read a CSV file in batches, so a large file is validated in memory for one batch, not all
of it.
"""

from __future__ import annotations

import codecs
import dataclasses
import os
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from sitrep.limits import (
    MAX_COLUMNS,
    MAX_STREAMED_ROWS,
    MAX_TABLE_BYTES,
    MB,
    RefusedFileError,
    open_regular_file,
)
from sitrep.models import Problem, TableKind
from sitrep.tables.read_csv import (
    _BOMS,
    _OLE_MAGIC,
    _SNIFF_BYTES,
    _ZIP_MAGIC,
    _has_lone_cr,
    _head_width,
    _not_utf8,
    _sniff_delimiter,
)
from sitrep.tables.recognise import (
    _FILLED,
    _HXL_SCAN_ROWS,
    _SAMPLE_ROWS,
    _report_unknown,
    _sheet,
    shape,
)
from sitrep.tables.sheet import ROW, Sheet, _Grid

# --- CSV in batches ----------------------------------------------------------------------

BATCH_BYTES = 8 * MB
"""The text of one batch of a CSV validated in batches (some 100,000 rows of a
displacement table): each batch costs a few polars queries whatever its size, so fewer,
larger batches take less time (1M rows: 1.2 s of CPU in 8 MB batches, 1.35 s in 4 MB),
while two batches' prepared columns stay a small part of the memory used (about 300 MiB
at 1M rows, most of it the checks across rows)."""
_HEAD_BYTES = 256 * 1024
"""The start of a file read to find its separator, width, header and kind: the first 8 KB
and 64 KB `_sniff_delimiter` and `_head_width` read, and more rows than `_unmapped` samples."""
_MAX_HEAD_BYTES = 64 * MB


class StreamRestartError(Exception):
    """A streamed CSV must be read again from its first byte, another way (as Windows-1252,
    or with lone CRs as line ends, as `_read_csv` reads such a file): what was found from
    its batches so far no longer holds."""


class StreamFallbackError(Exception):
    """A CSV that cannot be read in batches as it is read whole (a row polars cannot parse,
    or wider than the first rows, which `_careful_csv` reads whole): read it whole."""


@dataclass
class CsvBatch:
    """Some consecutive rows of a streamed CSV: its data rows as the sheet's frame (the
    spreadsheet's row numbers, the fields under their names) and its cells as read."""

    sheet: Sheet
    grid: _Grid


@dataclass
class CsvStream:
    """A CSV file validated in batches of whole records, in bounded memory.

    The head is read first, as `_read_csv` and `_sheet` read a whole file (separator,
    width, header and HXL rows, kind); then `batches` cuts the text at line ends outside
    quotes, so each batch is read by polars as the whole file would be, and numbers its
    rows from the records before it. Anything the whole file would be read differently
    for is found on the way: a byte that is not UTF-8 or a lone CR restarts the reading
    (`StreamRestartError`), a row polars cannot read sends the file to `read_table_file`
    (`StreamFallbackError`).
    """

    path: Path
    batch_bytes: int = BATCH_BYTES
    cp1252: bool = False
    unix_lines: bool = False
    separator: str = ","
    width: int = 1
    problems: list[Problem] = field(default_factory=list)
    """File-level problems (`encoding-fallback`)."""
    sheet: Sheet | None = None
    """The sheet's structure (columns, kind, fields, its own problems), without rows."""

    @property
    def file(self) -> str:
        return str(self.path)

    def start(self) -> None:
        """Read the head (again, after a restart) in the current way of reading."""
        size = _HEAD_BYTES
        while True:
            runs = self._runs(size)
            try:
                head, _ = next(runs, (b"", b""))
                more = next(runs, None) is not None
            finally:
                runs.close()
            if not head or head.isspace():
                raise StreamFallbackError
            if not self.unix_lines and _has_lone_cr(head):
                self.unix_lines = True
                continue
            self.separator = _sniff_delimiter(head)
            self.width = _head_width(head, self.separator)
            if self.width > MAX_COLUMNS:
                raise StreamFallbackError
            try:
                grid = self._parse(head)
            except StreamRestartError:
                continue
            sheet = _sheet(self.file, None, grid, 1)
            if sheet is None:
                raise StreamFallbackError
            sampled = (
                sheet.frame.height >= _SAMPLE_ROWS
                and grid.height >= _HXL_SCAN_ROWS
                and len(head) > _SNIFF_BYTES
            )
            if more and not sampled:
                if size >= _MAX_HEAD_BYTES:
                    raise StreamFallbackError
                size *= 4
                continue
            if sheet.kind is None:
                _report_unknown(sheet)
            sheet.frame = sheet.frame.clear()
            self.sheet = sheet
            return

    def batches(self, fields: Sequence[str] | None = None) -> Iterator[CsvBatch]:
        """The file's rows batch by batch, from its first byte; with `fields`, only those
        fields' columns are read (and rows where all are empty left out)."""
        assert self.sheet is not None
        structure = self.sheet
        columns = None
        if fields is not None:
            kept = {n: structure.fields[n] for n in fields}
            structure = dataclasses.replace(structure, fields=kept, unmapped=([], []))
            columns = [structure.grid_columns[c.index] for c in kept.values()]
        records = 0
        for run, odd in self._runs(self.batch_bytes):
            returns = odd.count(b"\r")
            if returns and not self.unix_lines and _has_lone_cr(run):
                self.unix_lines = True
                self.start()
                raise StreamRestartError
            newlines, tabs, quotes = odd.count(b"\n"), odd.count(b"\t"), odd.count(b'"')
            plain = not self.cp1252 and len(odd) == returns + newlines + tabs + quotes
            # a quoted cell holds a line end when the run has more lines than records
            lines = newlines + (not run.endswith(b"\n")) if quotes else 0
            grid = self._parse(run, columns)
            spaces_only = plain and not tabs and lines <= grid.height
            del run  # not kept while the batch is checked
            first = records + 1
            records += grid.height
            if records > MAX_STREAMED_ROWS:
                raise RefusedFileError(
                    f"more than {MAX_STREAMED_ROWS:,} rows; sitrep reads at most that many",
                    code="too-large",
                )
            sheet = self._rows(structure, grid, first, spaces_only=spaces_only)
            yield CsvBatch(sheet, _Grid(None, grid, first, plain=plain))

    def _rows(
        self, structure: Sheet, grid: pl.DataFrame, first: int, *, spaces_only: bool
    ) -> Sheet:
        """A batch's data rows, numbered and shaped as `_sheet` numbers and shapes them."""
        start = max(0, structure.data_start - (first - 1))
        body = grid.slice(start).with_columns(
            (pl.int_range(pl.len(), dtype=pl.Int64) + (first + start)).alias(ROW),
            pl.any_horizontal(pl.all().is_not_null()).alias(_FILLED),
        )
        filled = body.drop_in_place(_FILLED)
        if not filled.all():
            body = body.filter(filled)
        frame = shape(structure, body) if structure.kind is not None else body.select(ROW)
        return dataclasses.replace(structure, frame=frame, problems=[], spaces_only=spaces_only)

    def _parse(self, run: bytes, columns: Sequence[str] | None = None) -> pl.DataFrame:
        """A run of records as `_polars_csv` reads the whole file (or those columns of it),
        else why not."""
        spare = f"column_{self.width}"
        try:
            frame = pl.read_csv(
                run,
                has_header=False,
                schema={f"column_{i}": pl.String for i in range(self.width + 1)},
                separator=self.separator,
                truncate_ragged_lines=True,
                missing_columns="insert",
                columns=None if columns is None else [*columns, spare],
            )
        except pl.exceptions.PolarsError as exc:
            if "utf-8" in str(exc).lower() and not self.cp1252:
                self.cp1252 = True
                self.problems = [_not_utf8(self.file)]
                self.start()
                raise StreamRestartError from None
            raise StreamFallbackError from None
        if frame.get_column(spare).null_count() < frame.height:
            raise StreamFallbackError
        return frame.drop(spare)

    def _runs(self, size: int) -> Generator[tuple[bytes, bytes]]:
        """The file's text (BOM dropped; as UTF-8, lone CRs as line ends, when so read),
        `size` bytes at a time, each run cut at its last line end outside quotes, with its
        bytes that are not printable ASCII or are quotes (`_odd_bytes`).

        Those few bytes are all that is counted after the one pass that finds them: the
        quotes that say where a record ends, the lines, CRs and tabs, anything a cell could
        hide, where counting each in the whole run took a pass of its own.

        A quote opens or closes a quoted cell and a doubled one stands for itself, so a line
        end is outside quotes when the quotes before it in the run are even in number.
        """
        with open_regular_file(self.path, MAX_TABLE_BYTES) as handle:
            if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                handle.seek(0)
            rest, carried = b"", b""
            while True:
                block = handle.read(size)
                ended = not block
                if self.cp1252:
                    block = block.decode("cp1252", errors="replace").encode("utf-8")
                if self.unix_lines:
                    block = carried + block
                    carried = b"\r" if block.endswith(b"\r") and not ended else b""
                    if carried:
                        block = block[:-1]
                    block = block.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                data = rest + block if rest else block
                del block
                if ended:
                    if data:
                        yield data, _odd_bytes(data)
                    return
                odd = _odd_bytes(data)
                cut = _last_record_end(data, odd.count(b'"'))
                if cut is None:
                    rest = data
                    continue
                rest = data[cut:]
                # the run's odd bytes come first, the rest's after: translating keeps the order
                odd = odd[: len(odd) - len(_odd_bytes(rest))]
                if rest and not (self.cp1252 or self.unix_lines):
                    # the file's own bytes: read again from where the record starts
                    handle.seek(-len(rest), os.SEEK_CUR)
                    rest = b""
                run = data if cut == len(data) else data[:cut]
                del data
                yield run, odd
                del run, odd


_PLAIN_BYTES = bytes(b for b in range(0x20, 0x7F) if b != ord('"'))


def _odd_bytes(data: bytes) -> bytes:
    """The bytes of `data` that are not printable ASCII, and its quotes, in order: for a
    table of ASCII text a few per record (its quotes, CR and line end), found in one pass
    as fast as counting one byte takes."""
    return data.translate(None, _PLAIN_BYTES)


def _last_record_end(data: bytes, quotes: int) -> int | None:
    """Where the last whole record of `data`, which holds `quotes` quotes, ends: after its
    last line end with an even number of quotes before it; None when there is none."""
    end = len(data)
    while (line_end := data.rfind(b"\n", 0, end)) >= 0:
        quotes -= data.count(b'"', line_end, end)
        if not quotes & 1:
            return line_end + 1
        end = line_end
    return None


def open_csv_stream(path: Path, batch_bytes: int = BATCH_BYTES) -> CsvStream | None:
    """A CSV file to validate in batches, or None when it is to be read whole: anything but
    UTF-8 or Windows-1252 text (a workbook, UTF-16, binary data, an empty file, all of
    which `read_table_file` words), a gazetteer (read whole before the other tables) or
    a long table (whose figures are checked across rows of one place)."""
    try:
        with open_regular_file(path, MAX_TABLE_BYTES) as handle:
            head = handle.read(4096)
    except (OSError, RefusedFileError):
        return None
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC, *_BOMS[1:])) or b"\x00" in head:
        return None
    stream = CsvStream(path, batch_bytes)
    try:
        stream.start()
    except (StreamFallbackError, OSError, RefusedFileError):
        return None
    sheet = stream.sheet
    if sheet is None or sheet.kind is TableKind.gazetteer or sheet.long_form:
        return None
    return stream
