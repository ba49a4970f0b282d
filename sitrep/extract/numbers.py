"""Quantities in a sentence, in every form news uses, with what is not a figure left out.

Each quantity keeps its character span so the indicator, source, date and place can
be found by distance from it. Word numbers are converted by `text2num`; vague amounts
("hundreds") become documented ranges (see `VAGUE`). Years, dates, times, ages,
magnitudes and reference numbers ("resolution 2170") are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from text_to_num import text2num

from sitrep.models import FactValue, Qualifier

Kind = Literal["count", "percent", "duration"]

VAGUE: dict[str, tuple[int, int]] = {
    "hundreds of thousands": (100_000, 999_999),
    "tens of thousands": (10_000, 99_999),
    "several hundred thousand": (300_000, 999_999),
    "several thousand": (3_000, 9_999),
    "several hundred": (300, 999),
    "a few thousand": (2_000, 5_000),
    "a few hundred": (200, 500),
    "millions": (1_000_000, 9_999_999),
    "thousands": (1_000, 9_999),
    "hundreds": (100, 999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "tens": (10, 99),
}
"""Ranges for vague amounts: the smallest and largest number the phrase can honestly mean."""

_SCALES = {
    "thousand": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}
_WORDS_TEXT = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion"
)
_WORDS = _WORDS_TEXT.split()
_WORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_DIGITS = (
    r"(?:\d{1,3}(?:(?P<sep>[,.\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?![\d]|[.,]\d)"
    r"|\d+(?:[.,]\d+)?)"
)
_SCALE = r"(?:\s*(?P<scale>million|billion|thousand|bn|m)\b)?"
_VAGUE = "|".join(re.escape(k) for k in VAGUE) + r"|a\s+dozen"

_BODY = (
    r"(?:"
    rf"(?P<vague>{_VAGUE})(?=\s+(?:of\b|more\b|\w))"
    rf"|(?P<digits>{_DIGITS}){_SCALE}"
    rf"|(?P<words>{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*)\b{_SCALE.replace('scale', 'wscale')}"
    r")"
    r"(?P<pct>\s*(?:%|per\s*cent\b|percent\b|pc\b))?"
)
NUMBER_RE = re.compile(r"(?<![\w.,#/:-])" + _BODY, re.IGNORECASE)
_RANGE_END_RE = re.compile(_BODY, re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_DURATION = re.compile(
    r"[\s-]*(?P<unit>year|month|week|day|hour|minute|second)s?\b(?:[\s-]*old\b)?", re.IGNORECASE
)
_AGE_AFTER = re.compile(r"[\s-]*years?[\s-]*old\b|\s*-?year-olds?\b|\s*yrs?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"(?:\baged?|\bages|\bage\s+of|\bunder\s+the\s+age\s+of|\bover\s+the\s+age\s+of|"
    r"\byounger\s+than|\bolder\s+than|\b(?:men|women|boys|girls|males|females|children|adults|youths?)"
    r"\s+(?:between|under|over|from|below|above))\s*$",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"(?:\bresolutions?|\bupdate|\breport|\bno\.?|\bnumber|\barticle|\bchapter|\bpage|\bphase|"
    r"\broute|\broad|\bhighway|\bflight|\bsection|\blevel|\bcategory|\bmagnitude|\bgrade|"
    r"\bpoint|\bversion|\bsitrep|#|\$|€|£|\bus\$|\busd|\beur)\s*$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hrs\b|gmt\b|utc\b)|:\d\d", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|usd|eur|\$)\b", re.IGNORECASE)
_QUALIFIERS: list[tuple[re.Pattern[str], Qualifier]] = [
    (
        re.compile(
            r"\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|exceeding|"
            r"no\s+fewer\s+than|not\s+less\s+than|just\s+over|rose\s+above|passed|topped|surpassed)\s*$",
            re.IGNORECASE,
        ),
        Qualifier.at_least,
    ),
    (
        re.compile(
            r"\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|under|"
            r"no\s+more\s+than|at\s+most|just\s+under|a\s+maximum\s+of)\s*$",
            re.IGNORECASE,
        ),
        Qualifier.at_most,
    ),
    (
        re.compile(
            r"\b(?:about|some|nearly|almost|around|roughly|approximately|an\s+estimated|estimated|"
            r"close\s+to|approx\.?|circa|c\.|an\s+approximate|perhaps|possibly)\s*$",
            re.IGNORECASE,
        ),
        Qualifier.approx,
    ),
]
_PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|civilians|children|men|women|residents|families|refugees|migrants|"
    r"individuals|households|patients|Syrians|Palestinians|Rohingya)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity at `[start, end)` of the sentence (qualifier words included)."""

    start: int
    end: int
    value: FactValue
    qualifier: Qualifier
    kind: Kind
    number_start: int
    duration_unit: str | None = None


