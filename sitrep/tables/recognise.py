"""Find a sheet's header and HXL rows, say which kind of table it is, and shape its rows for
the rules; a gazetteer sheet's rows become its entries.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import polars as pl

from sitrep.limits import (
    MAX_PROBLEMS_PER_KIND,
)
from sitrep.models import GazetteerEntry, Problem, Severity, TableKind
from sitrep.tables.cells import _at_cell, _more, _shorten
from sitrep.tables.kinds import (
    _ADMIN_CODES,
    _GAZETTEER_NAMES,
    FIGURE_STATUS,
    FIGURE_TYPES,
    GENERIC_ATTRIBUTES,
    KINDS,
    LONG_FIGURES,
    PART,
    STATUSES,
    FieldSpec,
    FieldType,
    KindSpec,
    base_field,
    is_disaggregation,
    normalise_header,
    normalise_tag,
)
from sitrep.tables.sheet import LINE, REST, ROW, SERIES, Column, Sheet

_HASHTAG = re.compile(r"^\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*$", re.IGNORECASE)
_LEGACY_LANGUAGE = re.compile(r"^\s*#[a-z][a-z0-9_]*/[a-z]{2,3}\s*$", re.IGNORECASE)
"""HXL 0.x tags with a language (`#country/fr`): not read, but not a mistake either."""
_HXL_SCAN_ROWS = 25
"""Rows searched for the HXL row (HXL allows up to 24 header rows above it)."""


# --- header, HXL row, kind ---------------------------------------------------------------


def _is_hashtag_row(cells: Sequence[str | None]) -> bool:
    """Most filled cells are hashtags, or written as one (`#sector?` is reported, not data)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and sum(c.startswith("#") for c in filled) * 2 > len(filled)


def _filled(row: Sequence[str | None]) -> int:
    return sum(bool(c and c.strip()) for c in row)


def _header_rows(head: list[tuple[str | None, ...]]) -> tuple[int | None, int | None, int] | None:
    """Where the header row and the HXL row are in the first rows, and where data starts.

    The HXL row may stand below title and group-header rows (HXL allows up to 24 header
    rows); the header is the row just above it. Without one, the header is the first row
    that is not a sparse group header over merged cells (`LOCATION,,,HEALTH,,`).
    """
    top = next((i for i, r in enumerate(head) if _filled(r)), None)
    if top is None:
        return None
    hxl = next((i for i, r in enumerate(head) if _is_hashtag_row(r)), None)
    if hxl is not None:
        above = hxl - 1
        return (above if above >= top and _filled(head[above]) else None), hxl, hxl + 1
    header = top
    if top + 1 < len(head) and (
        _filled(head[top]) * 2 <= _filled(head[top + 1]) or _is_sub_header(head[top], head[top + 1])
    ):
        header = top + 1
    return header, None, header + 1


_NUMBER = re.compile(r"^\s*-?[\d.,\s\u00a0]+%?\s*$")


def _is_sub_header(top: Sequence[str | None], below: Sequence[str | None]) -> bool:
    """The row under a header of merged cells names the columns the merged cells span
    (`Location,,Displaced,` over `Governorate,District,IDPs,Households`): it is at least as
    dense as the row above, holds words only, and fills a cell under an empty one of it."""
    filled = [c for c in below if c and c.strip()]
    under_empty = any(
        (c and c.strip()) and not (t and t.strip()) for t, c in itertools.zip_longest(top, below)
    )
    return (
        bool(filled)
        and len(filled) >= _filled(top)
        and under_empty
        and not any(_NUMBER.match(c) for c in filled)
    )


def _groups(row: Sequence[str | None]) -> list[str]:
    """A group-header row's text over each column: a merged cell's text reaches right to
    the next filled cell (`LOCATION,,HEALTH,,` → LOCATION, LOCATION, HEALTH, HEALTH). A row
    of one cell is a title, not a group header."""
    if _filled(row) < 2:
        return [""] * len(row)
    groups, current = [], ""
    for cell in row:
        if cell and cell.strip():
            current = " ".join(cell.split())
        groups.append(current)
    return groups


