"""Classes of error seen on the real rounds AM to AQ (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import facts, period_ends, sources


def test_a_french_report_note_names_who_produced_it() -> None:
    text = (
        "Norda : crues dans la vallée - Rapport de situation No. 2\n"
        "Ce rapport est produit avec le soutien du Bureau régional des secours (BRS) en lien "
        "avec les partenaires présents sur place.\n"
        "- Au moins 14 morts et 9 blessés ont été signalés dans la vallée."
    )
    assert sources(text, "fr") == [(14, "BRS"), (9, "BRS")]


def test_an_english_report_note_names_who_produced_it() -> None:
    text = (
        "Norda: Floods in the Lower Valley - Situation Report No. 3\n"
        "This report is produced by the Regional Relief Office (RRO) with its partners.\n"
        "Some 2,300 people have fled their homes in the valley."
    )
    assert sources(text) == [(2300, "RRO")]


def test_the_aid_group_is_the_organisation_its_sentence_names() -> None:
    text = (
        "Clinics run by Secours Sans Limites (SSL) in the north took in 48 wounded people "
        "on Monday after the shelling, the aid group said on Tuesday."
    )
    assert sources(text) == [(48, "Secours Sans Limites (SSL)")]


def test_an_agency_speaking_in_its_own_report_is_relayed_after() -> None:
    text = (
        "Measles cases fell in May, the Regional Health Office (RHO) said in its latest "
        "situation report.\n\n"
        "Since the last report, 320 new cases have been found in two districts."
    )
    assert sources(text) == [(320, "Regional Health Office (RHO)")]


def test_a_french_plural_speech_verb_names_its_subject() -> None:
    text = "Les autorités locales estiment que 900 ménages ont fui les collines vers la ville."
    assert sources(text, "fr") == [(900, "autorités locales")]


def test_a_french_finding_drawn_from_a_report_relays_its_issuer() -> None:
    text = (
        "De nouveaux départs sont signalés dans la vallée. Ce constat est issu du dernier "
        "rapport du BRS, publié lundi.\n\n"
        "Après les combats de mardi, environ 2 100 ménages ont fui vers le sud."
    )
    assert sources(text, "fr") == [(2100, "BRS")]


def test_an_agency_announcing_its_own_work_is_the_voice_of_the_page() -> None:
    text = (
        "The Coastal Relief Agency (CRA) has announced that it is expanding its flood "
        "response along the delta. The waters have killed at least 23 people so far.\n"
        "Roads to the islands remain cut."
    )
    assert sources(text) == [(23, "Coastal Relief Agency (CRA)")]


def test_an_agency_and_its_partners_preparing_aid_is_the_voice_of_the_page() -> None:
    text = (
        "The Northern Aid Agency (NAA) and its partners are urgently preparing to help up to "
        "40,000 refugees who have crossed the border since March.\n"
        "Camps near the border are already full."
    )
    assert sources(text) == [(40000, "Northern Aid Agency (NAA)")]


def test_a_french_month_named_as_the_period_ends_on_its_last_day() -> None:
    text = (
        "Pour le mois de septembre, 85 personnes sont mortes, selon le BRS. Durant le mois "
        "d’octobre, 140 personnes sont mortes dans la région, selon le BRS."
    )
    found = facts(text, "fr")
    assert [(f.value, f.period.end if f.period else None) for f in found] == [
        (85, dt.date(2025, 9, 30)),
        (140, dt.date(2025, 10, 31)),
    ]


def test_a_range_whose_year_is_given_once_ends_on_its_last_day() -> None:
    text = (
        "The agency counted 4,120 returnees (between 1 January - 30 June 2025) at the two "
        "crossings, the Border Monitoring Office (BMO) said."
    )
    found = facts(text)
    assert [(f.value, f.date or (f.period.end if f.period else None)) for f in found] == [
        (4120, dt.date(2025, 6, 30))
    ]


def test_months_without_a_year_take_the_one_year_the_sentence_names() -> None:
    text = "Selon le BRS, en 2023, l'épidémie a fait 310 morts entre février et mai."
    found = facts(text, "fr")
    assert [(f.value, f.period.end if f.period else None) for f in found] == [
        (310, dt.date(2023, 5, 31))
    ]


def test_a_french_revealed_names_its_subject() -> None:
    text = (
        "Au moins 64 personnes sont mortes du choléra dans la vallée, a révélé le Bureau "
        "régional des secours (BRS)."
    )
    assert sources(text, "fr") == [(64, "Bureau régional des secours (BRS)")]


def test_french_official_sources_are_the_source() -> None:
    text = "Au moins 27 personnes ont été tuées dans la vallée, d’après des sources officielles."
    assert [s for _, s in sources(text, "fr")] == ["sources officielles"]


def test_a_french_end_of_month_without_a_preposition_is_that_month() -> None:
    text = "Fin septembre, 420 personnes avaient fui vers le sud, selon le BRS."
    assert period_ends(text, "fr") == [(420, dt.date(2025, 9, 30))]


def test_a_french_month_to_month_range_is_one_period() -> None:
    text = "De février à juin, 75 personnes sont mortes dans la vallée, selon le BRS."
    assert period_ends(text, "fr") == [(75, dt.date(2025, 6, 30))]


def test_an_english_end_of_month_after_at_is_that_month() -> None:
    text = "At the end of October, 1,300 people had fled the hills, the Hill Relief Office said."
    assert period_ends(text) == [(1300, dt.date(2025, 10, 31))]


def test_last_and_a_month_name_is_that_month() -> None:
    text = "Last November, 66 people were killed in the valley, the Hill Relief Office said."
    assert period_ends(text) == [(66, dt.date(2025, 11, 30))]


def test_the_un_migration_agency_written_with_dots_is_its_acronym() -> None:
    text = (
        "IOM teams are in the hills. Some 3,400 people have fled the valley since Sunday, "
        "the U.N. migration agency said."
    )
    assert sources(text) == [(3400, "IOM")]


def test_a_french_description_of_the_refugee_agency_is_its_acronym() -> None:
    text = (
        "Le HCR a ouvert deux camps. Au moins 5 200 réfugiés sont arrivés dans la vallée, "
        "selon l’agence de l’ONU pour les réfugiés."
    )
    assert sources(text, "fr") == [(5200, "HCR")]


def test_a_french_name_with_an_adjective_runs_to_its_acronym() -> None:
    text = (
        "Au moins 33 personnes sont mortes du choléra en mars, selon un nouveau bilan du Centre "
        "régional de veille sanitaire (CRVS)."
    )
    assert sources(text, "fr") == [(33, "Centre régional de veille sanitaire (CRVS)")]


def test_locals_who_told_a_reporter_are_the_source() -> None:
    text = "At least nine people were killed in the raid on the market town, locals told reporters."
    assert sources(text) == [(9, "locals")]


def test_a_speaker_who_asked_not_to_be_named_is_still_the_subject() -> None:
    text = (
        "A district official who asked not to be named, said that about 1,200 people had fled "
        "to the river town."
    )
    assert [s for _, s in sources(text)] == ["A district official"]


def test_a_country_that_recorded_cases_is_not_their_source() -> None:
    text = "Norda has recorded 4,310 cases and 61 deaths since the outbreak began in May."
    assert [s for _, s in sources(text)] == [None, None]


def test_a_minister_speaking_in_a_press_statement_is_relayed_after() -> None:
    text = (
        "Health minister Anna Berg said in a press statement that people should boil water.\n\n"
        "Norda has recorded 4,310 cases and 61 deaths since the outbreak began in May."
    )
    assert [s for _, s in sources(text)] == ["Health minister Anna Berg"] * 2


def test_a_french_release_that_lets_it_be_known_names_its_issuer() -> None:
    text = (
        "Dans un communiqué, le Bureau régional des secours (BRS) fait savoir que 320 ménages "
        "ont fui vers le sud."
    )
    assert sources(text, "fr") == [(320, "Bureau régional des secours (BRS)")]


def test_an_english_official_who_stressed_a_toll_is_its_source() -> None:
    text = "The district governor stressed that at least 41 people were killed in the floods."
    assert sources(text) == [(41, "district governor")]
