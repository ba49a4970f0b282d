"""The one Jinja environment and the filters that format figures and dates the same everywhere.

A figure must read identically in the PDF, the brief and the plain-text mail
("about 31,500", "10–99", "+13,500 since 1 Dec"), so formatting lives here once and
templates never build numbers themselves.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from dataclasses import dataclass
from urllib.parse import urlsplit

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.bccache import Bucket
from markupsafe import Markup

from sitrep.context import format_date, next_report_date, report_name
from sitrep.indicators import FLOW_INDICATORS, Indicator
from sitrep.models import AreaRow, FactValue, Figure, Qualifier, Sitrep, SourceEntry
from sitrep.narrative.wording import source_label, states_duration, who
from sitrep.render import TEMPLATES_DIR as TEMPLATES_DIR  # where it was named first

_QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.exact: "",
    Qualifier.approx: "about ",
    Qualifier.at_least: "more than ",
    Qualifier.at_most: "up to ",
}
_MINUS = "\u2212"
_EN_DASH = "\u2013"


def _count(value: int) -> str:
    return f"{value:,}".replace("-", _MINUS)


def _with_unit(amount: str, unit: str, plural: bool) -> str:
    if unit == "percent":
        return f"{amount}%"
    if unit == "days":
        return f"{amount} {'days' if plural else 'day'}"
    return amount


def number(
    value: Figure | FactValue | None,
    qualifier: Qualifier | str = Qualifier.exact,
    unit: str = "people",
) -> str:
    """Format a figure with its qualifier word and unit: "about 31,500", "10–99", "80%".

    A `Figure` brings its own qualifier and unit; a bare value takes them as arguments.
    "people" and "households" are left to the sentence around the number.
    """
    if isinstance(value, Figure):
        return number(value.value, value.qualifier, value.unit)
    if value is None:
        return "not reported"
    if isinstance(value, tuple):
        low, high = value
        amount = _count(low) if low == high else f"{_count(low)}{_EN_DASH}{_count(high)}"
        plural = high != 1
        if low != high and Qualifier(qualifier) is Qualifier.approx:
            qualifier = Qualifier.exact  # a range says "about" already: "10–99", not "about 10–99"
    else:
        amount = _count(value)
        plural = value != 1
    return _QUALIFIER_WORDS[Qualifier(qualifier)] + _with_unit(amount, unit, plural)


def delta(figure: Figure, since: bool = True) -> str:
    """The change since the previous report, signed: "+13,500 since 1 Dec", "no change …".

    `since=False` drops the date, for a table whose header already names it.
    """
    if figure.delta is None:
        return ""
    previous = figure.previous_date if since else None
    since_text = f" since {date(previous, 'short')}" if previous else ""
    if figure.delta == 0:
        return f"no change{since_text}"
    sign = "+" if figure.delta > 0 else _MINUS
    amount = f"{abs(figure.delta):,}"
    if figure.unit == "percent":
        amount += " points"
    return f"{sign}{amount}{since_text}"


def sentence(text: str) -> str:
    """Capitalise the first letter only ("about 31,500 …" → "About 31,500 …")."""
    return text[:1].upper() + text[1:]


def web_address(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) address, else None: only those become links.

    An article's address comes from untrusted input; a `javascript:` or `file:` link
    must not reach a PDF reader or a mail client.
    """
    if url and urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc:
        return url
    return None


def plain(html: str) -> str:
    """Text as written from the escaped output of a narrative macro, for the plain-text brief.

    The narrative macros live in an autoescaped template so that HTML callers can
    trust their output; `brief.txt` undoes exactly that escaping, nothing more.
    """
    return Markup(html).unescape()


def rows(numbers: list[int], first: int) -> str:
    """Spreadsheet rows a source stands for, as a person would look them up: "rows 3–5, 9"."""
    if not numbers:
        return f"row {first}"
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}{_EN_DASH}{r[-1]}" for r in runs]
    return "rows " + ", ".join(parts)


CITED_PLACES = 6
"""Up to this many rows, a table source names each row's place; more are rows only."""


def cited_rows(entry: SourceEntry) -> str:
    """The rows a table source stands for: "rows 6 (east Aleppo, SY0200), 7 (A'zaz, SY0204)".

    A long column is its rows alone ("rows 6–1,005"), each row's place is in sitrep.json.
    """
    numbers = entry.rows or ([entry.cell.row] if entry.cell else [])
    if len(entry.cells) > CITED_PLACES or not entry.cells:
        return rows(numbers if len(numbers) > 1 else [], numbers[0] if numbers else 0)
    parts = []
    for cell in entry.cells:
        where = ", ".join(p for p in (cell.place, cell.pcode) if p)
        parts.append(f"{cell.cell.row} ({where})" if where else str(cell.cell.row))
    return ("row " if len(parts) == 1 else "rows ") + ", ".join(parts)


