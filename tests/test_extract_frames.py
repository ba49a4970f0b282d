"""Reporting frames that recur across unseen rounds (issue 11), in our own words.

Each test names a grammatical shape of attribution, not an article: an adverb or an
auxiliary between a speaker and its verb, an acronym in square brackets after the name,
a name set off by commas before the verb.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

PUBLISHED = dt.date(2025, 6, 3)


def _sources(text: str) -> list[tuple[str, object, str | None]]:
    facts = extract_text(text, path="f.txt", published=PUBLISHED, lang="en").facts
    return [(f.indicator.value, f.value, f.source) for f in facts]


def test_an_adverb_between_the_speaker_and_the_verb_keeps_the_speaker() -> None:
    assert _sources("The disaster office initially reported 40 deaths in the hills.") == [
        ("killed", 40, "disaster office")
    ]
    assert _sources("The provincial council previously recorded 25 deaths after the storm.") == [
        ("killed", 25, "provincial council")
    ]


def test_an_auxiliary_and_an_adverb_before_putting_the_toll() -> None:
    assert _sources("Local officials had previously put the death toll at 31.") == [
        ("killed", 31, "Local officials")
    ]


def test_an_acronym_in_square_brackets_closes_the_speakers_name() -> None:
    text = "Some 5,000 people have fled the district, the Lake Relief Agency [LRA] said."
    assert _sources(text) == [("displaced", 5000, "Lake Relief Agency [LRA]")]


def test_a_name_set_off_by_commas_before_the_verb_is_the_speaker() -> None:
    text = "Two children were hurt in the shelling, the district head Anna Berg, said."
    assert _sources(text) == [("injured", 2, "district head Anna Berg")]
    text = "The mayor of the river port, Tomas Ilves, said four people had been wounded."
    assert _sources(text) == [("injured", 4, "Tomas Ilves")]


def test_an_aside_between_commas_is_not_taken_for_the_speaker() -> None:
    text = "Floods have displaced 3,000 people, the ministry, in a statement, said."
    assert _sources(text) == [("displaced", 3000, "ministry")]


def _found(text: str) -> list[tuple[str, object]]:
    facts = extract_text(text, path="f.txt", published=PUBLISHED, lang="en").facts
    return [(f.indicator.value, f.value) for f in facts]


def test_a_headline_that_rounds_the_bodys_toll_down_restates_it() -> None:
    text = (
        "Over 200 dead in raid on river town\n\n"
        "Gunmen killed more than 207 people in the river town on Monday, officials said.\n"
    )
    assert _found(text) == [("killed", 207)]


def test_a_headline_figure_inside_the_bodys_range_restates_it() -> None:
    text = (
        "At least 5,000 flee the valley as fighting spreads\n\n"
        "Between 5,000 and 6,000 people have fled the valley since Friday, the agency said.\n"
    )
    assert _found(text) == [("displaced", (5000, 6000))]


def test_a_headline_figure_far_from_the_bodys_is_its_own() -> None:
    text = (
        "Over 200 dead in week of raids\n\n"
        "Gunmen killed 35 people in the river town on Monday, officials said.\n"
    )
    assert sorted(_found(text), key=str) == [("killed", 200), ("killed", 35)]


def test_the_title_of_an_agencys_own_update_names_the_source_of_its_figures() -> None:
    text = (
        "LRA Flash Update on Floods in the Valley (2 June 2025)\n\n"
        "Floods have displaced over 4,000 people in the valley since Friday.\n"
    )
    assert _sources(text) == [("displaced", 4000, "LRA")]
    text = (
        "KRC Briefing Note on the storm season\n\n"
        "Some 1,200 homes were destroyed along the coast last week.\n"
    )
    assert _sources(text) == [("other", 1200, "KRC")]


def test_a_title_that_names_no_issuer_leaves_the_source_empty() -> None:
    text = (
        "Flash Update on Floods in the Valley (2 June 2025)\n\n"
        "Floods have displaced over 4,000 people in the valley since Friday.\n"
    )
    assert _sources(text) == [("displaced", 4000, None)]


def test_a_sentence_pointing_back_names_the_source_of_the_figures_before_it() -> None:
    text = (
        "On Monday, 23 people died when a drone hit the bus station. "
        "Another 51 people were injured. "
        "This was stated by the head of the regional administration, Ilse Marten.\n"
    )
    assert _sources(text) == [
        ("killed", 23, "head of the regional administration"),
        ("injured", 51, "head of the regional administration"),
    ]


def test_a_pointing_back_paragraph_covers_the_paragraph_above_it() -> None:
    text = (
        "The death toll of the market attack has risen to 41 as the search goes on.\n\n"
        "This is according to the provincial health commissioner, who spoke on Thursday.\n"
    )
    assert _sources(text) == [("killed", 41, "provincial health commissioner")]


def test_a_source_named_for_a_figure_is_kept_when_a_later_sentence_points_back() -> None:
    text = (
        "Police said 12 people were killed in the raid. Another 30 were hurt. "
        "These figures were confirmed by the district health office.\n"
    )
    assert _sources(text) == [("killed", 12, "Police"), ("injured", 30, "district health office")]


def test_a_french_sentence_pointing_back_names_the_source_of_the_toll_before_it() -> None:
    text = (
        "Au moins 27 personnes sont mortes dans les inondations de la nuit de samedi. "
        "Ce bilan, communiqué par la protection civile dimanche soir, reste provisoire.\n"
    )
    facts = extract_text(text, path="f.txt", published=PUBLISHED, lang="fr").facts
    assert [(f.indicator.value, f.value, f.source) for f in facts] == [
        ("killed", 27, "protection civile")
    ]


def test_openings_that_go_on_with_the_source_before_them() -> None:
    text = (
        "The provincial council reports 48 deaths in the hill districts. "
        "Meanwhile, 2,150 houses have been damaged across the province.\n"
    )
    assert _sources(text) == [
        ("killed", 48, "provincial council"),
        ("other", 2150, "provincial council"),
    ]
    text = (
        "The disaster office said 9 people are missing after the floods. "
        "The same source reports 310 displaced people in the lower valley.\n"
    )
    assert _sources(text) == [
        ("missing", 9, "disaster office"),
        ("displaced", 310, "disaster office"),
    ]


def test_a_sentence_giving_the_parts_of_a_toll_keeps_its_source() -> None:
    text = (
        "The toll from the quake rose to 140, the regional government said.\n\n"
        "The deaths include 12 people who died of heart attacks.\n"
    )
    sources = {value: source for _, value, source in _sources(text)}
    assert sources[12] == "regional government"


def test_the_qualifier_of_an_unnamed_report_is_no_speaker() -> None:
    assert _sources("Initial reports indicate that the storm destroyed 2,100 homes.") == [
        ("other", 2100, None)
    ]
    assert _sources("Field reports indicate that over 4,300 people were displaced.") == [
        ("displaced", 4300, None)
    ]
