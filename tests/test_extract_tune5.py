"""Classes of error seen on the real rounds AJ, AK and AL, each in sentences of our own
words: figures a story relays from an agency's report."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact

MONDAY = dt.date(2026, 3, 2)


def facts(text: str, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts


def sources(text: str, lang: str = "en") -> list[tuple[object, str | None]]:
    return [(f.value, f.source) for f in facts(text, lang)]


def test_a_french_report_frame_names_its_issuer() -> None:
    text = (
        "Selon le dernier bilan du Service national de protection civile (SNPC), publié samedi, "
        "12 personnes ont péri dans les crues."
    )
    assert sources(text, "fr") == [(12, "Service national de protection civile (SNPC)")]


def test_a_french_bulletin_of_an_agency_names_it() -> None:
    text = "Au total, 640 cas ont été recensés, selon le dernier bulletin de Santé publique Norda."
    assert sources(text, "fr") == [(640, "Santé publique Norda")]


def test_the_sentences_after_a_cited_report_keep_its_issuer() -> None:
    text = (
        "The storm has killed 14 people, according to the latest report from the Coastal "
        "Relief Office (CRO).\n\n"
        "Some 4,200 people have fled to schools in the hills.\n\n"
        "Another 310 homes were destroyed and 55 people are missing."
    )
    assert sources(text) == [
        (14, "Coastal Relief Office (CRO)"),
        (4200, "Coastal Relief Office (CRO)"),
        (310, "Coastal Relief Office (CRO)"),
        (55, "Coastal Relief Office (CRO)"),
    ]


def test_the_issuer_named_again_by_its_acronym_keeps_the_report() -> None:
    text = (
        "Selon un bilan publié par l'Office National des Secours, 900 personnes ont fui.\n"
        "Selon l'ONS, les combats ont repris lundi. Au total, 1 250 personnes sont déplacées."
    )
    assert sources(text, "fr") == [
        (900, "Office National des Secours"),
        (1250, "Office National des Secours"),
    ]


def test_another_speaker_ends_the_relayed_report() -> None:
    text = (
        "The storm has killed 14 people, according to the latest report from the Coastal "
        "Relief Office (CRO).\n\n"
        "Mayor Ana Tirel said 300 people were injured.\n\n"
        "Some 4,200 people have fled to schools in the hills."
    )
    assert sources(text) == [
        (14, "Coastal Relief Office (CRO)"),
        (300, "Mayor Ana Tirel"),
        (4200, None),
    ]


def figures(text: str, lang: str = "en") -> list[tuple[str, object, str | None]]:
    return [(f.indicator.value, f.value, f.unit) for f in facts(text, lang)]


def test_households_the_people_live_in_are_no_figure_of_their_own() -> None:
    text = (
        "The raids affected 2,310 individuals in 415 households and displaced 84 individuals "
        "in 13 households from Tarka."
    )
    assert figures(text) == [("other", 2310, "people"), ("displaced", 84, "people")]


def test_households_beside_a_people_count_in_a_comma_list() -> None:
    text = (
        "The hailstorm affected 760 individuals in 121 households, the affected individuals "
        "included 400 children."
    )
    assert figures(text) == [("other", 760, "people"), ("other", 400, "people")]


def test_households_equivalent_to_people_count_the_people() -> None:
    text = "So far the storm has affected 6,120 households (equivalent to 30,600 people)."
    assert figures(text) == [("other", 30600, "people")]


def test_french_households_restating_people_with_soit() -> None:
    text = "Par ailleurs, 12.400 personnes sont sinistrées, soit 2.610 ménages."
    assert figures(text, "fr") == [("other", 12400, "people")]


def test_french_people_from_families_keep_the_people_count() -> None:
    text = "Au total, 3 100 personnes issues de 610 familles ont reçu une aide alimentaire."
    assert figures(text, "fr") == [("people_reached", 3100, "people")]


def test_a_report_a_description_gives_is_not_relayed() -> None:
    text = (
        "Initial reports shared by humanitarian partners indicate that 50 people have been "
        "killed.\n\nSome 300 people have fled to the hills."
    )
    assert sources(text) == [(50, "humanitarian partners"), (300, None)]


def test_a_headline_about_a_round_number_restates_a_lower_body_toll() -> None:
    text = (
        "Menu\n\nUne centaine de morts après l'attaque d'un village du plateau\n\n"
        "Des hommes armés ont tué au moins 95 personnes dans le village de Toro."
    )
    assert [(f.indicator.value, f.value) for f in facts(text, "fr")] == [("killed", 95)]


def test_a_breadcrumb_above_the_headline_is_page_furniture() -> None:
    text = (
        "Africa / East Africa / Kenya\n\nAt least 31 killed in floods in Tana valley\n\n"
        "The floods have killed at least 31 people in the valley, officials said."
    )
    assert [(f.value, f.span is not None and f.span[0] > 60) for f in facts(text)] == [(31, True)]


def test_a_wrapped_first_sentence_is_no_headline() -> None:
    text = (
        "Nine bodies have so far been recovered with 40 people still\n"
        "missing after the mudslide struck the hill villages on Sunday night.\n"
        "Rescuers said nine bodies had been recovered and 40 people were missing."
    )
    assert [(f.indicator.value, f.value, f.span[0] if f.span else None) for f in facts(text)][
        :2
    ] == [("killed", 9, 0), ("missing", 40, 0)]
