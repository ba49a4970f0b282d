"""Hostile and broken articles (issue 13): a bad one is reported, the others go on.

Each test is one attack from the issue; before, each crashed the whole run, hung,
took minutes and gigabytes, or gave one fact many times.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from sitrep.errors import UsageError
from sitrep.extract import extract_articles
from sitrep.extract.command import run_extract
from sitrep.extract.reader import ArticleReadError, read_article
from sitrep.models import GazetteerEntry

SENTENCE = "Shelling on Wednesday killed 61 people."
THURSDAY = dt.date(2016, 12, 8)
GOOD = "---\ntitle: Aleppo\npublished: 2016-12-08\n---\n" + SENTENCE + "\n"


def run(tmp_path: Path, bad: str, name: str = "bad.md") -> tuple[list[str], list[str]]:
    """Extract a bad article beside a good one: (articles read, problems as 'file: message')."""
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_text(bad, encoding="utf-8")
    extraction, problems = extract_articles([tmp_path / name, tmp_path / "good.md"])
    return (
        [Path(a.path).name for a in extraction.articles],
        [f"{Path(p.file).name}: {p.message}" for p in problems],
    )


ALIAS_BOMB = (
    "---\n"
    'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "title: *h\n"
    "---\n" + SENTENCE
)


def test_a_yaml_alias_bomb_in_front_matter_is_refused_at_once(tmp_path: Path) -> None:
    read, problems = run(tmp_path, ALIAS_BOMB)
    assert read == ["good.md"]
    assert problems == [
        "bad.md: front matter is not valid YAML: aliases (*name) are not allowed in front matter"
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("published: 2016-02-30", "front matter: published '2016-02-30' is not a date"),
        ("published: 42", "front matter: published '42' is not a date; write it as YYYY-MM-DD"),
        ("published: " + "9" * 5000, "front matter is not valid YAML: a value too long"),
        ("title: " + "9" * 5000, "front matter is not valid YAML: a value too long"),
        ("title: " + "[" * 5000, "front matter is not valid YAML"),
    ],
    ids=["february-30", "a-number", "huge-integer-date", "huge-integer", "deep-nesting"],
)
def test_bad_front_matter_is_a_problem_for_that_article_only(
    tmp_path: Path, line: str, message: str
) -> None:
    read, problems = run(tmp_path, f"---\n{line}\n---\n{SENTENCE}\n")
    assert read == ["good.md"]
    (problem,) = problems
    assert problem.startswith("bad.md: " + message)


def test_a_front_matter_date_with_a_time_is_still_its_date(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: 2016-12-08T10:00:00Z\n---\n{SENTENCE}\n", encoding="utf-8")
    assert read_article(path).published == THURSDAY


def test_a_quote_in_a_blockquote_gives_its_fact_once(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        f"<html><body><article><blockquote><p>{SENTENCE}</p></blockquote></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).text == SENTENCE + "\n"
    extraction, _ = extract_articles([page], published=THURSDAY)
    assert [f.value for f in extraction.articles[0].facts] == [61]


def test_nested_quotes_and_list_items_give_each_sentence_once(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    nested = "<blockquote><ul><li>" * 40 + SENTENCE + "</li></ul></blockquote>" * 40
    body = f"<li>Lead <ul><li>inner</li></ul> tail</li>{nested}"
    page.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    assert read_article(page).text == f"Lead\n\ninner\n\ntail\n\n{SENTENCE}\n"
    extraction, _ = extract_articles([page], published=THURSDAY)
    assert [f.value for f in extraction.articles[0].facts] == [61]


def test_a_page_nested_100000_deep_is_refused_before_parsing(tmp_path: Path) -> None:
    page = "<html><body>" + "<blockquote>" * 100_000 + SENTENCE + "</blockquote>" * 100_000
    read, problems = run(tmp_path, page, name="bad.html")
    assert read == ["good.md"]
    (problem,) = problems
    assert "nests elements more than 256 deep" in problem


def test_many_unclosed_paragraphs_are_not_deep(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><body>" + "<p>Aleppo." * 1000 + f"<p>{SENTENCE}", encoding="utf-8")
    assert read_article(page).text.endswith(SENTENCE + "\n")


def test_an_article_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    read, problems = run(tmp_path, (SENTENCE + " ") * 30_000, name="huge.txt")
    assert read == ["good.md"]
    assert problems == [
        "huge.txt: the article text is 1,200,000 characters; sitrep reads articles of at most "
        "1,000,000"
    ]


def test_a_named_pipe_among_the_articles_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    extraction, problems = extract_articles([tmp_path / "pipe.txt", tmp_path / "good.md"])
    assert [Path(a.path).name for a in extraction.articles] == ["good.md"]
    assert [p.message for p in problems] == [
        "not a regular file (a folder, device or pipe); give the file itself"
    ]


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zero.txt"
    path.symlink_to("/dev/zero")
    with pytest.raises(ArticleReadError, match="not a regular file"):
        read_article(path)


def test_a_turkish_capital_i_does_not_crash_the_gazetteer(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Shelling in AFRİN on Wednesday killed 61 people.", encoding="utf-8")
    afrin = GazetteerEntry(row=2, adm1_name="Aleppo", adm1_code="SY02", aliases=("Afrin",))
    extraction, problems = extract_articles([path], published=THURSDAY, gazetteer=[afrin])
    assert [f.value for f in extraction.articles[0].facts] == [61] and problems == []


def test_extract_output_to_a_pipe_is_wrong_usage_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "facts.json")
    with pytest.raises(UsageError, match="not a regular file"):
        run_extract([tmp_path / "good.md"], output=tmp_path / "facts.json")
