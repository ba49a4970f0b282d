"""Classes of error seen on the real rounds AV to BA (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

from tests.extract_helpers import sources


def test_a_story_opening_on_one_agency_relays_it_after() -> None:
    text = (
        "Floods have displaced 3,000 people in the river towns, the Valley Relief Office "
        "(VRO) said on Monday.\n\n"
        "In its latest figures, the VRO said 14 people had drowned.\n\n"
        "Some 620 people are still missing in the lower valley.\n\n"
        "Doctors at the district clinic said 40 people were treated for injuries.\n\n"
        "In 1998 a flood of the same river killed 200 people."
    )
    assert sources(text) == [
        (3000, "Valley Relief Office (VRO)"),
        (14, "VRO"),
        (620, "VRO"),
        (40, "Doctors"),
        (200, None),
    ]


def test_a_report_citing_its_source_or_a_person_relays_nobody() -> None:
    text = (
        "Some 300 homes were flooded, according to the Valley Relief Office.\n\n"
        "The office said 12 people had drowned.\n\n"
        "About 900 people have fled the lower valley."
    )
    assert sources(text)[-1] == (900, None)
    text = (
        "Some 300 homes were flooded, relief chief Anna Berg said on Monday.\n\n"
        "Berg said 12 people had drowned.\n\n"
        "About 900 people have fled the lower valley."
    )
    assert sources(text)[-1] == (900, None)
