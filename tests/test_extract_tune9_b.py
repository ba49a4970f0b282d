"""Classes of error seen on the real rounds AV to AY, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

MONDAY = dt.date(2026, 3, 2)


def figures(text: str, lang: str = "en") -> list[tuple[str, object]]:
    found = extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts
    return [(f.indicator.value, f.value) for f in found]


def test_people_a_team_managed_to_evacuate_are_evacuated() -> None:
    text = "The brigade managed to evacuate 140 residents and 35 children from the town."
    assert figures(text) == [("evacuated", 140), ("evacuated", 35)]


def test_people_a_programme_helped_evacuate_are_evacuated() -> None:
    text = "Volunteers helped evacuate some 62,000 people to the coastal shelters."
    assert figures(text) == [("evacuated", 62000)]


def test_a_plan_to_evacuate_is_no_figure() -> None:
    assert figures("The council plans to evacuate 3,000 people by Friday.") == []


def test_people_hiding_in_the_bush_are_displaced() -> None:
    text = "Medical teams are trying to reach 4,000 people hiding in the bush."
    assert figures(text) == [("displaced", 4000)]


def test_children_separated_from_their_families_are_counted() -> None:
    text = "Since the raid 23 children have been separated from their families."
    assert figures(text) == [("other", 23)]


def test_houses_buried_by_a_landslide_are_damage() -> None:
    text = "Rescuers worked through the night after 14 houses were buried by the mud."
    assert figures(text) == [("other", 14)]


def test_french_groups_listed_before_their_verb_share_it() -> None:
    text = "Les corps de 21 hommes, 9 femmes et 4 enfants, soit 34 personnes, ont été retrouvés."
    assert figures(text, "fr") == [("killed", 21), ("killed", 9), ("killed", 4), ("killed", 34)]


def test_french_floods_touching_people_count_them() -> None:
    text = "Les crues ont frappé 14 États, touchant près de 90 000 personnes."
    assert figures(text, "fr") == [("other", 90000)]


def test_french_houses_destroyed_by_the_rains_are_counted() -> None:
    assert figures("Les pluies ont détruit 2 300 maisons.", "fr") == [("other", 2300)]


def test_french_contaminations_are_cases() -> None:
    text = "Le centre a recensé 12 décès et 1 480 contaminations depuis juin."
    assert figures(text, "fr") == [("deaths", 12), ("other", 1480)]


def test_an_exchange_of_fire_is_no_prisoner_exchange() -> None:
    text = "The deal ends months of exchanges of fire between the two armies."
    assert figures(text) == []


def test_relief_goods_sent_are_not_people() -> None:
    text = "The province is sending 6,000 quilts, 3,000 coats and 90 mt of rice to the valley."
    assert figures(text) == []


def test_families_given_as_the_equivalent_of_a_people_count_are_not_another_figure() -> None:
    text = "Some 42,500 people — the equivalent of 8,100 families — have been displaced."
    assert figures(text) == [("displaced", 42500)]


def test_french_people_who_had_to_find_refuge_are_displaced() -> None:
    text = "Depuis avril, 8 700 personnes ont dû trouver refuge dans des églises."
    assert figures(text, "fr") == [("displaced", 8700)]


def test_french_people_gone_to_neighbouring_countries_are_refugees() -> None:
    text = "Près de 30.000 habitants se sont rendus dans les pays voisins depuis mars."
    assert figures(text, "fr") == [("refugees", 30000)]
