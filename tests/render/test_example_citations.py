"""The example's PDF cites like an editor: each figure its own cells and only the sentences
stating it, each article once with its sentences under it, each cell under one number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader


@pytest.fixture(scope="module")
def text(example_build: Path) -> str:
    pages = PdfReader(example_build / "sitrep.pdf").pages
    # The PDF sets a hair space before a citation mark.
    return "\n".join(page.extract_text() for page in pages).replace("\u200a", " ")


def _sources(text: str) -> str:
    return re.sub(r"\s+", " ", text[text.rindex("\nSources\n") :])


def _number(text: str, starting: str) -> str:
    """The number of the Sources entry that begins with `starting`."""
    found = re.search(rf"(\d+)\.\s+{re.escape(starting)}", _sources(text))
    assert found, starting
    return found.group(1)


def _row(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


def test_each_area_cites_its_column_and_only_its_own_sentence(text: str) -> None:
    idps = _number(text, "Column “IDPs (individuals)”")
    un = _number(text, "A UN official said about 31,500 people")
    assert _row(text, "east Aleppo Aleppo SY0200 31,500") == (
        f"east Aleppo Aleppo SY0200 31,500 {idps},{un} +13,500 –"
    )
    assert (
        _row(text, "west Aleppo Aleppo SY0200 900")
        == f"west Aleppo Aleppo SY0200 900 {idps} +450 –"
    )
    assert _row(text, "A'zaz Aleppo SY0204 2,600") == f"A'zaz Aleppo SY0204 2,600 {idps} +500 –"


def test_west_aleppo_medevac_does_not_cite_the_east_aleppo_sentence(text: str) -> None:
    need = _number(text, "Column “Need medical evacuation”")
    critical = _number(text, "Column “Seriously wounded”")
    evacuated = _number(text, "Column “Evacuated”")
    chamaa = _number(text, "Some 1,500 people need medical evacuation")
    assert _row(text, "east Aleppo SY0200 1,500") == (
        f"east Aleppo SY0200 1,500 {chamaa},{need} 500 {chamaa},{critical} –"
    )
    assert _row(text, "west Aleppo SY0200 45") == (
        f"west Aleppo SY0200 45 {need} 12 {critical} 45 {evacuated}"
    )


def test_a_total_cites_the_cells_it_adds_not_a_sentence_about_one_of_them(text: str) -> None:
    idps = _number(text, "Column “IDPs (individuals)”")
    key_figures = text[text.index("\nKey figures\n") :]
    assert key_figures.splitlines()[2] == f"35,000 {idps}"
    assert (
        f"{idps}. Column “IDPs (individuals)” #affected+idps+ind: rows 6 (east Aleppo, SY0200), "
        "7 (west Aleppo, SY0200), 8 (A'zaz, SY0204)." in _sources(text)
    )


def test_an_article_is_listed_once_and_tables_by_file_and_sheet(text: str) -> None:
    sources = _sources(text)
    title = "“Aleppo: regime forces advance more as rebels requist a truce”, 8 December 2016."
    assert sources.count(title) == 1
    for heading in (
        "displacement.csv. Sources: Field data (illustrative); UN official.",
        "field-reports.xlsx, sheet “Medevac”. Sources:",
        "field-reports.xlsx, sheet “Casualties”. Sources:",
        "ceasefire.csv. Sources: News report; Syrian foreign ministry statement; Rebel statement.",
    ):
        assert sources.count(heading) == 1, heading
    assert "rows 3 (east Aleppo, SY0200), 4 (west Aleppo, SY0200)" in sources
