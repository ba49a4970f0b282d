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
from functools import cache

from sitrep import patterns
from sitrep.extract.languages import ENGLISH, DateWords, Language
from sitrep.extract.numbers import western_digits
from sitrep.extract.scan import (
    factored,
    finditer_alike,
    first_letters,
    guarded,
    letters_first,
    literal_alternation,
    lowered,
    lowered_once,
)
from sitrep.models import Period

_YEAR_RE = patterns.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-]\d)")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True, eq=False)
class _Grammar:
    """A language's date patterns, compiled once."""

    words: DateWords
    hint: re.Pattern[str]
    epi_week: re.Pattern[str]
    """Any of the language's hints, as one search instead of one per hint."""
    months: dict[str, int]
    weekdays: tuple[str, ...]
    date: re.Pattern[str]
    date_cased: re.Pattern[str]
    """`date` matched with regard to case, for text `lowered_alike` gives."""
    future_before: re.Pattern[str]
    """'The next report will be issued on 4 November': a day to come dates no figure."""
    since_before: re.Pattern[str]
    """'since yesterday', 'since fighting broke out in November 2020': from then to the
    publication. A period named without a day (a month, a year, a week) gives the figure
    a period and no day; the report then uses the period's end or the publication date."""
    as_of: re.Pattern[str]
    told_before: re.Pattern[str]


@cache
def _grammar(lang: Language) -> _Grammar:
    w = lang.dates
    # A month's short name ends its word: '12 décès' is twelve deaths, not 12 December.
    month = r"(?P<{0}>" + w.month.replace("{", "{{").replace("}", "}}") + r")(?![^\W\d_])\.?"
    day_month = (
        r"(?P<{0}d>[0-3]?\d)" + w.ordinal + r"\s+" + w.day_of
        + month.format("{0}m")
        + r"(?:,?\s+(?P<{0}y>" + _YEAR + r"))?"
    )  # fmt: skip
    month_day = (
        ("" if w.month_first else "(?!)")  # 'March 3' is not French
        + month.format("{0}m")
        + r"\s+(?P<{0}d>[0-3]?\d)" + w.ordinal + r"\b(?:,?\s+(?P<{0}y>" + _YEAR + r"))?"
    )  # fmt: skip
    explicit = rf"(?:{day_month.format('a')}|{month_day.format('b')})"
    names, part = w.month_name, w.part
    month_first = "" if w.month_first else "(?!)"
    # 'entre le dimanche 26 janvier et le jeudi 30 janvier', 'du lundi 13 au mardi 14
    # février', 'between Monday, 3 March and …': a weekday may name each end's day, and
    # the day of a date ('as of Monday 3 March' is 3 March, not the Monday before).
    wd = rf"(?:(?:{w.weekday}),?\s+)?"
    alternatives = [
        rf"(?P<between>{w.between})\s+{wd}(?P<p1>{day_month.format('c')}|{month_day.format('e')})\s+(?:{w.and_to})\s+{wd}(?P<p2>{day_month.format('f')}|{month_day.format('g')})",
        rf"(?:(?:{w.between})\s+{wd})?(?P<dr1>[0-3]?\d)\s*(?:{w.range_join})\s*{wd}(?P<dr2>[0-3]?\d)\s+{month.format('drm')}(?:,?\s+(?P<dry>{_YEAR}))?",
        rf"{month_first}(?:{w.between})\s+{month.format('drn')}\s+(?P<dr3>[0-3]?\d)\s*(?:{w.range_join})\s*(?P<dr4>[0-3]?\d)\b(?:,?\s+(?P<drz>{_YEAR}))?",
        rf"(?P<mbetween>{w.between})\s+(?P<mb1>{names})\s+(?:{w.and_to})\s+(?P<mb2>{names})(?:\s+(?P<mby>{_YEAR}))?\b",
        rf"(?P<since>{w.since})\s+(?:{day_month.format('h')}|{month_day.format('i')}|{part.format('s')}(?P<sincemonth>{names})\b(?:\s+(?P<sinceyear>{_YEAR}))?)",
        w.past,
        wd + explicit,
        _ISO,
        rf"(?P<weekday>{w.weekday})(?:'s|’s)?\b",
        rf"(?P<rel>{w.relative})\b",
        w.last,
        rf"(?P<monthin>{w.month_in})(?:\s+|(?<=['’-]))\s*{part.format('m')}(?P<month>{names})(?:\s+(?P<monthyear>{_YEAR}))?\b(?!\s*[0-3]?\d{w.ordinal}\b)",
        rf"(?P<yearin>{w.year_in})\s+(?P<year>{_YEAR})\b(?![-–/.,]\d)",
        # 'in the first three months of the year': from 1 January to the end of that many.
        w.first_months.replace("YEAR", _YEAR),
    ]  # fmt: skip
    pattern = rf"(?=[\d{_openings(w)}])\b(?:{guarded(alternatives)})"
    rewritten = factored(pattern)  # once: the rewriting is the slow part of start-up
    return _Grammar(
        words=w,
        hint=patterns.compile(literal_alternation(sorted(w.hints, key=len, reverse=True))),
        epi_week=patterns.compile(w.epi_week, re.IGNORECASE),
        months=lang.months,
        weekdays=lang.weekdays,
        date=patterns.compile(rewritten, re.IGNORECASE),
        date_cased=patterns.compile(rewritten),
        future_before=patterns.compile(letters_first(w.future_before), re.IGNORECASE),
        since_before=patterns.compile(letters_first(w.since_before), re.IGNORECASE),
        as_of=patterns.compile(w.as_of, re.IGNORECASE),
        told_before=patterns.compile(w.told_before, re.IGNORECASE),
    )


