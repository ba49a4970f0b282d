"""Classes of error seen on the real rounds CH, CK and CL (CK and CL read once, then
training), each in sentences of our own words."""

from __future__ import annotations

from tests.extract_helpers import facts, figures


def test_a_group_closed_by_a_comma_stays_its_tolls_not_the_next_verbs() -> None:
    text = (
        "A drone hit the market, killing at least 9 people, including four children, and "
        "injuring more than 30 others."
    )
    killed, children, injured = facts(text)
    assert [(f.indicator.value, f.value) for f in (killed, children, injured)] == [
        ("killed", 9),
        ("killed", 4),
        ("injured", 30),
    ]
    assert children.part_of == killed.id
    # a part that carries its own verb inside its clause keeps it
    assert figures("Some 2,000 people, of whom 800 were injured, fled the town.") == [
        ("displaced", 2000),
        ("injured", 800),
    ]
