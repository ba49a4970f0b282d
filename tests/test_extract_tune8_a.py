"""Classes of error seen on the real rounds AR to AU (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

from tests.extract_helpers import sources


def test_a_french_name_after_its_article_runs_to_its_acronym() -> None:
    text = (
        "Près de 4 000 personnes ont été déplacées en mai, d'après un rapport publié par la "
        "Cellule de veille des mouvements (CVM) de la province."
    )
    assert sources(text, "fr") == [(4000, "Cellule de veille des mouvements (CVM)")]


def test_a_described_speaker_after_the_verb_ends_the_sentence() -> None:
    text = "“Forty people were killed in the blast,” in the town, said the clinic director."
    assert sources(text) == [(40, "clinic director")]


def test_a_speaker_after_the_verb_behind_an_indefinite_article() -> None:
    text = (
        "“Forty people were killed in the blast,” said a clinic official, speaking on "
        "condition of anonymity."
    )
    assert sources(text) == [(40, "clinic official")]


def test_where_the_speaker_spoke_follows_its_name() -> None:
    text = (
        "Plus de 700 personnes ont été déplacées, rapporte le Bureau régional des secours "
        "(BRS) dans un communiqué."
    )
    assert sources(text, "fr") == [(700, "Bureau régional des secours (BRS)")]


def test_a_french_spokesperson_after_the_verb_and_before_a_press_conference() -> None:
    text = (
        "« Quelque 700 personnes ont fui la semaine dernière », a expliqué un porte-parole "
        "du Bureau, Jean Dupont, lors d'une conférence de presse à Genève."
    )
    assert sources(text, "fr") == [(700, "porte-parole du Bureau")]


def test_a_french_speaker_in_the_pluperfect() -> None:
    text = "Lundi, le ministère de la Santé avait signalé 172 décès en une semaine."
    assert sources(text, "fr") == [(172, "ministère de la Santé")]


def test_the_press_as_a_french_source() -> None:
    text = "L'attaque a fait au moins 12 morts dans la province, selon la presse voisine."
    assert sources(text, "fr") == [(12, "presse")]
