"""What sitrep agrees to read, declared in one place and checked before the work starts.

A folder of field tables and articles is untrusted input: a pipe or `/dev/zero` given
as a file, a 5 KB workbook whose one cell sits at XFD1048576, a zip bomb. Each limit
below is far above anything a situation report needs and low enough that refusing
costs less than a second and a few megabytes; README.md ("Limits") lists them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

MB = 1024 * 1024

MAX_TABLE_BYTES = 500 * MB
"""A CSV or JSON table file, or the uncompressed parts of a workbook together."""
MAX_ROWS = 2_000_000
"""Rows of one sheet read whole (a workbook's, a JSON table's, a CSV that cannot be streamed)."""
MAX_STREAMED_ROWS = 6_000_000
"""Rows of a CSV file validated batch by batch: only a few integers a row are kept for the
checks across rows (duplicates, tenfold jumps), some 60 bytes a row with their sorting:
`sitrep validate` of 5,999,990 rows of bench/validate.py's table peaked at 802 MiB."""
MAX_COLUMNS = 1_000
"""Columns of one sheet."""
MAX_WORKBOOK_CELLS = 10_000_000
"""Cells of one workbook sheet, counted from A1 to its furthest cell (calamine and the
grid hold every one of them): a million rows of ten columns."""
MAX_CELL_CHARS = 2_000
"""Characters in one cell: a long paragraph; a longer cell is a mistake or an attack."""
MAX_PROBLEMS_PER_KIND = 1_000
"""Problems of one kind in one column listed one by one; the rest are counted in one more."""
MAX_ARTICLE_BYTES = 20 * MB
"""An article file (web pages carry markup and inline scripts)."""
MAX_ARTICLE_CHARS = 1_000_000
"""Characters of article text once markup is gone: some 300 pages."""
MAX_FRONT_MATTER_CHARS = 64 * 1024
"""An article's YAML front matter."""
MAX_HTML_DEPTH = 256
"""Elements nested inside each other in an article page."""


class RefusedFileError(Exception):
    """A file not read because of what it is, not what it says; the message says why."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def megabytes(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} bytes"


def open_regular_file(path: Path, limit: int) -> BinaryIO:
    """A regular file of at most `limit` bytes, opened for reading, else `RefusedFileError`.

    The path is opened as written (no pattern matching) and without blocking, so a
    named pipe is refused instead of waiting for a writer; the type and size are
    checked on the opened file, so nothing can be swapped in between.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFileError(
                "not a regular file (a folder, device or pipe); give the file itself",
                code="not-a-file",
            )
        if info.st_size > limit:
            raise RefusedFileError(
                f"the file is {megabytes(info.st_size)}; sitrep reads at most {megabytes(limit)}",
                code="too-large",
            )
        return os.fdopen(os.dup(fd), "rb")
    finally:
        os.close(fd)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, else `RefusedFileError`."""
    with open_regular_file(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise RefusedFileError(
            f"the file grew beyond {megabytes(limit)} while it was read", code="too-large"
        )
    return data
