"""Ceasefire and truce events: their duration, status and the party behind them.

A sentence about a ceasefire yields a `ceasefire_duration_days` fact when it names a
duration ("five-day ceasefire", "72-hour truce"), else a `ceasefire_event` when it
says what happened to it (proposed, blocked, rejected, …). News restates the same
event ("asked for a truce", "Rebels seek a ceasefire"), so `deduplicate` keeps one
fact per status, preferring the one with a duration and a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sitrep import patterns
from sitrep.extract.dates import DATELINE_RE
from sitrep.extract.languages import ENGLISH, Language
from sitrep.extract.numbers import Quantity
from sitrep.extract.scan import holds_none, letters_first, lowered_once, needles
from sitrep.extract.sources import noun_phrase_after
from sitrep.models import CeasefireStatus, Fact, Indicator

_Statuses = list[tuple[CeasefireStatus, re.Pattern[str]]]


@cache
def _words(lang: Language) -> tuple[re.Pattern[str], _Statuses]:
    """A language's ceasefire word and status words, compiled once."""
    statuses = [
        (status, patterns.compile(letters_first(rf"\b(?:{'|'.join(p)})\b"), re.IGNORECASE))
        for status, p in lang.statuses
    ]
    return patterns.compile(letters_first(lang.ceasefire), re.IGNORECASE), statuses


_LEAD_IN = patterns.compile(r"(?:On|Late on|Early on|Last|In|Earlier|Later)\b[^,]{1,30},\s*")
_ANAPHORIC = patterns.compile(letters_first(r"\b(?:the|this|that|such)\s+"), re.IGNORECASE)
_BETWEEN = patterns.compile(r"\bbetween\s+", re.IGNORECASE)
_PARTY_END = patterns.compile(
    r"[^,.;]*?(?=\s+(?:took|takes|came|went|was|were|is|has|had|began|collapsed|ended|held|"
    r"holds)\b|[,.;]|$)"
)
"""Where "between X and Y" ends: at the verb that says what happened to the truce."""
_HOURS_PER_DAY = 24
_WORDS_BEFORE = 4


@dataclass(frozen=True, slots=True)
class CeasefireMention:
    """What one sentence says about a ceasefire; `days` is None when it names no duration."""

    start: int
    end: int
    days: int | None
    duration: Quantity | None
    status: CeasefireStatus | None
    party: str | None


@cache
def _ceasefire_needles(lang: Language) -> tuple[str, ...] | None:
    """Words one of which every ceasefire word holds ('cease', 'truce', …)."""
    return needles(_words(lang)[0])


def _may_name_ceasefire(sentence: str, lang: Language) -> bool:
    """False when the sentence holds none of the ceasefire words' literals: most sentences
    are passed over without the ceasefire search."""
    return not holds_none(_ceasefire_needles(lang), lowered_once(sentence))


def mentions_ceasefire(sentence: str, lang: Language = ENGLISH) -> bool:
    """Whether the sentence names a ceasefire: a sentence without one has no event."""
    if not _may_name_ceasefire(sentence, lang):
        return False
    return _words(lang)[0].search(sentence) is not None


