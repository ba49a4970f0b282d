"""Classes of error seen on the real rounds BF to CA, each in sentences of our own words:
a figure whose own sentence names who reported it, given no source or a wrong one."""

from __future__ import annotations

from tests.extract_helpers import sources, speaker


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


def test_french_speakers_named_by_words_the_lists_lacked() -> None:
    # Present and imperfect speech verbs, and a prosecutor, associations, a civic actor.
    assert sources("La procureure a indiqué que les deux victimes étaient des adultes.", "fr") == [
        (2, "procureure")
    ]
    assert sources("Des associations estiment qu'il y a eu plus de 300 morts.", "fr") == [
        (300, "associations")
    ]
    assert sources(
        "Début mai, l'ONU estimait que 40.000 personnes avaient été déplacées.", "fr"
    ) == [(40000, "ONU")]
    assert sources(
        "Jean Mavu, acteur de la société civile en territoire de Lora confirme l'arrivée de 8 "
        "corps sans vie à Velo.",
        "fr",
    ) == [(8, "Jean Mavu")]


def test_french_speaker_after_the_verb_then_its_relay_or_its_name() -> None:
    # 'cité par l'agence …' after the speaker; a long description closed by the name.
    assert sources(
        "« Le bilan s'est alourdi à six morts », a annoncé le gouvernement provincial cité par "
        "l'agence Lumen.",
        "fr",
    ) == [(6, "gouvernement provincial")]
    assert sources(
        "Au moins 40 personnes sont mortes dans les inondations, a annoncé la ministre de "
        "l'Action humanitaire et de la gestion des catastrophes, Ana Diallo.",
        "fr",
    ) == [(40, "Ana Diallo")]


def test_french_issuer_after_par_or_inside_a_long_name() -> None:
    assert sources(
        "Selon un bilan provisoire délivré par le ministère varennais de la Défense, neuf "
        "soldats ont été tués.",
        "fr",
    ) == [(9, "ministère varennais de la Défense")]
    assert sources(
        "Le dernier bilan des inondations fait par la Direction de la protection civile (DPC) "
        "fait état de 31 décès.",
        "fr",
    ) == [(31, "Direction de la protection civile (DPC)")]
    assert sources(
        "Près de 900 personnes sont mortes, selon le dernier bilan du Centre régional de "
        "contrôle et de prévention des maladies (CRC Sahel).",
        "fr",
    ) == [(900, "Centre régional de contrôle et de prévention des maladies (CRC Sahel)")]


def test_a_later_clause_after_bien_que_names_its_own_speaker() -> None:
    assert sources(
        "Selon l'OIM, 300 personnes ont péri, bien que des ONG estiment que le bilan "
        "pourrait dépasser 900.",
        "fr",
    ) == [(300, "OIM"), (900, "ONG")]


def test_who_deplores_a_toll_reports_it_unless_it_is_a_lone_place() -> None:
    assert sources(
        "Dans un communiqué, l'armée varennaise déplore quatre soldats blessés.", "fr"
    ) == [(4, "armée varennaise")]
    assert sources("Bamo a enregistré 20 morts, tandis que Kelo déplore 2 morts.", "fr") == [
        (20, None),
        (2, None),
    ]


def test_an_organisation_telling_its_own_response_is_the_source() -> None:
    assert sources(
        "Hope Relief is delivering water to gathering points every day, serving over 6,200 people."
    ) == [(6200, "Hope Relief")]
    assert speaker("In Varo, IOM has provided shelter kits to over 3,000 people.") == "IOM"
    assert sources("In May, WFP reached two million people across the region.") == [
        (2000000, "WFP")
    ]
    assert (
        speaker("Moreover, 410 people have received medical care from the Kestrel Relief Agency.")
        == "Kestrel Relief Agency"
    )
    assert sources("Authorities evacuated some 1,500 residents to relief camps.") == [
        (1500, "Authorities")
    ]


def test_a_person_or_a_plain_description_acting_is_no_report() -> None:
    assert sources("Neighbours rescued 12 people from the flooded houses.") == [(12, None)]


def test_an_agency_condemning_the_deaths_it_counts_reports_them() -> None:
    assert sources(
        "The Health Office (HO) on Tuesday condemned the deaths of more than 20 civilians in a "
        "strike on a clinic in Varo."
    ) == [(20, "Health Office (HO)")]