def _openings(w: DateWords) -> str:
    """The letters a date phrase can start with (besides digits): the date pattern skips
    every other position at once. Any word that may start otherwise keeps every letter."""
    pieces = (w.between, w.since, w.past, w.weekday, w.relative, w.last, w.month_in, w.year_in)
    letters = first_letters("|".join((*pieces, w.month)))
    return r"\w" if letters is None else letters


DATELINE_RE = patterns.compile(
    r"\s*(?:date\s+)?\d{4}-\d\d(?:-\d\d)?\s+(?=[A-Z])|"
    r"[A-Z][A-Z'’ ./()-]+(?:,\s*[A-Z][\w'’ ]*?)*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?)?\s*(?:\([^)]*\)\s*)?[-–—]+\s"
)
"""A wire dateline ("KHARTOUM, April 25 - "), or a page's date stamp before its first line
("date 2025-10-23 The World Health …"): its date is the publication's, not a figure's."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at `[start, end)` of the sentence; `date` or `period` may be None
    when the expression cannot be resolved (no publication date, impossible day)."""

    start: int
    end: int
    date: dt.date | None
    period: Period | None


def find_dates(
    sentence: str, published: dt.date | None, lang: Language = ENGLISH
) -> list[DateMention]:
    """Every date or period expression in the sentence, resolved where possible."""
    sentence = western_digits(sentence)
    g = _grammar(lang)
    low = lowered(sentence)
    if g.hint.search(low) is None:
        return _numeric_days(sentence, published, []) if _numeric_day_hint(sentence) else []
    dateline = DATELINE_RE.match(sentence)
    after = dateline.end() if dateline else 0
    found = []
    years = set(_YEAR_RE.findall(sentence))
    year_hint = int(next(iter(years))) if len(years) == 1 else None
    if year_hint is not None and published is not None and year_hint > published.year:
        year_hint = None
    for m in finditer_alike(g.date, g.date_cased, sentence, lowered_once(sentence), after):
        if g.future_before.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        mention = _resolve(g, m, published, year_hint)
        since = g.since_before.search(sentence, max(0, m.start() - 50), m.start())
        if since is not None and not m.group("since"):
            opening = mention.period.start if mention.period else mention.date
            named_day = mention.period is None
            mention = DateMention(
                since.start(),
                m.end(),
                published if named_day else None,
                Period(start=opening, end=published),
            )
        found.append(_until_published(mention, published))
    if g.words.epi_week_word in low:
        found.extend(_epi_weeks(g, sentence, published, found))
    if _numeric_day_hint(sentence):
        found.extend(_numeric_days(sentence, published, found))
    found.sort(key=lambda d: d.start)
    return _as_of(g, sentence, found, published) if len(found) > 1 else found


def _as_of(
    g: _Grammar, sentence: str, found: list[DateMention], published: dt.date | None
) -> list[DateMention]:
    """A period still running at publication ('this year', 'since January') that a later
    day closes as the day its count was made up to ('… this year as at 18 October') or
    told ('since Friday …, the ministry said on Sunday') ends on that day."""
    if published is None:
        return found
    for i, mention in enumerate(found):
        period = mention.period
        if period is None or period.end != published or period.start is None:
            continue
        day = next(
            (
                d
                for d in found[i + 1 :]
                if d.date is not None
                and d.period is None
                and period.start <= d.date < published
                and (
                    g.as_of.search(sentence, max(0, d.start - 30), d.start) is not None
                    or g.told_before.search(sentence, max(0, d.start - 140), d.start) is not None
                )
            ),
            None,
        )
        if day is not None:
            date = day.date if mention.date == published else mention.date
            found[i] = DateMention(
                mention.start, mention.end, date, Period(start=period.start, end=day.date)
            )
    return found


