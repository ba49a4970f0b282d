"""Classes of error seen on the real rounds H-L (issue 11), each in sentences of our own
words: what a first reading of a new article must get right."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact

MONDAY = dt.date(2024, 6, 10)


def facts(text: str, published: dt.date = MONDAY) -> list[Fact]:
    return extract_text(text, path="t.txt", published=published).facts


def figures(text: str) -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yellow fever has killed 31 people in the province this year.",
        "The Marburg virus has killed 9 patients so far.",
        "Lassa fever killed 27 people in March, the health ministry said.",
    ],
)
def test_a_named_disease_that_kills_gives_deaths(sentence: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == ["deaths"]


def test_in_an_article_about_a_named_outbreak_plain_deaths_are_deaths() -> None:
    text = (
        "Mpox spreads in the east\n\n"
        "Health workers are tracing contacts as mpox spreads through the lake towns. "
        "Seven people died on Sunday. The mpox response lacks vaccines."
    )
    assert figures(text) == [("deaths", 7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last month 41,000 migrants crossed the jungle on foot.",
        "Some 3,200 migrants transited through the border town in a week.",
    ],
)
def test_migrants_in_transit_are_other_not_refugees(sentence: str) -> None:
    assert [f.indicator.value for f in facts(sentence)] == ["other"]
