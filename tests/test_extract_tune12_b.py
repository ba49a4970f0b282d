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


def test_french_counts_of_buildings_are_damage_never_people() -> None:
    text = (
        "Trois villageois tués, 14 maisons incendiées et deux personnes enlevées. "
        "Selon la mairie, 520 habitations et 12 écoles se sont effondrées. "
        "Au moins 9 commissariats ont été pillés ou incendiés. "
        "L'eau a inondé 2 300 cases dans le district."
    )
    assert figures(text, "fr") == [
        ("killed", 3),
        ("other", 14),
        ("detained", 2),
        ("other", 520),
        ("other", 12),
        ("other", 9),
        ("other", 2300),
    ]


def test_dozens_multiplied_are_numbers() -> None:
    text = (
        "Two dozen people were injured. "
        "Half a dozen people are missing. "
        "Over three dozen houses were damaged."
    )
    assert figures(text) == [("injured", 24), ("missing", 6), ("other", 36)]
