"""Classes of error seen on the real rounds BF to CA, each in sentences of our own words:
a figure whose own sentence names who reported it, given no source or a wrong one."""

from __future__ import annotations

from tests.extract_helpers import sources


def test_speakers_named_by_words_the_speaker_list_lacked() -> None:
    # A coastguard, a faction and a unit are who speaks, as a coast guard is.
    assert sources("The Marrow coastguard said separately it found four bodies.") == [
        (4, "Marrow coastguard")
    ]
    assert sources(
        "The Orvan faction, led by Tomas Brell, said more than 300 people were feared dead."
    ) == [(300, "Orvan faction")]


def test_verbs_that_give_a_count_as_the_speakers_own() -> None:
    # 'put the number of … at', 'now counts', 'mentioned', 'has flagged', a dashboard that
    # 'showed', concern raised about the number itself.
    assert sources("The Dunmere Police Command put the number of those rescued at 14.") == [
        (14, "Dunmere Police Command")
    ]
    assert sources("From 9,000 evacuees on Monday, KORA now counts 5,200 people in shelters.")[
        -1
    ] == (5200, "KORA")
    assert sources("The Brava City Health dashboard showed 41 total cases.") == [
        (41, "Brava City Health")
    ]
    assert sources(
        "The Tarsin Relief Agency (TRA)’s situation report has flagged that at least 12,000 "
        "people have been displaced."
    ) == [(12000, "Tarsin Relief Agency (TRA)")]
    assert sources(
        "The Relief Office has raised concerns about the growing number of refugees arriving "
        "in Kestrel, with some 9,000 people crossing in a week."
    ) == [(9000, "Relief Office")]
    assert sources("The Health Ministry's Weekly Bulletin (WB) mentioned 3,120 cases.") == [
        (3120, "Health Ministry's Weekly Bulletin (WB)")
    ]


def test_the_name_after_told_is_who_was_told() -> None:
    assert sources(
        "The boat sank off Cape Marl on Sunday with 40 people on board, Ivo Lind, head of the "
        "Relief Office in Tarn, told the Daily Courier."
    ) == [(40, "Ivo Lind")]


def test_a_set_off_name_wins_over_the_description_before_it() -> None:
    assert sources(
        "A spokesman for the council, Ivo Lind, says more than 700 homes were destroyed."
    ) == [(700, "Ivo Lind")]
    assert sources(
        "Le porte-parole de la police de Varenne, Paul Odin, a confirmé les neuf morts.", "fr"
    ) == [(9, "Paul Odin")]


def test_a_place_after_in_is_where_the_speaker_is() -> None:
    assert sources("Marl General Hospital in Tarn reported receiving 12 bodies.") == [
        (12, "Marl General Hospital")
    ]
    # The service's number is read as a figure too; the speaker is the person set off.
    assert sources(
        "“The dead include 9 men and 2 women,” Ivo Lind, spokesman for Rescue 40 in Tarn told "
        "the Courier."
    )[:2] == [(9, "Ivo Lind"), (2, "Ivo Lind")]


def test_a_dash_sets_off_the_speaker_after_the_verb() -> None:
    assert sources(
        "The strike on the clinic killed more than 30 people - stated Dr Ama Ode, head of the "
        "Health Office."
    ) == [(30, "Dr Ama Ode")]
