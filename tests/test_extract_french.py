"""French articles, read with the French words: numbers, dates, cues and speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.extract.languages import UnknownLanguageError
from sitrep.models import Fact

ARTICLE = """Inondations dans le nord : au moins 1 234 personnes déplacées

Les pluies torrentielles tombées le 3 mars ont fait 27 morts et 112 blessés, selon le ministère de l'Intérieur.
Environ 1,5 million de personnes ont besoin d'une aide humanitaire, a indiqué l'OCHA mardi.
Depuis le 1er janvier, plus de 45 000 personnes ont fui vers les camps de la région, selon l'Organisation internationale pour les migrations (OIM).
Quelque 300 personnes sont toujours portées disparues.
Les secouristes ont évacué 2 300 habitants du 4 au 6 mars.
Le bilan pourrait atteindre 50 morts, a déclaré M. Diallo, gouverneur de la province.
"""  # noqa: E501


def _facts(text: str) -> list[Fact]:
    return extract_text(text, path="nord.txt", published=dt.date(2024, 3, 8), lang="fr").facts


def _by_value(value: object) -> Fact:
    return next(f for f in _facts(ARTICLE) if f.value == value)


def test_french_figures_keep_their_own_indicator_and_qualifier() -> None:
    found = [(f.indicator.value, f.value, f.qualifier.value) for f in _facts(ARTICLE)]
    assert found == [
        ("displaced", 1234, "at_least"),
        ("killed", 27, "exact"),
        ("injured", 112, "exact"),
        ("people_in_need", 1_500_000, "approx"),
        ("displaced", 45_000, "at_least"),
        ("missing", 300, "approx"),
        ("evacuated", 2300, "exact"),
        ("killed", 50, "at_most"),
    ]


def test_french_speakers_after_selon_and_speech_verbs() -> None:
    assert _by_value(27).source == "ministère de l'Intérieur"
    assert _by_value(1_500_000).source == "OCHA"
    assert _by_value(45_000).source == "Organisation internationale pour les migrations (OIM)"
    assert _by_value(50).source == "Diallo"


def test_french_dates_days_ranges_and_since() -> None:
    assert _by_value(27).date == dt.date(2024, 3, 3)
    assert _by_value(1_500_000).date == dt.date(2024, 3, 5)  # mardi before Friday 8 March
    since = _by_value(45_000)
    assert since.period is not None and since.period.start == dt.date(2024, 1, 1)
    assert since.period.end == dt.date(2024, 3, 8)
    evacuated = _by_value(2300)
    assert evacuated.period is not None
    assert (evacuated.period.start, evacuated.period.end) == (
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 6),
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Plus de 2 500 personnes ont été déplacées.", 2500),
        ("Près de 3,2 millions de personnes sont dans le besoin.", 3_200_000),
        ("Des milliers de personnes ont fui les combats.", (1000, 9999)),
        ("Entre 300 et 400 personnes ont été tuées.", (300, 400)),
        ("Deux cents civils ont été blessés.", 200),
        ("Une dizaine de civils ont été tués.", 10),
        ("Un millier de personnes ont trouvé refuge dans une école.", 1000),
    ],
)
def test_french_numbers_as_french_writes_them(sentence: str, value: object) -> None:
    assert [f.value for f in _facts(sentence)] == [value]


def test_french_words_are_not_read_as_english() -> None:
    text = "Plus de 2 500 personnes ont été déplacées."
    english = extract_text(text, path="nord.txt", published=dt.date(2024, 3, 8))
    assert english.facts == []


def test_an_unknown_language_is_an_error_that_names_the_known_ones() -> None:
    with pytest.raises(UnknownLanguageError, match="'xx': the extractor reads en, fr"):
        extract_text("1 000 personnes", path="x.txt", published=None, lang="xx")


FLASH = """Flash update n° 3 : violences dans la province de Kalemba

