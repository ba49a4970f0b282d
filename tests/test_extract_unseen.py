"""The failure patterns seen on real articles the extractor had never read (issue 11),
each in a sentence of our own words: the figure binds to its own predicate in its clause."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact, Qualifier

FRIDAY = dt.date(2024, 3, 15)


def facts(text: str, published: dt.date = FRIDAY) -> list[Fact]:
    return extract_text(text, path="t.txt", published=published).facts


def figures(text: str) -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Around 2,000 people arrived at the Kalma camp.", [("displaced", 2_000)]),
        (
            "About 600 families are moving towards the border crossing.",
            [("displaced", 600)],
        ),
        ("Some 900 people were waiting at checkpoints.", [("displaced", 900)]),
        ("Some 350 people joined the convoy out of the city.", [("displaced", 350)]),
        ("Another 1,200 sought shelter in a mosque.", [("displaced", 1_200)]),
    ],
)
def test_movement_of_people_fleeing_is_displacement(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four people died, six critically ill and ten hospitalised after the blast.",
            [("killed", 4), ("seriously_wounded", 6), ("injured", 10)],
        ),
        (
            "So far eleven people are dead, 23 missing and 4 210 people took refuge in schools.",
            [("killed", 11), ("missing", 23), ("displaced", 4_210)],
        ),
        (
            "Seven fatalities, two missing and 31 people injured are confirmed.",
            [("killed", 7), ("missing", 2), ("injured", 31)],
        ),
        (
            "The toll stands at 64 dead with 12 people still missing.",
            [("killed", 64), ("missing", 12)],
        ),
        ("The deal provides for the release of 50 prisoners.", [("other", 50)]),
    ],
)
def test_each_figure_of_a_coordination_keeps_its_own_predicate(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 9,000 people require urgent humanitarian assistance.", "people_in_need"),
        ("Some 70 patients require advanced medical care.", "medical_evacuation_needed"),
        ("Some 17,000 IDPs in the province are in dire need of food.", "people_in_need"),
        (
            "The shelling stopped the evacuation of 200 people who need urgent treatment.",
            "medical_evacuation_needed",
        ),
    ],
)
def test_needs_phrased_without_the_usual_cue(sentence: str, expected: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == [expected]


def test_an_of_whom_subset_in_critical_condition_needing_evacuation_is_medevac() -> None:
    found = figures(
        "Some 120 people were injured, of whom 15 are in critical condition and need "
        "immediate medical evacuation."
    )
    assert found == [("injured", 120), ("medical_evacuation_needed", 15)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cholera has killed 45 people in the district.", "deaths"),
        ("At least 120 people died of measles in the camps.", "deaths"),
        ("A mortality survey found 300 deaths from all causes.", "deaths"),
        ("Nine patients died after their evacuation to Rafah.", "deaths"),
        ("Shelling killed 45 people as the outbreak spread.", "killed"),
        ("The floods killed 18 people.", "killed"),
    ],
)
def test_death_from_disease_or_all_causes_is_not_killed(sentence: str, expected: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The death toll has reached 210.", [("killed", 210)]),
        (
            "We have now reached a breaking point, with hundreds of families without food.",
            [("other", (100, 999))],
        ),
        ("Partners reached 45,000 people with food.", [("people_reached", 45_000)]),
    ],
)
def test_reached_is_people_reached_only_when_people_are(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Amina fled with her five siblings.",
        "There were 14 attacks on clinics in the region that displaced families.",
        "Dozens of aftershocks continue in affected areas.",
        "In the camp, more than 20 latrines have been built in displacement sites.",
        "Floods hit at least 11 townships, and four townships were affected.",
    ],
)
def test_counts_that_are_not_people_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen massacred 37 villagers.", [("killed", 37)]),
        ("More than 3,000 Syrians were deported to Syria.", [("returnees", 3_000)]),
        (
            "The floods displaced 2,100 families (10,500 individuals).",
            [("displaced", 10_500)],
        ),
        ("About 1.041 million people are displaced.", [("displaced", 1_041_000)]),
        ("Thirteen aid workers have been killed since the war began.", [("killed", 13)]),
        ("Some 448,000 people have fled to neighbouring countries.", [("refugees", 448_000)]),
        ("Some 2.1 million IDPs live in camps.", [("displaced", 2_100_000)]),
        ("The storm left 53 health facilities damaged.", [("other", 53)]),
        ("At least 41 000 people remain without drinking water.", [("other", 41_000)]),
        (
            "In Yemen, 2.3 million more people are food insecure than in May – the total "
            "is now 14.1 million people.",
            [("people_in_need", 14_100_000)],
        ),
        ("Media also report nearly 6,500 evacuated people.", [("evacuated", 6_500)]),
        (
            "Fighting since March has displaced thousands, and schools shut.",
            [("displaced", (1_000, 9_999))],
        ),
    ],
)
def test_single_patterns_from_unseen_articles(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("Between 3,000-4,000 people fled the town.", (3_000, 4_000), Qualifier.approx),
        ("A further 3,000-4,000 people fled the town.", (3_000, 4_000), Qualifier.approx),
        ("Officials said 50 or more people were killed.", 50, Qualifier.at_least),
        ("The number of displaced people exceeded 40,000.", 40_000, Qualifier.at_least),
        ("The estimated number of people in need is 2 million.", 2_000_000, Qualifier.approx),
        ("The number of refugees could reach 500,000 by June.", 500_000, Qualifier.at_most),
    ],
)
def test_qualifiers_of_ranges_bounds_and_projections(
    sentence: str, value: object, qualifier: Qualifier
) -> None:
    (fact,) = facts(sentence)
    assert (fact.value, fact.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Floods killed 40 people, according to publicly reported figures.", "publicly reported"),
        (
            "Protests went on, with local media outlets reporting that six people were killed.",
            "local media outlets",
        ),
        ("Local media also report nearly 1,600 evacuated people.", "Local media"),
        ("The government's figure of 2,100 displaced people was disputed.", "government"),
        (
            "UNHCR has teams at the border. Some 20,000 refugees have crossed into Chad, said the "
            "UN refugee agency.",
            "UNHCR",
        ),
        (
            "At least 91 people have been killed in Lakeside since 2 May, according to the "
            "Geneva based Monitor for Civilian Harm.",
            "Geneva based Monitor for Civilian Harm",
        ),
        (
            "The district office said 300 homes were flooded. Moreover, 2,500 evacuated "
            "people were reported.",
            "district office",
        ),
        (
            "Ana Ruiz, for the relief agency, made the following statement:\n\n"
            "“Some 40,000 people have fled the valley. About 3,000 people need shelter.",
            "Ana Ruiz",
        ),
    ],
)
def test_sources_through_reporting_frames_and_paragraphs(text: str, source: str) -> None:
    found = facts(text)
    assert found and {f.source for f in found} == {source}


@pytest.mark.parametrize(
    ("text", "day", "period"),
    [
        ("Five people had been killed since yesterday.", FRIDAY, (dt.date(2024, 3, 14), FRIDAY)),
        (
            "An air strike killed 22 people last month.",
            None,
            (dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ),
        (
            "The DTM counted 4,100 displaced people in September.",
            None,
            (dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
        ),
        (
            "Some 9,000 people were displaced between August and September.",
            None,
            (dt.date(2023, 8, 1), dt.date(2023, 9, 30)),
        ),
        (
            "More than 60,000 people fled last year.",
            None,
            (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ),
        (
            "About 2 million people have been uprooted since fighting began in November 2020.",
            None,
            (dt.date(2020, 11, 1), FRIDAY),
        ),
        (
            "Fighting since mid-January has displaced 7,000 people.",
            FRIDAY,
            (dt.date(2024, 1, 11), FRIDAY),
        ),
        (
            "A landslide hit the town on 11 March. Seven fatalities and 25 injured are confirmed.",
            dt.date(2024, 3, 11),
            None,
        ),
    ],
)
def test_periods_and_days_a_figure_covers(
    text: str, day: dt.date | None, period: tuple[dt.date, dt.date] | None
) -> None:
    found = facts(text)
    assert found
    for fact in found:
        span = (fact.period.start, fact.period.end) if fact.period else None
        assert (fact.date, span) == (day, period)


def test_a_dated_dispatch_in_a_digest_dates_its_relative_days() -> None:
    (fact,) = facts(
        "12 March 2024. Floods killed at least 30 people, officials said today.",
        published=FRIDAY,
    )
    assert fact.date == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Overall, 40 confirmed cases and three deaths have\nbeen reported from the island.",
            [("other", 40), ("deaths", 3)],
        ),
        ("2nd Writethru: Death toll of the flood rises to 40", [("killed", 40)]),
        ("Amir Haddad, 34, said the flood destroyed his house.", []),
        ("A total of P25.3 million worth of roads was damaged.", []),
        (
            "As many as 300 migrants fleeing the coast are feared to have drowned.",
            [("killed", 300)],
        ),
        ("Four injured migrants were airlifted to Malta.", [("evacuated", 4)]),
        ("Over 9,000 people have fled the province to neighbouring Niger.", [("refugees", 9_000)]),
        (
            "Some 8,000 families or at least 40,000 individuals are affected.",
            [("other", 8_000), ("other", 40_000)],
        ),
        (
            "About 2,000 people, who are not staying in evacuation centres, are affected.",
            [("other", 2_000)],
        ),
        (
            "A total of 3,100 homes, 14 schools and 9 mosques have been damaged.",
            [("other", 3_100), ("other", 14), ("other", 9)],
        ),
        ("The average number of IDPs per shelter has reached 900.", []),
        (
            "Up to 1,200 died at sea in 2022, compared with an estimate of 900 in 2021.",
            [("killed", 1_200), ("killed", 900)],
        ),
        ("Coast guards sent two vessels to rescue 61 people.", [("evacuated", 61)]),
    ],
)
def test_more_patterns_from_the_second_round(text: str, expected: list[tuple[str, object]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Thousands of refugees arrived between June 15 and 18 in the border town.",
            dt.date(2023, 6, 18),
        ),
        (
            "The death toll of Monday's flood has risen to 70, the governor said on Wednesday.",
            dt.date(2024, 3, 13),
        ),
    ],
)
def test_days_of_ranges_and_of_running_tolls(text: str, day: dt.date) -> None:
    (fact,) = facts(text)
    assert fact.date == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most were affected in Kogi with 5,100 victims, followed by Kebbi (4,200), Edo "
            "(3,900) and Benue (1,250).",
            [("other", 5_100), ("other", 4_200), ("other", 3_900), ("other", 1_250)],
        ),
        (
            "A reported 19 deaths occurred in the floods: seven from Kano, five from Edo and "
            "one from Lagos state.",
            [("killed", 19), ("killed", 7), ("killed", 5), ("killed", 1)],
        ),
        ("More than 400 lives have been lost.", [("killed", 400)]),
        ("Nearly 2,300 homes were flooded.", [("other", 2_300)]),
        (
            "The list of affected schools has grown from the initial 120 schools to 410.",
            [("other", 120), ("other", 410)],
        ),
        (
            "Nearly five million people have found shelter in European countries.",
            [("refugees", 5_000_000)],
        ),
    ],
)
def test_lists_restatements_and_cues_from_the_third_round(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"As of this week, we have documented that 410 people have died. These numbers '
            'are far from final," Rahman said.',
            "Rahman",
        ),
        (
            "She said, “The floods hit hard.\n“More than 300 lives have been lost.",
            "minister",
        ),
        (
            "The Civil Protection Directorate has so far confirmed 210 deaths.",
            "Civil Protection Directorate",
        ),
        (
            "The figure of 95 dead was confirmed by the provincial authorities.",
            "provincial authorities",
        ),
    ],
)
def test_sources_of_quotations_auxiliaries_and_agents(text: str, source: str) -> None:
    found = facts("The minister, Nadia Okafor, said aid was on its way.\n" + text)
    assert found and {f.source for f in found} == {source}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The storm that struck the coast on 4 March has so far killed 210 people.",
            FRIDAY,
        ),
        ("The next report will be issued on 20 March. Some 3,000 people are displaced.", FRIDAY),
        ("As of March 12, floods have caused over 90 deaths.", dt.date(2024, 3, 12)),
    ],
)
def test_a_running_count_is_dated_by_the_report_not_by_the_event(text: str, day: dt.date) -> None:
    (fact,) = facts(text)
    assert (fact.date or (fact.period.end if fact.period else None) or FRIDAY) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of refugees were left without shelter after the fire.",
            [("displaced", (1_000, 9_999))],
        ),
        ("Some 9,000 refugees who lost everything again need tents.", [("displaced", 9_000)]),
        ("A fire in 2021 killed at least 15 refugees.", [("killed", 15)]),
        (
            "UNHCR helped the return of 1,200 refugees from Iran (700), Pakistan (450) and "
            "other countries (50).",
            [("returnees", 1_200), ("returnees", 700), ("returnees", 450), ("returnees", 50)],
        ),
        ("More than 300 shanties were gutted.", [("other", 300)]),
        ("The agency held 2,400 interviews with returnees.", []),
    ],
)
def test_camp_fires_and_returns_from_the_fourth_round(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(text) == expected


def test_starting_in_a_month_is_a_period_up_to_the_report() -> None:
    (fact,) = facts(
        "About 9,000 people have crossed the border starting in August 2023 as refugees."
    )
    assert fact.date is None and fact.period is not None
    assert (fact.period.start, fact.period.end) == (dt.date(2023, 8, 1), FRIDAY)


def test_in_an_outbreak_article_deaths_are_deaths_unless_their_sentence_is_violent() -> None:
    text = (
        "The Ebola outbreak in the east has spread to two districts.\n"
        "In total, 35 deaths have been reported among 62 cases of the epidemic.\n"
        "Separately, shelling killed 4 people in the town."
    )
    assert figures(text) == [("deaths", 35), ("other", 62), ("killed", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Famine killed a quarter of a million people in 2011.", [("deaths", 250_000)]),
        ("She walked for days with her five young children, and reached the camp.", []),
        ("A father and their two children were killed.", [("killed", 2)]),
        (
            "Six other people, including a woman and three children, were wounded.",
            [("injured", 6), ("injured", 3)],
        ),
        ("Four women and one girl were killed.", [("killed", 4), ("killed", 1)]),
    ],
)
def test_quarters_anecdotes_parts_and_girls_from_the_fifth_round(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "article",
    [
        "Flooding leaves 83 dead in the river valley\n\n"
        "The floods that swept the valley on Tuesday have killed 83 people, the civil "
        "protection agency said.",
        "Thousands Left Homeless As Fire Sweeps Through Border Camp.\n\n"
        "A fire in the camp on Sunday left about 6,500 people without shelter, camp "
        "managers said.",
    ],
)
def test_a_headline_that_the_body_restates_gives_one_figure(article: str) -> None:
    body_start = article.index("\n\n")
    found = facts(article)
    assert len(found) == 1
    assert found[0].span is not None and found[0].span[0] > body_start


def test_a_key_figure_line_in_capitals_counts_on_its_own() -> None:
    article = (
        "2,400 REFUGEES RETURNED HOME\n\n"
        "Since 1 January, the agency assisted the return of 2,400 refugees from the camps."
    )
    assert [(f.indicator.value, f.value) for f in facts(article)] == [
        ("returnees", 2_400),
        ("returnees", 2_400),
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The outbreak may have killed up to 40 people, according to a new toll released "
            "by the health ministry on Monday.",
            "health ministry",
        ),
        (
            "A tally of closed schools shared by the Ministry of Health now stands at 31 "
            "schools closed.",
            "Ministry of Health",
        ),
        (
            "Some 5,000 people were displaced, according to figures published by the "
            "regional authorities.",
            "regional authorities",
        ),
    ],
)
def test_the_agent_of_a_released_or_shared_figure_is_its_source(sentence: str, source: str) -> None:
    found = facts(sentence)
    assert found and {f.source for f in found} == {source}


def test_a_bullet_after_a_full_stop_starts_a_new_sentence() -> None:
    page = (
        "Highlights § 3,100 of the 9,000 people affected are children. § The list of "
        "damaged clinics shared by the Ministry of Health has grown to 31."
    )
    affected = [f for f in facts(page) if f.value == 9_000]
    assert len(affected) == 1
    assert affected[0].source is None
    assert (affected[0].quote or "").endswith("are children.")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The death toll could climb to 3,000 in the port alone, the mayor said.", "mayor"),
        (
            "“We fear 2,000 deaths or more,” Governor Hassan al-Mansouri said.",
            "Governor Hassan al-Mansouri",
        ),
        (
            "Leila el-Amrani, the agency's country director, told reporters that 400 people "
            "are missing.",
            "Leila el-Amrani",
        ),
    ],
)
def test_speakers_with_a_title_or_a_lowercase_particle_are_sources(
    sentence: str, source: str
) -> None:
    assert [f.source for f in facts(sentence)] == [source]


def test_a_clause_after_a_semicolon_keeps_its_own_speaker() -> None:
    sentence = (
        "Deaths: 120, according to the interior ministry; the Red Crescent puts the death "
        "toll at 164."
    )
    assert [(f.value, f.source) for f in facts(sentence)] == [
        (120, "interior ministry"),
        (164, "Red Crescent"),
    ]


def test_a_list_announced_with_its_source_takes_that_source() -> None:
    article = (
        "Below is a summary of the damage, according to provincial officials.\n"
        "North district\n"
        "People killed: 14\n"
        "People injured: 52\n"
    )
    assert [(f.indicator.value, f.value, f.source) for f in facts(article)] == [
        ("killed", 14, "provincial officials"),
        ("injured", 52, "provincial officials"),
    ]


def test_a_digest_item_ending_in_a_dated_citation_gives_its_source_and_day() -> None:
    article = (
        "Heavy rain hit the coast on 9 March.\n\n"
        "Two people died and 340 people were evacuated in the northern province. (IFRC, "
        "11 Mar 2024)\n"
    )
    assert [(f.value, f.source, f.date) for f in facts(article)] == [
        (2, "IFRC", dt.date(2024, 3, 11)),
        (340, "IFRC", dt.date(2024, 3, 11)),
    ]


def test_a_dated_heading_dates_the_figures_under_it() -> None:
    article = (
        "Monday, March 4, 2024\n\n"
        "Situation update\n\n"
        "• At least 25 people were killed in clashes in the eastern district.\n"
    )
    assert [(f.value, f.date) for f in facts(article)] == [(25, dt.date(2024, 3, 4))]


def test_a_toll_in_the_present_perfect_is_as_of_the_report_not_the_event_day() -> None:
    sentence = "At least 210 people have died after the storm hit the coast on Saturday 9 March."
    found = facts(sentence)
    assert [(f.value, f.date) for f in found] == [(210, None)]


@pytest.mark.parametrize(
    "page",
    [
        "The river rose overnight.Officials said 40 people were evacuated.",
        "The storm made landfall on 12 March...Officials said 40 people were evacuated.",
    ],
)
def test_a_full_stop_or_ellipsis_without_a_space_still_ends_a_sentence(page: str) -> None:
    assert [(f.value, f.quote) for f in facts(page)] == [
        (40, "Officials said 40 people were evacuated.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly 90,000 people fled the country since January seeking safety and protection "
        "in neighbouring countries.",
        "Some 8,000 people have taken refuge in northern Uganda since fighting broke out in "
        "neighbouring South Sudan.",
    ],
)
def test_people_who_fled_across_a_border_are_refugees(sentence: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == ["refugees"]


def test_a_single_fatality_is_a_death() -> None:
    sentence = "Officials reported 1 storm-related fatality in the coastal district."
    assert figures(sentence) == [("killed", 1)]


def test_the_whole_before_an_of_which_part_keeps_the_verb_after_both() -> None:
    sentence = "At least 740 people, of which 260 in the river port, were evacuated."
    assert figures(sentence) == [("evacuated", 740), ("evacuated", 260)]


def test_people_after_a_household_count_count_the_same_thing() -> None:
    sentence = "The storms affected 3,150 families, roughly some 15,000 people, in the south."
    assert figures(sentence) == [("other", 3_150), ("other", 15_000)]


def test_a_list_of_places_with_there_are_counts_what_its_first_item_counts() -> None:
    sentence = (
        "In the north alone there are at least 95 dead, while in Kasane there are 14 and in Maun 6."
    )
    assert figures(sentence) == [("killed", 95), ("killed", 14), ("killed", 6)]


def test_groups_listed_after_a_figure_count_what_it_counts() -> None:
    sentence = "The landslide killed 14 men, 11 women, and 9 children, officials said."
    assert figures(sentence) == [("killed", 14), ("killed", 11), ("killed", 9)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The floods have claimed the lives of 61 people, which include 20 men, 19 women, "
            "and 22 children.",
            [("killed", 61), ("killed", 20), ("killed", 19), ("killed", 22)],
        ),
        (
            "The shelling killed 30 people, including 9 hospital staff members, 17 patients "
            "and three visitors.",
            [("killed", 30), ("killed", 9), ("killed", 17), ("killed", 3)],
        ),
    ],
)
def test_every_part_of_a_listed_whole_takes_its_indicator(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 52,000 people are camping in the hills north of the town.",
        "More than 18,000 people have begun to relocate to villages after fleeing the camps.",
    ],
)
def test_camping_and_relocating_people_are_displaced(sentence: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == ["displaced"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("As per the provincial authority's report, 310 houses were destroyed.", "provincial"),
        ("Since Monday the clinic has treated 210 wounded, the statement read.", "statement"),
        ("The agency statement meanwhile said that 40 people were missing.", "agency statement"),
        ("About 900 people died, the interim administration said on Sunday.", "administration"),
        (
            "The ministry’s storm-related figures issued on Friday said 95 people had been "
            "injured.",
            "ministry",
        ),
    ],
)
def test_more_reporting_frames_name_the_source(sentence: str, source: str) -> None:
    found = facts(sentence)
    assert len(found) == 1 and source in (found[0].source or "")


def test_a_count_of_houses_after_report_is_a_figure_not_a_reference() -> None:
    sentence = "As per the latest report 12,400 houses have been damaged."
    assert figures(sentence) == [("other", 12_400)]


def test_an_article_in_arabic_indic_digits_gives_its_figures_and_days() -> None:
    sentence = "Shelling on ١٢ March killed ٤٥ people and wounded ١٢٠ others, medics said."
    found = facts(sentence)
    assert [(f.indicator.value, f.value, f.date) for f in found] == [
        ("killed", 45, dt.date(2024, 3, 12)),
        ("injured", 120, dt.date(2024, 3, 12)),
    ]
    assert found[0].quote == sentence


def test_a_figure_in_a_named_year_covers_that_year() -> None:
    sentence = "A similar quake killed more than 1,000 people in the same province in 2022."
    found = facts(sentence)
    assert [(f.value, f.date) for f in found] == [(1_000, None)]
    assert found[0].period is not None
    assert (found[0].period.start, found[0].period.end) == (
        dt.date(2022, 1, 1),
        dt.date(2022, 12, 31),
    )


def test_the_agent_after_a_time_phrase_is_the_source() -> None:
    sentence = "Some 500 deaths were reported on Sunday morning by a Red Crescent spokesperson."
    assert [f.source for f in facts(sentence)] == ["Red Crescent spokesperson"]


def test_a_bracketed_part_does_not_keep_its_whole_from_the_verb_after_it() -> None:
    found = figures(
        "By evening 52 people (including 9 children) had been rescued, 31 people "
        "(including 4 children) had died, 60 people (including 12 children) had been hurt."
    )
    assert [f for f in found if f[1] in (52, 31, 60)] == [
        ("evacuated", 52),
        ("killed", 31),
        ("injured", 60),
    ]


def test_a_part_set_off_by_commas_lets_its_whole_reach_the_verb_after_it() -> None:
    found = figures(
        "Four districts have been affected, and 8,420 people, including 3,105 children, "
        "have been rescued by the teams."
    )
    assert found[0] == ("evacuated", 8_420)
    # the thousands separator of a part's number does not close the part
    found = figures(
        "Over two million people were affected by the storm, including 75,400 villagers "
        "who were displaced from their homes."
    )
    assert found == [("other", 2_000_000), ("displaced", 75_400)]


def test_a_part_of_the_next_figure_counts_what_that_figure_counts() -> None:
    assert figures("Officials said 17 of the 25 deaths linked to the storm occurred inland.") == [
        ("killed", 17),
        ("killed", 25),
    ]
