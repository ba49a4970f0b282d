"""The one way figures, deltas and dates are written, in every output."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.models import Figure, Indicator, Period, Qualifier
from sitrep.render.environment import date, delta, number, rows, sentence
from tests.render.example import example_sitrep

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "expected"),
    [
        (31_500, Qualifier.approx, "people", "about 31,500"),
        (12_000_000, Qualifier.at_least, "people", "more than 12,000,000"),
        (500, Qualifier.at_most, "people", "up to 500"),
        (61, Qualifier.exact, "people", "61"),
        ((10, 99), Qualifier.exact, "people", "10–99"),
        ((1_000, 1_000), Qualifier.approx, "people", "about 1,000"),
        (80, Qualifier.approx, "percent", "about 80%"),
        ((10, 20), Qualifier.exact, "percent", "10–20%"),
        (5, Qualifier.exact, "days", "5 days"),
        (1, Qualifier.exact, "days", "1 day"),
        (None, Qualifier.exact, "people", "not reported"),
    ],
)
def test_number_writes_qualifier_separators_ranges_and_units(
    value: int | tuple[int, int] | None, qualifier: Qualifier, unit: str, expected: str
) -> None:
    assert number(value, qualifier, unit) == expected


def test_number_takes_a_figures_own_qualifier_and_unit() -> None:
    control = example_sitrep().key_figures[-1]
    assert control.indicator is Indicator.territory_control_percent
    assert number(control) == "about 80%"


@given(st.integers(min_value=0, max_value=10**12))
def test_number_keeps_every_digit_in_groups_of_three(value: int) -> None:
    text = number(value)
    assert int(text.replace(",", "")) == value
    assert all(len(group) == 3 for group in text.split(",")[1:])


def _figure(value: int, previous: int | None, unit: str = "people") -> Figure:
    return Figure(
        indicator=Indicator.displaced,
        value=value,
        unit=unit,
        previous=previous,
        previous_date=dt.date(2016, 12, 1) if previous is not None else None,
        delta=value - previous if previous is not None else None,
    )


def test_delta_is_signed_and_names_the_previous_report() -> None:
    assert delta(_figure(31_500, 18_000)) == f"+13,500 since 1{NBSP}Dec"
    assert delta(_figure(150_000, 250_000)) == f"\u2212100,000 since 1{NBSP}Dec"
    assert delta(_figure(61, 61)) == f"no change since 1{NBSP}Dec"
    assert delta(_figure(80, 60, unit="percent")) == f"+20 points since 1{NBSP}Dec"
    assert delta(_figure(31_500, 18_000), since=False) == "+13,500"
    assert delta(_figure(61, None)) == ""


def test_dates_and_periods_read_as_in_a_report() -> None:
    day = dt.date(2016, 12, 8)
    assert date(day) == "8 December 2016"
    assert date(day, "short") == f"8{NBSP}Dec"
    assert date(day, "day") == "8 December"
    assert date(day, "iso") == "2016-12-08"
    assert date(Period(start=dt.date(2016, 12, 2), end=day)) == "2–8 December 2016"
    assert date(Period(start=dt.date(2016, 11, 25), end=day)) == "25 November – 8 December 2016"
    assert date(Period(start=dt.date(2015, 12, 25), end=day)) == (
        "25 December 2015 – 8 December 2016"
    )
    assert date(Period(start=dt.date(2016, 11, 15))) == "since 15 November 2016"
    assert date(None) == ""


def test_sentence_capitalises_only_the_first_letter() -> None:
    assert sentence("about 31,500 people in East Aleppo") == "About 31,500 people in East Aleppo"


def test_rows_of_a_total_read_as_ranges() -> None:
    assert rows([], 6) == "row 6"
    assert rows([8, 6, 7, 12], 6) == "rows 6–8, 12"
