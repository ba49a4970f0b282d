"""Quantities in a sentence, in every form news uses, with what is not a figure left out.

Each quantity keeps its character span so the indicator, source, date and place can
be found by distance from it. Word numbers are converted by `text2num`; vague amounts
("hundreds") become documented ranges (each language's `vague`). Years, dates, times, ages,
magnitudes and reference numbers ("resolution 2170") are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal

from text_to_num import text2num

from sitrep import patterns
from sitrep.extract.languages import ENGLISH, Language
from sitrep.extract.scan import (
    factored,
    guarded,
    letters_first,
    literal_alternation,
    lowered_once,
)
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
    return words, tuple([w.lower().strip(_PUNCTUATION) for w in words])


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


_DIGITS = (
    r"(?:(?P<loose>\d{1,2},\s?(?:\d\d,)+\d{3}|\d{1,3}(?:,\d{3})+,\s\d{3}|\d{1,3},\s000)"
    r"(?![\d]|[.,]\d)"
    r"|\d{1,3}(?:(?P<sep>[,.\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?![\d]|[.,]\d)"
    r"|\d+(?:[.,]\d+)?)"
)
"""Grouped digits; `loose` is lakh grouping ('4,69,687') and a stray space after a group
comma ('5,464, 167', '4, 69,687', '60, 000'): the number meant, not two."""


@dataclass(frozen=True, eq=False)
class _Grammar:
    """A language's number patterns, compiled once."""

    lang: Language
    number: re.Pattern[str]
    number_cased: re.Pattern[str]
    """`number` matched with regard to case, for text `lowered_alike` gives."""
    """The lookahead on first letters lets the regex engine skip most positions at once."""
    range_end: re.Pattern[str]
    ratio: re.Pattern[str]
    """'one in seven Pakistanis', '3 out of 10': a ratio, not two figures."""
    and_join: re.Pattern[str]
    range_join: re.Pattern[str]
    range_open: re.Pattern[str]
    change_from: re.Pattern[str]
    qualifiers: dict[tuple[str, ...], Qualifier]
    bound_after: re.Pattern[str]
    """'50 or more', '200 or fewer': a bound written after the number."""
    people_after: re.Pattern[str]
    aged_person: re.Pattern[str]
    """After the word for one, a person with an age ('une femme de 45 ans', 'un homme âgé
    de 30 ans'): a single person described, not a count (the T call's lone older person)."""
    duration: re.Pattern[str]
    age_after: re.Pattern[str]
    age_list: re.Pattern[str]
    """'two residents, aged 23 and 25', 'aged 46, 50 and 73': the later ages of a list are
    ages too."""
    time_after: re.Pattern[str]


