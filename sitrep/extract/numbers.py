"""Quantities in a sentence, in every form news uses, with what is not a figure left out.

Each quantity keeps its character span so the indicator, source, date and place can
be found by distance from it. Word numbers are converted by `text2num`; vague amounts
("hundreds") become documented ranges (see `VAGUE`). Years, dates, times, ages,
magnitudes and reference numbers ("resolution 2170") are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from text_to_num import text2num

from sitrep.models import FactValue, Qualifier

Kind = Literal["count", "percent", "duration"]
_LONGEST_PHRASE = 4
_PUNCTUATION = ",;:()\"“”'’"


def _phrases(*patterns: str) -> frozenset[tuple[str, ...]]:
    """Word tuples from patterns: words separated by spaces, `a|b` alternatives for one word."""
    found: set[tuple[str, ...]] = set()
    for pattern in patterns:
        variants: list[tuple[str, ...]] = [()]
        for slot in pattern.split():
            variants = [(*v, choice) for v in variants for choice in slot.split("|")]
        found.update(variants)
    return frozenset(found)


def _tail(before: str) -> tuple[list[str], tuple[str, ...]]:
    """The last words before a number, as written and lower-cased without punctuation.

    Phrases before a number (qualifiers, "aged", "resolution") are compared as word
    tuples: much faster than `…\\s*$` regexes, which Python tries at every position.
    A comma, semicolon or colon cuts the phrase off ("the largest number, some 1.3
    million" is not a reference number).
    """
    words = before[-40:].split()[-_LONGEST_PHRASE:]
    for i in range(len(words) - 1, -1, -1):
        if words[i][-1] in ",;:":
            words = words[i + 1 :]
            break
    return words, tuple(w.lower().strip(_PUNCTUATION) for w in words)


def _ends_with(
    tail: tuple[str, ...], phrases: frozenset[tuple[str, ...]] | dict[tuple[str, ...], Qualifier]
) -> int:
    """How many of the tail's last words form one of `phrases` (0 if none)."""
    for k in range(len(tail), 0, -1):
        if tail[-k:] in phrases:
            return k
    return 0


def _start_of(before: str, words: list[str]) -> int:
    at = len(before.rstrip())
    for word in reversed(words):
        at = before.rfind(word, 0, at)
    return at


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
    rf"(?P<vague>{_VAGUE})(?=\s+(?:of\b|more\b|\w)|\s*[,.;])"
    rf"|(?P<digits>{_DIGITS}){_SCALE}"
    r"|(?P<a>(?:half\s+|a\s+quarter\s+of\s+)?an?)\s+(?P<ascale>hundred|thousand|million|billion)\b"
    rf"|(?P<words>{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*)\b{_SCALE.replace('scale', 'wscale')}"
    r")"
    r"(?P<pct>\s*(?:%|per\s*cent\b|percent\b|pc\b))?"
)
_FIRST = "".join(sorted({w[0] for w in [*_WORDS, *VAGUE, "a", "half"]}))
NUMBER_RE = re.compile(rf"(?=[0-9{_FIRST}])(?<![\w.,#/:$€£-])" + _BODY, re.IGNORECASE)
"""The lookahead on first letters lets the regex engine skip most positions at once."""
_RANGE_END_RE = re.compile(_BODY, re.IGNORECASE)
_RATIO = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|{_WORD})\b(?![.,]\d)",
    re.IGNORECASE,
)
"""'one in seven Pakistanis', '3 out of 10': a ratio, not two figures."""
_AND_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_DURATION = re.compile(
    r"[\s-]*(?P<unit>year|month|week|day|hour|minute|second)s?\b(?:[\s-]*old\b)?", re.IGNORECASE
)
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
"""'an eight-storey block', 'a 10-member team': a number inside a compound modifier."""
_AGE_AFTER = re.compile(r"[\s-]*years?[\s-]*old\b|\s*-?year-olds?\b|\s*yrs?\b", re.IGNORECASE)
_AGE_BEFORE = _phrases(
    "aged|age|ages",
    "age of",
    "under|over the age of",
    "younger|older than",
    "men|women|boys|girls|males|females|children|adults|youths between|under|over|from|below|above",
)
_REFERENCE_BEFORE = _phrases(
    "resolution|resolutions|update|report|no.|no|number|article|chapter|page|phase|route|road",
    "highway|flight|section|level|category|magnitude|grade|point|version|sitrep|#|$|€|£|us$|usd|eur",
)
_REPORTING = frozenset({"report", "update", "sitrep"})
_COUNTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:people|persons|evacuated|displaced|killed|dead|injured|refugees|"
    r"families|households|children|civilians|fatalities|deaths|cases|individuals|houses|homes|"
    r"shelters)\b",
    re.IGNORECASE,
)
"""'media report nearly 6,500 evacuated people': a verb, not 'report 5'."""
_POPULATION_BEFORE = _phrases(
    "country|city|town|nation|region|province|port|state|population|capital of|to",
    "home to",
)
"""'a city of more than 5 million people' is the size of a place, not a figure of the crisis."""
_NOT_FIGURE_BEFORE = _AGE_BEFORE | _REFERENCE_BEFORE | _POPULATION_BEFORE
"""Words before a number that make it no figure: checked right before the number and
again before its qualifier ("a city of more than 5 million"), since "under" is both a
qualifier and part of an age ("children under five")."""
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hrs\b|gmt\b|utc\b)|:\d\d", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_APPOSITION_AGE = re.compile(r"\b[A-Z][a-z]+,\s*$")
"""'Chu Xiaoyi, 20, said': an age set off by commas after a name."""
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|usd|eur|\$)\b", re.IGNORECASE)
_QUALIFIERS: dict[tuple[str, ...], Qualifier] = {
    **dict.fromkeys(
        _phrases(
            "over|above|exceeding|exceeded|exceeds|passed|topped|surpassed|surpassing",
            "more than",
            "at least",
            "upwards of",
            "in excess of",
            "no fewer than",
            "not less than",
            "just over",
            "rose above",
        ),
        Qualifier.at_least,
    ),
    **dict.fromkeys(
        _phrases(
            "up to",
            "as many|much as",
            "fewer|less than",
            "under",
            "no more than",
            "just under",
            "a maximum of",
            "at most",
            "could|may|might|would reach|exceed|top",
            "could|may|might rise|climb|grow to",
            "expected to reach|rise to",
        ),
        Qualifier.at_most,
    ),
    **dict.fromkeys(
        _phrases(
            "about|some|nearly|almost|around|roughly|approximately|estimated|approx.|approx",
            "circa|c.|perhaps|possibly",
            "an estimated|approximate",
            "close to",
        ),
        Qualifier.approx,
    ),
}
_FROM_PLACE = re.compile(r"\s+from\s+[A-Z]")
"""'… five from Edo and one from Kano': one item of a list of places."""
_BOUND_AFTER = re.compile(
    r"\s+or\s+(?:(?P<up>more|above|over|higher)|fewer|less|below|under)\b", re.IGNORECASE
)
"""'50 or more', '200 or fewer': a bound written after the number."""
_ESTIMATED_BEFORE = re.compile(
    r"\b(?:estimated|approximate|projected)\s+(?:number|total|figure|toll|count)\b[^.;]{0,60}?"
    r"\b(?:is|was|are|were|stands\s+at|stood\s+at|at|of|to)\s+$",
    re.IGNORECASE,
)
"""'The estimated number of people in need is 2 million': an estimate, written far
before its number; a stated range ('3,000-4,000') is approximate too."""
_PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|person|civilians|children|child|men|man|women|woman|residents|families|"
    r"refugees|migrants|individuals|households|patients|Syrians|Palestinians|Rohingya|IDPs?|"
    r"girls?|boys?|baby|infants?|"
    r"of\s+whom|in\s+(?:a\s+)?critical)\b",
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