_NUMERIC_DAY = patterns.compile(
    r"(?<![\d/.,-])(\d{1,2})(?:/(\d{1,2})(?:/((?:19|20)?\d\d))?|-(\d{1,2})-((?:19|20)\d\d))"
    r"(?![\d/]|[.,-]\d)"
)
"""'23/07/2015', '(08/11)', and with dashes only with its year ('kidnapped on 1-11-2024':
'3-4' is a range)."""


def _numeric_day_hint(sentence: str) -> bool:
    return "/" in sentence or "-19" in sentence or "-20" in sentence


def _numeric_days(
    sentence: str, published: dt.date | None, found: list[DateMention]
) -> list[DateMention]:
    """'(NEOC/MoHA 23/07/2015)', 'announced yesterday (08/11)': a day written in figures,
    day first as the agencies write it (month first only where day first cannot be). A
    day without a year counts only in brackets, and is of the publication's year; a day
    after publication, or one that cannot be, is no date ('24/7', '3/4 of homes')."""
    mentions = []
    for m in _NUMERIC_DAY.finditer(sentence):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        first, second = int(m.group(1)), int(m.group(2) or m.group(4))
        year_text = m.group(3) or m.group(5)
        bracketed = sentence[max(0, m.start() - 1) : m.start()] == "("
        if year_text is not None:
            year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        elif published is not None and bracketed:
            year = published.year
        else:
            continue
        day = _valid_day(year, second, first) or _valid_day(year, first, second)
        if day is None or (published is not None and day > published):
            continue
        mentions.append(DateMention(m.start(), m.end(), day, None))
    return mentions


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _epi_weeks(
    g: _Grammar, sentence: str, published: dt.date | None, found: list[DateMention]
) -> list[DateMention]:
    """'from week 1 to week 16, 2023': each epidemiological (ISO) week is the period from
    its Monday to its Sunday; a week without a year takes the next week's year, else the
    latest year in which it has ended by publication."""
    weeks = [
        m
        for m in g.epi_week.finditer(sentence)
        if not any(d.start < m.end() and m.start() < d.end for d in found)
    ]
    mentions = []
    for i, m in enumerate(weeks):
        year_text = m.group("wky") or next(
            (w.group("wky") for w in weeks[i + 1 :] if w.group("wky")), None
        )
        year = int(year_text) if year_text else published.year if published else None
        if year is None:
            continue
        try:
            start = dt.date.fromisocalendar(year, int(m.group("wk")), 1)
        except ValueError:
            continue
        if not year_text and published is not None and start + dt.timedelta(days=6) > published:
            try:
                start = dt.date.fromisocalendar(year - 1, int(m.group("wk")), 1)
            except ValueError:
                continue
        mentions.append(
            DateMention(
                m.start(), m.end(), None, Period(start=start, end=start + dt.timedelta(days=6))
            )
        )
    return mentions


def _until_published(mention: DateMention, published: dt.date | None) -> DateMention:
    """A period still running when the text was written ('in 2024' in a September 2024
    report, 'this month') ends on the publication day: a count is never of the future."""
    period = mention.period
    if published is None or period is None or period.end is None or period.end <= published:
        return mention
    if period.start is not None and period.start > published:
        return mention
    return DateMention(
        mention.start, mention.end, mention.date, Period(start=period.start, end=published)
    )


