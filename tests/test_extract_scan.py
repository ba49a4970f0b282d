"""The faster forms of the recognisers' patterns match exactly what the plain forms match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract import scan
from sitrep.extract.scan import factored, finditer_alike, literal_alternation, lowered_alike

TEXT = (
    "Seventeen people were shot and seventy were wounded in the shelling; shops, "
    "shelters and a school were struck. Six more died of their wounds; Seven Sisters "
    "road was shut. AIRSTRIKES hit the airport and a shooting left 4 dead."
)


def spans(
    pattern: str, flags: int = re.IGNORECASE
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, TEXT, flags)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:shell\w*|attack\w*|strikes?|air\s*strikes?|shot|shooting|shops?|shelters?)\b",
        r"\b(?:s(?:hot)?|st|sh\w+)\b",
        r"(?P<what>seven|seventeen|seventy|six)\s+(?:people|were|more)",
        r"(?<!(?:an|th))e\b",
        r"\b(?:Seven|seven)\s+\w+",
        r"(?:a|(?:an|the)|and)\s",
    ],
)
def test_factored_patterns_match_the_same_text(pattern: str) -> None:
    assert spans(factored(pattern)) == spans(pattern)
    assert spans(factored(pattern), 0) == spans(pattern, 0)


def test_factored_groups_alternatives_by_first_letter() -> None:
    assert factored(r"(?:shot|attack|shelling)") == r"(?:s(?:h(?:ot|elling))|attack)"


def test_literal_alternation_prefers_the_longer_word_as_the_plain_one_does() -> None:
    words = ["seventeen", "seventy", "seven", "six"]
    tree = literal_alternation(words)
    assert tree == r"s(?:even(?:t(?:een|y))?|ix)"
    assert spans(tree) == spans("|".join(words))


def test_literal_alternation_keeps_an_order_a_tree_cannot_follow() -> None:
    assert literal_alternation(["seven", "seventeen"]) == "seven|seventeen"


@pytest.mark.parametrize(
    "text",
    [
        "HUNDREDS of people fled on Tuesday, 4 March; Thousands more left “since January”.",
        "Hundreds of people fled Saint-Étienne on 4 March; thousands more left since January.",
        "Dozens Were Killed On 12 MARCH 2024 – about Forty-Five of them children.",
    ],
)
def test_numbers_and_dates_found_in_lower_case_are_those_found_without_regard_to_case(
    text: str,
) -> None:
    from sitrep.extract.dates import _grammar as date_grammar
    from sitrep.extract.languages import ENGLISH
    from sitrep.extract.numbers import _grammar as number_grammar
    from sitrep.extract.numbers import _next_number

    numbers = number_grammar(ENGLISH)
    found, pos = [], 0
    low = lowered_alike(text)
    while (m := _next_number(numbers, text, low, pos)) is not None:
        found.append((m.span(), m.groups()))
        pos = m.end()
    assert found == [(m.span(), m.groups()) for m in numbers.number.finditer(text)]
    dates = date_grammar(ENGLISH)
    assert [
        (m.span(), m.groups()) for m in finditer_alike(dates.date, dates.date_cased, text, low)
    ] == [(m.span(), m.groups()) for m in dates.date.finditer(text)]


def _shape_by_character(pattern: str, start: int = 0) -> list[tuple[int, str]]:
    """What shapes a pattern's groups, read one character at a time (how `scan` read it
    before its one-search-a-token form): outside escapes and classes, with positions."""
    found = []
    in_class = False
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            found.append((i, ch))
        i += 1
    return found


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from(list("\\[]()|^a?:<>P=")), max_size=24), st.integers(0, 6))
def test_groups_and_alternatives_are_found_as_one_character_at_a_time_finds_them(
    pattern: str, start: int
) -> None:
    start = min(start, len(pattern))
    depth, closing = 0, None
    for i, ch in _shape_by_character(pattern, start):
        if ch == "(":
            depth += 1
        elif ch == ")" and depth == 0:
            closing = i
            break
        elif ch == ")":
            depth -= 1
    assert scan._closing(pattern, start) == closing
    assert scan._top_level(pattern) == _alternatives_by_character(pattern)


def _alternatives_by_character(body: str) -> list[str] | None:
    parts: list[str] = []
    depth, begin = 0, 0
    for i, ch in _shape_by_character(body):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return None
        if ch == "|" and depth == 0:
            parts.append(body[begin:i])
            begin = i + 1
    return None if depth else [*parts, body[begin:]]
