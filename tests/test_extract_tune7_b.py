"""Classes of error seen on the real rounds AM to AQ, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text

MONDAY = dt.date(2026, 3, 2)


def figures(text: str, lang: str = "en") -> list[tuple[str, object]]:
    found = extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts
    return [(f.indicator.value, f.value) for f in found]


def test_rescuers_sent_to_a_flood_are_not_people_it_killed() -> None:
    text = "Police sent 12 rescuers to the village, where 4 people died in the floods."
    assert figures(text) == [("killed", 4)]


def test_personnel_dispatched_to_a_sinking_are_not_people_evacuated() -> None:
    text = "A rescue team of 62 personnel was dispatched with four boats to the ferry."
    assert figures(text) == []


def test_health_workers_trained_are_the_response() -> None:
    text = "Partners have trained 48 community health workers on oral rehydration."
    assert figures(text) == []


def test_responders_who_are_harmed_stay_a_casualty_figure() -> None:
    text = "Shelling on the clinic killed three rescuers and two volunteers on Sunday."
    assert figures(text) == [("killed", 3), ("killed", 2)]


def test_a_change_in_per_cent_is_no_count() -> None:
    text = "This is a 38.4% decrease in confirmed cases and a 12% increase in new deaths."
    assert figures(text) == []


def test_a_rate_in_per_cent_is_no_count() -> None:
    text = "Suspected cases were tested with a 61% positivity rate, so many cases are missed."
    assert figures(text) == []


def test_a_share_of_a_citys_housing_is_no_count_of_people() -> None:
    text = "The mayor said 75% of the town's housing has been destroyed by the shelling."
    assert figures(text) == []


def test_a_country_home_to_refugees_counts_them() -> None:
    text = "Lomaland is home to more than 420,000 Norland refugees, the agency said."
    assert figures(text) == [("refugees", 420000)]


def test_a_city_home_to_people_is_its_size() -> None:
    text = "The capital, home to 3 million people, was hit by the storm."
    assert figures(text) == []


def test_refugees_fleeing_a_war_are_refugees_not_displaced() -> None:
    text = "The country hosts 96,000 Norland refugees fleeing the fighting."
    assert figures(text) == [("refugees", 96000)]


def test_a_district_that_hosted_nationals_of_another_country_hosts_refugees() -> None:
    text = "The border district hosted an estimated 61,000 Norlanders, including 9,000 in the camp."
    assert figures(text) == [("refugees", 61000), ("refugees", 9000)]


def test_people_hosted_in_shelters_are_displaced() -> None:
    text = "More than 12,400 people are being hosted in 90 shelters across the south."
    assert figures(text) == [("displaced", 12400)]


def test_health_centres_and_classrooms_damaged_are_counted_as_damage() -> None:
    text = "The storm destroyed 2,310 houses and damaged 14 health centres and 212 classrooms."
    assert figures(text) == [("other", 2310), ("other", 14), ("other", 212)]
