"""Classes of error seen on the real rounds BF to BO, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

from tests.extract_helpers import figures


def test_members_of_a_force_or_group_are_people() -> None:
    text = (
        "Nine members of the border police were killed in the raid. "
        "The dead included four members of a rescue brigade. "
        "The committee has 12 members."
    )
    assert figures(text) == [("killed", 9), ("killed", 4)]


def test_french_members_of_a_force_are_people() -> None:
    text = (
        "Onze membres des forces de sécurité ont été tués dans l'embuscade. "
        "Les attaques ont fait 300 morts, dont 210 civils et 90 membres des milices locales."
    )
    assert figures(text, "fr") == [("killed", 11), ("killed", 300), ("killed", 210), ("killed", 90)]


def test_french_counts_of_buildings_are_damage_never_people() -> None:
    text = (
        "Trois villageois tués, 14 maisons incendiées et deux personnes enlevées. "
        "Selon la mairie, 520 habitations et 12 écoles se sont effondrées. "
        "Au moins 9 commissariats ont été pillés ou incendiés. "
        "L'eau a inondé 2 300 cases dans le district."
    )
    assert figures(text, "fr") == [
        ("killed", 3),
        ("other", 14),
        ("detained", 2),
        ("other", 520),
        ("other", 12),
        ("other", 9),
        ("other", 2300),
    ]


def test_dozens_multiplied_are_numbers() -> None:
    text = (
        "Two dozen people were injured. "
        "Half a dozen people are missing. "
        "Over three dozen houses were damaged."
    )
    assert figures(text) == [("injured", 24), ("missing", 6), ("other", 36)]


def test_people_vaccinated_or_screened_are_reached() -> None:
    text = (
        "The campaign vaccinated 41,000 children in the district. "
        "Over 9,000 people have received immunizations this week. "
        "Teams screened 3,200 children for malnutrition. "
        "Sixteen of the patients were unvaccinated."
    )
    assert figures(text) == [
        ("people_reached", 41000),
        ("people_reached", 9000),
        ("people_reached", 3200),
    ]


def test_french_people_vaccinated_are_reached() -> None:
    text = "Au total, 12 000 enfants ont été vaccinés contre la rougeole."
    assert figures(text, "fr") == [("people_reached", 12000)]


def test_people_still_searched_for_are_missing() -> None:
    text = (
        "Divers are still searching for another 7 fishermen. "
        "The search for 30 people presumed drowned was called off on Friday."
    )
    assert figures(text) == [("missing", 7), ("killed", 30)]


def test_french_people_still_searched_for_are_missing() -> None:
    text = "Au moins cinq personnes sont toujours en cours de recherche après la crue."
    assert figures(text, "fr") == [("missing", 5)]


def test_people_back_home_are_returnees() -> None:
    text = "Some 48,000 people crossed back into the country from the camps last month."
    assert figures(text) == [("returnees", 48000)]
    text = "En mai, plus de 9 000 personnes ont regagné leurs villages."
    assert figures(text, "fr") == [("returnees", 9000)]


def test_french_pluperfect_and_conditional_deaths_are_killed() -> None:
    text = (
        "En 2019, sept orpailleurs avaient péri dans un éboulement. "
        "Depuis avril, quelque 300 civils auraient perdu la vie."
    )
    assert figures(text, "fr") == [("killed", 7), ("killed", 300)]


def test_french_one_person_with_an_age_is_described_not_counted() -> None:
    text = (
        "Deux personnes sont mortes à Tamatave : une femme de 61 ans et un enfant de 9 ans. "
        "Une personne a été tuée et un homme âgé de 52 ans a été blessé."
    )
    assert figures(text, "fr") == [("killed", 2), ("killed", 1)]


def test_people_who_fled_their_country_are_refugees() -> None:
    text = (
        "More than 80,000 people have fled the country since the coup. "
        "Some 2,500 villagers are seeking refuge in Thailand. "
        "Another 4,000 fled the country's northern towns for the capital."
    )
    assert figures(text) == [("refugees", 80000), ("refugees", 2500), ("displaced", 4000)]


def test_french_people_who_fled_their_country_are_refugees() -> None:
    text = (
        "Au moins 90 000 Burundais ont fui leur pays depuis janvier. "
        "Le HCR compte 1,2 million de personnes ayant fui le Soudan. "
        "Près de 7 000 autres ont cherché refuge au Tchad. "
        "Quelque 5 000 personnes ont fui leurs villages vers Goma."
    )
    assert figures(text, "fr") == [
        ("refugees", 90000),
        ("refugees", 1200000),
        ("refugees", 7000),
        ("displaced", 5000),
    ]


def test_people_who_perished_are_killed_and_livestock_are_not_people() -> None:
    text = (
        "Some 61 passengers perished when the ferry sank. "
        "The number of livestock perished reached 2.1 million by March."
    )
    assert figures(text) == [("killed", 61)]


def test_thousands_written_with_k_are_numbers() -> None:
    assert figures("Nearly 120k people were displaced by the floods.") == [("displaced", 120000)]
    assert figures("514K personnes retournées dans la province.", "fr") == [("returnees", 514000)]


def test_refugees_sent_back_are_returnees() -> None:
    text = "Since April, 4,210 refugees have been sent back across the border."
    assert figures(text) == [("returnees", 4210)]


def test_french_comma_before_a_scale_is_a_decimal_mark() -> None:
    text = (
        "Quelque 1,275 million de personnes sont déplacées. "
        "Au total, 1.500.000 personnes ont besoin d'aide."
    )
    assert figures(text, "fr") == [("displaced", 1275000), ("people_in_need", 1500000)]
    assert figures("About 1,500 million people are affected.") == [("other", 1500000000)]