_FILLED = f"{ROW}:filled"
"""A working column of `_sheet`: whether the row has any cell (dropped before use)."""


def _sheet(file: str, name: str | None, grid: pl.DataFrame, first: int) -> Sheet | None:
    """Find the header and HXL rows, number the data rows, and recognise the table.

    `first` is the spreadsheet row number of the grid's first row.
    """
    if grid.width == 0 or grid.height == 0:
        return None
    head = grid.head(_HXL_SCAN_ROWS).rows()
    found = _header_rows(head)
    if found is None:
        return None
    header, hxl, data_start = found
    headers = list(head[header]) if header is not None else [None] * grid.width
    if header and hxl is None and _is_sub_header(head[header - 1], head[header]):
        # a column the merged header row names alone (`Source` over nothing) keeps that name
        headers = [h or head[header - 1][i] for i, h in enumerate(headers)]
    tags = head[hxl] if hxl is not None else [None] * grid.width
    groups = _groups(head[header - 1]) if header else [""] * grid.width
    columns = [
        Column(i, (headers[i] or "").strip(), _tag(tags[i]), groups[i]) for i in range(grid.width)
    ]
    # whether a row has any cell is found in the same pass that numbers the rows
    body = grid.slice(data_start).with_columns(
        pl.int_range(first + data_start, first + grid.height, dtype=pl.Int64).alias(ROW),
        pl.any_horizontal(pl.all().is_not_null()).alias(_FILLED),
    )
    filled = body.drop_in_place(_FILLED)
    sheet = Sheet(file, name, columns, body if filled.all() else body.filter(filled))
    sheet.data_start = data_start
    sheet.header_row = None if header is None else first + header
    sheet.hxl_row = None if hxl is None else first + hxl
    _recognise(sheet, grid.columns)
    sheet.problems.extend(_not_hashtags(sheet, tags))
    return sheet


def _not_hashtags(sheet: Sheet, tags: Sequence[str | None]) -> list[Problem]:
    """A cell of the HXL row written like a tag but not one (`#sector?`, `#adm 1`): its
    column is not read, which the person who tagged it should know."""
    return [
        Problem(
            file=sheet.file,
            sheet=sheet.name,
            column=column.label,
            value=_shorten(cell.strip()),
            severity=Severity.warning,
            code="bad-hashtag",
            message=f"{cell.strip()!r} is not an HXL hashtag (# then letters, digits or _, "
            "and +attributes), so this column is not read",
        )
        for column, cell in zip(sheet.columns, tags, strict=False)
        if cell
        and cell.strip().startswith("#")
        and column.tag is None
        and not _LEGACY_LANGUAGE.match(cell)
    ]


def _tag(cell: str | None) -> str | None:
    return cell.strip() if cell and _HASHTAG.match(cell) else None


_SHARES = frozenset({"pct", "percent", "ratio", "rate"})
"""Attributes of a share, never a count: `#targeted+pct` is 0.70 of the people in need."""


@functools.cache
def _fit(tag: str | None, header: str, fs: FieldSpec) -> int | None:
    """How closely a column (its tag, else its header) fits a field: the attributes its tag
    has beyond the field's pattern (0 is exact), or None when it does not fit.

    A tag fits a pattern that has its hashtag and a subset of its attributes, as in the
    HXL standard: `#affected+idps` takes `#affected+idps+ind+stock`.
    """
    if tag:
        head, *attributes = normalise_tag(tag).split("+")
        have = set(attributes)
        if have & fs.excludes or (fs.type is FieldType.count and have & _SHARES):
            return None
        fits = [
            len(have) - len(want)
            for pattern in fs.tags
            for tag_head, *want in [pattern.split("+")]
            if tag_head == head and set(want) <= have
        ]
        return min(fits) if fits else None
    key = normalise_header(header)
    if not key:
        return None
    if key in fs.headers or key in fs.bare:
        return 0
    if fs.type is not FieldType.count:
        return None
    counted = _COUNT_PREFIX.sub("", key)
    if counted != key and counted in fs.headers:
        return 0
    words = _WORDS.findall(header.lower())
    loose = len(words) > 1 and words[-1] in fs.headers and words[-2] != "of"
    return 1 if loose and "%" not in header and not _SHARES & set(words) else None