def find_quantities(sentence: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """All quantities in `sentence`, leaving out anything inside a `skip` span (dates)."""
    found: list[Quantity] = []
    pos = 0
    while True:
        m = NUMBER_RE.search(sentence, pos)
        if m is None:
            return found
        pos = m.end()
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        first = _value(m, bool(m.group("pct")))
        if first is None:
            continue
        start, end = m.start(), m.end()
        value: FactValue = first
        is_pct = bool(m.group("pct"))
        kind: Kind = "percent" if is_pct else "count"
        qualifier = Qualifier.approx if m.group("vague") else Qualifier.exact
        between = re.search(r"\bbetween\s+$", sentence[max(0, start - 10) : start], re.IGNORECASE)
        join = (re.compile(r"\s+and\s+", re.I) if between else _RANGE_JOIN).match(sentence, end)
        if join and isinstance(first, int):
            second_m = _RANGE_END_RE.match(sentence, join.end())
            second = _value(second_m, True) if second_m and not second_m.group("vague") else None
            if second_m is not None and isinstance(second, int):
                low = first
                if not _scaled(m) and _scaled(second_m) and low < second:
                    low = _scale_like(low, second_m)
                if low < second:
                    value = (low, second)
                    end = second_m.end()
                    pos = end
                    if second_m.group("pct"):
                        kind = "percent"
                        is_pct = True
            if between:
                start = between.start() + max(0, start - 10)
        before = sentence[max(0, start - 40) : start]
        after = sentence[end : end + 20]
        if not is_pct and _not_a_figure(m, value, before, after):
            continue
        duration = None if is_pct else _DURATION.match(sentence, end)
        if duration is not None:
            kind = "duration"
        for pattern, qual in _QUALIFIERS:
            q = pattern.search(before)
            if q is not None:
                qualifier = qual
                start -= len(before) - q.start()
                break
        found.append(
            Quantity(
                start=start,
                end=end,
                value=value,
                qualifier=qualifier,
                kind=kind,
                number_start=m.start(),
                duration_unit=duration.group("unit").lower() if duration else None,
            )
        )


def _value(m: re.Match[str], percent: bool) -> FactValue | None:
    if m.group("vague"):
        key = " ".join(m.group("vague").lower().split())
        return 12 if key == "a dozen" else VAGUE[key]
    if m.group("digits"):
        exact = _digits_value(m.group("digits"), m.group("sep"), m.group("scale"))
        if exact is None or (exact != exact.to_integral_value() and not percent):
            return None
        return round(exact)
    words = m.group("words").lower()
    if words == "one" and not _PEOPLE_AFTER.match(m.string, m.end()):
        return None
    try:
        number = int(text2num(words.replace("-", " "), "en"))
    except ValueError:
        return None
    scale = m.group("wscale")
    return number * _SCALES[scale.lower()] if scale else number


def _digits_value(text: str, sep: str | None, scale: str | None) -> Decimal | None:
    """`450.000` and `400 000` are thousands; `1.5` (then `million`) and `4,5` are decimals."""
    try:
        number = Decimal(text.replace(sep, "") if sep else text.replace(",", "."))
    except InvalidOperation:
        return None
    return number * _SCALES[scale.lower()] if scale else number


def _scaled(m: re.Match[str]) -> bool:
    return bool(m.group("scale") or m.group("wscale"))


def _scale_like(low: int, second: re.Match[str]) -> int:
    scale = second.group("scale") or second.group("wscale")
    return low * _SCALES[scale.lower()]


def _not_a_figure(m: re.Match[str], value: FactValue, before: str, after: str) -> bool:
    """Years, times, ages, money and reference numbers are numbers but not figures."""
    digits = m.group("digits")
    if (
        digits
        and isinstance(value, int)
        and len(digits) == 4
        and digits.isdigit()
        and 1800 <= value <= 2100
        and not _PEOPLE_AFTER.match(after)
    ):
        return True
    if _TIME_AFTER.match(after) or _MONEY_AFTER.match(after) or _AGE_AFTER.match(after):
        return True
    return bool(_AGE_BEFORE.search(before) or _REFERENCE_BEFORE.search(before))
