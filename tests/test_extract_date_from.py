"""Where the day of an article's figure comes from, as the review file and the text table show it.

The report files a figure under its date, else the article's publication date; the officer
who checks the day needs to know where to look for it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.extract.formats import to_json, to_text
from sitrep.load import read_facts

PUBLISHED = "2024-05-10"  # a Friday
runner = CliRunner()

ORIGINS = [
    pytest.param(
        "Rescue teams said on Tuesday that 40 people were killed in the valley.\n",
        40,
        "2024-05-07",
        "sentence",
        "2024-05-07 (from the sentence)",
        id="own sentence",
    ),
    pytest.param(
        "The river burst its banks on Tuesday. Rescue teams said 40 people were killed.\n",
        40,
        "2024-05-07",
        "earlier_sentence",
        "2024-05-07 (from an earlier sentence)",
        id="carried from an earlier sentence",
    ),
    pytest.param(
        "Flood update (6 May 2024)\n\nAt least 500 people were displaced in the north.\n",
        500,
        "2024-05-06",
        "heading",
        "2024-05-06 (from a heading or dispatch line)",
        id="dated heading",
    ),
    pytest.param(
        "8 May 2024. The river rose overnight. Floods killed 30 people in the valley.\n",
        30,
        "2024-05-08",
        "heading",
        "2024-05-08 (from a heading or dispatch line)",
        id="dispatch line",
    ),
    pytest.param(
        "In the south, 70 people were evacuated by boat. (Red Crescent, 4 May 2024)\n",
        70,
        "2024-05-04",
        "citation",
        "2024-05-04 (from the citation ending its line)",
        id="citation ending the line",
    ),
    pytest.param(
        "Aid agencies say 3,000 people are displaced.\n",
        3_000,
        None,
        "publication",
        "2024-05-10 (publication date)",
        id="publication date",
    ),
]


def _article(tmp_path: Path, text: str) -> Path:
    article = tmp_path / "flood.txt"
    article.write_text(text, encoding="utf-8")
    return article


def _review_file(article: Path, *options: str) -> dict[str, Any]:
    out = article.with_name("facts.json")
    result = runner.invoke(app, ["extract", str(article), *options, "-o", str(out)])
    assert result.exit_code == 0, result.output
    written: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return written


@pytest.mark.parametrize(("text", "value", "day", "origin", "shown"), ORIGINS)
def test_the_review_file_shows_where_the_day_comes_from_beside_the_date(
    tmp_path: Path, text: str, value: int, day: str | None, origin: str, shown: str
) -> None:
    (fact,) = _review_file(_article(tmp_path, text), "--published", PUBLISHED)["articles"][0][
        "facts"
    ]
    assert (fact["value"], fact["date"], fact["date_from"]) == (value, day, origin)
    keys = list(fact)
    assert keys.index("date_from") == keys.index("date") + 1


@pytest.mark.parametrize(("text", "value", "day", "origin", "shown"), ORIGINS)
def test_the_text_table_shows_the_day_the_report_uses_and_its_origin(
    tmp_path: Path, text: str, value: int, day: str | None, origin: str, shown: str
) -> None:
    article = _article(tmp_path, text)
    result = runner.invoke(
        app, ["extract", str(article), "--published", PUBLISHED, "--format", "text"]
    )
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stdout.splitlines() if "source:" in line]
    assert f"{value:,} people, {shown}, source:" in line


def test_a_figure_of_an_article_without_any_date_has_no_origin(tmp_path: Path) -> None:
    article = _article(tmp_path, "Aid agencies say 3,000 people are displaced.\n")
    (fact,) = _review_file(article)["articles"][0]["facts"]
    assert fact["date"] is None
    assert "date_from" not in fact
    text = runner.invoke(app, ["extract", str(article), "--format", "text"]).stdout
    assert "3,000 people, no date, source:" in text


OLD_REVIEW_FILE = {
    "articles": [
        {
            "path": "flood.txt",
            "title": None,
            "url": None,
            "outlet": None,
            "published": PUBLISHED,
            "facts": [
                {
                    "id": "flood-30-killed",
                    "indicator": "killed",
                    "value": 40,
                    "date": "2024-05-07",
                    "source": "Rescue teams",
                    "quote": "Rescue teams said on Tuesday that 40 people were killed.",
                    "span": [0, 57],
                    "review": "accepted",
                },
                {
                    "id": "flood-75-displaced",
                    "indicator": "displaced",
                    "value": 3000,
                    "date": None,
                    "quote": "Aid agencies say 3,000 people are displaced.",
                    "span": [58, 102],
                    "review": "pending",
                },
            ],
        }
    ]
}
"""A review file written before facts said where their day comes from, edited by hand."""


def test_a_review_file_without_the_origin_still_loads_and_is_written_back_without_it(
    tmp_path: Path,
) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(OLD_REVIEW_FILE), encoding="utf-8")
    extraction = read_facts(facts_file)
    dated, undated = extraction.articles[0].facts
    assert (dated.date_from, undated.date_from) == (None, None)
    assert "date_from" not in to_json(extraction)
    lines = to_text(extraction).splitlines()
    assert "40 people, 2024-05-07, source: Rescue teams," in lines[1]
    assert "3,000 people, 2024-05-10 (publication date), source: -," in lines[3]


def _rerun_keeping(tmp_path: Path, kept_day: str) -> dict[str, Any]:
    """An accepted fact of an old review file (no origins), then the same command again."""
    article = _article(tmp_path, "Rescue teams said on Tuesday that 40 people were killed.\n")
    first = _review_file(article, "--published", PUBLISHED)
    (fact,) = first["articles"][0]["facts"]
    del fact["date_from"]
    fact.update(review="accepted", date=kept_day)
    (tmp_path / "facts.json").write_text(json.dumps(first), encoding="utf-8")
    (kept,) = _review_file(article, "--published", PUBLISHED)["articles"][0]["facts"]
    fields: dict[str, Any] = kept
    return fields


def test_a_rerun_gives_an_accepted_fact_the_origin_of_the_day_it_finds_again(
    tmp_path: Path,
) -> None:
    kept = _rerun_keeping(tmp_path, "2024-05-07")
    assert (kept["review"], kept["date"], kept["date_from"]) == (
        "accepted",
        "2024-05-07",
        "sentence",
    )


def test_a_day_the_officer_changed_is_not_given_the_origin_of_another_day(
    tmp_path: Path,
) -> None:
    kept = _rerun_keeping(tmp_path, "2024-05-08")
    assert (kept["review"], kept["date"]) == ("accepted", "2024-05-08")
    assert "date_from" not in kept
