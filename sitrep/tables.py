"""Read field tables (CSV, XLSX, JSON) as text, find their HXL row, and say what they are.

Every cell is kept as the text the person typed, so validation can report "abc" as
"abc" instead of as a missing number; typing happens only after the rules have run.
A table is recognised by its HXL hashtags or, without them, by its header names
(the accepted names are listed in README.md, "Validating spreadsheets"). A file that
cannot be read becomes one file-level `Problem`, never an exception.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import polars as pl
import python_calamine

from sitrep.models import GazetteerEntry, Indicator, Problem, Severity, TableKind

ROW = "__row__"
"""Column holding each data row's number as the spreadsheet shows it."""

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
JSON_SUFFIXES = frozenset({".json"})
TABLE_SUFFIXES = CSV_SUFFIXES | WORKBOOK_SUFFIXES | JSON_SUFFIXES

_HASHTAG = re.compile(r"^\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*$", re.IGNORECASE)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_HEADER_SCAN_ROWS = 20


class FieldType(Enum):
    """How a column's text is checked and typed."""

    count = "count"
    date = "date"
    adm1_code = "adm1_code"
    adm2_code = "adm2_code"
    status = "status"
    aliases = "aliases"
    text = "text"


def normalise_tag(tag: str) -> str:
    """`#Affected +IND +idps` → `#affected+idps+ind`: hashtag first, attributes sorted."""
    parts = [p.strip().lower() for p in tag.strip().split("+")]
    head, attributes = parts[0], sorted({p for p in parts[1:] if p})
    return "+".join([head, *attributes])


def normalise_header(header: str) -> str:
    """`IDPs (individuals)` → `idps individuals`: case, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


@dataclass(frozen=True)
class FieldSpec:
    """One record field: the HXL tags and header names that may carry it.

    A figure field names the `indicator` (and `unit`) its cells are facts of.
    """

    name: str
    type: FieldType
    tags: tuple[str, ...]
    headers: tuple[str, ...]
    indicator: Indicator | None = None
    unit: str = "people"
    title: str = field(init=False, default="")
    """The first header name as written, to suggest in messages."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", self.headers[0])
        object.__setattr__(self, "tags", tuple(normalise_tag(t) for t in self.tags))
        object.__setattr__(self, "headers", tuple(normalise_header(h) for h in self.headers))


