"""The one Jinja environment and the filters that format figures and dates the same everywhere.

A figure must read identically in the PDF, the brief and the plain-text mail
("about 31,500", "10–99", "+13,500 since 1 Dec"), so formatting lives here once and
templates never build numbers themselves.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from sitrep.context import format_date, report_name
from sitrep.indicators import FLOW_INDICATORS, Indicator
from sitrep.models import FactValue, Figure, Qualifier, Sitrep
from sitrep.narrative.wording import source_label, states_duration, who

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
        report_name=sitrep_name,
        label=label,
        phrase=phrase,
        who=who,
        source_label=source_label,
    )
    env.tests["flow"] = is_flow
    env.tests["stating_duration"] = states_duration
    return env


environment = _build()
