"""Classes of error seen on the real rounds CM to CQ (read once, then training), each in
sentences of our own words."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import fact_dates, facts, figures, sources


def test_people_facing_hunger_or_famine_are_in_need() -> None:
    # the real corpus's call (rounds M, AO, CO): hunger, starvation and famine-like
    # conditions are a level of need; malnourished children stay a caseload (`other`)
    text = (
        "The monitor said 9.2 million people were facing extreme levels of hunger in the "
        "north, and 1.4 million more were on the brink of famine."
    )
    assert figures(text) == [("people_in_need", 9_200_000), ("people_in_need", 1_400_000)]
    assert figures("Four million are at risk of starvation, the agency warned.") == [
        ("people_in_need", 4_000_000)
    ]
    assert figures(
        "About 6.3 million people are at risk of facing severe food insecurity this year."
    ) == [("people_in_need", 6_300_000)]
    assert figures("It found 120,000 people living in famine-like conditions.") == [
        ("people_in_need", 120_000)
    ]
    assert figures("At least 31,000 children are malnourished in the camps.") == [("other", 31_000)]


def test_each_ipc_phase_count_is_a_level_of_need() -> None:
    text = (
        "The analysis counts 4.1 million people (28 percent) in IPC Phase 3 (Crisis), "
        "2.2 million people (15 percent) in IPC Phase 4 (Emergency) and about 90,000 people "
        "in IPC Phase 5 (Catastrophe)."
    )
    assert figures(text) == [
        ("people_in_need", 4_100_000),
        ("people_in_need", 2_200_000),
        ("people_in_need", 90_000),
    ]


def test_french_hunger_wording_is_need() -> None:
    text = (
        "Quelque 3,1 millions de personnes devraient connaître une insécurité alimentaire "
        "aiguë d'ici août. Parmi elles, 900 000 seront confrontées à une situation "
        "d'urgence alimentaire et 4 500 font face à la famine."
    )
    assert figures(text, lang="fr") == [
        ("people_in_need", 3_100_000),
        ("people_in_need", 900_000),
        ("people_in_need", 4_500),
    ]
    assert figures(
        "Au total, 2,6 millions de personnes luttent pour se nourrir, selon le PAM.", lang="fr"
    ) == [("people_in_need", 2_600_000)]
    assert figures(
        "Dans la province, 40 000 enfants sont aux prises avec des niveaux de faim alarmants.",
        lang="fr",
    ) == [("people_in_need", 40_000)]


def test_people_sickened_and_survivors_are_counted() -> None:
    text = "The outbreak has killed 12 people and sickened 430 others since Monday."
    assert figures(text) == [("deaths", 12), ("other", 430)]
    assert figures("Only 38 survivors were found after the ferry sank.") == [("other", 38)]
    assert figures("Le bateau transportait 140 personnes; 52 ont survécu.", lang="fr") == [
        ("other", 140),
        ("other", 52),
    ]


def test_damage_to_buildings_with_no_adjective_is_counted() -> None:
    assert figures("The cyclone caused damage to 8,150 homes in the delta.") == [("other", 8150)]
    assert figures("About 240 schools and 75 temples were wrecked by the quake.") == [
        ("other", 240),
        ("other", 75),
    ]


def test_a_weekday_before_a_date_names_that_date() -> None:
    text = "In all, 88 cases had been reported as of Monday 3 March, the minister said."
    assert fact_dates(text) == [(88, dt.date(2025, 3, 3))]
    text = "En tout, 88 cas ont été notifiés à la date du lundi 3 mars, selon le ministre."
    assert fact_dates(text, lang="fr") == [(88, dt.date(2025, 3, 3))]


def test_french_confirmed_and_probable_cases_are_named_so() -> None:
    text = "On compte 90 cas, dont 71 confirmés en laboratoire et 19 considérés comme probables."
    assert [(f.value, f.label) for f in facts(text, lang="fr")[1:]] == [
        (71, "confirmés en laboratoire"),
        (19, "considérés comme probables"),
    ]


def test_an_increment_raising_a_total_is_a_change_not_a_count() -> None:
    text = "Divers found three more bodies on Friday, bringing the death toll to 41."
    assert figures(text) == [("killed", 41)]
    text = "With 17 more deaths overnight, the toll from the storm has risen to 230."
    assert figures(text) == [("killed", 230)]
    text = "Quatre autres corps ont été retrouvés, portant le bilan à 52 morts."
    assert figures(text, lang="fr") == [("killed", 52)]
    # with no total beside it, the increment is the only count the sentence gives
    assert figures("Five more people were killed in the east on Tuesday.") == [("killed", 5)]


def test_in_an_outbreak_article_people_killed_by_fighters_stay_killed() -> None:
    text = (
        "Cholera is spreading through the camps. The cholera outbreak has killed 31 people, "
        "and measles cases are rising. Since the war began, 61,000 people have been killed. "
        "Militia fighters killed 212 people in the market, the agency said."
    )
    assert figures(text) == [("deaths", 31), ("killed", 61_000), ("killed", 212)]


def test_patients_who_died_waiting_for_evacuation_are_deaths() -> None:
    text = "At least 420 people have died while waiting for medical evacuation, WHO said."
    assert figures(text) == [("deaths", 420)]
    text = "Au total, 380 malades sont décédés en attendant leur évacuation, selon l'OMS."
    assert figures(text, lang="fr") == [("deaths", 380)]
    assert figures("Three patients were killed when a shell hit the ward.") == [("killed", 3)]


def test_a_verb_ending_the_conjunct_before_is_not_the_next_figures_event() -> None:
    text = "About 2.9 million people are internally displaced and 4.4 million are refugees."
    assert figures(text) == [("displaced", 2_900_000), ("refugees", 4_400_000)]
    # the verb right before the number still says what happened to the people it names
    assert figures("The shelling killed at least 15 refugees.") == [("killed", 15)]


def test_a_number_before_amid_or_among_is_no_time_of_day() -> None:
    text = "The toll from the quake reached 2,118 amid fears of more aftershocks."
    assert figures(text) == [("killed", 2118)]
    assert figures("Floods killed 40 people, among them 12 children.") == [
        ("killed", 40),
        ("killed", 12),
    ]
    assert figures("At 11 am, 30 people were evacuated.") == [("evacuated", 30)]


def test_french_lives_lost_are_killed() -> None:
    text = "Le bilan fait état de 61 blessés et de 38 pertes en vies humaines."
    assert figures(text, lang="fr") == [("injured", 61), ("killed", 38)]


def test_homes_levelled_escapes_recoveries_and_home_care_are_counted() -> None:
    assert figures("The storm displaced 2,400 people, levelling 310 homes.") == [
        ("displaced", 2400),
        ("other", 310),
    ]
    assert figures("The raid led to the escape of 380 inmates.") == [("other", 380)]
    text = "So far 140 patients have recovered and 37 are under home-based care."
    assert figures(text) == [("other", 140), ("other", 37)]
    # bodies recovered are still the dead
    assert figures("Rescuers said 12 bodies had been recovered from the rubble.") == [
        ("killed", 12)
    ]


def test_what_a_report_showed_is_the_reports_speakers() -> None:
    text = (
        "Cholera killed 97 people this year, the health ministry said. The report showed "
        "4,210 cases in the same period."
    )
    assert sources(text) == [(97, "health ministry"), (4210, "health ministry")]


def test_people_belonging_to_families_are_counted_once() -> None:
    text = "About 12,400 people belonging to 2,900 families have sought shelter in schools."
    assert figures(text) == [("displaced", 12400)]


def test_migrants_deported_or_arriving_are_migrants_not_returnees() -> None:
    # the K/L call: migrants in transit are `other`, not refugees or returnees
    assert figures("Some 64 migrants have been deported to Italy under the deal.") == [
        ("other", 64)
    ]
    assert figures("Plus de 900 migrants ont été refoulés vers le désert.", lang="fr") == [
        ("other", 900)
    ]


def test_a_span_of_years_is_no_count_and_french_tens_of_thousands_are_read() -> None:
    assert figures("The 2019-2021 drought displaced 80,000 people.") == [("displaced", 80_000)]
    assert figures("Some 2000-3000 people fled the town.") == [("displaced", (2000, 3000))]
    text = "La guerre a fait plusieurs dizaines de milliers de morts."
    assert figures(text, lang="fr") == [("killed", (20_000, 99_999))]


def test_french_toll_of_an_event_is_a_toll() -> None:
    text = "Le bilan de la frappe sur le port a grimpé à au moins 14 morts et 52 blessés."
    assert figures(text, lang="fr") == [("killed", 14), ("injured", 52)]


def test_people_burned_alive_are_killed_and_a_war_toll_in_an_outbreak_story_stays_killed() -> None:
    assert figures("At least 9 people were burned alive in their shelters.") == [("killed", 9)]
    text = (
        "Cholera is spreading in the camps. The cholera outbreak has killed 120 people. "
        "The war has killed at least 30,000 people, officials say."
    )
    assert figures(text) == [("deaths", 120), ("killed", 30_000)]


def test_refugees_who_fled_stay_refugees() -> None:
    text = "The country hosts some 210,000 Malian refugees who fled earlier waves of violence."
    assert figures(text) == [("refugees", 210_000)]
    # people a camp hosts who fled stay displaced
    assert figures("The camps are hosting 70,451 people who fled the fighting.") == [
        ("displaced", 70_451)
    ]


def test_people_who_stayed_in_a_named_area_are_counted() -> None:
    assert figures("Another 9,000 people stayed in the Kostiantynivka area.") == [("other", 9000)]
    assert figures("About 6,500 residents remain in the Siversk community.") == [("other", 6500)]


def test_french_arrivals_and_people_going_home() -> None:
    assert figures("On compte plus de 14 000 nouvelles arrivées depuis lundi.", lang="fr") == [
        ("refugees", 14_000)
    ]
    text = "Depuis janvier, 310 000 personnes ont décidé de rentrer chez elles."
    assert figures(text, lang="fr") == [("returnees", 310_000)]


def test_money_in_south_asian_and_african_currencies_and_missions_are_no_people() -> None:
    text = "Losses were put at Rs 412.6 crore, and 14 people died in the floods."
    assert figures(text) == [("killed", 14)]
    assert figures("The agency ran 27 rescue missions, saving 310 people.") == [("evacuated", 310)]
    text = "Les pompiers ont mené 52 interventions et ont secouru 240 personnes."
    assert figures(text, lang="fr") == [("evacuated", 240)]


def test_french_forecasts_are_not_counts() -> None:
    text = "Les prévisions estiment jusqu'à 60 000 nouveaux réfugiés d'ici décembre."
    assert figures(text, lang="fr") == []


def test_a_story_relaying_one_agencys_figures_keeps_it_as_their_source() -> None:
    text = (
        "Floods have killed 61 people this month, the National Disaster Management Agency "
        "said.\n\n"
        "Some 14,000 homes were damaged in the north.\n\n"
        "The agency said 3,200 people were in relief camps."
    )
    assert sources(text) == [
        (61, "National Disaster Management Agency"),
        (14_000, "National Disaster Management Agency"),
        (3_200, "National Disaster Management Agency"),
    ]


def test_ambulances_are_vehicles_not_people() -> None:
    text = "Three health workers were injured, 44 detained, and four ambulances damaged."
    assert figures(text) == [("injured", 3), ("detained", 44)]
    assert figures("After three ambulances arrived at the hospital, 12 patients died.") == [
        ("killed", 12)
    ]


def test_a_pages_date_stamp_before_its_first_line_is_the_publication_not_the_figures() -> None:
    text = (
        "date 2026-03-02 The agency evacuated 41 patients out of the city, its chief said "
        "on Saturday."
    )
    assert fact_dates(text) == [(41, dt.date(2026, 2, 28))]


def test_part_of_a_statement_is_its_issuers_document() -> None:
    text = (
        "The Disaster Relief Office (DRO) issued an update on the storm on Friday. "
        '"The death toll has risen to 52, with 310 injured," reads part of the statement.'
    )
    assert [s for _, s in sources(text)] == ["DRO", "DRO"]


def test_french_description_of_an_agency_names_the_agency_before() -> None:
    text = (
        "Le Bureau de la coordination des affaires humanitaires (OCHA) a recensé 4 200 "
        "sinistrés lundi. Selon l'agence onusienne, 1 300 maisons ont été détruites."
    )
    assert [s for _, s in sources(text, "fr")] == [
        "Bureau de la coordination des affaires humanitaires (OCHA)",
        "Bureau de la coordination des affaires humanitaires (OCHA)",
    ]


def test_an_agency_raising_the_alarm_speaks_in_its_own_release() -> None:
    text = (
        "The Refugee Relief Agency (RRA) is raising the alarm over the emergency in the east. "
        "Since April, more than 91,000 refugees have crossed into the country."
    )
    assert sources(text) == [(91_000, "Refugee Relief Agency (RRA)")]


def test_a_lower_case_agency_keeps_its_whole_name() -> None:
    text = "Floods have killed 61 people this month, the disaster management agency said."
    assert sources(text) == [(61, "disaster management agency")]
    text = "Floods have killed 12 people, the state emergency operations centre said."
    assert sources(text) == [(12, "state emergency operations centre")]


def test_a_french_organisation_name_with_its_acronym_is_an_organisation() -> None:
    text = (
        "Le Bureau national de gestion des risques (BNGR) a publié un bilan lundi. "
        "Le rapport indique que 4 200 personnes sont sinistrées."
    )
    assert sources(text, "fr") == [(4200, "Bureau national de gestion des risques (BNGR)")]
