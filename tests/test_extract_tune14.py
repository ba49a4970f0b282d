"""Classes of error seen on the real rounds CF and CG (read once, then training), each in
sentences of our own words: what a number counts, and when two numbers are one range."""

from __future__ import annotations

from tests.extract_helpers import figures


def test_people_an_operation_relocated_are_evacuated() -> None:
    text = (
        "Of the affected, 12,400 have been relocated, including 3,100 from the lakeshore. "
        "The county said 2,250 people were relocated to safer ground on Friday. "
        "More than 900 people have begun to relocate to the hills on their own."
    )
    assert figures(text) == [
        ("evacuated", 12400),
        ("evacuated", 3100),
        ("evacuated", 2250),
        ("displaced", 900),
    ]


def test_food_insecurity_affecting_people_is_need() -> None:
    text = "The drought has deepened severe food insecurity affecting 2.4 million people."
    assert figures(text) == [("people_in_need", 2400000)]


def test_a_count_that_rose_from_one_number_to_another_is_two_figures() -> None:
    text = (
        "The toll from the bridge collapse has risen from 9 to 14, officials said. "
        "Between 300 and 400 people fled. From 60 to 80 people were displaced."
    )
    assert figures(text) == [
        ("killed", 9),
        ("killed", 14),
        ("displaced", (300, 400)),
        ("displaced", (60, 80)),
    ]


def test_french_count_that_moved_from_one_number_to_another_is_two_figures() -> None:
    text = (
        "Le nombre de personnes ayant besoin d'aide est passé de 2 millions à 2,6 millions. "
        "Entre 300 et 400 personnes ont fui."
    )
    assert figures(text, "fr") == [
        ("people_in_need", 2000000),
        ("people_in_need", 2600000),
        ("displaced", (300, 400)),
    ]


def test_money_and_violations_are_no_count_of_people() -> None:
    text = (
        "The council paid about 2,000 U.S. dollars to each family whose house burned. "
        "The monitors logged nearly 1,700 violations of the agreement. "
        "Some 40 families lost their homes."
    )
    assert figures(text) == [("displaced", 40)]
    french = "Le gouvernement a versé 500 euros à chacune des familles. 40 personnes sont mortes."
    assert figures(french, "fr") == [("killed", 40)]


def test_the_base_of_a_rate_is_no_count() -> None:
    text = "The region reported 4,210 cholera cases and 61 deaths, or 12 cases per 100,000 people."
    assert figures(text) == [("other", 4210), ("deaths", 61), ("other", 12)]
    french = (
        "On compte 2 cas de choléra pour 10 000 habitants du camp. "
        "Le PAM a distribué une aide pour 10 000 personnes déplacées."
    )
    assert figures(french, "fr") == [("other", 2), ("displaced", 10000)]


def test_people_a_side_releases_and_former_detainees_are_freed() -> None:
    text = (
        "The government releases 28 fishermen, most of whom were held since March. "
        "A second flight carried 45 former detainees home. "
        "The militia still holds 12 hostages."
    )
    assert figures(text) == [("other", 28), ("other", 45), ("detained", 12)]
