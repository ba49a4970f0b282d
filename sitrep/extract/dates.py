"""Dates and periods named in a sentence, resolved against the publication date.

News dates are relative ("on Wednesday", "yesterday", "over the past week") or
day-and-month without a year ("15 November"); both are resolved with plain datetime
arithmetic against the publication date. Without a publication date a relative date
is left unresolved (None), never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.models import Period

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

_MONTH = (
    r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_MONTH = (
    r"(?P<{0}d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.format("{0}m")
    + r"(?:,?\s+(?P<{0}y>(?:19|20)\d\d))?"
)
_MONTH_DAY = (
    _MONTH.format("{0}m")
    + r"\s+(?P<{0}d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<{0}y>(?:19|20)\d\d))?"
)
_EXPLICIT = rf"(?:{_DAY_MONTH.format('a')}|{_MONTH_DAY.format('b')})"
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"

DATE_RE = re.compile(
    r"(?=\w)\b(?:"
    rf"(?P<between>between|from)\s+(?P<p1>{_DAY_MONTH.format('c')}|{_MONTH_DAY.format('e')})\s+(?:and|to|until)\s+(?P<p2>{_DAY_MONTH.format('f')}|{_MONTH_DAY.format('g')})"
    rf"|(?P<since>since|from)\s+(?:{_DAY_MONTH.format('h')}|{_MONTH_DAY.format('i')}|(?P<sincemonth>january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    r"|(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:(?P<pastn>\w+)\s+)?(?P<pastunit>day|week|month|year)s?\b"
    rf"|{_EXPLICIT}"
    rf"|{_ISO}"
    r"|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\b"
    r"|(?P<rel>today|tonight|yesterday|this\s+morning|last\s+night)\b"
    r")",
    re.IGNORECASE,
)
DATELINE_RE = re.compile(
    r"[A-Z][A-Z'’ ./()-]+(?:,\s*[A-Z][\w'’ ]*?)*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?)?\s*(?:\([^)]*\)\s*)?[-–—]+\s"
)
"""A wire dateline ("KHARTOUM, April 25 - "): its date is the publication's, not a figure's."""
_HINTS = (
    "day", "since", "past", "last", "night", "morning", "jan", "feb", "mar", "apr", "may",
    "jun", "jul", "aug", "sep", "oct", "nov", "dec", "-0", "-1",
)  # fmt: skip
"""Every date expression contains one of these; most sentences contain none."""
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at `[start, end)` of the sentence; `date` or `period` may be None
    when the expression cannot be resolved (no publication date, impossible day)."""

    start: int
    end: int
    date: dt.date | None
    period: Period | None


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Every date or period expression in the sentence, resolved where possible."""
    low = sentence.lower()
    if not any(hint in low for hint in _HINTS):
        return []
    dateline = DATELINE_RE.match(sentence)
    after = dateline.end() if dateline else 0
    return [_resolve(m, published) for m in DATE_RE.finditer(sentence, after)]


def _resolve(m: re.Match[str], published: dt.date | None) -> DateMention:
    groups = m.groupdict()
    date: dt.date | None = None
    period: Period | None = None
    if groups["between"] and groups["p1"]:
        first = _day_month(m, "c") or _day_month(m, "e")
        second = _day_month(m, "f") or _day_month(m, "g")
        start = _with_year(first, published)
        end = _with_year(second, published)
        if start and end and start > end:
            start = start.replace(year=start.year - 1)
        period = Period(start=start, end=end)
        date = end
    elif groups["since"]:
        if groups["sincemonth"]:
            start = _with_year((MONTHS[groups["sincemonth"].lower()], 1, None), published)
        else:
            start = _with_year(_day_month(m, "h") or _day_month(m, "i"), published)
        period = Period(start=start, end=published)
        date = published
    elif groups["pastunit"]:
        count = _SMALL.get((groups["pastn"] or "one").lower(), 1)
        if published is not None:
            period = Period(
                start=_back(published, count, groups["pastunit"].lower()), end=published
            )
        date = published
    elif groups["iso"]:
        try:
            date = dt.date.fromisoformat(groups["iso"])
        except ValueError:
            date = None
    elif groups["weekday"]:
        if published is not None:
            back = (published.weekday() - WEEKDAYS.index(groups["weekday"].lower())) % 7
            date = published - dt.timedelta(days=back)
    elif groups["rel"]:
        if published is not None:
            rel = groups["rel"].lower()
            back = 1 if rel in {"yesterday", "last night"} else 0
            date = published - dt.timedelta(days=back)
    else:
        date = _with_year(_day_month(m, "a") or _day_month(m, "b"), published)
    return DateMention(m.start(), m.end(), date, period)


def _back(published: dt.date, count: int, unit: str) -> dt.date:
    """`count` units before publication; calendar years, so "past five years" ends on the day."""
    if unit == "year":
        try:
            return published.replace(year=published.year - count)
        except ValueError:
            return published.replace(year=published.year - count, day=28)
    return published - dt.timedelta(days=count * _UNIT_DAYS[unit])


def _day_month(m: re.Match[str], prefix: str) -> tuple[int, int, int | None] | None:
    day = m.group(f"{prefix}d")
    month = m.group(f"{prefix}m")
    if not day or not month:
        return None
    year = m.group(f"{prefix}y")
    return MONTHS[month.lower()], int(day), int(year) if year else None


def _with_year(
    parts: tuple[int, int, int | None] | None, published: dt.date | None
) -> dt.date | None:
    """A day-and-month without a year is the latest such day not after publication."""
    if parts is None:
        return None
    month, day, year = parts
    if year is None:
        if published is None:
            return None
        year = published.year
        if (month, day) > (published.month, published.day):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
