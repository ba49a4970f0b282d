"""Classes of error seen on the real rounds AR to AU, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

MONDAY = dt.date(2026, 3, 2)


def figures(text: str, lang: str = "en") -> list[tuple[str, object]]:
    found = extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts
    return [(f.indicator.value, f.value) for f in found]


def test_a_breakdown_between_dashes_lets_the_whole_reach_its_verb() -> None:
    text = "Forty villagers – 31 farmers and nine traders – were killed near the market."
    assert figures(text) == [("killed", 40), ("killed", 31), ("killed", 9)]


def test_a_french_breakdown_between_dashes_counts_what_the_whole_counts() -> None:
    text = "Cinquante personnes – 42 civils et 8 soldats – ont été tuées jeudi."
    assert figures(text, "fr") == [("killed", 50), ("killed", 42), ("killed", 8)]


def test_a_part_with_its_own_verb_inside_dashes_keeps_that_verb() -> None:
    text = "About 900 residents – 120 of whom were wounded – fled the town overnight."
    assert figures(text) == [("displaced", 900), ("injured", 120)]


def test_soldiers_brought_home_from_captivity_are_freed_not_returnees() -> None:
    text = "The ministry said 140 soldiers and civilians came home from captivity."
    assert figures(text) == [("other", 140)]


def test_returning_home_after_a_prisoner_swap_is_freed() -> None:
    text = "Under the prisoner swap, 75 fighters are returning home to their families."
    assert figures(text) == [("other", 75)]


def test_prisoners_exchanged_are_freed_and_prisoners_held_stay_detained() -> None:
    assert figures("The two sides exchanged 64 prisoners at the border.") == [("other", 64)]
    assert figures("The militia still holds 64 prisoners in the north.") == [("detained", 64)]


def test_refugees_going_home_stay_returnees() -> None:
    text = "Nearly 8,000 refugees have returned to the province since June."
    assert figures(text) == [("returnees", 8000)]


def test_people_sent_into_shelters_are_displaced() -> None:
    text = "The rains drove 6,400 residents into shelters on the coast."
    assert figures(text) == [("displaced", 6400)]


def test_people_in_shelter_centres_are_displaced() -> None:
    text = "Some 2,300 people remained in shelter centres in the valley."
    assert figures(text) == [("displaced", 2300)]


def test_people_staying_in_an_evacuation_centre_are_displaced() -> None:
    text = "On Friday 410 persons were still staying inside an evacuation centre."
    assert figures(text) == [("displaced", 410)]


def test_people_who_abandoned_their_villages_are_displaced() -> None:
    text = "After the raids, 3,200 people abandoned their villages near the river."
    assert figures(text) == [("displaced", 3200)]


def test_new_infections_are_a_humanitarian_count() -> None:
    text = "Health officials logged 615 new infections in the district this week."
    assert figures(text) == [("other", 615)]


def test_martyred_is_a_killing_verb() -> None:
    text = "The bombing of the market martyred 27 shoppers, the governor said."
    assert figures(text) == [("killed", 27)]


def test_french_flight_to_a_neighbouring_country_gives_refugees() -> None:
    text = "Les combats ont poussé 2.400 personnes à fuir vers le Niger voisin."
    assert figures(text, "fr") == [("refugees", 2400)]


def test_french_refuge_taken_in_a_neighbouring_country_gives_refugees() -> None:
    text = "Quelque 950 civils ont dû se réfugier au Cameroun voisin cette semaine."
    assert figures(text, "fr") == [("refugees", 950)]


def test_french_people_in_shelters_are_displaced() -> None:
    text = "Dans la commune, 1.200 personnes vivent en abris depuis lundi."
    assert figures(text, "fr") == [("displaced", 1200)]


def test_french_killed_or_wounded_together_is_one_other_count() -> None:
    text = "Au moins 640 personnes ont été tuées ou blessées depuis janvier."
    assert figures(text, "fr") == [("other", 640)]


def test_french_homes_without_power_or_water_are_counted() -> None:
    text = "Mardi, 54.000 foyers étaient sans électricité et 23.000 sans eau."
    assert figures(text, "fr") == [("other", 54000), ("other", 23000)]


def test_french_new_infections_are_a_count() -> None:
    text = "Le ministère a recensé 318 nouvelles infections lundi."
    assert figures(text, "fr") == [("other", 318)]


def test_a_list_of_hosts_after_a_comma_and_with_counts_what_the_first_counts() -> None:
    text = (
        "Kenya hosts the largest share of the refugees, some 410,000, followed by Uganda, "
        "with 260,000, Rwanda 90,000 and Burundi 45,000."
    )
    assert figures(text) == [
        ("refugees", 410000),
        ("refugees", 260000),
        ("refugees", 90000),
        ("refugees", 45000),
    ]


def test_people_prompted_to_evacuate_their_homes_are_evacuated() -> None:
    text = "The cyclone forced 5,100 families or 21,300 people to evacuate their homes."
    assert figures(text) == [("evacuated", 21300)]


def test_relief_items_handed_out_are_not_people_reached() -> None:
    text = "Volunteers handed out 4,500 food packets, 900 tarpaulins and 300 blankets."
    assert figures(text) == []


def test_a_breakdown_inside_an_aside_after_its_cue_counts_the_same() -> None:
    text = (
        "In total 19 deaths were confirmed in the north — notably in Tal (11) and Mor (4) — "
        "after the floods."
    )
    assert figures(text) == [("killed", 19), ("killed", 11), ("killed", 4)]