@dataclass(frozen=True)
class KindSpec:
    """What a table kind holds, which fields identify it, and which it cannot do without.

    `required` lists groups: at least one field of each group must be present.
    `signature` fields are the ones that tell this kind apart from the others.
    """

    kind: TableKind
    fields: tuple[FieldSpec, ...]
    signature: frozenset[str]
    required: tuple[tuple[str, ...], ...]

    def spec(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def figures(self) -> tuple[FieldSpec, ...]:
        """The fields whose cells are figures of an indicator, in the table's order."""
        return tuple(f for f in self.fields if f.indicator is not None)


_PLACE = (
    FieldSpec(
        "adm1_name",
        FieldType.text,
        ("#adm1+name", "#adm1"),
        ("Governorate", "province", "region", "state", "admin 1", "admin1", "adm1", "adm1 name"),
    ),
    FieldSpec(
        "adm1_code",
        FieldType.adm1_code,
        ("#adm1+code", "#adm1+pcode"),
        (
            "Governorate P-code",
            "governorate pcode",
            "governorate code",
            "admin 1 p-code",
            "admin1 pcode",
            "adm1 pcode",
            "adm1 code",
        ),
    ),
    FieldSpec(
        "adm2_name",
        FieldType.text,
        ("#adm2+name", "#adm2"),
        ("District", "admin 2", "admin2", "adm2", "adm2 name"),
    ),
    FieldSpec(
        "adm2_code",
        FieldType.adm2_code,
        ("#adm2+code", "#adm2+pcode"),
        (
            "District P-code",
            "district pcode",
            "district code",
            "admin 2 p-code",
            "admin2 pcode",
            "adm2 pcode",
            "adm2 code",
        ),
    ),
    FieldSpec(
        "loc_name",
        FieldType.text,
        ("#loc+name", "#loc"),
        ("Location", "area", "place", "neighbourhood", "neighborhood", "site", "community"),
    ),
)
_SOURCE = FieldSpec(
    "source", FieldType.text, ("#meta+source",), ("Source", "sources", "source of information")
)
_GROUP = FieldSpec(
    "group",
    FieldType.text,
    ("#group", "#population+type"),
    ("Population group", "group", "population type"),
)
_DATE = FieldSpec("date", FieldType.date, ("#date",), ("Date", "report date", "reporting date"))
_PLACE_NAMES = ("loc_name", "adm2_code", "adm2_name", "adm1_code", "adm1_name")

LOCATION_PRIORITY: tuple[str, ...] = _PLACE_NAMES
"""Location fields from the most specific to the least; a row's place is the first present."""


def _count(name: str, tags: tuple[str, ...], headers: tuple[str, ...]) -> FieldSpec:
    return FieldSpec(name, FieldType.count, tags, headers)


def _figure(
    name: str, indicator: Indicator, headers: tuple[str, ...], unit: str = "people"
) -> FieldSpec:
    """A count of `indicator`, tagged with its registry hashtag: `+ind` (or none) for
    people, `+hh` for households."""
    hxl = indicator.spec.hxl
    tags = (f"{hxl}+ind", hxl) if unit == "people" else (f"{hxl}+hh",)
    return FieldSpec(name, FieldType.count, tags, headers, indicator, unit)


KINDS: dict[TableKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            TableKind.displacement,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _figure(
                    "idps_ind",
                    Indicator.displaced,
                    (
                        "IDPs",
                        "idps individuals",
                        "idp individuals",
                        "displaced",
                        "displaced individuals",
                        "displaced people",
                        "number of idps",
                    ),
                ),
                _figure(
                    "idps_hh",
                    Indicator.displaced,
                    ("IDP households", "idps households", "displaced households"),
                    unit="households",
                ),
                _figure(
                    "returnees_ind",
                    Indicator.returnees,
                    ("Returnees", "returnees individuals", "returnee individuals"),
                ),
                _SOURCE,
            ),
            frozenset({"idps_ind", "idps_hh", "returnees_ind"}),
            (("date",), _PLACE_NAMES, ("idps_ind",)),
        ),
        KindSpec(
            TableKind.medevac,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _figure(
                    "medevac_ind",
                    Indicator.medical_evacuation_needed,
                    (
                        "Need medical evacuation",
                        "medical evacuation needed",
                        "medevac",
                        "medevac needed",
                        "people needing medical evacuation",
                    ),
                ),
                _figure(
                    "critical_ind",
                    Indicator.seriously_wounded,
                    ("Seriously wounded", "critical", "critical cases", "medevac critical"),
                ),
                _figure(
                    "evacuated_ind",
                    Indicator.evacuated,
                    ("Evacuated", "people evacuated", "medevac done"),
                ),
                _SOURCE,
            ),
            frozenset({"medevac_ind", "critical_ind", "evacuated_ind"}),
            (("date",), _PLACE_NAMES, ("medevac_ind",)),
        ),
        KindSpec(
            TableKind.casualties,
            (
                _DATE,
                *_PLACE,
                _GROUP,
                _figure(
                    "killed_ind",
                    Indicator.killed,
                    ("Killed", "deaths", "dead", "people killed"),
                ),
                _figure(
                    "injured_ind",
                    Indicator.injured,
                    ("Injured", "wounded", "people injured"),
                ),
                _SOURCE,
            ),
            frozenset({"killed_ind", "injured_ind"}),
            (("date",), _PLACE_NAMES, ("killed_ind", "injured_ind")),
        ),
        KindSpec(
            TableKind.ceasefire,
            (
                FieldSpec(
                    "date_start", FieldType.date, ("#date+start",), ("Start date", "date start")
                ),
                FieldSpec("date_end", FieldType.date, ("#date+end",), ("End date", "date end")),
                FieldSpec(
                    "description",
                    FieldType.text,
                    ("#description", "#event+description"),
                    ("Description", "event"),
                ),
                FieldSpec(
                    "proposer",
                    FieldType.text,
                    ("#org+proposer",),
                    ("Proposed by", "proposer", "party"),
                ),
                FieldSpec("status", FieldType.status, ("#status",), ("Status",)),
                *_PLACE,
                _count(
                    "duration_days",
                    ("#event+ceasefire+days", "#event+days"),
                    ("Duration (days)", "duration", "days"),
                ),
                _SOURCE,
            ),
            frozenset({"date_start", "date_end", "status", "proposer", "duration_days"}),
            (("date_start",), ("description",), ("status",)),
        ),
        KindSpec(
            TableKind.gazetteer,
            (
                *_PLACE[:4],
                FieldSpec(
                    "aliases",
                    FieldType.aliases,
                    ("#loc+name", "#loc+alias", "#loc"),
                    ("Also known as", "aliases", "alias", "other names", "alternative names"),
                ),
            ),
            frozenset(),
            (("adm1_name",), ("adm1_code",)),
        ),
    )
}