def find_quantities(sentence: str) -> list[Quantity]:
    """All quantities in `sentence`, in order; numbers that are not figures left out."""
    found: list[Quantity] = []
    pos = 0
    while (m := NUMBER_RE.search(sentence, pos)) is not None:
        pos = m.end()
        ratio = _RATIO.match(sentence, pos)
        if ratio is not None:
            pos = ratio.end()
            continue
        first = _value(m, bool(m.group("pct")))
        if first is None:
            continue
        start, pos, value, is_pct = _with_range(sentence, m, first)
        quantity = _quantity(sentence, m, start, pos, value, is_pct)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(
    sentence: str, m: re.Match[str], start: int, end: int, value: FactValue, is_pct: bool
) -> Quantity | None:
    """The quantity at `[start, end)` with its qualifier, or None if it is not a figure."""
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 20]
    words, tail = _tail(before)
    qualified = _ends_with(tail, _QUALIFIERS)
    reference = _ends_with(tail, _NOT_FIGURE_BEFORE) or (
        qualified and _ends_with(tail[:-qualified], _NOT_FIGURE_BEFORE)
    )
    bare = tail[: len(tail) - qualified]
    if reference and bare and bare[-1] in _REPORTING and _COUNTED_AFTER.match(sentence, end):
        reference = 0
    if start != m.start() and not reference:
        reference = _ends_with(_tail(sentence[max(0, m.start() - 40) : m.start()])[1], _AGE_BEFORE)
    if not is_pct and (_not_a_figure(m, value, before, after) or reference):
        return None
    duration = None if is_pct else _DURATION.match(sentence, end)
    qualifier = Qualifier.approx if m.group("vague") else Qualifier.exact
    if qualified:
        qualifier = _QUALIFIERS[tail[-qualified:]]
        start -= len(before) - _start_of(before, words[-qualified:])
    elif isinstance(value, tuple) or (
        "estimated " in sentence and _ESTIMATED_BEFORE.search(sentence, max(0, start - 100), start)
    ):
        qualifier = Qualifier.approx
    if not is_pct and (bound := _BOUND_AFTER.match(sentence, end)) is not None:
        qualifier = Qualifier.at_least if bound.group("up") else Qualifier.at_most
        end = bound.end()
    kind: Kind = "percent" if is_pct else "duration" if duration else "count"
    return Quantity(
        start=start,
        end=end,
        value=value,
        qualifier=qualifier,
        kind=kind,
        number_start=m.start(),
        duration_unit=duration.group("unit").lower() if duration else None,
    )