def unnamed_in_quote(entry: SourceEntry) -> bool:
    """Whether the quoted sentence leaves out who said it ("… he said."), so the list names
    them; the outlet itself is named in the heading already."""
    said = (entry.source or "").casefold()
    outlet = (entry.article.outlet or "").casefold() if entry.article else ""
    return bool(said) and said != outlet and said not in (entry.quote or "").casefold()


@dataclass(frozen=True)
class SourceGroup:
    """Entries of one file and sheet, or of one article, listed under one heading."""

    entries: tuple[SourceEntry, ...]
    sources: tuple[str, ...]


def _group_key(entry: SourceEntry) -> tuple[str, ...]:
    if entry.kind == "table" and entry.cell:
        return ("table", entry.cell.file, entry.cell.sheet or "")
    return ("article", entry.article.path if entry.article else f"#{entry.number}")


def source_groups(entries: list[SourceEntry]) -> list[SourceGroup]:
    """Consecutive entries of one file and sheet or one article, with who reported them."""
    groups: list[list[SourceEntry]] = []
    for entry in entries:
        if groups and _group_key(groups[-1][-1]) == _group_key(entry):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [
        SourceGroup(
            entries=tuple(group),
            sources=tuple(
                dict.fromkeys(
                    part.strip()
                    for e in group
                    if e.kind == "table" and e.source
                    for part in e.source.split(";")
                    if part.strip()
                )
            ),
        )
        for group in groups
    ]


LONG_TABLE = 12
"""A by-area table longer than this breaks across pages (a shorter one moves whole)."""


def column_citations(table: list[AreaRow], indicator: Indicator) -> list[int]:
    """The sources a long table's column cites on every row alike, to be cited once in its
    header: a 2,000-area column from one spreadsheet column carried the same superscript
    on each of 2,000 rows (and as many links for the PDF to lay out and write).

    Empty when the table is short, when any row cites other sources, or when no row has
    the figure: then each cell cites its own.
    """
    if len(table) <= LONG_TABLE:
        return []
    shared: list[int] | None = None
    for row in table:
        figure = row.figures.get(indicator)
        if figure is None:
            continue
        if shared is None:
            shared = figure.citations
        elif figure.citations != shared:
            return []
    return list(shared or [])


def usd(amount: float | None) -> str:
    """US dollars as appeals are quoted: "US$ 25.0 million", "US$ 1.2 billion", "US$ 950,000"."""
    if amount is None:
        return "not reported"
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(amount) >= size:
            return f"US$ {amount / size:,.1f} {word}"
    return f"US$ {amount:,.0f}"


def percent(share: float | None) -> str:
    """A percentage to the whole number, or one decimal under 10 ("38%", "4.5%")."""
    if share is None:
        return "–"
    return f"{share:.1f}%" if 0 < share < 10 else f"{share:.0f}%"


def next_date(sitrep: Sitrep) -> dt.date:
    """When the next report is due, as `sitrep.context` reckons it."""
    return next_report_date(sitrep.situation, sitrep.date)


date = format_date
"""The `date` filter: dates for people, formatted by `sitrep.context` for every output."""


def sitrep_name(sitrep: Sitrep) -> str:
    """The report's name, composed by `sitrep.context` for every output alike."""
    return report_name(sitrep.situation, sitrep.number, sitrep.date)


def label(indicator: Indicator) -> str:
    """What a figure of `indicator` is called in a table or heading ("people killed")."""
    return indicator.spec.label


def phrase(indicator: Indicator) -> str:
    """The words after a number in a sentence ("people were killed")."""
    return indicator.spec.phrase


def is_flow(indicator: Indicator) -> bool:
    """Counted per event, so dated "on" a day rather than "as of" it."""
    return indicator in FLOW_INDICATORS


class _CompiledTemplates(FileSystemBytecodeCache):
    """Templates compiled once per machine instead of once per process (a tenth of a second
    of every cold build), kept in Jinja's own per-user temporary folder (made by Jinja for
    this user alone, 0700). A compiled template is used only while its source is unchanged;
    one that cannot be written is compiled again next time, nothing worse."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates() -> BytecodeCache | None:
    try:
        return _CompiledTemplates()
    except (OSError, RuntimeError):  # no temporary folder safe for this user
        return None


def _build() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        bytecode_cache=_compiled_templates(),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        rows=rows,
        cited_rows=cited_rows,
        column_citations=column_citations,
        usd=usd,
        percent=percent,
        source_groups=source_groups,
        number=number,
        delta=delta,
        date=date,
        sentence=sentence,
        plain=plain,
        web_address=web_address,
        report_name=sitrep_name,
        label=label,
        phrase=phrase,
        who=who,
        source_label=source_label,
    )
    env.globals["long_table"] = LONG_TABLE
    env.tests["flow"] = is_flow
    env.tests["unnamed_in_quote"] = unnamed_in_quote
    env.tests["stating_duration"] = states_duration
    return env


environment = _build()
