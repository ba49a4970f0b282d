"""Classes of error seen on the real rounds AR to AU (sources and dates), each in sentences
of our own words."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact

MONDAY = dt.date(2026, 3, 2)


def facts(text: str, lang: str = "en") -> list[Fact]:
    return extract_text(text, path="t.txt", published=MONDAY, lang=lang).facts


def sources(text: str, lang: str = "en") -> list[tuple[object, str | None]]:
    return [(f.value, f.source) for f in facts(text, lang)]


def test_a_french_name_after_its_article_runs_to_its_acronym() -> None:
    text = (
        "Près de 4 000 personnes ont été déplacées en mai, d'après un rapport publié par la "
        "Cellule de veille des mouvements (CVM) de la province."
    )
    assert sources(text, "fr") == [(4000, "Cellule de veille des mouvements (CVM)")]
