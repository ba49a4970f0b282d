"""People held: the verb forms and phrases that say people are in someone's hands (issue
11: people held, abducted or still held were not read as detained), in our own words."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

PUBLISHED = dt.date(2025, 6, 3)


def _found(text: str) -> list[tuple[str, object]]:
    facts = extract_text(text, path="h.txt", published=PUBLISHED, lang="en").facts
    return [(f.indicator.value, f.value) for f in facts]


def test_a_gerund_of_arrest_or_abduction_before_the_number_is_detention() -> None:
    assert _found("Troops broke up the march, detaining over 300 people in the square.") == [
        ("detained", 300)
    ]
    assert _found("Raiders hit the hostel at night, abducting more than 40 students.") == [
        ("detained", 40)
    ]


def test_people_still_with_their_captors_or_in_captivity_are_detained() -> None:
    assert _found("By Monday, 57 farm workers remained with their kidnappers.") == [
        ("detained", 57)
    ]
    assert _found("Another 18 villagers are still in captivity, the council said.") == [
        ("detained", 18)
    ]


def test_a_count_of_detainees_is_detained() -> None:
    assert _found("The monitors listed a total of 2,310 detainees in the province.") == [
        ("detained", 2310)
    ]


def test_detainees_who_were_released_are_freed_not_held() -> None:
    assert _found("On Sunday 65 detainees were released from the camp.") == [("other", 65)]
