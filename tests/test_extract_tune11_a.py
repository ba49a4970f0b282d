"""Classes of error seen on the real rounds BB to BE (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import figures, periods, sources, speaker


def test_french_figures_supplied_by_a_body_name_it() -> None:
    text = (
        "Le bilan des inondations s'élève à 45 morts, suivant les chiffres fournis par la "
        "Direction de la protection civile."
    )
    assert sources(text, "fr") == [(45, "Direction de la protection civile")]
    text = "On compte 300 sinistrés, selon des chiffres transmis par le Bureau des secours (BDS)."
    assert sources(text, "fr") == [(300, "Bureau des secours (BDS)")]


def test_a_french_adjective_after_the_speakers_noun_stays_in_its_name() -> None:
    assert speaker("Les autorités maliennes ont annoncé 12 morts.", "fr") == "autorités maliennes"
    assert (
        speaker("Le ministère tchadien de la Santé a indiqué 40 cas.", "fr")
        == "ministère tchadien de la Santé"
    )
    assert speaker("La police locale a signalé 3 blessés.", "fr") == "police locale"
    assert speaker("Les services de secours ont annoncé 8 morts.", "fr") == "services de secours"


def test_a_plural_subject_estimates_and_a_statement_reads() -> None:
    assert speaker("Port officials estimate that 70 people drowned.") == "Port officials"
    text = (
        "The Valley Relief Office (VRO) said in a statement that the river had burst.\n\n"
        '"At least 35 people drowned in the night," the statement reads.'
    )
    assert sources(text) == [(35, "Valley Relief Office (VRO)")]


def test_a_un_agency_described_without_its_acronym_is_named_as_described() -> None:
    text = (
        "The World Health Organization (WHO) said clinics were overwhelmed.\n\n"
        "The UN migration agency estimates that 9,000 people fled the town this week."
    )
    assert sources(text)[-1] == (9000, "UN migration agency")


def test_a_range_of_days_each_named_with_its_weekday_is_one_period() -> None:
    assert periods("Il a plu du mardi 10 au jeudi 12 février.", "fr") == [
        (dt.date(2026, 2, 10), dt.date(2026, 2, 12))
    ]
    assert periods("entre le lundi 9 février et le mercredi 11 février", "fr") == [
        (dt.date(2026, 2, 9), dt.date(2026, 2, 11))
    ]
    assert periods("entre le 9 et le 11 février", "fr") == [
        (dt.date(2026, 2, 9), dt.date(2026, 2, 11))
    ]
    assert periods("between Monday, 9 February and Wednesday, 11 February") == [
        (dt.date(2026, 2, 9), dt.date(2026, 2, 11))
    ]
    text = "Les crues ont fait 6 morts du mardi 10 au jeudi 12 février."
    assert figures(text, "fr") == [("killed", 6)]


def test_a_contrast_clause_names_its_own_speaker() -> None:
    text = "The ministry said 20 people had died, while the Red Crescent said 31 had died."
    assert sources(text) == [(20, "ministry"), (31, "Red Crescent")]
    text = "Le ministère a annoncé 20 morts, mais la Croix-Rouge a signalé 31 morts."
    assert sources(text, "fr") == [(20, "ministère"), (31, "Croix-Rouge")]
    text = "The army said 20 soldiers were killed, but 30 were injured."
    assert sources(text) == [(20, "army"), (30, "army")]
    text = '"We found 12 bodies, while 40 are missing," the mayor said.'
    assert sources(text) == [(12, "mayor"), (40, "mayor")]


def test_a_plain_plural_description_ending_the_sentence_speaks() -> None:
    text = "The floods have cut off 40 villages since March, humanitarian groups say."
    assert speaker(text) == "humanitarian groups"
    assert speaker("Some 300 homes burned overnight, local charities said.") == "local charities"


def test_a_speaker_after_its_verb_may_be_followed_by_a_relative_clause() -> None:
    text = (
        '"We counted 14 bodies on the road," said a police source who asked not to be named '
        "because he had no leave to talk."
    )
    assert speaker(text) == "police source"


def test_a_subject_of_two_joined_verbs_speaks_through_the_second() -> None:
    text = (
        "At first 30 people were feared dead, but the Harbour Police revised the count and "
        "said that 26 had drowned."
    )
    assert speaker(text) == "Harbour Police"
    assert sources(text)[-1] == (26, "Harbour Police")


def test_a_comma_after_the_subject_of_a_dateline_sentence() -> None:
    text = "PORTVILLE, Esland- The Relief Office (RO), said on Monday that 12 people had died."
    assert speaker(text) == "Relief Office (RO)"


def test_an_agency_expressing_concern_is_the_source_of_the_figure_it_names() -> None:
    text = "The Refugee Council has expressed concern as 4,000 families were expelled this week."
    assert speaker(text) == "Refugee Council"


def test_an_agency_describing_its_own_work_in_its_opening_is_the_release_voice() -> None:
    text = (
        "Valley Floods Update No. 4\n\n"
        "  • The Highland Relief Corps is operating six field clinics in the valley towns.\n"
        "  • Clinics have treated 2,300 patients since the river burst its banks."
    )
    assert sources(text) == [(2300, "Highland Relief Corps")]
    text = (
        "As the rains go on across the south, the Relief Office, the coordinating body in "
        "partnership with district councils and many local groups, is supporting families "
        "who have lost their homes.\n\n"
        "Some 4,000 families have fled the river towns since May."
    )
    assert sources(text) == [(4000, "Relief Office")]


def test_an_agency_speaking_as_we_in_its_opening_is_the_release_voice() -> None:
    text = (
        "At the Northern Aid Council, we are worried about what the rains will bring next.\n\n"
        "Over 12,000 people have fled to the hill camps this month."
    )
    assert sources(text) == [(12000, "Northern Aid Council")]


def test_a_story_citing_the_statement_of_the_body_that_spoke_relays_it() -> None:
    text = (
        "(NEWSWIRE) The River Rescue Office announced on Monday that it had moved families.\n"
        "According to an official statement, the last boats left the island at dawn.\n"
        "The boats carried 40 injured people and the bodies of six victims."
    )
    assert sources(text) == [(40, "River Rescue Office"), (6, "River Rescue Office")]


def test_the_outlet_a_french_speaker_spoke_to_stands_between_verb_and_speaker() -> None:
    text = (
        "Au moins 40 personnes ont péri dans l'incendie du marché La Source, a indiqué mardi "
        "soir sur les ondes de Radio Lac le porte-parole de la Protection Civile, Jean Roy."
    )
    assert speaker(text, "fr") == "porte-parole de la Protection Civile"
    text = "Douze personnes sont mortes au Marché Central, a déclaré à l'AFP le gouverneur."
    assert speaker(text, "fr") == "gouverneur"