_COUNT_PREFIX = re.compile(r"^(?:numberof|number|num|total)(?=[a-z])")
"""How a count's header may begin before the count's own name: `number_dead`, `Number of
fatalities`, `num_injured` and `Total killed` are the dead, the fatalities, the injured
and the killed."""
_WORDS = re.compile(r"[a-z]+")
"""A count's header may also end with the count's own one-word name after saying whose it
is (`Total Aid Workers Killed`, `Nationals killed`): a looser fit (1), so that a column
named for the whole (`Total killed`) is the field and the others are not read. A share
(`% of IDPs`) or a list of places (`Top 5 oblasts of origin of IDPs`) is not a count."""


@functools.cache
def _field_of(tag: str | None, header: str, kind: TableKind) -> tuple[int, FieldSpec] | None:
    """The field of `kind` a column goes to, and its fit: the field whose pattern it fits
    most specifically (`#affected+idps+hh` is households, not people).

    Cached by tag and header, the only things a column is recognised by, so that scoring a
    sheet against every kind costs a lookup per column once a spelling has been seen.
    """
    fits = [
        (extra, -len(fs.tags[0].split("+")), i, fs)
        for i, fs in enumerate(KINDS[kind].fields)
        if (extra := _fit(tag, header, fs)) is not None
    ]
    if not fits:
        return None
    extra, _, _, fs = min(fits, key=lambda f: (f[0], f[1], f[2]))
    return extra, fs


@functools.cache
def _is_foreign(tag: str | None, header: str, kind: TableKind) -> bool:
    return any(_fit(tag, header, fs) is not None for fs in KINDS[kind].foreign)


def _match(columns: Iterable[Column], spec: KindSpec) -> dict[str, list[Column]]:
    """The columns of each field, the closest fit first.

    A column that fits a field only by a bare header (`Name`) is left out unless another
    column carries one of the fields it must stand beside: `Name` beside `P-Code` is the
    admin unit's name, `name` beside `iso3` and boundary-line codes is not.
    """
    found: dict[str, list[tuple[int, int, Column]]] = {}
    bare: list[tuple[FieldSpec, int, int, Column]] = []
    for column in columns:
        best = _field_of(column.tag, column.header, spec.kind)
        if best is not None:
            extra, fs = best
            if fs.bare and _by_bare_header(column.tag, column.header, fs):
                bare.append((fs, extra, column.index, column))
            else:
                found.setdefault(fs.name, []).append((extra, column.index, column))
    for fs, extra, index, column in bare:
        if fs.beside & found.keys():
            found.setdefault(fs.name, []).append((extra + 1, index, column))
    return {name: [c for _, _, c in sorted(fits)] for name, fits in found.items()}


def _by_bare_header(tag: str | None, header: str, fs: FieldSpec) -> bool:
    """Whether a column fits `fs` only through one of its bare header names."""
    return not tag and normalise_header(header) in fs.bare


@dataclass(frozen=True)
class _Score:
    """How well a sheet's whole set of columns fits a kind."""

    kind: TableKind
    score: int
    signed: int
    """How many of the kind's own figures (signature counts) the sheet has."""
    lacks: tuple[tuple[str, ...], ...]
    foreign: tuple[str, ...]
    anchored: bool
    """Whether the sheet has a required column that is not a figure (a date, a place) to
    say when or where its figures are: without one, figures are a summary, not records."""
    figureless: bool
    """Whether it lacks all of the figures its kind requires (the furthest it can be)."""

    @property
    def fits(self) -> bool:
        return not self.lacks and not self.foreign