def find_ceasefires(
    sentence: str, quantities: Sequence[Quantity], lang: Language = ENGLISH
) -> list[CeasefireMention]:
    """Ceasefire mentions with a duration, or one event for the sentence without."""
    if not _may_name_ceasefire(sentence, lang):
        return []
    ceasefire, statuses = _words(lang)
    words = list(ceasefire.finditer(sentence))
    if not words:
        return []
    status = _status(sentence, statuses)
    party = _party(sentence, words[0], ceasefire, lang)
    found: list[CeasefireMention] = []
    for word in words:
        before = _duration_before(sentence, word.start(), quantities)
        duration = before or _duration_after(sentence, word.end(), quantities)
        if duration is not None:
            days = _days(duration)
            if days is not None:
                start, end = (
                    (duration.start, word.end()) if before else (word.start(), duration.end)
                )
                found.append(CeasefireMention(start, end, days, duration, status, party))
    if not found and status is not None:
        first = words[0]
        the = _ANAPHORIC.search(sentence, max(0, first.start() - 6), first.start())
        start = the.start() if the else first.start()
        found.append(CeasefireMention(start, first.end(), None, None, status, party))
    return found


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One ceasefire event per status: a restatement without a duration adds nothing.

    A `ceasefire_event` is dropped when another ceasefire fact of the article has the same
    status and the same date (or either has no date), or when it refers back to one
    already told ("the truce", labelled so by `find_ceasefires`) with no duration of its
    own; duration facts are always kept.
    """
    ceasefire = [
        f
        for f in facts
        if f.indicator in {Indicator.ceasefire_event, Indicator.ceasefire_duration_days}
    ]
    ranked = sorted(
        ceasefire,
        key=lambda f: (f.indicator is not Indicator.ceasefire_duration_days, f.date is None),
    )
    kept: list[Fact] = []
    dropped: set[str] = set()
    for fact in ranked:
        earlier = [f for f in ceasefire if f.span and fact.span and f.span[0] < fact.span[0]]
        restated = bool(fact.label and _ANAPHORIC.match(fact.label) and earlier)
        if fact.indicator is Indicator.ceasefire_event and (
            restated
            or any(
                k.status == fact.status
                and (k.date is None or fact.date is None or k.date == fact.date)
                for k in kept
            )
        ):
            dropped.add(fact.id)
            continue
        kept.append(fact)
    return [f for f in facts if f.id not in dropped]


def _duration_before(sentence: str, at: int, quantities: Sequence[Quantity]) -> Quantity | None:
    """A duration ending a few words before the ceasefire word ("five-day immediate truce",
    "the five-day extension of the ceasefire"); the unit is one of the words."""
    for quantity in quantities:
        if quantity.kind != "duration" or quantity.end > at:
            continue
        gap = sentence[quantity.end : at]
        if len(re.findall(r"[A-Za-z]+", gap)) <= _WORDS_BEFORE and not re.search(r"[.,;]", gap):
            return quantity
    return None


_OF = patterns.compile(r"\s+(?:of|for|by|de|d['’])\s*", re.IGNORECASE)


def _duration_after(sentence: str, at: int, quantities: Sequence[Quantity]) -> Quantity | None:
    """A duration right after the ceasefire word ("a truce of 72 hours", "une trêve de 72
    heures")."""
    for quantity in quantities:
        if quantity.kind == "duration" and quantity.start >= at:
            return quantity if _OF.fullmatch(sentence, at, quantity.start) else None
    return None


def _days(duration: Quantity) -> int | None:
    if not isinstance(duration.value, int):
        return None
    if duration.duration_unit == "day":
        return duration.value
    if duration.duration_unit == "week":
        return duration.value * 7
    if duration.duration_unit == "hour" and duration.value % _HOURS_PER_DAY == 0:
        return duration.value // _HOURS_PER_DAY
    return None


def _status(sentence: str, statuses: _Statuses) -> CeasefireStatus | None:
    low = lowered_once(sentence)
    for status, pattern in statuses:
        if not holds_none(_status_needles(pattern), low) and pattern.search(sentence):
            return status
    return None


@cache
def _status_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """A status pattern's needles, found on first use: a sentence that holds none of them
    is not searched for that status."""
    return needles(pattern)


def _party(
    sentence: str, word: re.Match[str], ceasefire: re.Pattern[str], lang: Language
) -> str | None:
    """Who is behind it: "a truce between X and Y", else the subject of the sentence."""
    between = _BETWEEN.match(sentence, word.end() + 1)
    if between is not None:
        party = noun_phrase_after(sentence, between.end(), lang)
        if party is not None:
            tail = sentence[between.end() :]
            m = _PARTY_END.match(tail)
            return tail[: m.end()].strip() if m else party
    dateline = DATELINE_RE.match(sentence)
    start = dateline.end() if dateline else 0
    lead = _LEAD_IN.match(sentence, start)
    start = lead.end() if lead else start
    subject = noun_phrase_after(sentence, start, lang)
    if subject is None or ceasefire.search(subject):
        return None
    if subject.lower() in {"it", "they", "he", "she"}:
        return None
    return subject
