"""A story that relays one organisation's report: seen on the real rounds BS to CA, where
a national agency's toll, dated in the lead to the day before the page, is told figure
after figure without a day. Each case is in sentences of our own words."""

from __future__ import annotations

import datetime as dt

from sitrep.models.facts import DateFrom
from tests.extract_helpers import MONDAY, facts

SUNDAY = MONDAY - dt.timedelta(days=1)

RELAYED = (
    "Heavy rains have swept the coastal provinces for a week.\n\n"
    "According to the National Flood Agency (NFA), as of the evening of 1 March the floods "
    "have killed 38 people.\n\n"
    "The dead include 20 in Port Amel and 18 in Kessa.\n\n"
    "Another 7 people are still missing, and 4,200 people were evacuated to schools."
)


def test_the_day_of_the_report_a_lead_gives_dates_the_figures_told_after_it() -> None:
    found = [(f.value, f.date, f.date_from) for f in facts(RELAYED)]
    assert found == [
        (38, SUNDAY, DateFrom.sentence),
        (20, SUNDAY, DateFrom.earlier_sentence),
        (18, SUNDAY, DateFrom.earlier_sentence),
        (7, SUNDAY, DateFrom.earlier_sentence),
        (4200, SUNDAY, DateFrom.earlier_sentence),
    ]


def test_the_same_agency_named_again_keeps_its_report_day() -> None:
    text = RELAYED + "\n\nThe NFA said 300 houses were destroyed."
    assert [(f.value, f.date) for f in facts(text)][-2:] == [(4200, SUNDAY), (300, SUNDAY)]


def test_a_story_that_quotes_anyone_else_keeps_the_page_day() -> None:
    doctor = "A local doctor, Amina Sule, said hospitals were full.\n\n"
    text = RELAYED.replace("The dead include", doctor + "The dead include")
    found = [(f.value, f.date, f.date_from) for f in facts(text)]
    assert found[-2:] == [(7, None, DateFrom.publication), (4200, None, DateFrom.publication)]


def test_an_agency_named_only_after_the_lead_gives_no_story_day() -> None:
    text = (
        "Heavy rains have swept the coastal provinces for a week.\n\n"
        "Roads into Kessa were cut on Saturday.\n\n"
        "As of the evening of 1 March, 38 people had been killed, the National Flood Agency "
        "said.\n\n"
        "Another 7 people are still missing."
    )
    assert [(f.value, f.date) for f in facts(text)] == [(38, SUNDAY), (7, None)]


def test_an_agency_that_only_comments_in_the_lead_gives_no_story_day() -> None:
    text = (
        "The National Flood Agency said the floods were the worst in decades.\n\n"
        "As of the evening of 1 March, 38 people had been killed.\n\n"
        "Another 7 people are still missing."
    )
    assert [(f.value, f.date) for f in facts(text)] == [(38, SUNDAY), (7, None)]
