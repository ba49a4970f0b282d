"""The report context: which day a build is for, what it covers, and the report before it.

Built once per build and handed to every stage, so validation judges "in the future"
by the report's day, extraction dates undated articles by it, merge counts changes
from the previous report, and every output names the report the same way. Dates for
people are formatted here, once.

Numbers and periods follow one rule: a report covers the days since the last
published report and takes the next number after it; the first report of an outputs
folder takes the number `[numbering]` gives its date (first_number, counted up every
every_days from first_date) and the situation's default period. `check` refuses what
cannot be meant (a date before the first report, a number an earlier report already
has) and what may be a slip unless the user accepts it (a date after today, a period
longer than the cadence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.errors import UsageError
from sitrep.models import Period, Sitrep, Situation

_EN_DASH = "\u2013"


@dataclass(frozen=True)
class Checks:
    """What the user accepts that the report checks would otherwise refuse, and the
    calendar day (tests give one). Here, not in `sitrep.build`, so the CLI can make one
    without importing the renderer."""

    accept_date: bool = False
    accept_period: bool = False
    today: dt.date | None = None


STRICT = Checks()
"""Accept nothing: the checks as a build makes them unless told otherwise."""


@dataclass(frozen=True)
class Published:
    """A report already in the outputs folder: its day and number."""

    day: dt.date
    number: int


@dataclass(frozen=True)
class ReportContext:
    """One report: its day, period, number, and the report it follows (if any).

    `published` lists the reports of the outputs folder (any day), so `check` can tell a
    number that is taken; `today` is the calendar day, given by tests.
    """

    situation: Situation
    day: dt.date
    previous: Sitrep | None = None
    draft: bool = False
    published: tuple[Published, ...] = ()
    today: dt.date | None = None

    def __post_init__(self) -> None:
        first = self.situation.numbering.first_date
        if self.day < first:
            raise UsageError(
                f"the report date {self.day.isoformat()} is before the situation's first "
                f"report ({first.isoformat()}, first_date under [numbering] in sitrep.toml)"
            )

    @property
    def period(self) -> Period:
        """The days since the previous report, or the situation's default period."""
        if self.previous is not None and self.previous.date < self.day:
            return Period(start=self.previous.date + dt.timedelta(days=1), end=self.day)
        days = self.situation.period_days - 1
        if self.day.toordinal() <= days:
            raise UsageError(f"{self.day}: too early a report date for a {days + 1}-day period")
        return Period(start=self.day - dt.timedelta(days=days), end=self.day)

    @property
    def number(self) -> int:
        """The number after the previous report's; the first takes its date's number."""
        if self.previous is not None:
            return self.previous.number + 1
        return self.situation.numbering.number_for(self.day)

    @property
    def calendar_day(self) -> dt.date:
        return self.today or dt.date.today()

    def check(self, *, accept_date: bool = False, accept_period: bool = False) -> list[str]:
        """Raise `UsageError` for a report that cannot be right; return warnings for the
        ones the user said they mean (`accept_date`, `accept_period`)."""
        warnings: list[str] = []
        day = format_date(self.day)
        taken = [p for p in self.published if p.number == self.number and p.day != self.day]
        if taken:
            raise UsageError(
                f"the report of {day} would be No. {self.number}, the number the report of "
                f"{format_date(taken[0].day)} already has (a report is numbered after the "
                "last one before it; build the days in order, or rebuild the later ones "
                "with --force)"
            )
        today = self.calendar_day
        if self.day > today:
            message = f"the report date {day} is after today ({format_date(today)})"
            if not accept_date:
                raise UsageError(f"{message}; give --accept-date if that is meant")
            warnings.append(f"{message}, built as asked (--accept-date)")
        cadence = self.situation.numbering.every_days
        period = self.period
        assert period.start is not None and period.end is not None
        days = (period.end - period.start).days + 1
        if self.previous is not None and days > cadence:
            message = (
                f"the report of {day} covers {days} days ({format_date(period)}) since the "
                f"report of {format_date(self.previous.date)}, longer than the situation's "
                f"cadence of {cadence} day{'s' if cadence != 1 else ''} (every_days under "
                "[numbering] in sitrep.toml)"
            )
            if not accept_period:
                raise UsageError(f"{message}; give --accept-period if that is meant")
            warnings.append(f"{message}, built as asked (--accept-period)")
        return warnings

    @property
    def since(self) -> dt.date | None:
        """The one date every change in the report is counted from: the previous report's."""
        return self.previous.date if self.previous is not None else None

    @property
    def latest_row_day(self) -> dt.date:
        """The last day a table row may be dated before it is "in the future".

        A report for tomorrow, prepared tonight, holds rows dated tomorrow; a report
        rebuilt for a past day comes from tables that have since gone on, and their
        later rows are left out of it, not wrong. So it is the later of the report's
        day and the calendar day of the machine.
        """
        return max(self.day, self.calendar_day)

    @property
    def name(self) -> str:
        return report_name(self.situation, self.number, self.day)


def next_report_date(situation: Situation, day: dt.date) -> dt.date:
    """When the report after the one of `day` is due: one cadence (`every_days`) later,
    whatever its number, since numbers follow the reports published."""
    return day + dt.timedelta(days=situation.numbering.every_days)


def report_name(situation: Situation, number: int, day: dt.date) -> str:
    """ "Syria: East Aleppo — Situation Report No. 4 — 8 December 2016"."""
    return f"{situation.title} — Situation Report No. {number} — {format_date(day)}"


def format_date(
    value: dt.date | Period | None, style: str = "long", year: int | None = None
) -> str:
    """Dates as people write them in reports: "8 December 2016", "1 Dec", "2–8 December 2016".

    `style` is "long" (default), "short" (day and month abbreviation joined by a
    no-break space, for deltas, so "1 Dec" never splits across lines),
    "day" (day and month; with the year too when it is not `year`, the report's, so an
    event of an earlier year is never mistaken for one of this year) or "iso"; a
    `Period` becomes a range in the long style.
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
        return f"{value.day} {value:%B}" + (
            f" {value.year}" if year not in (None, value.year) else ""
        )
    return f"{value.day} {value:%B %Y}"


def _period(period: Period) -> str:
    start, end = period.start, period.end
    if start is None or end is None:
        if start:
            return f"since {format_date(start)}"
        return f"until {format_date(end)}" if end else ""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{_EN_DASH}{format_date(end)}"
    if start.year == end.year:
        return f"{format_date(start, 'day')} {_EN_DASH} {format_date(end)}"
    return f"{format_date(start)} {_EN_DASH} {format_date(end)}"
