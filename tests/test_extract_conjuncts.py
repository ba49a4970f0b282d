"""A number's own conjunct and its own verb (issue 11: figures bound to a word in another
clause or conjunct), in our own words."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

PUBLISHED = dt.date(2025, 6, 3)


def _found(text: str) -> list[tuple[str, object]]:
    facts = extract_text(text, path="c.txt", published=PUBLISHED, lang="en").facts
    return [(f.indicator.value, f.value) for f in facts]


def test_a_noun_after_and_belongs_to_the_next_conjunct_not_to_the_number() -> None:
    text = "Storms swept the coast on Sunday, killing 230 and leaving towns without power."
    assert _found(text) == [("killed", 230)]


def test_a_bare_number_of_villages_is_still_no_count_of_people() -> None:
    assert _found("The storm flooded 230 villages along the coast.") == []


def test_gerund_of_displacement_before_the_number() -> None:
    text = "The dam gave way on Monday, displacing 18,300 people in the lowlands."
    assert _found(text) == [("displaced", 18300)]


def test_people_forced_out_of_their_homes_are_displaced() -> None:
    text = "The number of people forced out of their homes by the rains has reached 2,046."
    assert _found(text) == [("displaced", 2046)]


def test_a_bare_toll_is_the_toll_of_the_dead() -> None:
    assert _found("The toll of the bridge collapse has reached 31.") == [("killed", 31)]


def test_each_coordinated_figure_keeps_its_own_predicate_for_hospital() -> None:
    text = "Five people died, two are critically ill and 17 were taken to hospital."
    assert _found(text) == [("killed", 5), ("seriously_wounded", 2), ("other", 17)]


def test_people_taken_to_hospital_after_an_attack_are_the_injured() -> None:
    assert _found("After the bombing, 26 people were rushed to hospital.") == [("injured", 26)]


def test_rescued_people_taken_to_hospital_stay_rescued() -> None:
    assert _found("Four rescued climbers were taken to hospital.") == [("evacuated", 4)]