@cache
def _grammar(lang: Language) -> _Grammar:
    words = lang.number_words
    word = r"(?:" + literal_alternation(sorted(words, key=len, reverse=True)) + r")"
    scales = "|".join(sorted(lang.scales, key=len, reverse=True))
    scale = rf"(?:(?:\s*|-)(?P<scale>{scales})\b)?"  # '150-thousand' too
    about = (r"\s+".join(map(re.escape, k.split())) for k in lang.about)
    vague = "|".join([literal_alternation(list(lang.vague)), *about])
    alternatives = [
        rf"(?P<vague>{vague})(?=\s+(?:of\b|more\b|\w)|\s*[,.;])",
        rf"(?=\d)(?P<digits>{_DIGITS}){scale}",
        lang.article_scale,
        rf"(?P<words>{word}(?:(?:{lang.number_join}){word})*)\b{scale.replace('scale', 'wscale')}",
    ]
    body = rf"(?:{guarded(alternatives)})(?P<pct>{lang.percent})?"
    leads = [*words, *lang.vague, *lang.about, *_ARTICLE_LEADS]
    first = "".join(sorted({w[0] for w in leads}))
    # 'As of Monday,12 civilians': a comma after a letter or a full stop, with no space,
    # still opens a number; after a digit it is inside one ('1,200').
    opening = rf"(?=[0-9{first}])(?<![\w.#/:$€£-])(?<![\d\s],)"
    rewritten = factored(body)  # once: the rewriting is the slow part of start-up
    qualifiers = {
        words: qualifier
        for qualifier, patterns in lang.qualifiers.items()
        for words in _phrases(*patterns)
    }
    return _Grammar(
        lang=lang,
        number=patterns.compile(opening + rewritten, re.IGNORECASE),
        number_cased=patterns.compile(opening + rewritten),
        range_end=patterns.compile(rewritten, re.IGNORECASE),
        ratio=patterns.compile(
            rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|{word})\b"
            r"(?![.,]\d)",
            re.IGNORECASE,
        ),
        and_join=patterns.compile(rf"\s+{lang.and_word}\s+", re.IGNORECASE),
        range_join=patterns.compile(rf"\s*(?:-|–|—|{lang.range_word})\s*", re.IGNORECASE),
        range_open=patterns.compile(
            letters_first(rf"\b(?:{lang.between}|{lang.dates.between})\s+$"), re.IGNORECASE
        ),
        change_from=patterns.compile(
            letters_first(rf"\b(?:{lang.change_from})\s+$"), re.IGNORECASE
        ),
        qualifiers=qualifiers,
        bound_after=patterns.compile(lang.bound_after, re.IGNORECASE),
        people_after=patterns.compile(rf"\s+(?:{lang.people})\b", re.IGNORECASE),
        aged_person=patterns.compile(
            rf"\s+(?:{lang.people})\b,?\s+(?:(?:{lang.clauses.age_list})\s+|"
            rf"(?:{lang.clauses.of_noun})\s*)?\d{{1,3}}(?:{lang.clauses.age_after})",
            re.IGNORECASE,
        ),
        duration=patterns.compile(lang.clauses.duration, re.IGNORECASE),
        age_after=patterns.compile(lang.clauses.age_after, re.IGNORECASE),
        age_list=patterns.compile(
            rf"\b(?:{lang.clauses.age_list})\s+\d{{1,3}}(?:\s*,\s*\d{{1,3}})*"
            rf"\s*(?:,|{lang.and_word}|{lang.range_word}|-|–)\s*$",
            re.IGNORECASE,
        ),
        time_after=patterns.compile(lang.clauses.time_after, re.IGNORECASE),
    )