def _score(columns: list[Column], spec: KindSpec) -> _Score:
    """Signature fields count three, other fields one; a kind fits when it has a field of
    every required group and no column it never has."""
    matched = set(_match(columns, spec))
    if {FIGURE_STATUS, "population"} <= matched:  # long form: its numbers are the figures
        matched |= set(LONG_FIGURES)
    foreign = tuple(c.label for c in columns if _is_foreign(c.tag, c.header, spec.kind))
    lacks = tuple(group for group in spec.required if not set(group) & matched)
    if spec.kind is TableKind.gazetteer:
        lacks += _uncoded_areas(matched)
    figures = {g for g in spec.required if any(spec.spec(f).type in FIGURE_TYPES for f in g)}
    return _Score(
        spec.kind,
        3 * len(spec.signature & matched) + len(matched - spec.signature),
        sum(spec.spec(f).type in FIGURE_TYPES for f in spec.signature & matched),
        lacks,
        foreign,
        any(set(group) & matched for group in spec.required if group not in figures),
        bool(figures & set(lacks)),
    )


_AREA_NAMES = frozenset(_GAZETTEER_NAMES) - {"country_name"}


def _uncoded_areas(matched: set[str]) -> tuple[tuple[str, ...], ...]:
    """A gazetteer lists admin areas by their P-codes: admin-area names beside no code but
    countries' (`Region` beside `Country Code`) group countries, they are no admin level."""
    if matched & _AREA_NAMES and not matched & set(_ADMIN_CODES):
        return (("adm1_code", "adm2_code", "adm_code"),)
    return ()


def fields_of(columns: Iterable[Column], kind: TableKind) -> dict[str, list[Column]]:
    """The columns that carry each field of `kind`: by field name (a frame read with
    `sitrep.read_table`), HXL tag or header name, as a file's columns are recognised."""
    spec = KINDS[kind]
    names = {f.name for f in spec.fields}
    found: dict[str, list[Column]] = {}
    rest = []
    for column in columns:
        if column.header in names:
            found.setdefault(column.header, []).append(column)
        else:
            rest.append(column)
    for name, more in _match(rest, spec).items():
        found.setdefault(name, []).extend(more)
    return found


def _detect(columns: list[Column]) -> tuple[TableKind | None, str]:
    """The kind the whole set of columns fits best, or why none fits (naming the closest).

    A table with a kind's own figures, a date or a place, and nothing foreign to it is that
    kind even when a required column is missing (reported as `missing-column`); a table
    that fits no kind gets one notice.
    """
    scores = sorted((_score(columns, s) for s in KINDS.values()), key=lambda s: -s.score)
    fitting = [s for s in scores if s.fits]
    if fitting:
        best = [s for s in fitting if s.score == fitting[0].score]
        if len(best) == 1:
            return best[0].kind, ""
        kinds = ", ".join(s.kind.value for s in best)
        return None, f"it has columns of several tables ({kinds}); split it"
    closest = scores[0]
    if not closest.score:
        return None, "no column names or HXL tags of a known table"
    signed = [s for s in scores if s.signed and s.anchored and not s.foreign]
    if len(signed) == 1 and signed[0] is closest:
        return closest.kind, ""
    # of the kinds it scores as well for, name the one it lacks least of: a table with
    # no figures is closer to a kind that has none than to one whose figures it lacks
    closest = min(
        (s for s in scores if s.score == closest.score),
        key=lambda s: (s.figureless, len(s.lacks), bool(s.foreign)),
    )
    spec = KINDS[closest.kind]
    wanting = [
        " or ".join(spec.spec(f).tags[0] if spec.spec(f).tags else f for f in group[:3])
        for group in closest.lacks
    ]
    lacks = f"it lacks {'; '.join(wanting)}" if wanting else ""
    if closest.foreign:
        has = ", ".join(repr(label) for label in closest.foreign[:3])
        lacks += ("; " if lacks else "") + f"it has {has}, which a {closest.kind.value} lacks"
    return None, f"closest to a {closest.kind.value} table, but {lacks}"


