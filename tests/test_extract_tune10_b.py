"""Classes of error seen on the real rounds AV to BA, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

from tests.extract_helpers import facts, figures


def test_a_share_of_a_group_is_no_figure() -> None:
    text = "The mission reached 8,200 people in May. Some 58% of people reached were women."
    assert figures(text) == [("people_reached", 8200)]


def test_a_share_of_a_group_of_a_nationality_is_no_figure() -> None:
    assert figures("About 90 per cent of Somalis returning came back on their own.") == []


def test_a_share_of_a_place_is_a_figure() -> None:
    assert figures("Nearly 60% of Gaza was destroyed.") == [("other", 60)]


def test_a_french_share_of_the_population_is_a_figure_and_of_the_cases_none() -> None:
    text = "Environ 30 % de la population a fui. Les enfants font 40 % des cas."
    assert figures(text, "fr") == [("other", 30)]


def test_people_forced_to_leave_their_homes_are_displaced() -> None:
    text = "Around 120,000 people were forced to leave their homes, including 70,000 in Gedo."
    assert figures(text) == [("displaced", 120000), ("displaced", 70000)]


def test_people_arriving_from_one_country_to_another_are_refugees() -> None:
    text = "Since June, 9,400 people arrived from Eritrea to Ethiopia (Shire camps)."
    assert figures(text) == [("refugees", 9400)]


def test_displacement_across_borders_gives_refugees() -> None:
    text = "Fighting caused displacement across borders, with 3,100 people now in Niger."
    assert figures(text) == [("refugees", 3100)]


def test_people_facing_catastrophic_food_insecurity_are_in_need() -> None:
    text = "In the north, 88,000 people face catastrophic food insecurity (IPC Phase 5)."
    assert figures(text) == [("people_in_need", 88000)]


def test_people_hit_by_a_disaster_are_counted() -> None:
    assert figures("Over 2 million people are hit by the drought.") == [("other", 2000000)]


def test_people_a_landslide_is_burying_are_killed() -> None:
    text = "The slope gave way at dawn, burying at least 31 people under the mud."
    assert figures(text) == [("killed", 31)]


def test_people_feared_to_be_buried_are_killed() -> None:
    assert figures("Some 60 people are feared to be buried in the village.") == [("killed", 60)]


def test_survivors_pulled_out_of_the_rubble_are_evacuated() -> None:
    text = "By noon, 12 survivors had been pulled out of the rubble."
    assert figures(text) == [("evacuated", 12)]


def test_people_taking_part_in_the_rescue_are_no_figure() -> None:
    assert figures("There were 250 people involved in the rescue operation.") == []


def test_patients_undergoing_treatment_are_counted() -> None:
    assert figures("Another 730 patients are undergoing treatment.") == [("other", 730)]


def test_storms_and_plants_are_not_people() -> None:
    text = "Nine people were hurt by the two storms that hit the three power plants."
    assert figures(text) == [("injured", 9)]


def test_people_assisted_outside_these_centres_are_displaced() -> None:
    text = (
        "Some 4,100 people stay in 12 evacuation centres, while 6,300 people were "
        "assisted outside these centres."
    )
    assert figures(text) == [("displaced", 4100), ("displaced", 6300)]


def test_french_bare_thousand_and_hundred_before_people() -> None:
    text = "Plus de mille personnes sont mortes et cent personnes ont été blessées."
    assert figures(text, "fr") == [("killed", 1000), ("injured", 100)]


def test_french_survivors_taken_from_the_rubble_are_evacuated() -> None:
    text = "Les sauveteurs ont retiré des décombres plus de 300 rescapés."
    assert figures(text, "fr") == [("evacuated", 300)]


def test_french_corpses_are_killed() -> None:
    text = "Les équipes ont enterré 400 cadavres dans une fosse commune."
    assert figures(text, "fr") == [("killed", 400)]


def test_french_pour_100_is_a_percentage() -> None:
    text = "Le séisme a détruit près de 70 pour 100 de la ville."
    assert figures(text, "fr") == [("other", 70)]


def test_a_part_of_them_in_the_next_sentence_counts_what_they_count() -> None:
    text = (
        "About 9,000 people fled to neighbouring countries. An estimated 3,000 of them "
        "went to Chad, 2,000 to Niger and 4,000 to Cameroon."
    )
    assert figures(text) == [
        ("refugees", 9000),
        ("refugees", 3000),
        ("refugees", 2000),
        ("refugees", 4000),
    ]


def test_french_d_entre_elles_counts_what_the_sentence_before_counts() -> None:
    text = (
        "Quelque 8 000 personnes ont fui vers les pays voisins. Environ 5 000 d'entre "
        "elles se trouvent au Tchad et 3 000 au Niger."
    )
    assert figures(text, "fr") == [("refugees", 8000), ("refugees", 5000), ("refugees", 3000)]


def test_children_remaining_in_a_region_under_fire_are_counted() -> None:
    text = "Officials said 4,210 children remain in the region, and 95 still in the combat zone."
    assert figures(text) == [("other", 4210), ("other", 95)]


def test_civilians_left_in_a_city_are_counted() -> None:
    assert figures("There are 940 civilians left in the city.") == [("other", 940)]


def test_people_hiding_in_swamp_areas_are_displaced() -> None:
    text = "Teams try to reach some 6,000 people hiding in unsafe swamp areas."
    assert figures(text) == [("displaced", 6000)]


def test_hundreds_of_wounded_treated_are_injured() -> None:
    text = "Surgeons at the field hospital have treated hundreds of wounded since Friday."
    assert figures(text) == [("injured", (100, 999))]


def test_french_people_pushed_to_leave_their_homes_in_haste_are_displaced() -> None:
    text = "Les combats ont poussé 7 000 personnes à quitter précipitamment leurs maisons."
    assert figures(text, "fr") == [("displaced", 7000)]


def test_french_territories_are_not_people() -> None:
    text = "Les déplacés des deux territoires manquent de tout."
    assert figures(text, "fr") == []


def test_the_later_ages_of_a_list_are_ages() -> None:
    text = (
        "Two farmers, aged 41 and 58, suffered shrapnel wounds. "
        "Three people aged 9, 30 and 66 were hurt."
    )
    assert figures(text) == [("injured", 2), ("injured", 3)]


def test_inmates_a_raid_is_freeing_are_freed() -> None:
    text = "Gunmen stormed the jail, freeing more than 300 inmates."
    assert figures(text) == [("other", 300)]


def test_group_members_captured_are_detained() -> None:
    text = "The militia attacked to free four group members captured by the guards."
    assert figures(text) == [("detained", 4)]


def test_french_une_quinzaine_is_about_fifteen() -> None:
    assert figures("Une quinzaine de civils ont été tués.", "fr") == [("killed", 15)]


def test_french_an_attack_that_cost_the_lives_of_people_killed_them() -> None:
    text = "L'embuscade a coûté la vie à au moins 22 villageois."
    assert figures(text, "fr") == [("killed", 22)]


def test_french_impersonal_on_is_nobody() -> None:
    text = "On estime que 6 000 personnes ont fui vers le Tchad voisin."
    found = [(f.indicator.value, f.value, f.source) for f in facts(text, "fr")]
    assert found == [("refugees", 6000, None)]
