"""Each figure binds to its own words within its clause (issue 11's clause model)."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact

TUESDAY = dt.date(2025, 6, 3)


def _found(text: str) -> list[tuple[str, object]]:
    facts: list[Fact] = extract_text(text, path="c.txt", published=TUESDAY).facts
    return [(f.indicator.value, f.value) for f in facts]


def test_parts_listed_before_the_verb_leave_the_verb_to_their_whole() -> None:
    text = (
        "In the hill districts, 48 people including 20 men, 19 women and nine children "
        "have suffered injuries in the landslides."
    )
    assert _found(text) == [("injured", 48), ("injured", 20), ("injured", 19), ("injured", 9)]


def test_two_numbers_joined_by_a_bare_and_count_the_same_thing() -> None:
    text = "The raids led to the displacement of 8,210 and 1,975 people in the two valleys."
    assert _found(text) == [("displaced", 8210), ("displaced", 1975)]


def test_a_second_number_with_its_own_verb_keeps_it() -> None:
    text = "The shelling killed 12 and 30 others were injured near the market."
    assert _found(text) == [("killed", 12), ("injured", 30)]


def _sources(text: str) -> list[tuple[object, str | None]]:
    facts: list[Fact] = extract_text(text, path="c.txt", published=TUESDAY).facts
    return [(f.value, f.source) for f in facts]


def test_reportedly_and_respectively_go_on_with_the_speaker_of_the_paragraph() -> None:
    text = (
        "According to the Lakes Province Relief Office, heavy rains hit nine districts. "
        "The floods reportedly killed 14 people. The two worst districts lost 210 and 95 "
        "homes respectively, and 3,100 and 870 people were displaced respectively."
    )
    office = "Lakes Province Relief Office"
    assert _sources(text) == [(14, office), (3100, office), (870, office)]


def test_a_part_s_own_clause_says_what_happened_to_the_part_only() -> None:
    text = "Around 2,400 villagers, of whom 310 were wounded, fled towards the river."
    assert _found(text) == [("displaced", 2400), ("injured", 310)]


def test_a_whole_without_words_of_its_own_is_no_figure() -> None:
    text = "Some 260 patients, of whom 38 need urgent evacuation, remain in the ward."
    assert _found(text) == [("medical_evacuation_needed", 38)]


def test_a_closing_reporting_frame_names_its_subject_whatever_the_noun() -> None:
    assert _sources("At least 40 people were killed, the aid group said.") == [(40, "aid group")]
    assert _sources("Some 300 families fled the valley, the diocese said on Sunday.") == [
        (300, "diocese")
    ]


def test_ceasefire_parties_and_the_reporting_source_are_both_kept() -> None:
    (truce,) = extract_text(
        "The army and the militia agreed to a 72-hour truce, the mediators said.",
        path="c.txt",
        published=TUESDAY,
    ).facts
    assert (truce.value, truce.party, truce.source) == (3, "army and the militia", "mediators")


def test_a_place_after_in_belongs_to_the_speaker_s_name() -> None:
    assert _sources("The World Food Programme (WFP) in Chad said 9,000 people need food.") == [
        (9000, "World Food Programme (WFP) in Chad")
    ]
    assert _sources("Health officials in Marib said 14 people were killed.") == [
        (14, "Health officials in Marib")
    ]