def _recognise(sheet: Sheet, grid_columns: list[str]) -> None:
    kind, why = _detect(sheet.columns)
    if kind is None:
        sheet.problems.append(
            Problem(
                file=sheet.file,
                sheet=sheet.name,
                code="unknown-table",
                message=why,
                severity=Severity.warning,
            )
        )
        sheet.frame = sheet.frame.select(ROW)
        return
    sheet.kind = kind
    spec = KINDS[kind]
    for name, found in _match(sheet.columns, spec).items():
        fs = spec.spec(name)
        whole, parts = (
            _whole_and_parts(found, fs, kind) if fs.type in FIGURE_TYPES else (found[0], [])
        )
        if whole is not None:
            sheet.fields[name] = whole
            if parts and _qualifier(whole, fs):
                sheet.stand_ins.add(name)
        for qualifier, column in parts:
            sheet.fields[f"{name}{PART}{qualifier}"] = column
        first = whole or found[0]
        for extra in found:
            if (
                extra is not first
                and all(extra is not c for _, c in parts)
                and _same_label(extra, first)
            ):
                sheet.problems.append(_duplicate(sheet, extra, first))
    sheet.grid_columns = list(grid_columns)
    sheet.unmapped = _unmapped(sheet, grid_columns)
    if _is_long(sheet):
        cells = {n: pl.col(grid_columns[c.index]) for n, c in sheet.fields.items()}
        cells = _long_cells(sheet, cells)
        sheet.frame = sheet.frame.select(
            pl.col(ROW), *(cell.alias(n) for n, cell in cells.items()), *_derived(sheet)
        )
        return
    sheet.frame = shape(sheet, sheet.frame)


def _derived(sheet: Sheet) -> list[pl.Expr]:
    """The hashes a row is keyed by beside its fields (`LINE`, `REST`, `SERIES`)."""
    others, dimensions = sheet.unmapped
    line = [pl.concat_str(pl.exclude(ROW).fill_null(""), separator="\x1f").hash().alias(LINE)]
    return [
        *(line if _keyed_by_line(sheet) else []),
        *([_hashed(others).alias(REST)] if others else []),
        *([_hashed(dimensions).alias(SERIES)] if dimensions else []),
    ]


def shape(sheet: Sheet, body: pl.DataFrame) -> pl.DataFrame:
    """Data rows of the grid (its columns and `ROW`) as the recognised sheet's frame: the
    fields under their names and the row hashes, for the whole sheet or a batch of it."""
    # The fields are the grid's own columns renamed: taken as series, not selected, since a
    # select over the sliced grid copies every text cell (0.35 s and 130 MiB a million rows).
    fields = pl.DataFrame(
        [
            body.get_column(ROW),
            *(
                body.get_column(sheet.grid_columns[c.index]).alias(n)
                for n, c in sheet.fields.items()
            ),
        ]
    )
    derived = _derived(sheet)
    return fields.hstack(body.select(derived)) if derived else fields


def _is_long(sheet: Sheet) -> bool:
    """A people-in-need table with a figure-status column and one number column."""
    return (
        sheet.kind is TableKind.people_in_need
        and FIGURE_STATUS in sheet.fields
        and "population" in sheet.fields
        and not any(has_field(sheet, f) for f in LONG_FIGURES if f != "population")
    )


def status_key(text: pl.Expr) -> pl.Expr:
    """A status as `STATUSES` spells it: `In need`, `IN-NEED` and `inneed` are one."""
    return text.str.to_lowercase().str.replace_all(r"[^0-9a-z]+", "")


