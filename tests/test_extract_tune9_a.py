"""Classes of error seen on the real rounds AR to AY (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.english import ENGLISH
from sitrep.extract.sources import Speakers, find_source
from tests.extract_helpers import days, periods, speaker


def test_a_lower_case_elided_article_opens_the_subject() -> None:
    assert speaker("Dans le nord, l'agence a fait état de 14 morts.", "fr") == "agence"
    assert speaker("Hier soir, l’organisation a fait état de 9 blessés.", "fr") == "organisation"


def test_the_issuer_of_a_document_named_after_a_date() -> None:
    text = (
        "Selon un dernier bilan communiqué ce 3 mars par le Service national des secours, "
        "17 personnes sont mortes."
    )
    assert speaker(text, "fr") == "Service national des secours"
    text = "According to a new tally released on Sunday by the regional health office, 8 died."
    assert speaker(text) == "regional health office"


def test_a_document_naming_nobody_is_no_source() -> None:
    text = "Douze soldats ont été tués, selon un nouveau bilan officiel communiqué mardi."
    assert speaker(text, "fr") is None


def test_a_list_of_places_is_not_who_reports() -> None:
    assert speaker("Elm, Ash, and Oak reported two deaths each.") is None
    assert speaker("In the valley, 4 died in Pine, and Elm, Ash and Oak reported 1 each.") is None
    assert speaker("Mayor Tom Reed reported two deaths.") == "Mayor Tom Reed"


def test_the_speaker_after_comme_and_its_verb() -> None:
    text = "Vingt maisons ont été détruites, comme l'explique Paul Martin, chef du village."
    assert speaker(text, "fr") == "Paul Martin"
    text = "Six enfants sont morts, comme le précise le ministère de l’Environnement."
    assert speaker(text, "fr") == "ministère de l’Environnement"


def test_an_outlet_quoting_or_citing_someone_relays_them() -> None:
    text = "The radio station reported quoting district police that 11 people drowned."
    assert speaker(text) == "district police"
    text = "The paper said 11 people drowned, citing a hospital official."
    assert speaker(text) == "hospital official"


def test_whose_data_show_a_figure() -> None:
    assert speaker("World Bank data show 7,000 homes were damaged.") == "World Bank"
    assert speaker("Preliminary figures show 40 people were hurt.") is None


def test_the_speaker_after_a_weekday_and_its_date() -> None:
    text = "La crue a fait 31 morts, a annoncé mardi 4 mars le ministère de l’Intérieur."
    assert speaker(text, "fr") == "ministère de l’Intérieur"
    text = "La crue a fait 31 morts, a indiqué mercredi soir le ministère de l’Intérieur."
    assert speaker(text, "fr") == "ministère de l’Intérieur"


def test_a_spelt_out_gloss_between_a_name_and_its_verb() -> None:
    text = "Au 2 mars, Nord Relief (le réseau des secours du nord) avait recensé 61 décès."
    assert speaker(text, "fr") == "Nord Relief"


def test_the_issuer_of_a_document_that_speaks() -> None:
    text = "« Le bilan est lourd », indique un communiqué du ministre des Transports."
    assert speaker(text, "fr") == "ministre des Transports"
    assert speaker("Le communiqué de l’UNICEF indique 12 morts.", "fr") == "UNICEF"


def test_a_counted_description_of_speakers() -> None:
    assert speaker("Neuf civils ont péri, selon trois sources militaires.", "fr") == (
        "sources militaires"
    )
    assert speaker("Neuf civils ont péri, selon des sources hospitalières.", "fr") == (
        "sources hospitalières"
    )
    assert speaker("Neuf civils ont péri, selon deux témoins.", "fr") == "témoins"
    assert speaker("Neuf civils ont péri, selon des sources.", "fr") is None


def test_a_toll_given_by_counted_speakers() -> None:
    text = "Un premier bilan donné mardi par trois témoins faisait état de 8 morts."
    assert speaker(text, "fr") == "témoins"
    assert speaker("The figure of 8 dead was confirmed by two residents.") == "residents"


def test_french_rescue_services_and_prefectures_speak() -> None:
    text = "Trois enfants sont morts, selon un bilan provisoire du groupement des sapeurs-pompiers."
    assert speaker(text, "fr") == "groupement des sapeurs-pompiers"
    assert speaker("Selon la préfecture, 40 familles ont été relogées.", "fr") == "préfecture"


def test_a_particle_inside_a_place_name_before_its_possessive() -> None:
    text = "Monte de Plata's district council said 19 people drowned."
    assert speaker(text) == "Monte de Plata's district council"


def test_a_disaster_claiming_lives_does_not_speak() -> None:
    assert speaker("On 2 March, Typhoon Lisa claimed at least 15 lives.") is None
    assert speaker("Typhoon Lisa claimed 15 lives, the agency said.") == "agency"


def test_how_early_a_report_came_is_not_who_made_it() -> None:
    assert speaker("Preliminary media reports said 300 homes were flooded.") == "media"


def test_the_first_months_of_a_year_are_a_period() -> None:
    text = "In the first two months of the year, 90 people died of measles."
    assert periods(text) == [(dt.date(2026, 1, 1), dt.date(2026, 2, 28))]
    text = "Au premier trimestre 2025, la rougeole a fait 90 morts."
    assert periods(text, "fr") == [(dt.date(2025, 1, 1), dt.date(2025, 3, 31))]
    text = "Durant les deux premiers mois de l'année, 90 enfants sont morts."
    assert periods(text, "fr") == [(dt.date(2026, 1, 1), dt.date(2026, 2, 28))]


def test_a_whole_year_named_is_a_period() -> None:
    text = "Only 12 cases were seen for the whole of 2024."
    assert periods(text) == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    assert periods("Throughout 2023, 40 cases were seen.") == [
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    ]


def test_the_un_agency_is_the_un_body_named_before() -> None:
    said = Speakers(lang=ENGLISH)
    find_source("Some 400 tents were flooded, the World Food Programme (WFP) said.", said)
    assert find_source("The UN agency later confirmed two deaths.", said) == (
        "World Food Programme (WFP)"
    )
    other = Speakers(lang=ENGLISH)
    find_source("Some 400 tents were flooded, the Red Cross said.", other)
    assert find_source("The UN agency later confirmed two deaths.", other) == "UN agency"


def test_whose_document_speaks() -> None:
    text = "FAO’s newest situation update noted 3,100 cattle lost."
    assert speaker(text) == "FAO"
    assert speaker("The Hill Relief Board's weekly bulletin said 12 died.") == "Hill Relief Board"


def test_a_month_with_an_ordinal_day_after_at_is_that_day() -> None:
    assert days("Some 410 cases were counted as at February 11th.") == [dt.date(2026, 2, 11)]
