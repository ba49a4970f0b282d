"""CSV files we publish, written so that opening one in a spreadsheet runs nothing.

Cells come from field tables, articles and `facts.json`, all untrusted; a text cell
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
Excel and LibreOffice (`=HYPERLINK(...)`, `+cmd|' /C calc'!A0`). Following the
OWASP advice, such a cell is written with a leading apostrophe, which a spreadsheet
shows as text. Numbers are written as numbers: only text is defused, so a change of
-200 stays a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text: empty for None, apostrophe-prefixed for text that reads as a formula."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


def write_csv(rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text (LF line ends, quoted where needed), every text cell defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([safe_cell(value) for value in row] for row in rows)
    return buffer.getvalue()