def _with_range(
    sentence: str, m: re.Match[str], first: FactValue
) -> tuple[int, int, FactValue, bool]:
    """Extend a number to a range ("3,000-4,000", "between 1 and 2 million") if one follows.

    Returns start, end, value and whether it is a percentage.
    """
    start, end = m.start(), m.end()
    is_pct = bool(m.group("pct"))
    lead = sentence[max(0, start - 9) : start].rstrip()
    between = lead.lower().endswith("between") and not lead[-8:-7].isalpha()
    join = (_AND_JOIN if between else _RANGE_JOIN).match(sentence, end)
    if join is None and between:
        join = _RANGE_JOIN.match(sentence, end)
    if join is None or not isinstance(first, int):
        return start, end, first, is_pct
    if between:
        start = max(0, start - 9) + len(lead) - len("between")
    second_m = _RANGE_END_RE.match(sentence, join.end())
    if second_m is None or second_m.group("vague"):
        return start, end, first, is_pct
    second = _value(second_m, percent=True)
    if not isinstance(second, int):
        return start, end, first, is_pct
    low = first
    if not _scaled(m) and _scaled(second_m) and low < second:
        low = _scale_like(low, second_m)
    if low >= second:
        return start, end, first, is_pct
    return start, second_m.end(), (low, second), is_pct or bool(second_m.group("pct"))


def _value(m: re.Match[str], percent: bool) -> FactValue | None:
    if m.group("vague"):
        key = " ".join(m.group("vague").lower().split())
        return 12 if key == "a dozen" else VAGUE[key]
    if m.group("digits"):
        exact = _digits_value(m.group("digits"), m.group("sep"), m.group("scale"))
        if exact is None or (exact != exact.to_integral_value() and not percent):
            return None
        return round(exact)
    if m.group("a"):
        whole = {"hundred": 100, **_SCALES}[m.group("ascale").lower()]
        lead = m.group("a").lower()
        if lead.startswith("half"):
            return whole // 2
        return whole // 4 if "quarter" in lead else whole
    words = m.group("words").lower()
    if (
        words == "one"
        and not _PEOPLE_AFTER.match(m.string, m.end())
        and not _FROM_PLACE.match(m.string, m.end())
    ):
        return None
    if words in _SCALES or words == "hundred":
        return None
    try:
        number = int(text2num(words.replace("-", " "), "en"))
    except ValueError:
        return None
    scale = m.group("wscale")
    return number * _SCALES[scale.lower()] if scale else number


def _digits_value(text: str, sep: str | None, scale: str | None) -> Decimal | None:
    """`450.000` and `400 000` are thousands; `1.5` and `1.041` (then `million`) and `4,5`
    are decimals."""
    if scale and sep == "." and text.count(".") == 1:
        sep = None
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
    """Years, times, ages after the number, money, compound modifiers ("eight-storey") and
    list markers "(1)", ": (12)" are not figures, while a bracketed count after a word is
    one ("Pakistan (380)"); durations like "five-day" are kept for ceasefires; the words
    before a number that make it no figure are `_NOT_FIGURE_BEFORE`."""
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
    if digits and _ORDINAL_AFTER.match(after):
        return True
    if after.startswith(",") and _APPOSITION_AGE.search(before):
        return True
    if _COMPOUND_AFTER.match(after) and not _DURATION.match(after):
        return True
    if not (before.endswith("(") and after.startswith(")")) or not isinstance(value, int):
        return False
    lead = before[:-1].rstrip()
    return value < 10 or not lead or lead[-1] in ":;.•-"