Depuis le 12 février, les affrontements entre groupes armés ont forcé plus de 8 500 ménages, soit environ 42 000 personnes, à quitter leurs villages, selon le Bureau de la coordination des affaires humanitaires (OCHA).
Au moins 14 civils ont trouvé la mort et 31 autres ont été blessés, dont 6 grièvement, a indiqué le porte-parole de la mission de l'ONU.
Environ 1 200 personnes ont traversé la frontière vers le pays voisin au cours des sept derniers jours.
Une trêve de 72 heures a été proposée par les chefs religieux.
Les équipes ont distribué des vivres à 5 300 personnes dans le camp de Mbeli le 20 février.
Une épidémie de choléra a fait 23 morts depuis janvier ; 412 cas suspects ont été notifiés, selon le ministère de la Santé.
"""  # noqa: E501


def test_french_clauses_bind_each_figure_to_its_own_words() -> None:
    found = [(f.indicator.value, f.value, f.unit) for f in _facts(FLASH)]
    assert found == [
        ("displaced", 8500, "households"),
        ("displaced", 42_000, "people"),
        ("killed", 14, "people"),
        ("injured", 31, "people"),
        ("seriously_wounded", 6, "people"),
        ("refugees", 1200, "people"),
        ("ceasefire_duration_days", 3, "days"),
        ("people_reached", 5300, "people"),
        ("deaths", 23, "people"),
        ("other", 412, "people"),
    ]


def test_french_parts_periods_and_sources_of_a_flash_update() -> None:
    facts = {f.value: f for f in _facts(FLASH)}
    assert facts[6].part_of == facts[31].id
    assert facts[42_000].source == "Bureau de la coordination des affaires humanitaires (OCHA)"
    since = facts[8500].period
    assert since is not None and (since.start, since.end) == (
        dt.date(2024, 2, 12),
        dt.date(2024, 3, 8),
    )
    week = facts[1200].period
    assert week is not None and (week.start, week.end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 8))
    assert facts[5300].date == dt.date(2024, 2, 20)
    assert facts[23].source == "ministère de la Santé"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le bilan s'élève à 120 morts, a annoncé jeudi le ministère de la Santé.",
            ("killed", 120, "ministère de la Santé", dt.date(2024, 3, 7)),
        ),
        (
            "Environ 3 500 réfugiés sont arrivés au Tchad hier, selon le HCR.",
            ("refugees", 3500, "HCR", dt.date(2024, 3, 7)),
        ),
        (
            "D'après l'Unicef, près de 600 000 enfants sont privés d'école.",
            ("other", 600_000, "Unicef", None),
        ),
        (
            "Au 15 février, le nombre de déplacés atteignait 52 300, selon le HCR.",
            ("displaced", 52_300, "HCR", dt.date(2024, 2, 15)),
        ),
    ],
)
def test_french_speakers_after_a_weekday_and_more_cues(
    sentence: str, expected: tuple[object, ...]
) -> None:
    (fact,) = _facts(sentence)
    assert (fact.indicator.value, fact.value, fact.source, fact.date) == expected


def test_french_guillemets_are_quoted_speech() -> None:
    text = "« Selon le Croissant-Rouge, 80 personnes ont été tuées », a déclaré Jean Mbala."
    (fact,) = _facts(text)
    assert (fact.value, fact.source) == (80, "Jean Mbala")


def test_a_french_dated_heading_dates_the_figures_under_it() -> None:
    text = "Mise à jour humanitaire du 4 mars 2024\n\nPlus de 2 000 personnes ont été déplacées.\n"
    (fact,) = _facts(text)
    assert (fact.value, fact.date) == (2000, dt.date(2024, 3, 4))


def test_french_counts_of_things_are_no_figures() -> None:
    text = "Les pluies ont touché 300 sites de déplacés et bloqué 45 camions d'aide."
    assert [(f.indicator.value, f.value) for f in _facts(text)] == []