_ARTICLE_LEADS = ("a", "half", "un", "une")
"""First words of `article_scale` ('a hundred', 'half a million', 'un million')."""
_COMPOUND_AFTER = patterns.compile(r"-[^\W\d_]")
"""'an eight-storey block', 'a 10-member team': a number inside a compound modifier."""
_AGE_BEFORE = _phrases(
    "aged|age|ages",
    "age of",
    "under|over the age of",
    "younger|older than",
    "as young|old as",
    "men|women|boys|girls|males|females|children|adults|youths between|under|over|from|below|above",
)
_REFERENCE_BEFORE = _phrases(
    "resolution|resolutions|update|report|no.|no|number|article|chapter|page|phase|route|road",
    "highway|flight|section|level|category|magnitude|grade|point|version|sitrep|#|$|€|£|us$|usd|eur",
    "rs|rs.|inr|pkr|npr|bdt|tk|taka|ksh|kes|ngn|₦|₹|chf|cfa|fcfa|xof|xaf|birr|etb|ugx|tzs",
    "regions|zone|zones|block|blocks|camp|sector|sectors|ward",
    "the|its top",
)
"""'the top four hotspots' is a rank, not a count ('could top 5,000' is a bound: see the
qualifiers)."""
_REPORTING = frozenset({"report", "update", "sitrep"})
_COUNTED_AFTER = patterns.compile(
    r"\s+(?:[\w-]+\s+)?(?:people|persons|evacuated|displaced|killed|dead|injured|refugees|"
    r"families|households|children|civilians|fatalities|deaths|cases|individuals|houses|homes|"
    r"shelters)\b",
    re.IGNORECASE,
)
"""'media report nearly 6,500 evacuated people': a verb, not 'report 5'."""
_HOSTED_AFTER = patterns.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:refugees|asylum[\s-]+seekers|displaced|idps?|migrants)\b",
    re.IGNORECASE,
)
"""'Chad is home to 850,000 Sudanese refugees': the people a place hosts, not its size."""
_POPULATION_BEFORE = _phrases(
    "country|city|town|nation|region|province|port|state|population|capital of|to",
    "home to",
)
"""'a city of more than 5 million people' is the size of a place, not a figure of the crisis."""
_NOT_FIGURE_BEFORE = _AGE_BEFORE | _REFERENCE_BEFORE | _POPULATION_BEFORE
"""Words before a number that make it no figure: checked right before the number and
again before its qualifier ("a city of more than 5 million"), since "under" is both a
qualifier and part of an age ("children under five")."""
_ORDINAL_AFTER = patterns.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_APPOSITION_AGE = patterns.compile(r"\b[A-Z][a-z]+,\s*$")
"""'Chu Xiaoyi, 20, said': an age set off by commas after a name."""
_MONEY_AFTER = patterns.compile(r"\s*(?:dollars|euros|pounds|usd|eur|\$)\b", re.IGNORECASE)
_PLUS_AFTER = patterns.compile(r"\+(?![\d+])")
"""'140,000+ people displaced': at least that many (not '+44 20 …', a phone number)."""
_FROM_PLACE = patterns.compile(r"\s+(?:from|in|at)\s+(?:the\s+)?[A-Z]")
"""'… five from Edo and one from Kano', 'one in Lomaville': one item of a list of places."""
_LIST_BEFORE = patterns.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty))"
    r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*(?:,|,?\s+and)\s+$",
    re.IGNORECASE,
)
"""'two soldiers, one nurse and six farmers': 'one' as an item of a list of counts."""
_ESTIMATED_BEFORE = patterns.compile(
    r"\b(?:estimated|approximate|projected)\s+(?:number|total|figure|toll|count)\b[^.;]{0,60}?"
    r"\b(?:is|was|are|were|stands\s+at|stood\s+at|at|of|to)\s+$",
    re.IGNORECASE,
)
"""'The estimated number of people in need is 2 million': an estimate, written far
before its number; a stated range ('3,000-4,000') is approximate too."""


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


_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫"
_WESTERN_DIGITS = str.maketrans(_ARABIC_INDIC, "01234567890123456789,.")
"""Arabic-Indic and Eastern Arabic-Indic digits with their thousands and decimal marks,
one character for one, so every span stays where it was in the text as written."""


_ANY_ARABIC_INDIC = patterns.compile(f"[{_ARABIC_INDIC}]")
"""Most text that is not ASCII has only curly quotes and accents: one scan for these digits
is several times faster than translating it."""


def western_digits(text: str) -> str:
    """`text` with Arabic-Indic digits written as 0-9 ('١٢٥' → '125'), same length."""
    if text.isascii() or _ANY_ARABIC_INDIC.search(text) is None:
        return text
    return text.translate(_WESTERN_DIGITS)


def find_quantities(sentence: str, lang: Language = ENGLISH) -> list[Quantity]:
    """All quantities in `sentence`, in order; numbers that are not figures left out."""
    sentence = western_digits(sentence)
    g = _grammar(lang)
    found: list[Quantity] = []
    pos = 0
    low = lowered_once(sentence)
    while (m := _next_number(g, sentence, low, pos)) is not None:
        pos = m.end()
        ratio = g.ratio.match(sentence, pos)
        first = _value(g, m, bool(m.group("pct")))
        if ratio is not None and not _larger_than(g, first, ratio):
            pos = ratio.end()
            continue
        if first is None:
            continue
        start, pos, value, is_pct = _with_range(g, sentence, m, first)
        if isinstance(value, int) and not is_pct and start == m.start():
            value, pos = _compound(g, sentence, m, value, pos)
        quantity = _quantity(g, sentence, m, start, pos, value, is_pct)
        if quantity is not None and m.group("words"):
            quantity, pos = _with_figure_after(sentence, quantity, pos)
        if quantity is not None:
            found.append(quantity)
    return found


