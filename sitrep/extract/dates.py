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

from sitrep.extract.numbers import western_digits
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

_MONTH_NAME = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_PART = (
    r"(?:(?:the\s+)?(?P<{0}part>end|beginning|start|middle)\s+of\s+"
    r"|(?P<{0}edge>early|mid|late)[\s-]+)?"
)
DATE_RE = re.compile(
    r"(?=\w)\b(?:"
    rf"(?P<between>between|from)\s+(?P<p1>{_DAY_MONTH.format('c')}|{_MONTH_DAY.format('e')})\s+(?:and|to|until)\s+(?P<p2>{_DAY_MONTH.format('f')}|{_MONTH_DAY.format('g')})"
    rf"|(?:(?:between|from)\s+)?(?P<dr1>[0-3]?\d)\s*(?:-|–|\s+and\s+|\s+to\s+)\s*(?P<dr2>[0-3]?\d)\s+{_MONTH.format('drm')}(?:,?\s+(?P<dry>(?:19|20)\d\d))?"
    rf"|(?:between|from)\s+{_MONTH.format('drn')}\s+(?P<dr3>[0-3]?\d)\s*(?:-|–|\s+and\s+|\s+to\s+)\s*(?P<dr4>[0-3]?\d)\b(?:,?\s+(?P<drz>(?:19|20)\d\d))?"
    rf"|(?P<mbetween>between|from)\s+(?P<mb1>{_MONTH_NAME})\s+(?:and|to|until)\s+(?P<mb2>{_MONTH_NAME})(?:\s+(?P<mby>(?:19|20)\d\d))?\b"
    rf"|(?P<since>since|from)\s+(?:{_DAY_MONTH.format('h')}|{_MONTH_DAY.format('i')}|{_PART.format('s')}(?P<sincemonth>{_MONTH_NAME})\b(?:\s+(?P<sinceyear>(?:19|20)\d\d))?)"
    r"|(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<pastn>\w+)\s+)?(?P<pastunit>day|week|month|year|hour)s?\b"
    rf"|{_EXPLICIT}"
    rf"|{_ISO}"
    r"|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\b"
    r"|(?P<rel>today|tonight|yesterday|this\s+morning|last\s+night)\b"
    r"|(?P<last>last|this)\s+(?P<lastunit>week|month|year)\b"
    rf"|(?P<monthin>in|during|as\s+of|by|since|until)\s+{_PART.format('m')}(?P<month>{_MONTH_NAME})(?:\s+(?P<monthyear>(?:19|20)\d\d))?\b(?!\s*[0-3]?\d\b)"
    r"|(?P<yearin>in|during)\s+(?P<year>(?:19|20)\d\d)\b(?![-–/.,]\d)"
    r")",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(r"\b(?:will|next\s+report)\b[^.;,]{0,30}$", re.IGNORECASE)
"""'The next report will be issued on 4 November': a day to come dates no figure."""
_SINCE_BEFORE = re.compile(r"\b(?:since|starting|beginning)\s+(?:[^\W\d]+\s+){0,8}$", re.IGNORECASE)
"""'since yesterday', 'since fighting broke out in November 2020': from then to the
publication. A period named without a day (a month, a year, a week) gives the figure a
period and no day; the report then uses the period's end or the publication date."""
DATELINE_RE = re.compile(
    r"[A-Z][A-Z'’ ./()-]+(?:,\s*[A-Z][\w'’ ]*?)*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?)?\s*(?:\([^)]*\)\s*)?[-–—]+\s"
)
"""A wire dateline ("KHARTOUM, April 25 - "): its date is the publication's, not a figure's."""
_HINTS = (
    "day", "since", "past", "last", "night", "morning", "jan", "feb", "mar", "apr", "may",
    "jun", "jul", "aug", "sep", "oct", "nov", "dec", "-0", "-1", "this year", "this month",
    "this week", "previous", "in 19", "in 20", "during 19", "during 20",
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
    sentence = western_digits(sentence)
    low = sentence.lower()
    if not any(hint in low for hint in _HINTS):
        return []
    dateline = DATELINE_RE.match(sentence)
    after = dateline.end() if dateline else 0
    found = []
    for m in DATE_RE.finditer(sentence, after):
        if _FUTURE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        mention = _resolve(m, published)
        since = _SINCE_BEFORE.search(sentence, max(0, m.start() - 50), m.start())
        if since is not None and not m.group("since"):
            opening = mention.period.start if mention.period else mention.date
            named_day = mention.period is None
            mention = DateMention(
                since.start(),
                m.end(),
                published if named_day else None,
                Period(start=opening, end=published),
            )
        found.append(mention)
    return found


def _resolve(m: re.Match[str], published: dt.date | None) -> DateMention:
    groups = m.groupdict()
    date: dt.date | None = None
    period: Period | None = None
    if groups["dr1"] or groups["dr3"]:
        month_name = groups["drm"] or groups["drn"]
        first_day, last_day = (
            (groups["dr1"], groups["dr2"]) if groups["dr1"] else (groups["dr3"], groups["dr4"])
        )
        year_text = groups["dry"] or groups["drz"]
        year = int(year_text) if year_text else None
        month = MONTHS[month_name.lower()]
        opening = _with_year((month, int(first_day), year), published)
        closing = _with_year((month, int(last_day), year), published)
        if opening and closing and opening <= closing:
            period, date = Period(start=opening, end=closing), closing
    elif groups["between"] and groups["p1"]:
        first = _day_month(m, "c") or _day_month(m, "e")
        second = _day_month(m, "f") or _day_month(m, "g")
        start = _with_year(first, published)
        end = _with_year(second, published)
        if start and end and start > end:
            start = start.replace(year=start.year - 1)
        period = Period(start=start, end=end)
        date = end
    elif groups["mbetween"]:
        first_month = MONTHS[groups["mb1"].lower()]
        second_month = MONTHS[groups["mb2"].lower()]
        year = int(groups["mby"]) if groups["mby"] else None
        start = _month_start(first_month, year, published)
        last = _month_end(second_month, year, published)
        if start and last and start > last:
            start = start.replace(year=start.year - 1)
        period = Period(start=start, end=last)
    elif groups["since"]:
        if groups["sincemonth"]:
            year = int(groups["sinceyear"]) if groups["sinceyear"] else None
            start = _month_start(MONTHS[groups["sincemonth"].lower()], year, published)
            start = _part_of_month(start, groups["spart"], groups["sedge"])
        else:
            start = _with_year(_day_month(m, "h") or _day_month(m, "i"), published)
        period = Period(start=start, end=published)
        date = published
    elif groups["pastunit"]:
        count = _count(groups["pastn"])
        unit = groups["pastunit"].lower()
        if unit == "hour":
            count, unit = max(1, count // 24), "day"
        if published is not None:
            period = Period(start=_back(published, count, unit), end=published)
        date = published
    elif groups["last"]:
        period = _calendar(groups["last"].lower(), groups["lastunit"].lower(), published)
    elif groups["monthin"]:
        year = int(groups["monthyear"]) if groups["monthyear"] else None
        opening = _month_start(MONTHS[groups["month"].lower()], year, published)
        if opening is not None:
            closing = _month_end(opening.month, opening.year, published)
            if groups["monthin"].lower() == "since":
                opening = _part_of_month(opening, groups["mpart"], groups["medge"])
                period, date = Period(start=opening, end=published), published
            else:
                period = Period(start=opening, end=closing)
    elif groups["yearin"]:
        year = int(groups["year"])
        if published is None or year <= published.year:
            period = Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
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


def _count(word: str | None) -> int:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return _SMALL.get(word.lower(), 1)


def _month_start(month: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """The first day of a month named without a year: the latest such month not after
    publication ('in September' read in March 2024 is September 2023)."""
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


def _month_end(month: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """The month's last day, or the publication day when the month is still running."""
    first = _month_start(month, year, published)
    if first is None:
        return None
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return min(last, published) if published is not None else last


def _part_of_month(first: dt.date | None, part: str | None, edge: str | None) -> dt.date | None:
    """'since the end of May' starts late in May, 'since mid-May' in the middle."""
    if first is None:
        return None
    where = (part or edge or "").lower()
    if where in {"end", "late"}:
        return first.replace(day=21)
    if where in {"middle", "mid"}:
        return first.replace(day=11)
    return first


def _calendar(which: str, unit: str, published: dt.date | None) -> Period | None:
    """'last year' is the calendar year before publication, 'this month' the one running."""
    if published is None:
        return None
    if unit == "year":
        year = published.year - (which == "last")
        start, end = dt.date(year, 1, 1), min(dt.date(year, 12, 31), published)
    elif unit == "month":
        first = published.replace(day=1)
        if which == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        start = first
        end = _month_end(first.month, first.year, published) or published
    else:
        monday = published - dt.timedelta(days=published.weekday())
        start = monday - dt.timedelta(days=7) if which == "last" else monday
        end = min(start + dt.timedelta(days=6), published)
    return Period(start=start, end=end)


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