@dataclass(frozen=True)
class Column:
    """One column as the file shows it: its position, header text and HXL tag."""

    index: int
    header: str
    tag: str | None

    @property
    def label(self) -> str:
        """What a person calls this column: its header, else its tag, else its letter."""
        return self.header or self.tag or f"column {_letter(self.index)}"


@dataclass
class Sheet:
    """A table as read: text cells, the spreadsheet row of each, and what kind it is.

    `frame` has one string column per mapped field (named after the field) and the
    `ROW` column; blank lines are already left out.
    """

    file: str
    name: str | None
    columns: list[Column]
    frame: pl.DataFrame
    kind: TableKind | None = None
    fields: dict[str, Column] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ReadResult:
    sheets: list[Sheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _file_problem(
    file: str, code: str, message: str, severity: Severity = Severity.error
) -> Problem:
    return Problem(file=file, code=code, message=message, severity=severity)


class _UnreadableError(Exception):
    """Raised inside the readers; turned into one file-level problem by `read_table_file`."""

    def __init__(self, message: str, code: str = "unreadable-file") -> None:
        super().__init__(message)
        self.code = code


def read_table_file(path: Path) -> ReadResult:
    """Read every sheet of a CSV, workbook or JSON file and recognise each one."""
    file = str(path)
    result = ReadResult()
    grids: list[tuple[str | None, pl.DataFrame, int]]
    try:
        suffix = path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            grids = [(None, _read_csv(path, result, file), 1)]
        elif suffix in WORKBOOK_SUFFIXES:
            grids = [(name, grid, 1) for name, grid in _read_workbook(path)]
        elif suffix in JSON_SUFFIXES:
            grids = [(None, *_read_json(path))]
        else:
            raise _UnreadableError(
                f"not a table sitrep reads; expected one of {', '.join(sorted(TABLE_SUFFIXES))}"
            )
    except _UnreadableError as exc:
        result.problems.append(_file_problem(file, exc.code, str(exc)))
        return result
    except OSError as exc:
        result.problems.append(_file_problem(file, "unreadable-file", exc.strerror or str(exc)))
        return result

    sheets = [
        sheet
        for name, grid, first in grids
        if (sheet := _sheet(file, name, grid, first)) is not None
    ]
    if not sheets:
        result.problems.append(_file_problem(file, "empty-file", "the file holds no table"))
        return result
    known = any(s.kind is not None for s in sheets)
    for sheet in sheets:
        if sheet.kind is None:
            _report_unknown(sheet, severity=Severity.warning if known else Severity.error)
    result.sheets = sheets
    return result


# --- CSV ------------------------------------------------------------------------------


def _decode(raw: bytes) -> bytes:
    """Bytes polars can read as UTF-8: BOMs dropped, UTF-16 re-encoded.

    Whether the rest is valid UTF-8 polars checks while it reads (see `_read_csv`).
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16").encode("utf-8")
    head = raw[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
        # UTF-16 without a byte-order mark: ASCII text has a zero byte every other byte.
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            return raw.decode(encoding).encode("utf-8")
        except UnicodeDecodeError:
            raise _UnreadableError("binary data, not text") from None
    if b"\x00" in head:
        raise _UnreadableError("binary data, not text")
    return raw


def _sniff_delimiter(head: bytes) -> str:
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


def _read_csv(path: Path, result: ReadResult, file: str) -> pl.DataFrame:
    """Plain UTF-8 files are read by polars straight from disk; others are decoded first."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise _UnreadableError("this is a spreadsheet workbook, not CSV text; save it as .xlsx")
    source: Path | bytes = path
    if head.startswith(_BOMS) or b"\x00" in head:
        source = _decode(path.read_bytes())
        head = source[:8192]
    if not head.strip() and (isinstance(source, bytes) or path.stat().st_size == len(head)):
        raise _UnreadableError("the file is empty", code="empty-file")
    try:
        return _polars_csv(source, _sniff_delimiter(head))
    except pl.exceptions.ComputeError as exc:
        if "utf-8" not in str(exc).lower():
            raise _UnreadableError(_csv_error(exc)) from None
    result.problems.append(
        _file_problem(
            file,
            "encoding-fallback",
            "not UTF-8; read as Windows-1252. Check accented names, and save as UTF-8 CSV",
            Severity.warning,
        )
    )
    data = path.read_bytes().decode("cp1252", errors="replace").encode("utf-8")
    try:
        return _polars_csv(data, _sniff_delimiter(data))
    except pl.exceptions.PolarsError as exc:
        raise _UnreadableError(_csv_error(exc)) from None


def _csv_error(exc: Exception) -> str:
    """The reader's own complaint, without its advice on reader options."""
    text = str(exc)
    if "not properly escaped" in text:
        return 'not readable as CSV: a quoted cell is not closed (look for a stray ")'
    original = re.search(r"Original error: ```(.*?)```", text, re.DOTALL)
    reason = original.group(1) if original else text
    return "not readable as CSV: " + " ".join(reason.split())[:200]


def _polars_csv(source: Path | bytes, separator: str) -> pl.DataFrame:
    """Every cell as text, rows numbered as read (blank lines kept, as a spreadsheet shows)."""
    return pl.read_csv(
        source,
        has_header=False,
        infer_schema=False,
        separator=separator,
        truncate_ragged_lines=True,
    )


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
    width = max((len(r) for r in rows), default=0)
    columns = {
        f"column_{i}": [_cell_text(r[i]) if i < len(r) else None for r in rows]
        for i in range(width)
    }
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))


