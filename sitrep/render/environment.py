"""The one Jinja environment and the filters that format figures and dates the same everywhere.

A figure must read identically in the PDF, the brief and the plain-text mail
("about 31,500", "10–99", "+13,500 since 1 Dec"), so formatting lives here once and
templates never build numbers themselves.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from sitrep.models import FactValue, Figure, Period, Qualifier

TEMPLATES_DIR = Path(str(files("sitrep.templates")))
"""The top-level templates/ folder, installed with the code as the `sitrep.templates` package."""

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


def date(value: dt.date | Period | None, style: str = "long") -> str:
    """Dates as people write them in reports: "8 December 2016", "1 Dec", "2–8 December 2016".

    `style` is "long" (default), "short" (day and month abbreviation joined by a
    no-break space, for deltas, so "1 Dec" never splits across lines),
    "day" (day and month) or "iso"; a `Period` becomes a range in the long style.
    """
    if value is None:
        return ""
    if isinstance(value, Period):
        return _period(value)
    if style == "iso":
        return value.isoformat()
    if style == "short":
        return f"{value.day}\u00a0{value:%b}"
    if style == "day":
        return f"{value.day} {value:%B}"
    return f"{value.day} {value:%B %Y}"


def _period(period: Period) -> str:
    start, end = period.start, period.end
    if start is None or end is None:
        return f"since {date(start)}" if start else f"until {date(end)}" if end else ""
    if start == end:
        return date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{_EN_DASH}{date(end)}"
    if start.year == end.year:
        return f"{date(start, 'day')} {_EN_DASH} {date(end)}"
    return f"{date(start)} {_EN_DASH} {date(end)}"


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


def _build() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        rows=rows,
        number=number,
        delta=delta,
        date=date,
        sentence=sentence,
        plain=plain,
        web_address=web_address,
    )
    return env


environment = _build()