def _long_cells(sheet: Sheet, cells: dict[str, pl.Expr]) -> dict[str, pl.Expr]:
    """Each row's number under the figure its status names (`INN` → in need), so the
    figure's own checks report the cell where it is written; an unknown status is reported
    here and its number is no figure."""
    sheet.long_form = True
    number = sheet.fields["population"]
    figure = status_key(cells[FIGURE_STATUS].str.strip_chars()).replace_strict(
        STATUSES, default=None
    )
    for name in LONG_FIGURES:
        sheet.fields[name] = number
    status = sheet.fields[FIGURE_STATUS]
    written = cells[FIGURE_STATUS].str.strip_chars().str.len_bytes().fill_null(0) > 0
    unknown = sheet.frame.filter(written & figure.is_null()).select(
        pl.col(ROW), cells[FIGURE_STATUS]
    )
    expected = "INN (in need), TGT (targeted), REA (reached), AFF (affected) or all"
    for row, value in unknown.head(MAX_PROBLEMS_PER_KIND).iter_rows():
        sheet.problems.append(
            _at_cell(
                sheet, status, row, value, "bad-status", f"not a figure status; expected {expected}"
            )
        )
    sheet.problems.extend(_more(sheet, unknown.height, "bad-status", "unknown statuses"))
    return {
        **{n: c for n, c in cells.items() if n not in LONG_FIGURES},
        **{n: pl.when(figure == n).then(cells["population"]) for n in LONG_FIGURES},
    }


def long_key(sheet: Sheet) -> list[str]:
    """What the rows of one figure set share in a long table: every field but the figures
    and their status, and the columns no field reads (a category, a sector code)."""
    fields = [n for n in sheet.fields if n not in (*LONG_FIGURES, FIGURE_STATUS)]
    return [*fields, *(c for c in (REST, SERIES) if c in sheet.frame.columns)]


def _hashed(columns: list[str]) -> pl.Expr:
    return pl.concat_str([pl.col(c).fill_null("") for c in columns], separator="\x1f").hash()


def _unmapped(sheet: Sheet, grid_columns: list[str]) -> tuple[list[str], list[str]]:
    """The named columns no field takes, and those of them whose cells are mostly words:
    what else a row is about (a departure district, a need). Numbers (ids, weeks, figures
    no field reads) are left out of the second, so a series is not cut at every row."""
    mapped = {c.index for c in sheet.fields.values()}
    candidates = [
        grid_columns[c.index]
        for c in sheet.columns
        if c.index not in mapped and (c.header or c.tag)
    ]
    if not candidates or sheet.frame.is_empty():
        return candidates, []
    sample = sheet.frame.head(_SAMPLE_ROWS)
    wordy = sample.select(
        (pl.col(c).str.contains(r"[^\d\s.,:/+-]").sum() * 2 > pl.col(c).is_not_null().sum()).alias(
            c
        )
        for c in candidates
    ).row(0)
    return candidates, [c for c, words in zip(candidates, wordy, strict=True) if words]


_SAMPLE_ROWS = 200
"""Data rows `_unmapped` looks at to tell columns of words from columns of numbers."""


def _qualifier(column: Column, fs: FieldSpec) -> str:
    """What a column's tag says beyond its field's closest pattern, but for attributes of a
    whole (`+total`, `+ind`): `#inneed+food` → `food`, `#affected+idps+ind+f` → `f`."""
    if not column.tag:
        return ""
    head, *attributes = normalise_tag(column.tag).split("+")
    have = set(attributes)
    wants = [
        set(want)
        for pattern in fs.tags
        for tag_head, *want in [pattern.split("+")]
        if tag_head == head and set(want) <= have
    ]
    return "+".join(sorted(have - max(wants, key=len, default=set()) - GENERIC_ATTRIBUTES))


