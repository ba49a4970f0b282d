"""Classes of error seen on the real rounds BF to BO, each in sentences of our own words:
what a number counts."""

from __future__ import annotations

from tests.extract_helpers import figures


def test_members_of_a_force_or_group_are_people() -> None:
    text = (
        "Nine members of the border police were killed in the raid. "
        "The dead included four members of a rescue brigade. "
        "The committee has 12 members."
    )
    assert figures(text) == [("killed", 9), ("killed", 4)]


def test_french_members_of_a_force_are_people() -> None:
    text = (
        "Onze membres des forces de sécurité ont été tués dans l'embuscade. "
        "Les attaques ont fait 300 morts, dont 210 civils et 90 membres des milices locales."
    )
    assert figures(text, "fr") == [("killed", 11), ("killed", 300), ("killed", 210), ("killed", 90)]