_REST = patterns.compile(r"\s+(?P<n>\d{1,3})(?:\s+(?P<scale>[^\W\d_]+))?(?![\d,.]|\s*(?:%|per\b))")


def _compound(
    g: _Grammar, sentence: str, m: re.Match[str], value: int, pos: int
) -> tuple[int, int]:
    """'11 million 732 thousand 921', '17 thousand 610': a number written as its parts,
    each part under the scale before it."""
    name = m.group("scale") or m.group("wscale")
    if name is None and m.group("words"):
        name = m.group("words").split()[-1]
    scale = g.lang.scales.get(name.lower(), 1) if name else 1
    while scale > 1 and (rest := _REST.match(sentence, pos)) is not None:
        word = (rest.group("scale") or "").lower()
        smaller = g.lang.scales.get(word)
        if smaller is not None and smaller < scale:
            value, scale, pos = value + int(rest.group("n")) * smaller, smaller, rest.end()
        elif scale == 1_000 and smaller is None:
            return value + int(rest.group("n")), rest.end("n")
        else:
            break
    return value, pos


_FIGURE_AFTER = patterns.compile(r"\s*\(\s*(\d[\d,]*)\s*\)")
"""'sixty-eight (68) dead': a number in words with its figure in brackets, as legal and
government reports write them, is one number."""


def _with_figure_after(sentence: str, quantity: Quantity, pos: int) -> tuple[Quantity, int]:
    """The quantity over both forms when its figure follows in brackets, and where to
    look for the next number."""
    after = _FIGURE_AFTER.match(sentence, quantity.end)
    if after is None or after.group(1).replace(",", "") != str(quantity.value):
        return quantity, pos
    return replace(quantity, end=after.end()), after.end()


def _next_number(g: _Grammar, sentence: str, low: str | None, pos: int) -> re.Match[str] | None:
    """The next number from `pos`: found in the lower-cased text when there is one, then
    matched again where it starts in the text as written (the same match)."""
    if low is None:
        return g.number.search(sentence, pos)
    found = g.number_cased.search(low, pos)
    return None if found is None else g.number.match(sentence, found.start())


def _larger_than(g: _Grammar, first: FactValue | None, ratio: re.Match[str]) -> bool:
    """'21,027 in 28 shelters' is a count and where it is, not a ratio ('one in seven'):
    a ratio's first number is the smaller."""
    if not isinstance(first, int):
        return False
    second = g.number.search(ratio.group())
    value = _value(g, second, False) if second is not None else None
    return isinstance(value, int) and first > value


