"""Fuzzing the readers (issue 13): no crash, and no row silently lost or invented.

For CSV the careful reader is Python's csv module on the text with its line ends
made LF: every row it sees must be in the sheet, with the same cells, or a problem
must say why not. Articles of any text (bidi controls, zero-width and control
characters, other scripts), as plain text, front matter or HTML, must give facts
whose quotes are in the text, or one problem for the file. Workbook cells of any
kind must give every row that holds something.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sitrep.extract import extract_articles
from sitrep.extract.reader import read_article
from sitrep.models import Severity
from sitrep.tables import _sniff_delimiter, read_table_file

HEADER = ["Date", "Area", "IDPs", "Source"]
TAGS = ["#date", "#loc+name", "#affected+idps+ind", "#meta+source"]
FIELDS = ["date", "loc_name", "idps_ind", "source"]
TRICKY = ',;\t"\r\n \u200b\u200c\u202e\u2066\x1b\x07\u00a0'
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]

cell_text = st.text(
    st.one_of(
        st.sampled_from(TRICKY),
        st.sampled_from("0123456789٠١٢٣"),
        st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00"),
    ),
    max_size=8,
)
rows = st.lists(st.lists(cell_text, min_size=0, max_size=6), min_size=0, max_size=8)


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, str]:
    """A table as bytes: written by a csv writer, or joined by hand (quotes unbalanced,
    separators unquoted), with any line end and a Unicode encoding."""
    body = draw(rows)
    separator = draw(st.sampled_from([",", ";", "\t"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    table = [
        [c.replace(",", separator) for c in HEADER],
        TAGS,
        *body,
    ]
    if draw(st.booleans()):
        out = io.StringIO()
        if draw(st.booleans()):
            writer = csv.writer(out, delimiter=separator, lineterminator=end)
        else:
            writer = csv.writer(out, delimiter=separator, lineterminator=end, quoting=csv.QUOTE_ALL)
        writer.writerows(table)
        text = out.getvalue()
    else:
        text = end.join(separator.join(r) for r in table) + draw(st.sampled_from(["", end]))
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding), encoding


def shown_on_purpose(cell: str) -> bool:
    """Cells the reader changes and says so: invisible characters, digits of other scripts."""
    return any(
        (unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n\r")
        or (c.isdecimal() and not c.isascii())
        for c in cell
    )


def reference(data: bytes, encoding: str) -> list[list[str]] | None:
    """What a careful reader sees: rows of cells, or None when it refuses the file."""
    text = data.decode(encoding)
    text = text.removeprefix(codecs.BOM_UTF8.decode()).removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = _sniff_delimiter(text.encode("utf-8"))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    except csv.Error:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_files())
def test_no_csv_row_is_lost_or_invented(case: tuple[bytes, str]) -> None:
    data, encoding = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.csv"
        path.write_bytes(data)
        result = read_table_file(path)
    if any(p.severity is Severity.error for p in result.problems):
        return  # the file is refused, and says why
    expected = reference(data, encoding)
    assert expected is not None, ("read without a word", result.problems)
    (sheet,) = result.sheets
    problems = {(p.row, p.code) for p in sheet.problems}
    ragged = {row for row, code in problems if code == "ragged-row"}
    if sheet.kind is None:
        return  # the header itself was mangled: an unknown-table error is reported
    wanted = {i + 1: cells for i, cells in enumerate(expected) if i >= 2 and any(c for c in cells)}
    got = set(sheet.frame.get_column("__row__").to_list())
    assert got <= set(wanted), "rows invented"
    assert set(wanted) - got <= ragged, "rows lost without a word"
    width = max(c.index for c in sheet.fields.values()) + 1
    for record in sheet.frame.iter_rows(named=True):
        row = record["__row__"]
        cells = wanted[row]
        if any(c for c in cells[len(HEADER) :]):
            assert row in ragged, f"row {row} has cells beyond the header and no problem"
        cell_problems = {code for r, code in problems if r == row}
        for name, column in sheet.fields.items():
            if cell_problems or column.index >= width:
                continue
            typed = cells[column.index] if column.index < len(cells) else ""
            if shown_on_purpose(typed):
                continue
            got = record[name]
            assert (got or "").replace("\r\n", "\n") == typed, (row, name)


article_text = st.lists(
    st.one_of(
        st.sampled_from("\u200b\u200c\u200d\u202a\u202e\u2066\u2069\x1b\x07\x0c\u00a0\u061c "),
        st.sampled_from(
            ["killed ", "61 ", "1,500", " people", " displaced", ". ", "İdlib", "AFRİN"]
        ),
        st.sampled_from(["قتل ", "٦١", "погибли ", "死亡", "<b>", "</p>", "&amp;", "\n", "---\n"]),
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
    ),
    max_size=40,
).map("".join)

wrappers = st.sampled_from(
    [
        "{}",
        "---\ntitle: {}\npublished: 2016-12-08\n---\n{}",
        "<html><body><article><p>{}</p><blockquote><p>{}</p></blockquote></article></body></html>",
        "<html><body><ul><li>{}<ul><li>{}</li></ul></li></ul></body></html>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_text, min_size=2, max_size=2), wrappers, st.sampled_from([".txt", ".html"]))
def test_any_article_text_gives_quoted_facts_or_one_problem(
    texts: list[str], wrapper: str, suffix: str
) -> None:
    content = wrapper.replace("{}", texts[0], 1).replace("{}", texts[1], 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(content.encode("utf-8", errors="surrogatepass"))
        extraction, problems = extract_articles([path])
        if not extraction.articles:
            assert [p.code for p in problems] == ["unreadable-article"]
            return
        text = read_article(path).text
    for fact in extraction.articles[0].facts:
        assert fact.span is not None
        assert text[fact.span[0] : fact.span[1]] == fact.quote


workbook_cell = st.one_of(
    st.none(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(
        st.one_of(
            st.sampled_from("\u200b\u200c\u200e\u202e\u2066\ufeff ,;\"'٠١٢"),
            st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]),
        ),
        max_size=8,
    ).filter(lambda t: not t.startswith("=")),
)


def _footnote(cell: object) -> bool:
    """A text beside a workbook's table that reads as its footnote (`*`, `(1)`, `Note`,
    `Source`, or five words or more), which the reader does not take for data left out."""
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    return bool(
        re.match(r"(?:\*|\(\d+\)|(?i:notes?|source)\b)", text) or len(re.findall(r"\s+", cell)) >= 4
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(workbook_cell, min_size=0, max_size=6), max_size=6))
@example([[None, None, None, None, "*"]])
@example([[None, None, None, None, "x"]])
def test_no_workbook_row_is_lost_or_invented(body: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, TAGS, *body]:
        sheet.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.xlsx"
        book.save(path)
        result = read_table_file(path)
    (read,) = result.sheets
    filled = {
        i + 3
        for i, row in enumerate(body)
        if any(c is not None and c != "" for c in row[: len(HEADER)])
    }
    beyond = {
        i + 3 for i, row in enumerate(body) if any(c not in (None, "") for c in row[len(HEADER) :])
    }
    got = set(read.frame.get_column("__row__").to_list())
    assert filled <= got <= filled | beyond
    if any(not _footnote(c) for row in body for c in row[len(HEADER) :] if c not in (None, "")):
        assert "cells-beyond-header" in {p.code for p in read.problems}