def _whole_and_parts(
    found: list[Column], fs: FieldSpec, kind: TableKind
) -> tuple[Column | None, list[tuple[str, Column]]]:
    """A figure field's whole column and its parts, by tag: `#affected+idps+ind` is the
    whole and `#affected+idps+ind+f` a part (`f`); `#inneed+food` and `#inneed+health` are
    sectors of a wide people-in-need table, which may have no whole at all. Elsewhere,
    without a whole, the closest column stands for the field, as before."""
    qualified = [(_qualifier(c, fs), c) for c in found]
    wholes = [c for q, c in qualified if not q]
    whole: Column | None
    if wholes:
        whole = next((c for c in wholes if _WHOLE_HEADER.search(c.header)), wholes[0])
    elif kind is TableKind.people_in_need and not any(is_disaggregation(q) for q, _ in qualified):
        whole = None
    else:
        whole = found[0]
    own = next((q for q, c in qualified if c is whole), "")
    parts: dict[str, Column] = {}
    for qualifier, column in qualified:
        # a column tagged as the whole is (`#targeted+f` twice) is a duplicate, not a part
        if column is not whole and qualifier and qualifier != own and qualifier not in parts:
            parts[qualifier] = column
    return whole, list(parts.items())


def has_field(sheet: Sheet, name: str) -> bool:
    """The sheet has the field, whole or by parts only (a wide table by sector)."""
    return name in sheet.fields or any(base_field(n) == name for n in sheet.fields)


def _keyed_by_line(sheet: Sheet) -> bool:
    """Rows of people in need without dates, and of funding, are duplicates only when they
    repeat every cell: two funding rows of one appeal and sector may be two flows."""
    if sheet.kind is TableKind.funding:
        return True
    return sheet.kind is TableKind.people_in_need and "date" not in sheet.fields


def _duplicate(sheet: Sheet, extra: Column, first: Column) -> Problem:
    """Two columns of one field. Under the same header (or none) they hold the same data, an
    error; under different headers (`Non-Displaced`, `Overall` both `#inneed`), the tag
    leaves out what tells them apart, a warning."""
    if extra.tag and first.tag and normalise_header(extra.header) != normalise_header(first.header):
        head = normalise_tag(extra.tag).split("+")[0]
        return Problem(
            file=sheet.file,
            sheet=sheet.name,
            column=extra.label,
            hxl=extra.tag,
            severity=Severity.warning,
            code="duplicate-column",
            message=f"carries the same tag as {first.label!r}, which is the one read; give "
            f"each its own attribute ({head}+idps, {head}+health) so both are read",
        )
    return Problem(
        file=sheet.file,
        sheet=sheet.name,
        column=extra.label,
        hxl=extra.tag,
        code="duplicate-column",
        message=f"holds the same data as {first.label!r}, which is the one read",
    )


_WHOLE_HEADER = re.compile(r"(?i)\b(?:total|overall|all|grand|général|general)\b")
"""A header that names the whole (`Overall People in Need`), among columns of one tag."""


def _same_label(one: Column, other: Column) -> bool:
    """Two columns one cannot tell apart: the same tag, or no tags and the same header.
    Other columns of a field (`#adm1+code+origin` beside `#adm1+code`) are not read."""
    if one.tag or other.tag:
        return bool(one.tag and other.tag) and normalise_tag(one.tag or "") == normalise_tag(
            other.tag or ""
        )
    return normalise_header(one.header) == normalise_header(other.header)


def _report_unknown(sheet: Sheet) -> None:
    """A sheet that fits no kind is not bad data: one warning, naming the closest kind."""
    for problem in sheet.problems:
        if problem.code == "unknown-table":
            problem.message = (
                f"not a known table: {problem.message}. If it is one, add the HXL "
                "row or header names listed in the README ('Validating spreadsheets')"
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
    frame = frame.with_columns(pl.exclude(ROW, REST, SERIES, LINE).str.strip_chars()).filter(
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
                adm3_name=record.get("adm3_name") or None,
                adm3_code=record.get("adm3_code") or None,
                adm4_name=record.get("adm4_name") or None,
                adm4_code=record.get("adm4_code") or None,
                aliases=split_aliases(record.get("aliases")),
            )
        )
    return entries
