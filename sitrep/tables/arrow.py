"""Read a workbook's sheets with fastexcel, straight from calamine's cells to Arrow text, where
that text is provably the text python-calamine's Python objects give (`_cell_text`); else
say so, and the sheets are read as Python objects (`sitrep.tables.workbooks`).

fastexcel writes every cell as text in Rust, but not always as we do: a fraction to nine
decimals, a boolean as `true`, a date as `2016-12-02 00:00:00`, an error cell as nothing.
Where a sheet holds text and whole numbers only, the two agree but for a date's midnight,
which is cut off here, and whether the sheet holds anything else is read in the XML that
`_inspect_zip` decompresses and searches anyway (`NOT_AS_TEXT`, `WorkbookText`). A
100,000-row sheet is read in 0.5 s of CPU where its Python objects and grid took 0.85.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from sitrep.limits import MB

NOT_AS_TEXT = (
    r"<v(?:[^>]|>[^0-9<-]|>-[^1-9]|>-?[0-9]+[^0-9<]|>-?[0-9]{8})"  # not a whole number
    r"|&#|_x|00:00:00|<r[\s>]"
)
"""What in a worksheet's XML may make its text read straight to Arrow differ from python-
calamine's: a value that is not a whole number under ten million (`1.5`, `1E5`, `-0`, a
formula's text; a larger one may be a date beyond both libraries' years), and a text that
may read as a date at midnight (`00:00:00` written out, by references or escapes, or in
runs of rich text). Literal prefixes all, so that Rust's regex engine skips to them: a
1.2 ms search of each 4 MB part."""
_STRINGS_NOT_AS_TEXT = r"&#|_x|00:00:00"
_COLON_IN_TEXT = r"<t[\s>][^<]*:"

_DURATIONS = r"""numFmtId\s*=\s*["']46["']|\[[hmsHMS]"""
"""A number format calamine reads as a duration (`[h]:mm:ss`): python-calamine gives a
timedelta, fastexcel a date."""
_TRANSITIONAL = (
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
"""The package relationship python-calamine 0.9 opens (fastexcel opens strict OOXML too)."""
_MIDNIGHT = r"^\d{4}-\d\d-\d\d 00:00:00$"
_FIRST_DATE, _LAST_DATE = "1900-03-01", "9999-12-31"
"""Dates python-calamine gives as dates: after 1900's false leap day, within Python's years."""


@dataclass
class WorkbookText:
    """What a zipped workbook's parts other than its worksheets say about reading them
    straight to Arrow, fed part by part as `_inspect_zip` decompresses them."""

    as_text: bool = True
    kept: dict[str, bytearray] = field(default_factory=dict)
    carry: bytes = b""

    def feed(self, name: str, chunk: bytes, *, last: bool = False) -> None:
        lower = name.lower()
        if "sharedstrings" in lower:
            self._strings(chunk, last=last)
        elif lower in ("_rels/.rels", "xl/workbook.xml", "xl/styles.xml"):
            kept = self.kept.setdefault(lower, bytearray())
            if len(kept) > 16 * MB:
                self.as_text = False
            else:
                kept += chunk

    def _strings(self, chunk: bytes, *, last: bool) -> None:
        """Search the shared strings cut before an `<si`, so every string is seen whole."""
        buffer = self.carry + chunk
        cut = len(buffer) if last else buffer.rfind(b"<si")
        if cut <= 0:
            self.carry = buffer
            if len(buffer) > 8 * MB:  # one huge string: not searched whole
                self.as_text = False
                self.carry = b""
            return
        part, self.carry = buffer[:cut], buffer[cut:]
        # a date's text in runs of rich text (`<r>`) may be cut anywhere: any colon then
        if self.as_text and (
            not _searched_plain(part, _STRINGS_NOT_AS_TEXT)
            or (b"<r" in part and not _searched_plain(part, _COLON_IN_TEXT))
        ):
            self.as_text = False

    def finish(self) -> bool:
        """Whether the workbook's dates, formats and package allow the Arrow read."""
        if self.carry:
            self._strings(b"", last=True)
        rels = bytes(self.kept.get("_rels/.rels", b""))
        book = bytes(self.kept.get("xl/workbook.xml", b""))
        styles = bytes(self.kept.get("xl/styles.xml", b""))
        return (
            self.as_text
            and _TRANSITIONAL in rels
            and b"date1904" not in book  # 1904's day 0 is a date, python-calamine's a time
            and _searched_plain(styles, _DURATIONS)
        )


def _searched_plain(part: bytes, pattern: str) -> bool:
    """Whether UTF-8 `part` has nothing `pattern` finds (polars: Rust's regex engine)."""
    try:
        text = part.decode()
    except UnicodeDecodeError:
        return False
    found = pl.Series("xml", [text]).to_frame().select(pl.col("xml").str.contains(pattern))
    return not found.item()


@dataclass(frozen=True)
class SheetReach:
    """What `_inspect_zip` found in one worksheet searched whole (`_SheetScan.as_text`)."""

    rows: int
    columns: int


def read_as_text(data: bytes, sheets: dict[str, SheetReach]) -> list[tuple[str, pl.DataFrame]]:
    """Every sheet's cells as text, `column_0` onwards from A1, empty cells null, as
    `_grid` makes python-calamine's; raises `NotAsTextError` where that cannot be shown.

    Beyond what the XML said: each sheet must come back as far as its furthest cell
    reaches (so from A1), without a text `true` or `false` (a boolean cell's, which
    python-calamine reads `TRUE`), and with every text holding `00:00:00` a date at midnight
    python-calamine gives as a date; the midnight is cut off. An error cell is empty in both.
    """
    import fastexcel  # here, not at the top: only a workbook's validation needs it

    try:
        reader = fastexcel.read_excel(data)
        names = reader.sheet_names
        if set(names) != set(sheets) or len(names) != len(sheets):
            raise NotAsTextError("the sheets are not those inspected")
        grids = []
        for name in names:
            sheet = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
            grids.append((name, _text(pl.DataFrame(sheet), sheets[name])))
    except NotAsTextError:
        raise
    except Exception as exc:  # any failure is left to python-calamine, which words it
        raise NotAsTextError(f"fastexcel: {exc}") from None
    return grids


class NotAsTextError(Exception):
    """The sheets are read as Python objects instead."""


def _text(frame: pl.DataFrame, reach: SheetReach) -> pl.DataFrame:
    if frame.height != reach.rows or frame.width != reach.columns:
        raise NotAsTextError("the sheet does not start at A1 or ends before its last cell")
    if any(dtype != pl.String for dtype in frame.dtypes):
        raise NotAsTextError("a column is not text")
    columns = [f"column_{i}" for i in range(frame.width)]
    frame = frame.rename(dict(zip(frame.columns, columns, strict=True)))
    if any(frame.select(pl.col(columns).is_in(["true", "false"]).any()).row(0)):
        raise NotAsTextError("a cell may be a boolean")
    dated = _dated(frame, columns)
    cut = [
        pl.when(pl.col(c).str.contains(" 00:00:00", literal=True))
        .then(pl.col(c).str.slice(0, 10))
        .otherwise(pl.col(c))
        if c in dated
        else pl.col(c)
        for c in columns
    ]
    # an empty text is an empty cell, as `_grid` makes it
    return frame.select(
        pl.when(e != "").then(e).alias(c) for e, c in zip(cut, columns, strict=True)
    )


def _dated(frame: pl.DataFrame, columns: Sequence[str]) -> set[str]:
    """The columns holding dates (the only texts with `00:00:00`, which no text cell
    holds), each checked to be one python-calamine gives as a date."""
    colons = frame.select(pl.col(columns).str.contains(" 00:00:00", literal=True).any()).row(0)
    dated = {c for c, has in zip(columns, colons, strict=True) if has}
    for c in dated:
        texts = frame.get_column(c).filter(
            frame.get_column(c).str.contains(" 00:00:00", literal=True)
        )
        days = texts.str.slice(0, 10)
        if (
            not texts.str.contains(_MIDNIGHT).all()
            or str(days.min()) < _FIRST_DATE
            or str(days.max()) > _LAST_DATE
        ):
            raise NotAsTextError(f"a date in {c} python-calamine would not give as a date")
    return dated
