"""Classes of error seen on the real rounds AV to BA (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import period_ends, sources, speaker


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


def test_a_person_relays_nobody_where_an_agency_relays_its_report() -> None:
    # a story relaying one agency's report figure after figure keeps that agency as the
    # source of the sentences that name nobody (the AK call); a person's statement does not
    text = (
        "Some 300 homes were flooded, according to the Valley Relief Office.\n\n"
        "The office said 12 people had drowned.\n\n"
        "About 900 people have fled the lower valley."
    )
    assert sources(text)[-1] == (900, "Valley Relief Office")
    text = (
        "Some 300 homes were flooded, relief chief Anna Berg said on Monday.\n\n"
        "Berg said 12 people had drowned.\n\n"
        "About 900 people have fled the lower valley."
    )
    assert sources(text)[-1] == (900, None)


def test_a_french_pronoun_after_its_speech_verb_is_the_speaker_named_before() -> None:
    text = (
        "Les secours fouillent encore les ruines, a déclaré lundi le maire Paul Martin.\n\n"
        "« Nous avons retrouvé 25 corps dans les décombres », a-t-il précisé."
    )
    assert sources(text, "fr") == [(25, "maire Paul Martin")]
    text = (
        "L'hôpital est plein, a indiqué mardi la ministre Anne Dubois.\n\n"
        "« Au moins 30 blessés y sont soignés », ajoute-t-elle."
    )
    assert sources(text, "fr") == [(30, "ministre Anne Dubois")]


def test_a_manager_an_inspector_and_the_coast_guard_speak() -> None:
    text = "Ten people were rescued, said Elm district manager Tom Reed, adding that 8 drowned."
    assert speaker(text) == "Elm district manager Tom Reed"
    assert speaker("The coast guard said a list showed 40 people on board.") == "coast guard"
    text = "The inspector general of police said 4 people died."
    assert speaker(text) == "inspector general of police"


def test_a_running_period_made_up_to_a_day_ends_on_that_day() -> None:
    text = "Some 1,200 cases were reported in the valley this year as at February 18th."
    assert period_ends(text) == [(1200, dt.date(2026, 2, 18))]
    text = "Depuis janvier, 640 cas ont été signalés, selon le bilan arrêté au 20 février."
    assert period_ends(text, "fr") == [(640, dt.date(2026, 2, 20))]
