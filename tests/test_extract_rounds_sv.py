"""Classes of error seen on the real rounds S-V (issue 11), each in sentences of our own
words: what a first reading of a new article must get right."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact

FRIDAY = dt.date(2024, 3, 8)


def facts(text: str, published: dt.date = FRIDAY, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="t.txt", published=published, lang=lang).facts


def sourced(text: str, lang: str = "en") -> list[tuple[str, object, str | None]]:
    return [(f.indicator.value, f.value, f.source) for f in facts(text, lang=lang)]


@pytest.mark.parametrize(
    ("opening", "voice"),
    [
        (
            "The Northern Relief Federation strongly condemns the shelling of a market in "
            "Tarvo on Wednesday.",
            "Northern Relief Federation",
        ),
        (
            "PORT ALDER, 6 March 2024 – Child Aid International is urging all parties to "
            "protect schools after the shelling of a market in Tarvo.",
            "Child Aid International",
        ),
        (
            "The Lakeside Red Crescent Society (LRCS) and the Coastal Health Committee (CHC) "
            "call on all armed groups to spare civilians in Tarvo.",
            "Lakeside Red Crescent Society (LRCS) and the Coastal Health Committee (CHC)",
        ),
        (
            "Ridgeport (WFR) – The World Food Relief (WFR) today delivered supplies to the "
            "town of Tarvo after the shelling of its market.",
            "World Food Relief (WFR)",
        ),
    ],
)
def test_an_agency_release_gives_its_unattributed_figures_to_the_agency(
    opening: str, voice: str
) -> None:
    text = (
        "Market shelled in Tarvo\n"
        f"{opening}\n"
        "At least 31 people were killed and 58 injured in the attack.\n"
        "“We are shocked by this,” said Ana Molar, the country director. Nearly 4,000 "
        "residents have fled the town since, said Ben Ortiz, the mayor.\n"
    )
    assert sourced(text) == [
        ("killed", 31, voice),
        ("injured", 58, voice),
        ("displaced", 4000, "Ben Ortiz"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Shelling of the market in Tarvo drew wide condemnation on Thursday.",
        "The Northern Relief Federation said the shelling of the market was a crime.",
    ],
)
def test_a_story_that_reports_an_agency_keeps_its_unattributed_figures_unsourced(
    opening: str,
) -> None:
    text = (
        "Northern Relief Federation condemns the shelling of a market\n"
        f"{opening}\n"
        "At least 31 people were killed in the attack.\n"
    )
    assert sourced(text) == [("killed", 31, None)]


def test_a_french_release_speaks_in_its_agency_voice() -> None:
    text = (
        "Le Comité d’Entraide du Nord condamne fermement l’attaque du marché de Tarvo "
        "mercredi.\n"
        "Au moins 31 personnes ont été tuées dans l’attaque.\n"
    )
    assert sourced(text, lang="fr") == [("killed", 31, "Comité d’Entraide du Nord")]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to the latest report from the Interior Ministry, 2,400 houses were "
            "destroyed.",
            "Interior Ministry",
        ),
        (
            "The toll rose to 61 dead, according to the report of Civil Protection Directorate.",
            "Civil Protection Directorate",
        ),
        (
            "The toll rose to 61 dead, according to a NDRA situation report.",
            "NDRA",
        ),
    ],
)
def test_according_to_a_report_names_who_issued_it(sentence: str, source: str) -> None:
    assert [f.source for f in facts(sentence)] == [source]


def test_a_report_or_a_statement_said_is_its_issuer_named_before() -> None:
    text = (
        "The toll rose to 61 dead, the Civil Protection Directorate said.\n"
        "Detailing the damage, the report said 340 houses were destroyed.\n"
        "The statement added that 28 people are still missing.\n"
    )
    assert [f.source for f in facts(text)] == ["Civil Protection Directorate"] * 3


def test_this_is_not_a_speaker() -> None:
    text = "This adds to the floods in the hills, where 12 people were killed, officials said."
    assert sourced(text) == [("killed", 12, "officials")]
    assert sourced("This adds to the floods in the hills, which killed 12 people.") == [
        ("killed", 12, None)
    ]


def test_a_breakdown_of_a_toll_keeps_the_toll_source_across_paragraphs() -> None:
    # a story that relays one agency's figures keeps it as the source of the sentences
    # that name nobody (the AK call, against the T call's empty source)
    text = (
        "The toll rose to 40 dead, according to the Relief Ministry.\n"
        "Among the deceased, 25 people died in Arno and 15 in Bellis.\n"
        "Another 12 people are missing in Arno.\n"
    )
    assert sourced(text) == [
        ("killed", 40, "Relief Ministry"),
        ("killed", 25, "Relief Ministry"),
        ("killed", 15, "Relief Ministry"),
        ("missing", 12, "Relief Ministry"),
    ]


def test_a_disease_feared_after_a_quake_does_not_make_its_dead_disease_deaths() -> None:
    text = (
        "Earthquake in the hills of Tarvo\n"
        "About 640 people are estimated to have been killed across two districts.\n"
        "Cholera outbreaks after earthquakes are of serious concern, and an earlier "
        "outbreak in the valley is still fresh in memory; preparations to avoid an outbreak "
        "are under way.\n"
    )
    assert sourced(text) == [("killed", 640, None)]


def test_an_outbreak_article_still_counts_its_dead_as_disease_deaths() -> None:
    text = (
        "Cholera spreads in Tarvo\n"
        "The cholera outbreak has spread to four districts, and a measles epidemic is "
        "growing too.\n"
        "The toll has risen to 52 dead.\n"
    )
    assert sourced(text) == [("deaths", 52, None)]


def test_bodies_a_morgue_received_are_deaths_whose_cause_nobody_certified() -> None:
    text = (
        "The charity said it received at least 212 bodies over three days, while the city "
        "hospitals released 19 bodies.\n"
        "On Monday alone its volunteers had brought 64 bodies to their morgues.\n"
    )
    assert sourced(text) == [
        ("deaths", 212, "charity"),
        ("deaths", 19, "charity"),
        ("deaths", 64, None),
    ]


def test_bodies_pulled_from_a_strike_are_still_killed() -> None:
    text = "Rescuers received reports of shelling and recovered 31 bodies from the rubble."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 31)]


def test_a_list_of_groups_shares_the_cue_of_its_first_item() -> None:
    text = (
        "The displaced now include 940 females, 610 males, 388 children under 18, 1,162 "
        "adults, 75 nursing mothers, 41 pregnant women and 66 elderly persons."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("displaced", n) for n in (940, 610, 388, 1162, 75, 41, 66)
    ]


def test_a_part_named_with_the_keeps_its_whole() -> None:
    text = "In all 87 people, including the 12 firefighters, are still missing."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("missing", 87), ("missing", 12)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("At least 3,218, 405 people have been affected by the floods.", 3218405),
        ("At least 2, 38,614 people have taken shelter in relief camps.", 238614),
        ("At least 2,38,614 people have taken shelter in relief camps.", 238614),
        ("Over 45, 000 people were displaced by the clashes.", 45000),
    ],
)
def test_lakh_grouping_and_a_stray_space_in_a_number_give_the_number_meant(
    sentence: str, value: int
) -> None:
    assert [f.value for f in facts(sentence)] == [value]


def test_two_numbers_after_a_comma_stay_two() -> None:
    text = "The strike killed 10, 200 were injured and 3, 400 fled."
    assert [f.value for f in facts(text)] == [10, 200, 3, 400]


@pytest.mark.parametrize(
    "sentence",
    [
        "A total of 412 medical teams are serving people in the flood-affected areas.",
        "Cases were reported in 14 departments of the country.",
        "The storm unleashed 140 mph winds and severe flooding, affecting the island.",
        "Across the valley there are 210 evacuation points for the displaced.",
    ],
)
def test_teams_departments_speeds_and_evacuation_points_are_not_people(sentence: str) -> None:
    assert facts(sentence) == []


def test_people_back_across_a_border_stay_returnees_when_a_camp_shelters_them() -> None:
    text = "Some 240 villagers who came back from Ardenia have been sheltered at a relief camp."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("returnees", 240)]
    text = "Some 240 villagers who returned from Ardenia were housed in tents at a relief camp."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("returnees", 240)]


def test_the_most_affected_districts_rank_places_and_leave_the_count_its_own_cue() -> None:
    text = (
        "At least 820 people were injured in the most affected districts of Arno (500), "
        "Bellis (250) and Corra (70)."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("injured", 820),
        ("injured", 500),
        ("injured", 250),
        ("injured", 70),
    ]
    text = "Around 3,000 people are thought to live in the affected area."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("other", 3000)]


def test_a_convoy_or_a_boat_carrying_people_counts_passengers_not_the_harm_before_it() -> None:
    text = (
        "Witnesses said 14 men were killed and one seriously injured when their convoy "
        "carrying 38 people was ambushed."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("killed", 14),
        ("seriously_wounded", 1),
        ("other", 38),
    ]
    text = "The first boat carried 70 migrants, while the second had 125 on board."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("other", 70), ("other", 125)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Boeing 747 carrying medicine landed at the airport on Monday.",
        "The boat left with four children and several elderly men among those on board.",
        "Gunmen carried out 12 raids on villages in the district.",
    ],
)
def test_carrying_and_on_board_count_only_the_passengers_they_name(sentence: str) -> None:
    assert facts(sentence) == []


def test_passengers_a_boat_carried_are_what_then_happened_to_them() -> None:
    text = "Some 86 people on board have been rescued, the coast guard said."
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("evacuated", 86)]
    text = "The militia acknowledged carrying out more than 300 raids since March."
    assert facts(text) == []


def test_a_bracketed_list_of_places_before_its_cue_counts_what_its_last_item_counts() -> None:
    text = (
        "Arno (4,210), Bellis (980), Corra (311) & Dunmore (42) accounted for 97% of the "
        "confirmed cases reported."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("other", 4210),
        ("other", 980),
        ("other", 311),
        ("other", 42),
    ]


def test_a_headline_run_on_into_the_first_line_still_restates_the_body() -> None:
    text = (
        "Floods in the Tarvo valley leave 31 dead and 12 missing as rescuers search the banks\n"
        "Rescuers said 31 people have died and 12 are missing after the river burst its "
        "banks overnight.\n"
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [("killed", 31), ("missing", 12)]
