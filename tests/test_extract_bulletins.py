"""Patterns of government situation reports and agency bulletins read on real rounds W-AA
(issue 11), each in sentences of our own words: flattened tables, households beside
people, places and measures that are not counts of people, and the issuer as source."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact

MONDAY = dt.date(2025, 6, 9)


def facts(text: str) -> list[Fact]:
    return extract_text(text, path="t.txt", published=MONDAY).facts


def figures(text: str) -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text)]


def test_a_number_in_words_with_its_figure_in_brackets_is_one_number() -> None:
    sentence = "In all, twenty-one (21) dead, forty-four (44) injured and three (3) missing."
    assert figures(sentence) == [("killed", 21), ("injured", 44), ("missing", 3)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A total of 5,120 families or 20,480 persons were affected in the province.",
            [("other", 20_480)],
        ),
        (
            "Of these, 2,310 families / 9,870 persons were affected by the storm surge.",
            [("other", 9_870)],
        ),
        (
            "The number of affected families rose to 8,200, equivalent to 31,000 persons.",
            [("other", 31_000)],
        ),
        (
            "The floods affected 2,400 families or at least 11,000 persons.",
            [("other", 2_400), ("other", 11_000)],
        ),
    ],
)
def test_a_household_count_beside_its_exact_people_count_is_one_figure(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of these, 2,310 families / 9,870 persons are being served inside 41 evacuation "
            "centres, while 1,205 families / 4,400 persons are being served outside evacuation "
            "centres.",
            [("displaced", 9_870), ("displaced", 4_400)],
        ),
        (
            "Some 7,300 persons are being aided in evacuation centers, while another 2,100 "
            "persons are receiving aid outside evacuation centers.",
            [("displaced", 7_300), ("displaced", 2_100)],
        ),
        ("About 640 persons opted to stay with their relatives.", [("displaced", 640)]),
    ],
)
def test_people_served_inside_or_outside_evacuation_centres_are_displaced(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A total of 5,120 persons were affected in 312 barangays.",
            [("other", 5_120)],
        ),
        ("Some 3,000 people were affected across 12 communes.", [("other", 3_000)]),
        ("Floodwater reached 40 to 90 centimetres in the market.", []),
        ("The storm cut off 150 settlements in the hills.", []),
    ],
)
def test_places_and_measures_are_not_counts_of_people(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


def sources(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.source) for f in facts(text)]


def test_a_source_line_names_the_source_of_the_section_it_closes() -> None:
    text = (
        "B. AFFECTED POPULATION\n\n"
        "A total of 9,000 persons were affected in the region.\n\n"
        "Sources: Social Welfare Report No. 4\n\n"
        "C. CASUALTIES\n\n"
        "A total of 12 dead and 40 injured were reported.\n\n"
        "Source: Regional Police\n\n"
        "Note: figures may change.\n"
    )
    assert sources(text) == [
        (9_000, "Social Welfare Report No. 4"),
        (12, "Regional Police"),
        (40, "Regional Police"),
    ]
    # a source line that ends the text credits the page, not its last section
    page = "Floods left 12 people dead in the valley.\n\nSource: Valley Gazette\n"
    assert sources(page) == [(12, None)]


def test_a_numbered_report_titled_with_its_issuer_is_the_source_of_its_figures() -> None:
    text = (
        "2 Jan 2025\n\nNDMC Update SitRep No. 7 re Floods\n\n"
        "A total of 9,000 persons were affected.\n"
    )
    assert sources(text) == [(9_000, "NDMC")]


def test_the_agency_described_again_is_the_organisation_named_before() -> None:
    text = (
        "Floods have killed 14 people, the National Disaster Council (NDC) said on Monday.\n\n"
        "In its latest report, the agency said 30 people were injured.\n\n"
        "According to the most recent NDC count, 4,000 people were affected.\n"
    )
    assert sources(text) == [
        (14, "National Disaster Council (NDC)"),
        (30, "National Disaster Council (NDC)"),
        (4_000, "NDC"),
    ]


def test_a_lead_that_issues_a_statement_is_the_voice_of_the_release() -> None:
    text = (
        "Lakeside—The National Relief Agency (NRA) issued a statement on Monday, saying that "
        "floods had hit three provinces.\n\n"
        "In the east, 12 people died.\n"
    )
    assert sources(text) == [(12, "National Relief Agency (NRA)")]


def test_a_statement_signed_by_a_spokesperson_is_the_spokespersons() -> None:
    text = (
        "A press statement issued on Saturday, signed by Chief Government Spokesperson Ali "
        "Musa, says the number of people killed has now reached 85.\n\n"
        "He said 51 people who were injured are still in hospital.\n"
    )
    assert sources(text) == [
        (85, "Chief Government Spokesperson Ali Musa"),
        (51, "Chief Government Spokesperson Ali Musa"),
    ]


def test_deaths_that_climbed_to_a_number_count_it_however_long_the_subject() -> None:
    sentence = (
        "The reported deaths from the heavy rains and the storms Alpha (Ana), Beta (Bea), and "
        "Gamma (Gia) across the northern provinces have climbed to 12, the council said."
    )
    assert figures(sentence) == [("killed", 12)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Five are in serious condition, three are in moderate condition and four are "
            "lightly hurt.",
            [("seriously_wounded", 5), ("injured", 3), ("injured", 4)],
        ),
        (
            "Medics treated 17 people with serious injuries and 29 with moderate wounds.",
            [("seriously_wounded", 17), ("injured", 29)],
        ),
    ],
)
def test_moderate_and_light_injuries_are_injured_not_seriously_wounded(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The floods have left 102 people dead or missing (up by 34 from the day before).",
            [("other", 102)],
        ),
        ("Some 226 people are missing or have died.", [("other", 226)]),
    ],
)
def test_dead_or_missing_as_one_number_is_one_total_and_its_rise_no_figure(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


def test_subtotals_whose_place_names_the_copy_lost_are_not_figures() -> None:
    assert figures("Dead: 8 (1 in ; 3 in , 4 in )") == [("killed", 8)]


def test_a_title_a_page_prints_twice_restates_the_body() -> None:
    text = (
        "Harbour Talks Lost Persons Cycling 2026 World Games\n"
        "    Death toll from river floods rises to 48\n\n"
        "    Other regions\n"
        "    • 12 October, 2025\n"
        "    • 17:06\n"
        "    Death toll from river floods rises to 48\n\n"
        "    The number of fatalities caused by the river floods has risen to 48, officials "
        "said.\n"
    )
    assert [(f.value, (f.quote or "")[:14]) for f in facts(text)] == [(48, "The number of ")]


def test_it_opening_the_next_sentence_is_the_speaker_before() -> None:
    text = (
        "In the north, the Lakeside ambulance service confirmed 28 deaths. It treated 17 "
        "people with serious injuries.\n"
    )
    assert sources(text) == [
        (28, "Lakeside ambulance service"),
        (17, "Lakeside ambulance service"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The region reported 11 million 732 thousand 921 dengue cases, of which some six "
            "million 253 thousand 754 cases were confirmed.",
            [("other", 11_732_921), ("other", 6_253_754)],
        ),
        ("Lakeland had 5 thousand 303 cholera deaths.", [("deaths", 5_303)]),
    ],
)
def test_a_number_written_as_its_parts_is_one_number(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


def test_each_number_of_counts_what_its_own_subject_counts() -> None:
    sentence = (
        "The cumulative number of cholera deaths now stands at 128 while the cumulative "
        "number of cholera cases currently stands at 3,757."
    )
    assert figures(sentence) == [("deaths", 128), ("other", 3_757)]


def test_the_victims_split_after_a_toll_count_what_the_toll_counts() -> None:
    text = (
        "The floods have claimed 101 lives, the minister said. Among the victims were 63 "
        "adults and 38 children."
    )
    assert figures(text) == [("killed", 101), ("killed", 63), ("killed", 38)]


def test_a_storms_toll_told_after_its_landfall_is_as_of_the_report() -> None:
    text = (
        "The government declared an emergency after the cyclone that hit the coast on 2 June. "
        "It reportedly killed 18 people."
    )
    (toll,) = facts(text)
    assert (toll.value, toll.date) == (18, None)


# Rounds AB-AD: the issuer of a document, named through the document.


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The NEMA's provisional figures now show 2,400 people displaced by the storm.",
            "NEMA",
        ),
        (
            "Early reports from aid partners indicate that 35 people died in the floods.",
            "aid partners",
        ),
        ("Fresh data from the provincial police show 12 people missing.", "provincial police"),
        (
            "• First reports shared by aid partners in Lowland province indicate 35 people died.",
            "aid partners",
        ),
    ],
)
def test_a_document_with_its_issuer_as_subject_names_the_source(sentence: str, source: str) -> None:
    found = facts(sentence)
    assert found
    assert all(f.source == source for f in found)


def test_a_numbered_report_titled_with_country_words_names_its_issuer() -> None:
    text = (
        "WFP Ruritania Emergency Situation Report No. 4\n\nHighlights\n\n"
        "About 48,000 people have been displaced since the rains began."
    )
    assert [(f.indicator.value, f.source) for f in facts(text)] == [("displaced", "WFP")]


def test_a_publication_frame_gives_its_source_and_day_to_the_paragraph() -> None:
    text = (
        "Hazard Watch - 4 June 2025\n\nFloods\nRuritania (Update)\n\n"
        "On 3 June 2025, the Civil Protection Directorate (CPD) released updated information "
        "on the floods that started on 28 May. There were 3,200 people displaced and 41 "
        "deaths. Besides, 900 homes were destroyed.\n\n"
        "Elsewhere, 15 people died in a landslide."
    )
    found = facts(text)
    assert [(f.value, f.source, f.date) for f in found] == [
        (3_200, "CPD", dt.date(2025, 6, 3)),
        (41, "CPD", dt.date(2025, 6, 3)),
        (900, "CPD", dt.date(2025, 6, 3)),
        (15, None, dt.date(2025, 6, 4)),
    ]


def test_a_publication_frame_names_the_acronym_its_bracket_opens_with() -> None:
    text = (
        "On 3 June 2025, the Ministry of Civil Defence (MCD per its acronym in Spanish) "
        "published updated information on the storm. There were 610 homes destroyed."
    )
    assert [(f.source, f.date) for f in facts(text)] == [("MCD", dt.date(2025, 6, 3))]


def test_key_figures_each_above_its_label_are_figures_with_the_label_source() -> None:
    text = (
        "Ruritania: Floods - Flash Update #2\n\nHIGHLIGHTS\n\n"
        "• Heavy rain flooded the valley last week.\n\nKEY FIGURES\n\n"
        "3,100\nHouseholds affected (NEO)\n\n41\nPeople dead (NEO)\n\n"
        "900\nHomes flooded (NEO)\n\nSITUATION OVERVIEW\n\nThe rain has stopped."
    )
    assert [(f.indicator.value, f.value, f.source) for f in facts(text)] == [
        ("other", 3_100, "NEO"),
        ("killed", 41, "NEO"),
        ("other", 900, "NEO"),
    ]


def test_a_report_page_source_field_names_the_issuer_of_its_figures() -> None:
    text = (
        "Ruritania: Cholera Outbreak - Situation Report #12\n\nCountries\nRuritania\n"
        "Sources\nWHO\nPosted\n\nCumulatively, 4,120 cholera cases have been reported."
    )
    assert [(f.value, f.source) for f in facts(text)] == [(4_120, "WHO")]


def test_a_total_that_the_sentence_before_brings_keeps_its_source() -> None:
    text = (
        "Hospital sources said the night's clashes in Lowtown left six people dead. "
        "This brings the total in the district to 43 dead and 177 injured."
    )
    assert [(f.value, f.source) for f in facts(text) if f.value in (43, 177)] == [
        (43, "Hospital sources"),
        (177, "Hospital sources"),
    ]


def test_a_page_that_carries_an_excerpt_of_a_report_gives_its_issuer() -> None:
    text = (
        "Below is an excerpt from UNHCR Flash Update #3 on the Lowtown clashes\n\n"
        "Fighting resumed on Tuesday. Some 2,300 residents are sheltering in four schools."
    )
    assert [(f.value, f.source) for f in facts(text)] == [(2_300, "UNHCR")]