def _read_workbook(path: Path) -> list[tuple[str, pl.DataFrame]]:
    with path.open("rb") as handle:
        magic = handle.read(8)
    if not magic:
        raise _UnreadableError("the file is empty", code="empty-file")
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        return [
            (name, _grid(workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)))
            for name in workbook.sheet_names
        ]
    except python_calamine.PasswordError:
        raise _UnreadableError(
            "the workbook is password-protected; save a copy without one"
        ) from None
    except (python_calamine.CalamineError, ValueError) as exc:
        if magic == _OLE_MAGIC and path.suffix.lower() != ".xls":
            raise _UnreadableError(
                "the workbook is encrypted (password-protected) or an old .xls file under "
                "another name; save a copy as .xlsx without a password"
            ) from None
        raise _UnreadableError(f"not a readable workbook ({exc})") from None


# --- JSON ------------------------------------------------------------------------------


def _read_json(path: Path) -> tuple[pl.DataFrame, int]:
    """A JSON list of objects (keys are headers or HXL tags) or of rows (like a sheet).

    For a list of objects, rows are numbered as objects in the list, from 1.
    """
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise _UnreadableError("the file is empty", code="empty-file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _UnreadableError(f"not valid JSON: {exc}") from None
    if not isinstance(data, list) or not data:
        raise _UnreadableError("expected a JSON list of objects, one per row")
    if all(isinstance(item, list) for item in data):
        return _grid(data), 1
    if not all(isinstance(item, dict) for item in data):
        raise _UnreadableError("expected a JSON list of objects, one per row")
    keys = list(dict.fromkeys(k for item in data for k in item))
    rows = [keys, *([item.get(k) for k in keys] for item in data)]
    return _grid(rows), 0


# --- header, HXL row, kind ---------------------------------------------------------------


def _is_hashtag_row(cells: Sequence[str | None]) -> bool:
    filled = [c for c in cells if c and c.strip()]
    return bool(filled) and sum(bool(_HASHTAG.match(c)) for c in filled) * 2 > len(filled)


def _sheet(file: str, name: str | None, grid: pl.DataFrame, first: int) -> Sheet | None:
    """Find the header and HXL rows, number the data rows, and recognise the table.

    `first` is the spreadsheet row number of the grid's first row.
    """
    if grid.width == 0 or grid.height == 0:
        return None
    head = grid.head(_HEADER_SCAN_ROWS).rows()
    top = next((i for i, r in enumerate(head) if any(c and c.strip() for c in r)), None)
    if top is None:
        return None
    headers: Sequence[str | None] = head[top]
    tags: Sequence[str | None] = [None] * grid.width
    data_start = top + 1
    if _is_hashtag_row(headers):
        headers, tags = [None] * grid.width, headers
    elif top + 1 < len(head) and _is_hashtag_row(head[top + 1]):
        tags = head[top + 1]
        data_start = top + 2
    columns = [
        Column(
            i,
            (headers[i] or "").strip(),
            _tag(tags[i]),
        )
        for i in range(grid.width)
    ]
    body = grid.slice(data_start).with_columns(
        pl.int_range(first + data_start, first + grid.height, dtype=pl.Int64).alias(ROW)
    )
    filled = body.select(pl.any_horizontal(pl.exclude(ROW).is_not_null())).to_series()
    sheet = Sheet(file, name, columns, body if filled.all() else body.filter(filled))
    _recognise(sheet, grid.columns)
    return sheet


def _tag(cell: str | None) -> str | None:
    return cell.strip() if cell and _HASHTAG.match(cell) else None


def _match(columns: Iterable[Column], spec: KindSpec) -> dict[str, list[Column]]:
    found: dict[str, list[Column]] = {}
    for column in columns:
        tag = normalise_tag(column.tag) if column.tag else None
        header = normalise_header(column.header)
        for fs in spec.fields:
            if (tag and tag in fs.tags) or (not tag and header and header in fs.headers):
                found.setdefault(fs.name, []).append(column)
                break
    return found


def _detect(columns: list[Column]) -> tuple[TableKind | None, str]:
    scores = {
        kind: len(spec.signature & _match(columns, spec).keys())
        for kind, spec in KINDS.items()
        if spec.signature
    }
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    if best and len(winners) == 1:
        return winners[0], ""
    if best:
        return None, f"it has columns of several tables ({', '.join(winners)}); split it"
    gazetteer = _match(columns, KINDS[TableKind.gazetteer])
    dated = any(_match(columns, spec).keys() & {"date", "date_start"} for spec in KINDS.values())
    if not dated and gazetteer.keys() & {"adm1_code", "adm2_code"}:
        return TableKind.gazetteer, ""
    return None, "no column names or HXL tags of a known table"


def _recognise(sheet: Sheet, grid_columns: list[str]) -> None:
    kind, why = _detect(sheet.columns)
    if kind is None:
        sheet.problems.append(
            Problem(file=sheet.file, sheet=sheet.name, code="unknown-table", message=why)
        )
        sheet.frame = sheet.frame.select(ROW)
        return
    sheet.kind = kind
    for name, found in _match(sheet.columns, KINDS[kind]).items():
        sheet.fields[name] = found[0]
        for extra in found[1:]:
            sheet.problems.append(
                Problem(
                    file=sheet.file,
                    sheet=sheet.name,
                    column=extra.label,
                    hxl=extra.tag,
                    code="duplicate-column",
                    message=f"holds the same data as {found[0].label!r}, which is the one read",
                )
            )
    sheet.frame = sheet.frame.select(
        pl.col(ROW), *(pl.col(grid_columns[c.index]).alias(n) for n, c in sheet.fields.items())
    )


def _report_unknown(sheet: Sheet, severity: Severity) -> None:
    """A sheet beside recognised ones is a warning (a notes sheet); alone it is an error."""
    for problem in sheet.problems:
        if problem.code == "unknown-table":
            problem.severity = severity
            problem.message = (
                f"not a known table: {problem.message}. Add the HXL row or header names "
                "listed in the README ('Validating spreadsheets')"
            )


# --- gazetteer -------------------------------------------------------------------------


def split_aliases(text: str | None) -> tuple[str, ...]:
    """Aliases are written in one cell, separated by `;` or `|`."""
    if not text:
        return ()
    return tuple(a.strip() for a in re.split(r"[;|]", text) if a.strip())


def gazetteer_entries(sheet: Sheet, rows: pl.Series | None = None) -> list[GazetteerEntry]:
    """The gazetteer's rows that name an admin-1 code, optionally only the given rows."""
    frame = sheet.frame if rows is None else sheet.frame.filter(pl.col(ROW).is_in(rows.implode()))
    if "adm1_code" not in frame.columns:
        return []
    frame = frame.with_columns(pl.exclude(ROW).str.strip_chars()).filter(
        pl.col("adm1_code").str.len_bytes() > 0
    )
    entries = []
    for record in frame.to_dicts():
        entries.append(
            GazetteerEntry(
                row=record[ROW],
                adm1_name=record.get("adm1_name") or record["adm1_code"],
                adm1_code=record["adm1_code"],
                adm2_name=record.get("adm2_name") or None,
                adm2_code=record.get("adm2_code") or None,
                aliases=split_aliases(record.get("aliases")),
            )
        )
    return entries
