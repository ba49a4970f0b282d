"""What the tests of each tuning round (tests/test_extract_tune*.py) read:
an article published on a Monday, its facts, their sources, periods and dates, and the
speaker or the dates one sentence gives."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.extract.dates import find_dates
from sitrep.extract.english import ENGLISH
from sitrep.extract.french import FRENCH
from sitrep.extract.sources import Speakers, find_source
from sitrep.extract.words import Language
from sitrep.models import Fact

MONDAY = dt.date(2026, 3, 2)
"""The day every test article is published."""


def words(lang: str) -> Language:
    return FRENCH if lang == "fr" else ENGLISH


def facts(text: str, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts


def figures(text: str, lang: str = "en") -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text, lang)]


def sources(text: str, lang: str = "en") -> list[tuple[object, str | None]]:
    return [(f.value, f.source) for f in facts(text, lang)]


def period_ends(text: str, lang: str = "en") -> list[tuple[object, dt.date | None]]:
    return [(f.value, f.period.end if f.period else None) for f in facts(text, lang)]


def fact_dates(text: str, lang: str = "en") -> list[tuple[object, dt.date | None]]:
    return [(f.value, f.date) for f in facts(text, lang)]


def speaker(sentence: str, lang: str = "en") -> str | None:
    return find_source(sentence, Speakers(lang=words(lang)))


def periods(sentence: str, lang: str = "en") -> list[tuple[dt.date | None, dt.date | None]]:
    """(start, end) of each period the sentence names."""
    found = find_dates(sentence, MONDAY, words(lang))
    return [(m.period.start, m.period.end) for m in found if m.period is not None]


def days(sentence: str, lang: str = "en") -> list[dt.date]:
    """Each day the sentence names."""
    return [m.date for m in find_dates(sentence, MONDAY, words(lang)) if m.date is not None]
