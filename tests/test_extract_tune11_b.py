"""Classes of error seen on the real rounds BB to BE, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

from tests.extract_helpers import figures


def test_people_dead_or_missing_together_are_one_other_count() -> None:
    text = (
        "Some 640 migrants have died or gone missing on the route this year. "
        "Last year, 12 people are thought to have died or were recorded as missing. "
        "Hundreds of migrants are missing or feared dead after the wrecks."
    )
    assert figures(text) == [("other", 640), ("other", 12), ("other", (100, 999))]


def test_french_dead_or_missing_together_are_one_other_count() -> None:
    text = (
        "Plus de 900 migrants ont péri ou disparu depuis janvier. "
        "Environ 20 000 migrants ont trouvé la mort ou ont disparu depuis 2015. "
        "On compte 1 700 morts ou disparus depuis janvier. "
        "Au moins 40 migrants ont péri jeudi."
    )
    assert figures(text, "fr") == [
        ("other", 900),
        ("other", 20000),
        ("other", 1700),
        ("killed", 40),
    ]


def test_migrants_arriving_are_people_in_transit_not_refugees() -> None:
    text = (
        "Between 1 and 18 March, 412 undocumented migrants arrived in Costa Rica. "
        "Migrant arrivals in 2025 (61,200) remain high. "
        "Some 3,000 refugees arrived in Chad last week."
    )
    assert figures(text) == [("other", 412), ("other", 61200), ("refugees", 3000)]


def test_people_living_in_refugee_camps_are_refugees() -> None:
    text = "About 900,000 Rohingya live in refugee camps. About 5,000 people live in camps."
    assert figures(text) == [("refugees", 900000), ("displaced", 5000)]


def test_people_relying_on_aid_are_in_need() -> None:
    assert figures("Some 14.2 million people rely on humanitarian aid.") == [
        ("people_in_need", 14200000)
    ]


def test_people_given_consultations_medicines_or_health_education_are_reached() -> None:
    text = (
        "Around 3,200 people received outpatient consultations and 900 received free "
        "medication. The clinic gave health education to about 11,000 people."
    )
    assert figures(text) == [
        ("people_reached", 3200),
        ("people_reached", 900),
        ("people_reached", 11000),
    ]


def test_patients_receiving_hospital_treatment_are_other() -> None:
    assert figures("Some 61 people are receiving hospital treatment.") == [("other", 61)]


def test_children_an_agency_treated_for_a_disease_are_reached() -> None:
    text = (
        "The team treated 412 children with measles. "
        "MSF treated 300 children with suspected cholera in the camps. "
        "Medics treated 40 people for injuries."
    )
    assert figures(text) == [
        ("people_reached", 412),
        ("people_reached", 300),
        ("injured", 40),
    ]


def test_a_hospitals_patients_treated_for_symptoms_are_not_reached() -> None:
    text = "The two hospitals it supports treated about 900 patients with breathing problems."
    assert figures(text) == []


def test_the_verb_after_a_long_participle_phrase_says_what_happened() -> None:
    text = (
        "Over 150 people sheltering at a mosque and school in the north of the district "
        "were reported to have been killed by the strike."
    )
    assert figures(text) == [("killed", 150)]


def test_passengers_are_counted_unless_a_verb_says_what_happened() -> None:
    text = (
        "Besides its 250 passengers, the ferry carried trucks. "
        "At least 40 passengers are missing. Gunmen abducted 61 passengers. "
        "All 14 kidnapped passengers have regained their freedom."
    )
    assert figures(text) == [
        ("other", 250),
        ("missing", 40),
        ("detained", 61),
        ("other", 14),
    ]


def test_french_passengers_are_counted() -> None:
    assert figures("Il y avait environ cent trente passagers à bord.", "fr") == [("other", 130)]


def test_a_figure_coordinated_with_a_released_one_is_released_too() -> None:
    text = (
        "The deal allowed the release of 20 Israeli prisoners and 1,809 Palestinian "
        "detainees. Police arrested 12 men and 3 suspects."
    )
    assert figures(text) == [("other", 20), ("other", 1809), ("detained", 12), ("detained", 3)]


def test_a_french_figure_coordinated_with_a_released_one_is_released_too() -> None:
    text = "L'accord a permis la libération de 20 otages et de 1 809 détenus palestiniens."
    assert figures(text, "fr") == [("other", 20), ("other", 1809)]


def test_soldiers_coming_home_in_a_new_exchange_are_freed() -> None:
    text = "A total of 45 servicemen have returned home in a new exchange."
    assert figures(text) == [("other", 45)]


def test_people_who_reached_a_camp_are_displaced_not_reached() -> None:
    text = (
        "Fewer than 6,000 have reached the nearest camp in Tawila. "
        "The death toll has reached 40. The agency has reached 40,000 people in the camps."
    )
    assert figures(text) == [("displaced", 6000), ("killed", 40), ("people_reached", 40000)]


def test_unaccompanied_children_are_counted_as_other() -> None:
    text = "Around 170 unaccompanied children, some as young as three, have also reached Tawila."
    assert figures(text) == [("other", 170)]


def test_french_people_scattered_outside_the_camps_are_displaced() -> None:
    assert figures("Quelque 300 000 personnes dispersées hors des camps.", "fr") == [
        ("displaced", 300000)
    ]


def test_french_one_person_is_a_count_of_one() -> None:
    text = (
        "Une personne a été tuée. Une attaque a fait un mort et un blessé. "
        "Un homme a été enlevé. Une femme est portée disparue. Il s'agit d'une des pires crises."
    )
    assert figures(text, "fr") == [
        ("killed", 1),
        ("killed", 1),
        ("injured", 1),
        ("detained", 1),
        ("missing", 1),
    ]


def test_french_twenty_one_is_read_whole() -> None:
    text = "Un enfant a été blessé et vingt et un autres ont été évacués."
    assert figures(text, "fr") == [("injured", 1), ("evacuated", 21)]


def test_french_a_week_of_truce_is_seven_days() -> None:
    assert figures("Un cessez-le-feu d'une semaine a été annoncé.", "fr") == [
        ("ceasefire_duration_days", 7)
    ]


def test_french_survivors_are_counted_and_those_saved_evacuated() -> None:
    text = (
        "Une vingtaine de rescapés ont été enregistrés. Il y a 39 survivants. "
        "Deux personnes étaient portées disparues et 162 autres avaient été sauvées."
    )
    assert figures(text, "fr") == [("other", 20), ("other", 39), ("missing", 2), ("evacuated", 162)]


def test_separated_children_in_need_are_in_need() -> None:
    text = "About 3,700 unaccompanied or separated children need urgent assistance."
    assert figures(text) == [("people_in_need", 3700)]


def test_french_share_of_a_city_under_control_is_territory() -> None:
    text = "Les gangs contrôlent 80% de la capitale. Environ 30 % de la population a fui."
    assert figures(text, "fr") == [("territory_control_percent", 80), ("other", 30)]


def test_french_murders_and_gang_members_shot_are_killed() -> None:
    text = "La police a éliminé 28 membres de gangs. On a compté 1 233 meurtres en trois mois."
    assert figures(text, "fr") == [("killed", 28), ("killed", 1233)]


def test_gang_members_are_people_and_council_members_are_not() -> None:
    text = "Police killed 28 gang members. The 15 members of the council met."
    assert figures(text) == [("killed", 28)]


def test_people_shifted_to_camps_and_their_breakdown_are_displaced() -> None:
    text = (
        "By the latest update, 4,120 people were shifted to these camps. They include "
        "1,600 men, 1,720 women and 800 children."
    )
    assert figures(text) == [
        ("displaced", 4120),
        ("displaced", 1600),
        ("displaced", 1720),
        ("displaced", 800),
    ]


def test_the_flight_of_people_and_those_unable_to_return_are_displaced() -> None:
    text = (
        "The clashes caused the flight of more than 3,000 people. "
        "About 90,000 civilians are unable to return to their homes."
    )
    assert figures(text) == [("displaced", 3000), ("displaced", 90000)]