def _quantity(
    g: _Grammar,
    sentence: str,
    m: re.Match[str],
    start: int,
    end: int,
    value: FactValue,
    is_pct: bool,
) -> Quantity | None:
    """The quantity at `[start, end)` with its qualifier, or None if it is not a figure."""
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 20]
    words, tail = _tail(before)
    qualified = _ends_with(tail, g.qualifiers)
    reference = _ends_with(tail, _NOT_FIGURE_BEFORE) or (
        qualified and _ends_with(tail[:-qualified], _NOT_FIGURE_BEFORE)
    )
    bare = tail[: len(tail) - qualified]
    if reference and bare and bare[-1] in _REPORTING and _COUNTED_AFTER.match(sentence, end):
        reference = 0
    if reference and bare and bare[-2:] == ("home", "to") and _HOSTED_AFTER.match(sentence, end):
        reference = 0
    if not reference and g.age_list.search(before):
        reference = 1
    if start != m.start() and not reference:
        reference = _ends_with(_tail(sentence[max(0, m.start() - 40) : m.start()])[1], _AGE_BEFORE)
    if not is_pct and (_not_a_figure(g, m, value, before, after) or reference):
        return None
    duration = None if is_pct else g.duration.match(sentence, end)
    qualifier = Qualifier.approx if m.group("vague") else Qualifier.exact
    if qualified:
        qualifier = g.qualifiers[tail[-qualified:]]
        start -= len(before) - _start_of(before, words[-qualified:])
    elif isinstance(value, tuple) or (
        "estimated " in sentence and _ESTIMATED_BEFORE.search(sentence, max(0, start - 100), start)
    ):
        qualifier = Qualifier.approx
    if not is_pct and (bound := g.bound_after.match(sentence, end)) is not None:
        qualifier = Qualifier.at_least if bound.group("up") else Qualifier.at_most
        end = bound.end()
    elif not is_pct and _PLUS_AFTER.match(sentence, end):
        qualifier, end = Qualifier.at_least, end + 1
    kind: Kind = "percent" if is_pct else "duration" if duration else "count"
    return Quantity(
        start=start,
        end=end,
        value=value,
        qualifier=qualifier,
        kind=kind,
        number_start=m.start(),
        duration_unit=g.lang.clauses.duration_units[duration.group("unit").lower()]
        if duration
        else None,
    )


def _with_range(
    g: _Grammar, sentence: str, m: re.Match[str], first: FactValue
) -> tuple[int, int, FactValue, bool]:
    """Extend a number to a range ("3,000-4,000", "between 1 and 2 million") if one follows.

    Returns start, end, value and whether it is a percentage.
    """
    start, end = m.start(), m.end()
    is_pct = bool(m.group("pct"))
    word = g.lang.between
    lead = sentence[max(0, start - len(word) - 2) : start].rstrip()
    between = lead.lower().endswith(word) and not lead[-len(word) - 1 : -len(word)].isalpha()
    join = (g.and_join if between else g.range_join).match(sentence, end)
    if join is None and between:
        join = g.range_join.match(sentence, end)
    if join is None or not isinstance(first, int):
        return start, end, first, is_pct
    if not between and g.change_from.search(sentence, max(0, start - 40), start):
        return start, end, first, is_pct
    if between:
        start = max(0, start - len(word) - 2) + len(lead) - len(word)
    second_m = g.range_end.match(sentence, join.end())
    if second_m is not None and second_m.group("vague") and not is_pct:
        return _to_vague(g, sentence, m, first, second_m, between)
    if second_m is None:
        return start, end, first, is_pct
    second = _value(g, second_m, percent=True)
    if not isinstance(second, int):
        return start, end, first, is_pct
    low = first
    if not _scaled(m) and _scaled(second_m) and low < second:
        low = _scale_like(g, low, second_m)
    if low >= second:
        return start, end, first, is_pct
    return start, second_m.end(), (low, second), is_pct or bool(second_m.group("pct"))


def _to_vague(
    g: _Grammar,
    sentence: str,
    m: re.Match[str],
    first: int,
    second_m: re.Match[str],
    between: bool,
) -> tuple[int, int, FactValue, bool]:
    """'from one hundred to several hundred': a range from the number to the vague
    amount's top, when a range word opens it; else the number alone."""
    second = _value(g, second_m, percent=False)
    opened = between or g.range_open.search(sentence, max(0, m.start() - 12), m.start())
    if opened and isinstance(second, tuple) and first < second[1]:
        return m.start(), second_m.end(), (first, second[1]), False
    return m.start(), m.end(), first, False


