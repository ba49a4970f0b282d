"""Classes of error seen on the real rounds AH and AI (issue 11), each in sentences of our
own words: people held, freed, escaped and taken again; refugees who sought refuge abroad;
a report page's bare field names."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.models import Fact

TUESDAY = dt.date(2025, 5, 13)


def facts(text: str, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="t.txt", published=TUESDAY, lang=lang).facts


def figures(text: str, lang: str = "en") -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text, lang)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Guards said 612 inmates that escaped from the Dorvan jail are still at large.",
            [("other", 612)],
        ),
        ("Police said 212 of them have been recaptured so far.", [("detained", 212)]),
        (
            "The army has recaptured 140 of the escapees near the river.",
            [("detained", 140)],
        ),
        ("Some 150-200 inmates were set free during the assault.", [("other", (150, 200))]),
        ("The Dorvan jail holds nearly 730 juvenile inmates.", [("detained", 730)]),
        (
            "The raiders broke into the jail, releasing more than 300 inmates.",
            [("other", 300)],
        ),
        ("After the swap, 415 prisoners are now out of prison.", [("other", 415)]),
    ],
)
def test_inmates_held_escaped_freed_and_recaptured(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


def test_an_age_of_inmates_is_no_figure() -> None:
    text = "The jail keeps 90 young inmates, some as young as 14."
    assert figures(text) == [("detained", 90)]


def test_hostages_a_raid_rescues_are_freed_not_evacuated() -> None:
    text = "Special forces said they rescued three hostages held since March in a night raid."
    assert figures(text) == [("other", 3)]


def test_deaths_in_captivity_and_hostages_declared_dead_are_deaths() -> None:
    assert figures("Four of the aid workers have died while in detention.") == [("deaths", 4)]
    text = "Officials said 12 of the captives have since been declared dead."
    assert figures(text) == [("deaths", 12)]


def test_people_who_sought_refuge_in_neighbouring_countries_are_refugees() -> None:
    text = (
        "The agency said 1.2 million people have been displaced, including 310,000 who have "
        "sought refuge in neighbouring countries."
    )
    assert figures(text) == [("displaced", 1200000), ("refugees", 310000)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Au total, 85 détenus se sont évadés de la prison de Morvan.", [("other", 85)]),
        ("La police a indiqué que 40 évadés ont été repris.", [("detained", 40)]),
        ("Les ravisseurs ont libéré 12 otages lundi.", [("other", 12)]),
    ],
)
def test_french_escapes_releases_and_recaptures(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence, lang="fr") == expected


def test_a_page_whose_field_names_lost_their_values_names_no_source() -> None:
    text = (
        "Storm update (Daily Flash of 13 May 2025)\n\n"
        "Source\nPosted\nOriginally published\nOrigin\nView original\n\n"
        "In Lorvia, 14 people died and 2,300 people have been sheltered in 40 evacuation "
        "centres.\n"
    )
    found = facts(text)
    assert [(f.indicator.value, f.value) for f in found] == [
        ("killed", 14),
        ("displaced", 2300),
    ]
    assert [f.source for f in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Floodwaters destroyed 15 bridges and damaged 240 houses.", "en", [("other", 240)]),
        (
            "The outbreak has reached 9 woredas, where 1,200 cases were reported.",
            "en",
            [("other", 1200)],
        ),
        (
            "Rescue teams answered 130 alert calls and rescued 2,400 people.",
            "en",
            [("evacuated", 2400)],
        ),
        ("Mobile teams supported 60 soums across the province.", "en", []),
        ("Some 2,300 people were affected in Zone 4.", "en", [("other", 2300)]),
        (
            "Au total, 12 ponts ont été détruits et 300 maisons endommagées.",
            "fr",
            [("other", 300)],
        ),
    ],
)
def test_places_bridges_and_calls_are_not_people(
    text: str, lang: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy rains hit the valley, damaging 85 homes.", [("other", 85)]),
        ("About 310 houses suffered partial damage.", [("other", 310)]),
        ("Landslides caused extensive damage to some 600 houses.", [("other", 600)]),
        ("The torrent razed 42 houses near the river.", [("other", 42)]),
        ("Health teams are following 412 contacts under active monitoring.", [("other", 412)]),
        ("A total of 61 recoveries have been recorded.", [("other", 61)]),
        ("Rescuers said 14 people were recovered dead.", [("killed", 14)]),
        ("Gusts of 200 kph flattened homes along the coast.", []),
    ],
)
def test_houses_damaged_contacts_and_recoveries(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(text) == expected


def test_french_contacts_and_recoveries() -> None:
    text = "Au total, 230 contacts sont suivis et 18 guérisons ont été enregistrées."
    assert figures(text, lang="fr") == [("other", 230), ("other", 18)]
