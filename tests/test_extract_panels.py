"""Key-figure panels copied to text: each number takes the label in its place."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact, Qualifier

MONDAY = dt.date(2025, 3, 10)


def _facts(text: str) -> list[Fact]:
    return extract_text(text, path="panel.txt", published=MONDAY).facts


def test_a_panel_on_one_line_pairs_numbers_and_labels_in_order() -> None:
    text = (
        "Storm Ira: situation report 4. 950,000 610,000 75,000+ People affected People in "
        "need of aid People displaced Source: Civil Protection. On 2 March the storm made "
        "landfall in the south.\n"
    )
    found = [(f.indicator.value, f.value, f.qualifier, f.label) for f in _facts(text)]
    assert found == [
        ("other", 950_000, Qualifier.exact, "People affected"),
        ("people_in_need", 610_000, Qualifier.exact, None),
        ("displaced", 75_000, Qualifier.at_least, None),
    ]
    assert {f.date for f in _facts(text)} == {None}, "as of the report, not 2 March"


def test_a_panel_of_stacked_lines_pairs_numbers_and_labels_in_order() -> None:
    text = (
        "Key figures\n\n1.2 million\n\n400,000\n\n35,000\n\n"
        "People to be assisted this year\n\nPeople reached with food aid\n\n"
        "People living in displacement camps\n\nThe rains continued on Sunday.\n"
    )
    found = [(f.indicator.value, f.value, f.label) for f in _facts(text)]
    assert found == [
        ("other", 1_200_000, "People to be assisted this year"),
        ("people_reached", 400_000, None),
        ("displaced", 35_000, None),
    ]


def test_numbers_without_as_many_labels_are_no_panel() -> None:
    text = "Key figures\n\n1.2 million\n\n400,000\n\nPeople reached with food aid\n"
    assert _facts(text) == []


def test_a_plus_after_a_number_is_a_lower_bound() -> None:
    (fact,) = _facts("Officials said 12,000+ people were displaced by the floods.")
    assert (fact.value, fact.qualifier) == (12_000, Qualifier.at_least)