def _value(g: _Grammar, m: re.Match[str], percent: bool) -> FactValue | None:
    lang = g.lang
    if m.group("vague"):
        key = " ".join(m.group("vague").lower().split())
        return lang.about[key] if key in lang.about else lang.vague[key]
    if m.group("digits"):
        loose = m.group("loose")
        exact = (
            _digits_value(lang, "".join(ch for ch in loose if ch.isdigit()), None, m.group("scale"))
            if loose
            else _digits_value(lang, m.group("digits"), m.group("sep"), m.group("scale"))
        )
        if exact is None or (exact != exact.to_integral_value() and not percent):
            return None
        return round(exact)
    if m.group("a"):
        whole = {lang.hundred: 100, **lang.scales}[m.group("ascale").lower()]
        lead = m.group("a").lower()
        if lead.startswith("half"):
            return whole // 2
        return whole // 4 if "quarter" in lead else whole
    words = m.group("words").lower()
    if (
        words in lang.ones
        and (
            not g.people_after.match(m.string, m.end())
            or g.aged_person.match(m.string, m.end()) is not None
        )
        and not _FROM_PLACE.match(m.string, m.end())
        and not _LIST_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        and not g.duration.match(m.string, m.end())
    ):
        return None
    if (words in lang.scales or words == lang.hundred) and (
        not lang.bare_scales or not g.people_after.match(m.string, m.end())
    ):
        return None
    try:
        number = int(text2num(words.replace("-", " "), lang.tag))
    except ValueError:
        return None
    scale = m.group("wscale")
    return number * lang.scales[scale.lower()] if scale else number


def _digits_value(lang: Language, text: str, sep: str | None, scale: str | None) -> Decimal | None:
    """`450.000` and `400 000` are thousands; `1.5` and `1.041` (then `million`) and `4,5`
    are decimals."""
    if scale and (sep == "." or (sep == "," and lang.decimal_comma)) and text.count(sep) == 1:
        sep = None
    try:
        number = Decimal(text.replace(sep, "") if sep else text.replace(",", "."))
    except InvalidOperation:
        return None
    return number * lang.scales[scale.lower()] if scale else number


def _scaled(m: re.Match[str]) -> bool:
    return bool(m.group("scale") or m.group("wscale"))


def _scale_like(g: _Grammar, low: int, second: re.Match[str]) -> int:
    scale = second.group("scale") or second.group("wscale")
    return low * g.lang.scales[scale.lower()]


_NAME_END = patterns.compile(r"\b[A-Z][\w'’-]*$")
_ITEM_CLOSE = patterns.compile(r"\)\s*(?:[,;.—–]|and\b|-\s|$)")


def _not_a_figure(g: _Grammar, m: re.Match[str], value: FactValue, before: str, after: str) -> bool:
    """Years, times, ages after the number, money, compound modifiers ("eight-storey") and
    list markers "(1)", ": (12)" are not figures, while a bracketed count after a word is
    one ("Pakistan (380)"); durations like "five-day" are kept for ceasefires; the words
    before a number that make it no figure are `_NOT_FIGURE_BEFORE`."""
    digits = m.group("digits")
    # '2024', and a span of years ('captured in 2020-2023'): a time, not a count
    years = (value, value) if isinstance(value, int) else value
    if (
        digits
        and len(digits) == 4
        and digits.isdigit()
        and 1800 <= years[0] <= years[1] <= min(2100, years[0] + 50)
        and not g.people_after.match(after)
    ):
        return True
    if g.time_after.match(after) or _MONEY_AFTER.match(after) or g.age_after.match(after):
        return True
    if digits and _ORDINAL_AFTER.match(after):
        return True
    if after.startswith(",") and _APPOSITION_AGE.search(before):
        return True
    if _COMPOUND_AFTER.match(after) and not g.duration.match(after):
        return True
    if not (before.endswith("(") and after.startswith(")")) or not isinstance(value, int):
        return False
    lead = before[:-1].rstrip()
    if not lead or lead[-1] in ":;.•-":
        return True
    # 'Mutare City (2), Mutasa (3) and Makonde (1)': a small bracketed count after a name
    # that closes its list item is a count; '(1) clean water, (2) shelter' are markers.
    return value < 10 and not (_NAME_END.search(lead) and _ITEM_CLOSE.match(after))
