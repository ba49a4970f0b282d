"""Read workbooks (any sheet) and JSON tables as grids of text; a zipped workbook's sizes and
its sheets' reach are checked before any of it is read.
"""

from __future__ import annotations

import datetime as dt
import gc
import html
import io
import itertools
import json
import posixpath
import re
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import python_calamine

from sitrep.limits import (
    MAX_COLUMNS,
    MAX_PROBLEMS_PER_KIND,
    MAX_ROWS,
    MAX_TABLE_BYTES,
    MAX_WORKBOOK_CELLS,
    MB,
    megabytes,
    read_regular_file,
)
from sitrep.tables.arrow import NOT_AS_TEXT, NotAsTextError, SheetReach, WorkbookText, read_as_text
from sitrep.tables.read_csv import _OLE_MAGIC, _ZIP_MAGIC
from sitrep.tables.sheet import _Grid, _letter, _Note, _UnreadableError

# --- workbooks -------------------------------------------------------------------------


def _cell_text(value: Any) -> str | None:
    """A workbook cell as the text a person reads in it; dates in ISO form."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _grid(rows: Sequence[Sequence[Any]]) -> pl.DataFrame:
    width = max(map(len, rows), default=0)
    if rows and min(map(len, rows)) == width:
        # each column sliced from the cells in one list: `zip(*rows)` makes an iterator per
        # row and steps through all of them for every column (a third of a 100,000-row grid)
        cells = list(itertools.chain.from_iterable(rows))
        columns = {f"column_{i}": _column(cells[i::width]) for i in range(width)}
    else:  # rows of JSON may differ in length: a short row's missing cells are empty
        columns = {
            f"column_{i}": [_cell_text(r[i] if i < len(r) else None) for r in rows]
            for i in range(width)
        }
    frame = pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))
    return frame.with_columns(pl.when(pl.col(pl.String) != "").then(pl.col(pl.String)))


_TEXT_OF_EQUALS = frozenset({str, float, int, dt.date, dt.datetime, dt.time, dt.timedelta})
"""Cell types whose equal values have the same text (a bool equals 1 and 1.0 but reads TRUE;
lists and dicts cannot be looked up)."""


def _column(cells: Sequence[Any]) -> pl.Series | list[str | None]:
    """One column's cells as text, empty cells as "" (the frame makes them None).

    A column of text is handed to polars whole; in any other column each distinct value is
    made text once (a sheet's dates and counts repeat) and looked up for every cell. The
    grid of a 20,000-row sheet takes half the time a test and a call per cell took.
    """
    kinds = set(map(type, cells))
    if kinds == {str}:
        return pl.Series(cells, dtype=pl.String)
    if kinds <= _TEXT_OF_EQUALS | {type(None)}:
        texts = {v: _cell_text(v) or "" for v in set(cells) if v.__class__ is not str}
        return list(map(texts.get, cells, cells))
    return [v if v.__class__ is str else _cell_text(v) or "" for v in cells]


_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_CELL_REACH = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]+)"')
_CELL_REACH_FIRST = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"')
"""A cell whose reference is its first attribute, as spreadsheets and openpyxl write it."""
_FORMULA = re.compile(rb"<f[\s>/]")
_CACHED = re.compile(rb"<v>[^<]|<is>")
_XML_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')


def _beyond(text: bytes, alphabet: bytes, longest: int | None) -> bytes:
    """A pattern for the strings over `alphabet` (a range such as `A-Z`) after `text` when
    longer strings come later and strings of one length are in alphabetical order, as
    `_SheetScan` orders references: `I` gives `[J-Z]|[A-Z]{2,3}` for columns."""
    top = alphabet[-1:]
    longer = f"{{{len(text) + 1},{longest or ''}}}".encode()
    options = (
        [] if longest is not None and len(text) >= longest else [b"[" + alphabet + b"]" + longer]
    )
    for i, letter in enumerate(text):
        if bytes([letter]) == top:
            continue
        after = b"[" + bytes([letter + 1]) + b"-" + top + b"]"
        rest = len(text) - i - 1
        options.append(text[:i] + after + (b"[" + alphabet + b"]{%d}" % rest if rest else b""))
    return b"|".join(options) or b"(?!)"


@dataclass(frozen=True)
class _Searched:
    """What one search of a worksheet part found: whether a cell is not written `<c r="A1"`
    or reaches past the edges given (`_BEYOND`); and, when none does, how many cells the
    part opens and whether it holds a formula (`<f`)."""

    beyond: bool
    cells: int = 0
    formulas: bool = False
    as_text: bool = False
    """No cell is one whose text a read straight to Arrow would write otherwise
    (`sitrep.tables.arrow.NOT_AS_TEXT`): asked only of a UTF-8 part."""


def _reaches_beyond(part: bytes, widest: bytes, furthest: bytes) -> bool:
    """Whether a cell of the part is not written `<c r="A1"` or reaches past column `widest`
    or row `furthest`."""
    return _search(part, widest, furthest).beyond


def _search(part: bytes, widest: bytes, furthest: bytes) -> _Searched:
    """`_Searched` of the part, in one query where the part is UTF-8, as a worksheet's XML is.

    That query runs in polars (Rust's regex engine, a few milliseconds per part): the
    reach, the cells opened and the formulas are three expressions over one column, run
    side by side, where Python's bytes took a pass each (a 100,000-row sheet's 47 MB of
    XML: 126 -> 26 ms). Where the part is not UTF-8, or the question cannot be put without
    look-ahead, Python's `re` asks it (eight times slower) and the bytes are counted.
    Both ask the same question; `_BEYOND_TEXT` spells out `_BEYOND`'s look-ahead as the
    ways a cell's opening can differ from `<c r="A1"`. Where no cell is written otherwise,
    every `<c ` opens `<c r="`: the two counts are the same.
    """
    columns = _beyond(widest, b"A-Z", 3)
    rows = _beyond(furthest, b"0-9", None)
    if columns != b"(?!)":
        try:
            text = part.decode()
        except UnicodeDecodeError:
            pass
        else:
            pattern = _BEYOND_TEXT.format(columns=columns.decode(), rows=rows.decode())
            # a column, not a literal: a literal of megabytes is copied into the plan
            xml = pl.Series("xml", [text]).to_frame()
            beyond, cells, formulas, other = xml.select(
                pl.col("xml").str.contains(pattern).alias("beyond"),
                pl.col("xml").str.count_matches('<c r="', literal=True).alias("cells"),
                pl.col("xml").str.contains("<f", literal=True).alias("formulas"),
                pl.col("xml").str.contains(NOT_AS_TEXT).alias("other"),
            ).row(0)
            return _Searched(bool(beyond), int(cells), bool(formulas), as_text=not other)
    if re.compile(_BEYOND % (columns, rows)).search(part) is not None:
        return _Searched(beyond=True)
    return _Searched(False, part.count(b"<c "), b"<f" in part)


_BEYOND = rb'<c\b(?:(?! r="[A-Z]{1,3}[0-9]+")| r="(?:%s)[0-9]| r="[A-Z]{1,3}(?:%s)")'
"""A cell not written `<c r="A1"` (any other `<c` than `<col` and the like), or whose
reference reaches past the columns (first `%s`) or the rows (second) of `_beyond`."""
_BEYOND_TEXT = (
    r'<c(?:$|[^A-Za-z0-9_ ]| (?:$|[^r])| r(?:$|[^=])| r=(?:$|[^"])| r="(?:$|[^A-Z])'
    r'| r="[A-Z](?:$|[^A-Z0-9])| r="[A-Z]{{2}}(?:$|[^A-Z0-9])| r="[A-Z]{{3}}(?:$|[^0-9])'
    r'| r="[A-Z]{{1,3}}[0-9]+(?:$|[^0-9"])'
    r'| r="(?:{columns})[0-9]| r="[A-Z]{{1,3}}(?:{rows})")'
)
"""`_BEYOND` without look-ahead: after `<c`, the end of the part or a byte that is not a
letter, digit or `_` (Python's `\\b`), where the reference is not `[A-Z]{1,3}[0-9]+` in
quotes right after one space (each place it can first differ), or reaches too far."""


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


@dataclass
class _SheetScan:
    """A worksheet's XML, fed in chunks: how far its cells reach, and formulas without values.

    The XML is cut only before a `<c ` so every cell is seen whole.
    """

    rows: int = 0
    columns: int = 0
    cells: int = 0
    notes: list[_Note] = field(default_factory=list)
    carry: bytes = b""
    as_text: bool = True
    """Every part was searched in one query and none holds a cell that a read straight to
    Arrow would write otherwise (`sitrep.tables.arrow`)."""

    def feed(self, chunk: bytes, *, last: bool = False) -> None:
        buffer = self.carry + chunk
        cut = len(buffer) if last else buffer.rfind(b"<c ")
        if cut <= 0 and len(buffer) > 8 * MB:
            # No new cell for megabytes (one huge cell, or padding): cut before a closing
            # tag, else anywhere, so the carried part cannot grow chunk after chunk.
            end = max(buffer.rfind(b"</c>"), buffer.rfind(b"</row>"))
            cut = end if end > 0 else len(buffer) - 16
            self.as_text = False  # a cell may be cut in two: not searched whole
        if cut <= 0:
            self.carry = buffer
            return
        part, self.carry = buffer[:cut], buffer[cut:]
        if b"<c" not in part:
            return
        searched = self._reach_checked(part)
        if searched is None:
            self.as_text = False
            self._reach(part)
        else:
            self.as_text = self.as_text and searched.as_text
        if searched.formulas if searched is not None else b"<f" in part:
            self._formulas(part)

    def _reach_checked(self, part: bytes) -> _Searched | None:
        """The part's reach taken from its first and last cells, when one search of the part
        shows that every cell is written `<c r="A1"` and none reaches further (rows are in
        order, and the widest row is near the top, in nearly every sheet), with what else
        that search found; else None, and nothing is counted.

        The reach and count are then those `_reach` finds, at a third of its cost: it makes
        a Python object of every reference.
        """
        edges = part[: 64 * 1024] + b" " + part[-64 * 1024 :]
        refs = _CELL_REACH_FIRST.findall(edges)
        if not refs:
            return None
        widest = max({c for c, _ in refs}, key=lambda c: (len(c), c))
        furthest = max({r for _, r in refs}, key=lambda r: (len(r), r))
        searched = _search(part, widest, furthest)
        if searched.beyond:
            return None
        self.cells += searched.cells  # every cell opens `<c r=`: none is `<c>` or `<c/>`
        self.columns = max(self.columns, _column_index(widest) + 1)
        self.rows = max(self.rows, int(furthest))
        return searched

    def _reach(self, part: bytes) -> None:
        self.cells += part.count(b"<c ") + part.count(b"<c>") + part.count(b"<c/>")
        # one pass over the XML for both reaches; the largest of equal-length digit or
        # letter strings is the largest in their order, so only the maximum is converted
        # Where every `<c` of the part opens a cell written reference first, the simpler
        # pattern finds the very references the general one would, in two thirds of the
        # time; anything else starting `<c` (`<cols>`, a cell written otherwise) sends
        # the part to the general pattern.
        refs = _CELL_REACH_FIRST.findall(part)
        if len(refs) != part.count(b"<c"):
            refs = _CELL_REACH.findall(part)
        if refs:
            widest = max({c for c, _ in refs}, key=lambda c: (len(c), c))
            self.columns = max(self.columns, _column_index(widest) + 1)
            furthest = max({r for _, r in refs}, key=lambda r: (len(r), r))
            self.rows = max(self.rows, int(furthest))

    def _formulas(self, part: bytes) -> None:
        for match in _FORMULA.finditer(part):
            start = part.rfind(b"<c", 0, match.start())
            end = part.find(b"</c>", match.start())
            cell = part[start : end if end != -1 else len(part)]
            ref = _CELL_REF.match(cell)
            opening = cell[: cell.find(b">")]
            if ref is None or _CACHED.search(cell) or b't="str"' in opening:
                continue
            if len(self.notes) < MAX_PROBLEMS_PER_KIND:
                self.notes.append(
                    _Note(
                        int(ref.group(2)) - 1,
                        _column_index(ref.group(1)),
                        "formula-without-value",
                        "a formula with no saved result (the file was written by a program, "
                        "not saved by a spreadsheet); open and save it in a spreadsheet, or "
                        "type the value",
                    )
                )


def _xml_tags(xml: bytes, tag: bytes) -> list[dict[bytes, str]]:
    return [
        {k: html.unescape(v.decode("utf-8", "replace")) for k, v in _XML_ATTRIBUTE.findall(m)}
        for m in re.findall(rb"<" + tag + rb"\b[^>]*>", xml)
    ]


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → sheet name, from the workbook and its relationships (XLSX, XLSM)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    if (
        max(archive.getinfo(n).file_size for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"))
        > 16 * MB
    ):
        return {}
    targets = {
        r.get(b"Id", ""): r.get(b"Target", "")
        for r in _xml_tags(archive.read("xl/_rels/workbook.xml.rels"), b"Relationship")
    }
    parts = {}
    for sheet in _xml_tags(archive.read("xl/workbook.xml"), b"sheet"):
        target = targets.get(sheet.get(b"r:id", ""), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[posixpath.normpath(part)] = sheet.get(b"name", "")
    return parts


@dataclass
class _Inspection:
    """What `_inspect_zip` found: each sheet's notes, and the sheets' reach where every
    sheet can be read straight to Arrow text (`sitrep.tables.arrow`), else None."""

    notes: dict[str, list[_Note]]
    as_text: dict[str, SheetReach] | None


def _inspect_zip(data: bytes) -> _Inspection:
    """Check a zipped workbook's size and its sheets' reach before any of it is read.

    The declared sizes are checked first, then every part is decompressed in chunks
    and counted (a zip bomb can lie about its sizes), and each worksheet's cells are
    scanned for how far they reach: calamine fills the whole rectangle from A1 to the
    furthest cell, so one cell at XFD1048576 is 17 billion cells.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _UnreadableError(f"not a readable workbook ({exc})") from None
    infos = archive.infolist()
    declared = sum(i.file_size for i in infos)
    if len(infos) > 10_000 or declared > MAX_TABLE_BYTES:
        raise _UnreadableError(
            f"uncompressed, the workbook is {megabytes(declared)} in {len(infos):,} parts; "
            f"sitrep reads workbooks of at most {megabytes(MAX_TABLE_BYTES)}",
            code="too-large",
        )
    sheets = _sheet_parts(archive)
    notes: dict[str, list[_Note]] = {}
    reach: dict[str, SheetReach] = {}
    text = WorkbookText()
    total = 0
    try:
        for info in infos:
            name = sheets.get(posixpath.normpath(info.filename))
            scan = _SheetScan() if name is not None else None
            with archive.open(info) as member:
                while chunk := member.read(4 * MB):
                    total += len(chunk)
                    if total > MAX_TABLE_BYTES:
                        raise _UnreadableError(
                            "uncompressed, the workbook is larger than it says and than "
                            f"{megabytes(MAX_TABLE_BYTES)}, the most sitrep reads",
                            code="too-large",
                        )
                    if scan is not None:
                        scan.feed(chunk)
                    else:
                        text.feed(info.filename, chunk)
            if scan is None or name is None:
                text.feed(info.filename, b"", last=True)
                continue
            scan.feed(b"", last=True)
            cells = max(scan.rows * scan.columns, scan.cells)
            if scan.rows > MAX_ROWS or scan.columns > MAX_COLUMNS or cells > MAX_WORKBOOK_CELLS:
                raise _UnreadableError(
                    f"sheet {name!r} reaches row {scan.rows:,}, column {_letter(scan.columns - 1)}"
                    f" ({cells:,} cells from A1); sitrep reads sheets of at most {MAX_ROWS:,} "
                    f"rows, {MAX_COLUMNS:,} columns and {MAX_WORKBOOK_CELLS:,} cells",
                    code="too-large",
                )
            notes[name] = scan.notes
            if scan.as_text:
                reach[name] = SheetReach(scan.rows, scan.columns)
            else:
                text.as_text = False
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise _UnreadableError(f"not a readable workbook: a part is damaged ({exc})") from None
    return _Inspection(notes, reach if text.finish() else None)


def _sheet_grid(sheet: python_calamine.CalamineSheet) -> pl.DataFrame:
    """The sheet's cells as Python objects, then as a grid of text, the cyclic garbage
    collector paused meanwhile: a large sheet is a hundred thousand new lists, none in a
    cycle, that it would otherwise walk again and again (half the time of the conversion
    on a 100,000-row sheet), and once more when the grid is made of them."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _grid(sheet.to_python(skip_empty_area=False))
    finally:
        if collecting:
            gc.enable()


def _as_text(path: Path, data: bytes, inspection: _Inspection | None) -> list[_Grid] | None:
    """The sheets read straight to Arrow text, where that gives python-calamine's text
    (`sitrep.tables.arrow`); else None."""
    if inspection is None or inspection.as_text is None:
        return None
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    try:
        read = read_as_text(data, inspection.as_text)
    except NotAsTextError:
        return None
    notes = inspection.notes
    return [
        _Grid(name, frame, spill_is_error=False, notes=notes.get(name, [])) for name, frame in read
    ]


def _read_workbook(path: Path) -> list[_Grid]:
    data = read_regular_file(path, MAX_TABLE_BYTES)
    if not data:
        raise _UnreadableError("the file is empty", code="empty-file")
    inspection = _inspect_zip(data) if data.startswith(_ZIP_MAGIC) else None
    notes = inspection.notes if inspection is not None else {}
    read = _as_text(path, data, inspection)
    if read is not None:
        return read
    grids = []
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.total_height * sheet.total_width > MAX_WORKBOOK_CELLS:
                raise _UnreadableError(
                    f"sheet {name!r} is {sheet.total_height:,} rows × {sheet.total_width:,} "
                    f"columns; sitrep reads sheets of at most {MAX_WORKBOOK_CELLS:,} cells",
                    code="too-large",
                )
            grid = _sheet_grid(sheet)
            grids.append(_Grid(name, grid, spill_is_error=False, notes=notes.get(name, [])))
    except python_calamine.PasswordError:
        raise _UnreadableError(
            "the workbook is password-protected; save a copy without one"
        ) from None
    except (python_calamine.CalamineError, ValueError) as exc:
        if data[:8] == _OLE_MAGIC and path.suffix.lower() != ".xls":
            raise _UnreadableError(
                "the workbook is encrypted (password-protected) or an old .xls file under "
                "another name; save a copy as .xlsx without a password"
            ) from None
        raise _UnreadableError(f"not a readable workbook ({exc})") from None
    return grids


# --- JSON ------------------------------------------------------------------------------


def _read_json(path: Path) -> tuple[pl.DataFrame, int]:
    """A JSON list of objects (keys are headers or HXL tags) or of rows (like a sheet).

    For a list of objects, rows are numbered as objects in the list, from 1. Integers
    are kept as written, however many digits they have.
    """
    try:
        text = read_regular_file(path, MAX_TABLE_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _UnreadableError(
            f"not UTF-8 (byte {exc.start:,}), which JSON must be; save it as UTF-8"
        ) from None
    if not text.strip():
        raise _UnreadableError("the file is empty", code="empty-file")
    try:
        data = json.loads(text, parse_int=str)
    except json.JSONDecodeError as exc:
        raise _UnreadableError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise _UnreadableError("nested too deeply to be a table") from None
    except ValueError as exc:
        raise _UnreadableError(f"not valid JSON: {exc}") from None
    data = _unwrapped(data)
    if not isinstance(data, list) or not data:
        raise _UnreadableError("expected a JSON list of objects, one per row")
    if len(data) > MAX_ROWS:
        raise _UnreadableError(
            f"{len(data):,} rows; sitrep reads at most {MAX_ROWS:,}", code="too-large"
        )
    if all(isinstance(item, list) for item in data):
        rows, first = data, 1
    elif all(isinstance(item, dict) for item in data):
        keys = list(dict.fromkeys(k for item in data for k in item))
        rows, first = [keys, *([item.get(k) for k in keys] for item in data)], 0
    else:
        raise _UnreadableError("expected a JSON list of objects, one per row")
    width = max(len(r) for r in rows)
    if width > MAX_COLUMNS:
        raise _UnreadableError(
            f"{width:,} columns; sitrep reads at most {MAX_COLUMNS:,}", code="too-large"
        )
    try:
        return _grid(rows), first
    except RecursionError:
        raise _UnreadableError("a cell is nested too deeply to be read") from None


def _unwrapped(data: Any) -> Any:
    """The rows of an API answer: an object whose one list holds them (IOM DTM's
    `{"result": [...], "statusCode": 200, ...}`); anything else as it is."""
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list) and value]
        if len(lists) == 1:
            return lists[0]
    return data
