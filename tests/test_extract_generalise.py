"""Structures that carry over to articles the rules were not built on (issue 11).

Every sentence here is written in our own words; each test names the structure, not an
article: where people stay, a count as the subject of a verb of reaching, a list set
after a colon or a dash, a cause named right after a death cue, coordinated counts
that share a cue.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact

PUBLISHED = dt.date(2025, 6, 3)


def _facts(text: str, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="g.txt", published=PUBLISHED, lang=lang).facts


def _found(text: str, lang: str = "en") -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in _facts(text, lang)]


def test_people_staying_in_relief_camps_are_displaced() -> None:
    text = "After the rains, 3,215 people are still staying in 84 relief camps in the valley."
    assert _found(text) == [("displaced", 3215)]


def test_people_who_remain_evacuated_or_live_at_evacuation_facilities_are_displaced() -> None:
    assert _found("A total of 6,120 people remain evacuated, the county said.") == [
        ("displaced", 6120)
    ]
    assert _found("Some 5,300 people are now living at evacuation facilities in gyms.") == [
        ("displaced", 5300)
    ]


def test_a_count_in_the_subject_says_what_the_number_after_reached_counts() -> None:
    text = (
        "The number of people displaced by the clashes between the two herding groups "
        "in the north reached 412,000."
    )
    assert _found(text) == [("displaced", 412000)]


def test_a_count_subject_with_climbed_to_takes_its_own_cue() -> None:
    assert _found("The number of people sheltered in schools climbed to 12,460.") == [
        ("displaced", 12460)
    ]


def test_parts_after_a_dash_count_what_the_whole_counts() -> None:
    text = (
        "Local police said nine people were killed - two soldiers, one nurse and six "
        "farmers - and 31 wounded."
    )
    assert _found(text) == [
        ("killed", 9),
        ("killed", 2),
        ("killed", 1),
        ("killed", 6),
        ("injured", 31),
    ]


def test_parts_after_a_colon_count_what_the_whole_counts() -> None:
    text = "The quake killed 12 people: eight in Lomaville, three in Port Aster and one in Kesta."
    assert _found(text) == [("killed", 12), ("killed", 8), ("killed", 3), ("killed", 1)]


def test_a_share_set_off_by_dashes_is_no_part_and_leaves_the_verb_to_the_count() -> None:
    text = "Over three years, some 4 million people — about 12 per cent of the country — fled."
    assert ("displaced", 4000000) in _found(text)


def test_list_items_of_places_written_in_lower_case_count_what_the_first_counts() -> None:
    text = (
        "Of the dead, seven came from the coastal town, four from the hill villages and "
        "two from Lomaville."
    )
    assert _found(text) == [("killed", 7), ("killed", 4), ("killed", 2)]


def test_a_cause_named_right_after_the_death_cue_beats_the_storm_elsewhere() -> None:
    text = "The toll counts 22 people who died of indirect causes such as illness after the storm."
    assert _found(text) == [("deaths", 22)]


def test_dying_of_wounds_stays_a_violent_death() -> None:
    assert _found("Two men died from gunshot wounds in hospital after the attack.") == [
        ("killed", 2)
    ]


def test_coordinated_counts_share_the_cue_before_them() -> None:
    text = "The deal provides for the release of 150 prisoners and 33 hostages."
    assert _found(text) == [("other", 150), ("other", 33)]


def test_coordinated_counts_with_their_own_verbs_keep_them() -> None:
    text = "Shelling killed 12 people and injured 40 others in the town on Monday."
    assert _found(text) == [("killed", 12), ("injured", 40)]


def test_a_long_count_subject_in_french_takes_its_own_cue() -> None:
    text = (
        "Le nombre de personnes déplacées par les violences intercommunautaires dans les "
        "deux provinces du nord du pays a atteint 41 200."
    )
    assert _found(text, "fr") == [("displaced", 41200)]


def test_a_french_cause_named_after_the_death_cue_beats_the_floods() -> None:
    text = "Selon les autorités, 14 personnes sont mortes du choléra après les inondations."
    assert _found(text, "fr") == [("deaths", 14)]


def test_a_death_toll_that_climbed_above_a_number_counts_the_dead_across_the_clause() -> None:
    text = (
        "The death toll from the powerful storm that swept across the southern islands early "
        "on Monday has climbed above 2,400, as crews raced to free people trapped under mud."
    )
    assert _found(text) == [("killed", 2400)]


def test_a_death_toll_risen_to_more_than_a_number_is_killed_at_least() -> None:
    facts = _facts(
        "The death toll from the floods and mudslides that hit the river valleys of the "
        "south last week has now risen to more than 730."
    )
    assert [(f.indicator.value, f.value, f.qualifier.value) for f in facts] == [
        ("killed", 730, "at_least")
    ]


def test_the_confirmed_total_after_a_count_counts_what_it_counts() -> None:
    text = (
        "Medics said 410 people died in the north and 96 in the south from Sunday's "
        "powerful quake, bringing the confirmed total to 506."
    )
    assert _found(text) == [("killed", 410), ("killed", 96), ("killed", 506)]


def test_a_list_of_long_place_names_counts_what_its_first_item_counts() -> None:
    text = (
        "The tremor killed 212 people in the district of Upper Vale, 98 in the district "
        "of Stonebridge and 17 in the town of Marl."
    )
    assert _found(text) == [("killed", 212), ("killed", 98), ("killed", 17)]


def test_a_count_of_houses_in_a_list_does_not_take_the_people_cue() -> None:
    text = "One person died in the north, and more than 300 houses were damaged by the winds."
    assert ("killed", 300) not in _found(text)


def test_people_residing_in_sites_are_displaced() -> None:
    text = "Some 41,870 people are residing in sites across the valley."
    assert _found(text) == [("displaced", 41870)]


def test_executions_and_severe_wounds_have_their_indicators() -> None:
    assert _found("Monitors recorded 118 executions in the province last month.") == [
        ("killed", 118)
    ]
    assert _found("The convoy brought 17 people with severe wounds to the clinic.") == [
        ("seriously_wounded", 17)
    ]


def test_a_one_week_truce_is_seven_days() -> None:
    facts = _facts("The two sides agreed to an extendable one-week humanitarian truce.")
    assert [(f.indicator.value, f.value) for f in facts] == [("ceasefire_duration_days", 7)]


def _sources(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.source) for f in _facts(text)]


def test_a_time_between_the_subject_and_its_reporting_verb_keeps_the_subject() -> None:
    text = "The Lakes Province ministry of health on Friday declared that 61 people had died."
    assert _sources(text) == [(61, "Lakes Province ministry of health")]


def test_a_place_between_the_subject_and_its_reporting_verb_keeps_the_subject() -> None:
    text = "Relief workers on the ground have reported that 2,300 people fled the hills."
    assert _sources(text) == [(2300, "Relief workers")]


def test_data_from_an_agency_that_indicates_a_figure_names_the_agency() -> None:
    text = "New data from the Valley Relief Network indicates that 48,000 people were displaced."
    assert _sources(text) == [(48000, "Valley Relief Network")]


def test_figures_without_anyone_named_are_no_source() -> None:
    text = "At least 930 people were killed, according to figures compiled."
    assert _sources(text) == [(930, None)]


def test_data_collected_by_a_group_names_the_group() -> None:
    text = "According to data collected by the Riverland Monitor, 412 people were detained."
    assert _sources(text) == [(412, "Riverland Monitor")]


def test_a_coalition_that_said_a_figure_is_its_source() -> None:
    text = "The Northern coalition said on Monday that its strike had killed 14 fighters."
    assert _sources(text) == [(14, "Northern coalition")]


def test_a_share_in_brackets_beside_its_count_is_no_figure() -> None:
    text = (
        "The survey counted displaced people in camps (41,300 individuals or 35%) and in "
        "host villages (76,700 individuals or 65%)."
    )
    assert not [f for f in _facts(text) if f.unit == "percent"]
    assert ("displaced", 41300) in _found(text)


def test_a_share_of_the_population_in_brackets_is_no_figure() -> None:
    text = "Some 612,400 people (8.4% of the population) need humanitarian assistance."
    assert _found(text) == [("people_in_need", 612400)]


def test_a_case_fatality_ratio_in_brackets_is_no_figure() -> None:
    text = "The district has reported 58 cases of cholera and 11 people have died (CRF 19%)."
    assert [v for _, v in _found(text)] == [58, 11]


def test_camps_hosting_people_host_displaced_people() -> None:
    text = "Officials said 86 camps have been set up across nine counties hosting 31,200 people."
    assert _found(text) == [("displaced", 31200)]


def test_a_town_that_hosts_displaced_families_hosts_displaced_people() -> None:
    text = "The town hosts thousands of displaced families, and more arrive every day."
    assert _found(text) == [("displaced", (1000, 9999))]


def test_a_country_hosting_people_hosts_refugees() -> None:
    assert _found("Across the border, Lomania is hosting 210,000 people.") == [("refugees", 210000)]


def test_a_count_in_a_number_of_shelters_is_no_ratio() -> None:
    text = "The number of people in shelters increased to 8,940 in 31 shelters and schools."
    assert _found(text) == [("displaced", 8940)]


def test_one_in_five_is_still_a_ratio() -> None:
    assert _found("One in five children in the camp is malnourished.") == []


def test_a_count_subject_reads_through_a_magnitude_with_a_decimal_point() -> None:
    text = (
        "The total number of people who died in the magnitude-6.8 earthquake, followed by "
        "a landslide of up to 9 metres, now stands at 1,412, the agency said."
    )
    assert _found(text) == [("killed", 1412)]


def test_people_in_a_number_of_camps_are_displaced() -> None:
    assert _found("Some 2,930 persons are in 41 camps across the district.") == [
        ("displaced", 2930)
    ]


def test_evacuees_are_evacuated() -> None:
    assert _found("At least 730 evacuees reached the school on Sunday.") == [("evacuated", 730)]


def test_a_neutral_word_for_deaths_after_aftershocks_is_a_killing_in_french() -> None:
    text = (
        "Deux répliques de magnitude 5,1 et 5,3 se sont produites dans la matinée du 3 juin, "
        "causant le décès de trois personnes, en blessant 40 autres."
    )
    assert _found(text, "fr") == [("killed", 3), ("injured", 40)]


def test_a_neutral_word_for_deaths_in_an_outbreak_stays_deaths_in_french() -> None:
    text = "Le choléra a causé le décès de 12 personnes dans la province depuis janvier."
    assert _found(text, "fr") == [("deaths", 12)]


def test_a_french_speaker_after_an_aside_and_with_its_place_is_the_source() -> None:
    text = (
        "Les attaques ont fait 64 morts, a ajouté, dans un communiqué, le Bureau d’OCHA au Tchad."
    )
    assert [(f.value, f.source) for f in _facts(text, "fr")] == [(64, "Bureau d’OCHA")]


def test_an_english_speaker_with_its_place_after_the_verb_is_the_source() -> None:
    text = "The raids killed 40 people, said the Valley Relief Office in Lomaville."
    assert _sources(text) == [(40, "Valley Relief Office")]


def test_confirmed_cases_around_their_number_stay_cases() -> None:
    text = "On Monday the ministry confirmed 11 cases, including two deaths, in the capital."
    assert _found(text) == [("other", 11), ("deaths", 2)]


def test_lakh_and_crore_are_scales() -> None:
    text = "About 4.20 lakh people are in relief camps, and nearly 1.1 crore were affected."
    assert _found(text) == [("displaced", 420000), ("other", 11000000)]


def test_a_sentence_that_goes_on_counting_takes_the_figure_before_it() -> None:
    text = (
        "Lomania hosts the largest number of refugees from the war, some 800,000. It is "
        "followed by Kesta, with over 310,000; Aramor, 120,000; and Pell, 45,000."
    )
    assert _found(text) == [
        ("refugees", 800000),
        ("refugees", 310000),
        ("refugees", 120000),
        ("refugees", 45000),
    ]


def test_of_those_goes_on_counting_the_dead() -> None:
    text = "The floods killed 84 people in the valley. Of those, 31 were children."
    assert _found(text) == [("killed", 84), ("killed", 31)]


def test_a_sentence_that_does_not_go_on_counting_takes_nothing_from_before() -> None:
    text = "The floods killed 84 people in the valley. Later, 31 were seen at the market."
    assert _found(text) == [("killed", 84)]


def test_a_french_sentence_that_goes_on_counting_takes_the_figure_before_it() -> None:
    text = "Les inondations ont fait 52 morts dans la province. Parmi eux, 19 étaient des enfants."
    assert _found(text, "fr") == [("killed", 52), ("killed", 19)]


def test_a_figure_with_a_verb_of_its_own_does_not_go_on_counting() -> None:
    text = "The outbreak has killed 61 people. Of these, more than 900 children have contracted it."
    assert [v for _, v in _found(text)] == [61]
