"""`needles`: the literals a pattern's every match holds, a prefilter that changes no result."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.events import _words
from sitrep.extract.languages import ENGLISH, FRENCH, Language
from sitrep.extract.scan import holds_none, letters_first, lowered_alike, needles

TEXTS = [
    "A 72-hour ceasefire was agreed on Monday.",
    "The CEASE-FIRE collapsed; a truce was proposed.",
    "Humanitarian pauses in the fighting were rejected.",
    "Shelling killed 14 people in west Aleppo.",
    "L'armistice et le cessez-le-feu ont été signés.",
    "No pause, no cessation of hostilities, said the mediator.",
]


def test_needles_are_the_longest_literals_every_alternative_holds() -> None:
    pattern = re.compile(letters_first(r"\b(?:shell\w*|attacks?|air\s+strikes?)\b"), re.I)
    assert needles(pattern) == ("shell", "strike", "ttack")
    assert needles(_words(ENGLISH)[0]) == (
        "armistice",
        "cease",
        "cessation",
        "fighting",
        "humanitarian",
        "truce",
    )


def test_no_needles_where_a_match_may_hold_no_literal() -> None:
    assert needles(re.compile(r"\d+\s+(?:people|persons)|[A-Z]\w+")) is None
    assert needles(re.compile(r"\b(?:a|an)\b")) is None
    # 'trêve' in French: a letter with case outside ASCII is no literal of a case-blind
    # pattern, and what is left of the word is too short to spare a scan.
    assert needles(_words(FRENCH)[0]) is None


@pytest.mark.parametrize("lang", [ENGLISH, FRENCH], ids=["en", "fr"])
@pytest.mark.parametrize("text", TEXTS)
def test_a_text_without_the_needles_never_matches(lang: Language, text: str) -> None:
    pattern = _words(lang)[0]
    found = needles(pattern)
    for variant in (text, text.upper(), text.title()):
        if holds_none(found, lowered_alike(variant)):
            assert pattern.search(variant) is None


def test_text_with_case_folding_outside_ascii_is_never_passed_over() -> None:
    found = needles(re.compile("cease", re.I))
    assert holds_none(found, lowered_alike("ceaſe")) is False
    assert re.search("cease", "ceaſe", re.I) is not None
