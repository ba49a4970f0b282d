"""Classes of error seen on the real rounds BF to BO, each in sentences of our own words:
which day a figure is dated to."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import MONDAY, fact_dates

SATURDAY = MONDAY - dt.timedelta(days=2)


def test_a_toll_told_again_without_a_day_takes_the_day_it_was_told_with() -> None:
    text = (
        "Gunmen raided a market town, officials said.\n\n"
        "The raiders shot dead 23 traders on Saturday evening before fleeing into the hills.\n\n"
        "Relatives buried the 23 traders who were killed in a shared grave."
    )
    assert fact_dates(text) == [(23, SATURDAY), (23, SATURDAY)]


def test_a_restated_count_of_the_missing_keeps_the_report_day() -> None:
    text = (
        "Nine fishermen went missing on Saturday when their boat sank.\n\n"
        "The nine missing fishermen have not been found."
    )
    assert fact_dates(text) == [(9, SATURDAY), (9, None)]


def test_a_toll_since_a_day_told_on_a_later_day_is_as_of_that_day() -> None:
    sunday = MONDAY - dt.timedelta(days=1)
    english = "Storms since 20 February have killed 31 people, the civil protection said on Sunday."
    french = (
        "Les pluies depuis le 20 février ont fait 31 morts, selon le bilan de la protection "
        "civile, hier."
    )
    assert fact_dates(english) == [(31, sunday)]
    assert fact_dates(french, "fr") == [(31, sunday)]