def _resolve(
    g: _Grammar, m: re.Match[str], published: dt.date | None, year_hint: int | None = None
) -> DateMention:
    """The mention's day or period; `year_hint` is the one year the sentence names ('en
    2015, … entre janvier et juin'), the year of its months named without one."""
    group = m.group  # a few groups by name: cheaper than the dict of all ~60
    months, words = g.months, g.words
    date: dt.date | None = None
    period: Period | None = None
    if group("dr1") or group("dr3"):
        month_name = group("drm") or group("drn")
        first_day, last_day = (
            (group("dr1"), group("dr2")) if group("dr1") else (group("dr3"), group("dr4"))
        )
        year_text = group("dry") or group("drz")
        year = int(year_text) if year_text else None
        month = months[month_name.lower()]
        opening = _with_year((month, int(first_day), year), published)
        closing = _with_year((month, int(last_day), year), published)
        if opening and closing and opening <= closing:
            period, date = Period(start=opening, end=closing), closing
    elif group("between") and group("p1"):
        first = _day_month(months, m, "c") or _day_month(months, m, "e")
        second = _day_month(months, m, "f") or _day_month(months, m, "g")
        if first is not None and second is not None and first[2] is None and second[2]:
            first = (first[0], first[1], second[2])  # '1 January - 31 July 2023'
        start = _with_year(first, published)
        end = _with_year(second, published)
        if start and end and start > end:
            start = start.replace(year=start.year - 1)
        period = Period(start=start, end=end)
        date = end
    elif group("mbetween"):
        first_month = months[group("mb1").lower()]
        second_month = months[group("mb2").lower()]
        year = int(group("mby")) if group("mby") else year_hint
        start = _month_start(first_month, year, published)
        last = _month_end(second_month, year, published)
        if start and last and start > last:
            start = start.replace(year=start.year - 1)
        period = Period(start=start, end=last)
    elif group("since"):
        if group("sincemonth"):
            year = int(group("sinceyear")) if group("sinceyear") else None
            start = _month_start(months[group("sincemonth").lower()], year, published)
            start = _part_of_month(words, start, group("spart"), group("sedge"))
        else:
            start = _with_year(_day_month(months, m, "h") or _day_month(months, m, "i"), published)
        period = Period(start=start, end=published)
        date = published
    elif group("pastunit"):
        count = _count(words, group("pastn"))
        unit = words.units[group("pastunit").lower()]
        if unit == "hour":
            count, unit = max(1, count // 24), "day"
        if published is not None:
            period = Period(start=_back(published, count, unit), end=published)
        date = published
    elif group("last"):
        unit = words.units.get(group("lastunit").lower(), group("lastunit").lower())
        period = _calendar(words.last_words[group("last").lower()], unit, published)
    elif group("monthin"):
        year = int(group("monthyear")) if group("monthyear") else year_hint
        opening = _month_start(months[group("month").lower()], year, published)
        if opening is not None:
            closing = _month_end(opening.month, opening.year, published)
            if group("monthin").lower() in words.since_words:
                opening = _part_of_month(words, opening, group("mpart"), group("medge"))
                period, date = Period(start=opening, end=published), published
            else:
                period = Period(start=opening, end=closing)
    elif group("yearin"):
        year = int(group("year"))
        if published is None or year <= published.year:
            period = Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    elif group("fmn") or group("fmq"):
        count = words.quarters.get((group("fmq") or "").lower()) or _count(words, group("fmn"))
        year = int(group("fmy")) if group("fmy") else published.year if published else None
        if year is not None and 1 <= count <= 12:
            closing = _month_end(count, year, None)
            if closing is not None and (published is None or closing <= published):
                period = Period(start=dt.date(year, 1, 1), end=closing)
    elif group("iso"):
        try:
            date = dt.date.fromisoformat(group("iso"))
        except ValueError:
            date = None
    elif group("weekday"):
        if published is not None:
            back = (published.weekday() - g.weekdays.index(group("weekday").lower())) % 7
            date = published - dt.timedelta(days=back)
    elif group("rel"):
        if published is not None:
            rel = " ".join(group("rel").lower().split())
            back = 1 if rel in words.yesterday else 0
            date = published - dt.timedelta(days=back)
    else:
        date = _with_year(_day_month(months, m, "a") or _day_month(months, m, "b"), published)
    return DateMention(m.start(), m.end(), date, period)


def _count(words: DateWords, word: str | None) -> int:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return words.small.get(word.lower(), 1)


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


def _part_of_month(
    words: DateWords, first: dt.date | None, part: str | None, edge: str | None
) -> dt.date | None:
    """'since the end of May' starts late in May, 'since mid-May' in the middle."""
    if first is None:
        return None
    where = words.parts.get((part or edge or "").lower())
    if where == "end":
        return first.replace(day=21)
    if where == "middle":
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


def _day_month(
    months: dict[str, int], m: re.Match[str], prefix: str
) -> tuple[int, int, int | None] | None:
    day = m.group(f"{prefix}d")
    month = m.group(f"{prefix}m")
    if not day or not month:
        return None
    year = m.group(f"{prefix}y")
    return months[month.lower()], int(day), int(year) if year else None


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
