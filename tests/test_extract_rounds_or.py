"""Classes of error seen on the real rounds O-R (issue 11), each in sentences of our own
words: what a first reading of a new article must get right."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact

TUESDAY = dt.date(2024, 6, 11)


def facts(text: str, published: dt.date = TUESDAY) -> list[Fact]:
    return extract_text(text, path="t.txt", published=published).facts


def sourced(text: str) -> list[tuple[str, object, str | None]]:
    return [(f.indicator.value, f.value, f.source) for f in facts(text)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Mortar fire on the market killed 9 people on Monday, according to clinic staff "
            "officials.",
            "clinic staff officials",
        ),
        (
            "The landslide buried 23 people, according to a district spokesperson.",
            "district spokesperson",
        ),
        (
            "Floodwater drowned 17 villagers, according to rescue workers at the scene.",
            "rescue workers",
        ),
    ],
)
def test_according_to_a_described_speaker_names_the_description(sentence: str, source: str) -> None:
    assert [f.source for f in facts(sentence)] == [source]


def test_according_to_bare_figures_names_nobody() -> None:
    assert sourced("The fire killed 12 people, according to the latest figures.") == [
        ("killed", 12, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Red Crescent states that 31 people have died along the coast road.", "Red Crescent"),
        (
            "The health ministry confirms that 44 residents were killed in the blast.",
            "health ministry",
        ),
        ("UNICEF warns that 5,000 children have been displaced by the floods.", "UNICEF"),
    ],
)
def test_a_speech_verb_in_the_present_names_its_subject(sentence: str, source: str) -> None:
    assert [f.source for f in facts(sentence)] == [source]


def test_a_subordinating_word_is_not_part_of_the_speaker() -> None:
    text = (
        "While Ruritania put the number of casualties at 60, aid groups said more than 200 "
        "people had died."
    )
    assert {f.source for f in facts(text)} <= {"Ruritania", "aid groups"}
    assert "While Ruritania" not in {f.source for f in facts(text)}


def test_arrests_counted_are_people_detained() -> None:
    text = (
        "A monitoring group has recorded 640 arrests since the vote, including 52 students "
        "and 31 journalists."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("detained", 640),
        ("detained", 52),
        ("detained", 31),
    ]


def test_a_headline_under_the_page_navigation_does_not_count_again() -> None:
    text = (
        "Skip to content\n"
        "News\n\n"
        "31 Dead, 12 Missing After Ferry Sinks Off Port Ruri\n\n"
        "At least 31 passengers have died and 12 others are missing after a ferry sank "
        "near Port Ruri on Monday, the coast guard said."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 31), ("missing", 12)]
    assert all(f.source == "coast guard" for f in facts(text))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Gunmen abducted 14 travellers on 3-11-2024 near the bridge.", dt.date(2024, 11, 3)),
        ("On 23/07/2015, 12 people were killed in the raid.", dt.date(2015, 7, 23)),
    ],
)
def test_a_day_in_figures_before_punctuation_is_a_date_not_a_range(
    sentence: str, day: dt.date
) -> None:
    found = facts(sentence, published=dt.date(2024, 11, 5))
    assert len(found) == 1
    assert found[0].date == day
    assert not isinstance(found[0].value, tuple)


def test_people_who_sustained_wounds_are_injured() -> None:
    text = "Mortars wounded 14 soldiers, while 9 villagers sustained wounds across the river."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("injured", 14), ("injured", 9)]


def test_one_soldier_is_a_count_of_one() -> None:
    text = "The ambush killed one soldier and wounded six others near the depot."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 1), ("injured", 6)]


def test_a_tolls_own_number_counts_what_the_toll_counts() -> None:
    text = "The figure is well above the earlier death toll of 58 released by the county office."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 58)]


def test_a_toll_spread_across_places_is_still_a_toll() -> None:
    text = "The death toll from the cyclone has risen to at least 88 across four provinces."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 88)]


def test_bullet_lines_under_a_list_opening_count_what_it_names() -> None:
    text = (
        "Flooding has hit five counties.\n"
        "Here is the count of deaths by county, according to the relief office:\n"
        "- Lomaville: 21 people\n"
        "- Ruri Bay: 8 people\n"
        "Crews are clearing roads.\n"
        "- Harbour district: 40 tents"
    )
    assert sourced(text) == [("killed", 21, "relief office"), ("killed", 8, "relief office")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over two weeks the charity's clinic treated more than 900 patients in the camp.",
            [("people_reached", 900)],
        ),
        ("Some 70 people were treated for injuries after the blast.", [("injured", 70)]),
        ("The convoy brought 2,000 treated bed nets and 500 kits.", []),
    ],
)
def test_patients_an_agency_treated_are_people_reached(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert [(f.indicator.value, f.value) for f in facts(sentence)] == expected
