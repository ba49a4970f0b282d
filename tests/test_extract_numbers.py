"""Numbers in the forms news writes them, and the numbers that are not figures."""

from __future__ import annotations

import pytest

from sitrep.extract.languages import ENGLISH
from sitrep.extract.numbers import find_quantities
from sitrep.models import FactValue, Qualifier


def values(sentence: str) -> list[FactValue]:
    return [q.value for q in find_quantities(sentence) if q.kind != "duration"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("about 31,500 people", [31_500]),
        ("450.000 Syrians lost their lives", [450_000]),
        ("At least 30 000 people in Derna", [30_000]),
        ("some 1.5 million people", [1_500_000]),
        ("more than 12 million have lost their homes", [12_000_000]),
        ("sixty-one people died", [61]),
        ("two thousand families fled", [2_000]),
        ("One million refugees", [1_000_000]),
        ("between 3,000 and 4,000 people", [(3_000, 4_000)]),
        ("3,000-4,000 people", [(3_000, 4_000)]),
        ("between 1 and 2 million people", [(1_000_000, 2_000_000)]),
        ("hundreds more seen on the move", [ENGLISH.vague["hundreds"]]),
        ("tens of thousands fled", [ENGLISH.vague["tens of thousands"]]),
        ("several thousand fighters", [ENGLISH.vague["several thousand"]]),
        ("dozens of people", [ENGLISH.vague["dozens"]]),
        ("lost 80% of their territory", [80]),
        ("about 25 per cent of the city", [25]),
        ("80 percent of east Aleppo", [80]),
    ],
)
def test_number_forms(sentence: str, expected: list[FactValue]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "a stronghold for rebel groups since 2012",
        "the 1999 earthquake near Izmit",
        "dams built in the 1970s",
        "men between 18-35 were taken away",
        "Men aged 18 to 60 are barred from leaving",
        "a four-year-old girl",
        "children younger than five",
        "boys over the age of 15",
        "Security Council resolution 2170",
        "Flash Update #32",
        "the magnitude 7.8 quake struck at 04:17 local time",
        "hit at around 3 a.m. on Monday",
        "an appeal for $500 for the response",
        "Khartoum, a city of more than 5 million people",
        "Ethiopia, a country of about 110 million people, denies famine",
        "Mosul, once home to some two million people",
        "about one in seven Pakistanis",
    ],
)
def test_numbers_that_are_not_figures(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("about 31,500 people", Qualifier.approx),
        ("Some 1,500 people", Qualifier.approx),
        ("nearly 700,000 people", Qualifier.approx),
        ("an estimated 500,000 suspected cases", Qualifier.approx),
        ("more than 12 million", Qualifier.at_least),
        ("over 2,000 people", Qualifier.at_least),
        ("at least 459 people", Qualifier.at_least),
        ("up to 23 million people", Qualifier.at_most),
        ("as many as 100,000 civilians", Qualifier.at_most),
        ("killed 61 people", Qualifier.exact),
    ],
)
def test_qualifiers(sentence: str, qualifier: Qualifier) -> None:
    (quantity,) = find_quantities(sentence)
    assert quantity.qualifier is qualifier
    if qualifier is not Qualifier.exact:
        first_word = sentence.split()[0]
        assert sentence[quantity.start : quantity.end].startswith(first_word)


def test_durations_are_kept_apart_for_ceasefires() -> None:
    (five_day,) = find_quantities("an immediate five-day ceasefire")
    assert (five_day.kind, five_day.value, five_day.duration_unit) == ("duration", 5, "day")
    (hours,) = find_quantities("a 72-hour truce")
    assert (hours.kind, hours.value, hours.duration_unit) == ("duration", 72, "hour")


def test_every_vague_range_is_ordered() -> None:
    assert all(low < high for low, high in ENGLISH.vague.values())


def test_arabic_indic_digits_are_read_as_numbers_and_keep_their_place() -> None:
    sentence = "Officials said ١٢٥ people were killed and ۳۴۰ injured."
    found = find_quantities(sentence)
    assert [q.value for q in found] == [125, 340]
    assert sentence[found[0].number_start : found[0].number_start + 3] == "١٢٥"


def test_arabic_thousands_mark_separates_thousands() -> None:
    assert [q.value for q in find_quantities("Some ٢٬٥٠٠ people fled.")] == [2_500]


def test_a_rank_is_not_a_count_but_a_bound_is() -> None:
    ranked = "Sudan is one of the top four hotspots for hunger"
    assert [q.value for q in find_quantities(ranked)] == []
    (bound,) = find_quantities("The death toll could top 5,000")
    assert (bound.value, bound.qualifier.value) == (5000, "at_most")
