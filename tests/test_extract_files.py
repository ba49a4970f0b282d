"""Reading article files, the CLI, review decisions across re-runs, and the seed golden file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.extract import extract_articles, extract_text, keep_reviews
from sitrep.extract.command import relative_paths
from sitrep.extract.formats import to_json
from sitrep.extract.reader import read_article
from sitrep.load import open_situation, read_facts, with_digests
from sitrep.models import Extraction, GazetteerEntry, Review

ARTICLES = Path(__file__).parent / "data" / "articles"
HELD_OUT = Path(__file__).parent / "data" / "held-out"
BLIND = Path(__file__).parent / "data" / "blind"
SEED = ARTICLES / "aleppo-2016-12-08.txt"
GOLDEN = Path(__file__).parent / "data" / "extract" / "aleppo-2016-12-08.golden.json"
THURSDAY = dt.date(2016, 12, 8)
runner = CliRunner()


def test_front_matter_is_metadata_and_spans_index_the_text_after_it(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    body = "Shelling on Wednesday killed 61 people.\n"
    article.write_text(
        "---\ntitle: East Aleppo\nurl: https://example.org/a\npublished: 2016-12-08\n---\n" + body,
        encoding="utf-8",
    )
    read = read_article(article)
    assert (read.title, read.url, read.published, read.text) == (
        "East Aleppo",
        "https://example.org/a",
        THURSDAY,
        body,
    )
    extraction, problems = extract_articles([article])
    (fact,) = extraction.articles[0].facts
    assert problems == []
    assert fact.span is not None and body[fact.span[0] : fact.span[1]] == fact.quote
    assert fact.date == dt.date(2016, 12, 7)


def test_html_keeps_the_article_and_drops_scripts_and_navigation(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Aleppo</title><script>var x = 'killed 999 people';</script>"
        '<meta property="article:published_time" content="2016-12-08T10:00:00Z"></head>'
        "<body><nav><p>Home | 100 stories</p></nav><article><h1>Aleppo</h1>"
        "<p>Shelling on <b>Wednesday</b> killed 61 people.</p></article>"
        "<footer><p>© 2016</p></footer></body></html>",
        encoding="utf-8",
    )
    read = read_article(page)
    assert read.text == "Aleppo\n\nShelling on Wednesday killed 61 people.\n"
    assert (read.title, read.published) == ("Aleppo", THURSDAY)


def test_an_html_key_figures_table_reads_as_label_and_figure(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><body><main><h2>Key figures</h2><table>"
        "<tr><th>Deaths</th><td>598</td></tr><tr><th>Injured</th><td>1,641</td></tr>"
        "</table></main></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).text == "Key figures\n\nDeaths: 598\n\nInjured: 1,641\n"
    extraction, _ = extract_articles([page], published=THURSDAY)
    assert [(f.indicator.value, f.value) for f in extraction.articles[0].facts] == [
        ("killed", 598),
        ("injured", 1_641),
    ]


def test_unreadable_files_are_problems_and_the_rest_go_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe killed 5")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\ntext", encoding="utf-8")
    extraction, problems = extract_articles(
        [bad, tmp_path / "missing.txt", broken, SEED], published=THURSDAY
    )
    assert [a.path for a in extraction.articles] == [str(SEED)]
    assert [(Path(p.file).name, p.code) for p in problems] == [
        ("bad.txt", "unreadable-article"),
        ("missing.txt", "unreadable-article"),
        ("broken.md", "unreadable-article"),
    ]
    assert "not UTF-8" in problems[0].message
    assert "front matter is not valid YAML" in problems[2].message


def test_an_article_without_a_date_gets_undated_facts_and_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Shelling on Wednesday killed 61 people.", encoding="utf-8")
    extraction, problems = extract_articles([article])
    assert [f.date for f in extraction.articles[0].facts] == [None]
    assert [(p.code, p.severity.value) for p in problems] == [("no-published-date", "warning")]
    assert "--published" not in problems[0].message, "the library names no command flag"
    result = runner.invoke(app, ["extract", str(article), "--format", "text"])
    assert "facts are left undated (give --published YYYY-MM-DD)" in result.stderr


def test_seed_article_matches_the_reviewed_golden_file() -> None:
    """After a reviewed change: `SITREP_REGENERATE_GOLDEN=1 pytest -k golden`; read the diff."""
    text = SEED.read_text(encoding="utf-8")
    article = extract_text(text, path="aleppo-2016-12-08.txt", published=THURSDAY)
    got = to_json(Extraction(articles=[article]))
    if os.environ.get("SITREP_REGENERATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")
    for fact in article.facts:
        assert fact.span is not None and text[fact.span[0] : fact.span[1]] == fact.quote


def test_seed_article_every_labelled_figure_with_its_source_and_date() -> None:
    labels = json.loads(SEED.with_suffix(".facts.json").read_text(encoding="utf-8"))["facts"]
    facts = extract_text(SEED.read_text(encoding="utf-8"), path="s.txt", published=THURSDAY).facts
    assert len(facts) == len(labels)
    for label in labels:
        value = tuple(label["value"]) if isinstance(label["value"], list) else label["value"]
        found = [
            f
            for f in facts
            if f.indicator.value == label["indicator"]
            and f.value == value
            and label["quote"] == f.quote
        ]
        assert len(found) == 1, label
        fact = found[0]
        assert fact.qualifier.value == label["qualifier"], label
        assert (fact.date.isoformat() if fact.date else None) == label["date"], label
        if label["source"] is None:
            assert fact.source is None, label
        else:
            assert fact.source is not None and label["source"].lower() in fact.source.lower(), label


def test_reviews_survive_a_rerun_matched_by_article_and_span(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    assert (
        runner.invoke(
            app, ["extract", str(SEED), "--published", "2016-12-08", "-o", str(out)]
        ).exit_code
        == 0
    )
    reviewed = read_facts(out)
    facts = reviewed.articles[0].facts
    assert {f.review for f in facts} == {Review.pending}
    facts[0].review = Review.rejected
    facts[2].review = Review.accepted
    facts[2].value = 62
    out.write_text(to_json(reviewed), encoding="utf-8")

    assert (
        runner.invoke(
            app, ["extract", str(SEED), "--published", "2016-12-08", "-o", str(out)]
        ).exit_code
        == 0
    )
    again = read_facts(out).articles[0].facts
    assert [(f.id, f.review, f.value) for f in again[:3]] == [
        (facts[0].id, Review.rejected, facts[0].value),
        (facts[1].id, Review.pending, facts[1].value),
        (facts[2].id, Review.accepted, 62),
    ]
    assert len(again) == len(facts)


def test_keep_reviews_finds_a_sentence_that_moved_and_keeps_hand_added_facts() -> None:
    first = extract_text("Shelling killed 61 people.", path="a.txt", published=THURSDAY)
    first.facts[0].review = Review.accepted
    added = first.facts[0].model_copy(
        update={"id": "by-hand", "value": 3, "span": None, "quote": None}
    )
    first.facts.append(added)
    moved = extract_text("New lead.\nShelling killed 61 people.", path="a.txt", published=THURSDAY)
    kept = (
        keep_reviews(Extraction(articles=[moved]), Extraction(articles=[first])).articles[0].facts
    )
    assert [(f.review, f.value, f.span) for f in kept] == [
        (Review.accepted, 61, moved.facts[0].span),
        (Review.accepted, 3, None),
    ]


def test_cli_json_is_the_library_extraction(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--published", "2016-12-08"])
    assert result.exit_code == 0
    library, _ = extract_articles([SEED], published=THURSDAY)
    assert json.loads(result.stdout) == json.loads(to_json(library))
    fact = json.loads(result.stdout)["articles"][0]["facts"][0]
    assert "article" not in fact and fact["review"] == "pending"


def test_cli_csv_has_hxl_row_and_defuses_formulas(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("=HYPERLINK(1) Shelling killed 61 people.", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2016-12-08", "--format", "csv"]
    )
    _, hxl, row = result.stdout.splitlines()
    assert hxl.split(",")[:3] == ["#meta+article", "#meta+id", "#indicator+name"]
    assert row.endswith(",'=HYPERLINK(1) Shelling killed 61 people.")


def test_cli_csv_gives_the_day_the_report_uses_and_where_it_was_found(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Shelling killed 61 people on Monday.\n\nAid workers reached 900 families.\n\n"
        "Floods displaced 5,000 people in September.\n\n"
        "This year 4,000 people have been injured.",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2016-12-08", "--format", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["date_from"] == "#meta+date_from"
    dated = {(r["indicator"], r["value"]): (r["date"], r["date_from"]) for r in rows[1:]}
    assert dated[("killed", "61")] == ("2016-12-05", "sentence")
    assert dated[("people_reached", "900")] == ("2016-12-08", "publication")
    assert dated[("displaced", "5000")] == ("2016-09-30", "sentence")
    text = runner.invoke(
        app, ["extract", str(article), "--published", "2016-12-08", "--format", "text"]
    ).stdout
    assert "2016-09-30 (end of the period from the sentence)" in text
    assert "2016-12-08 (end of the period from the sentence)" in text


def test_cli_reports_unreadable_files_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "nope.txt"),
            str(SEED),
            "--published",
            "2016-12-08",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert "nope.txt: cannot read" in result.stderr
    assert len(read_facts(out).articles) == 1


def test_cli_a_folder_without_articles_is_wrong_usage(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "no article files" in result.stderr


def test_cli_wrong_usage_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    result = runner.invoke(app, ["extract", str(SEED), "--published", "8 Dec", "-o", str(out)])
    assert result.exit_code == 2
    assert "expected a date as YYYY-MM-DD" in result.stderr
    assert not out.exists()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_arbitrary_text_never_crashes_and_spans_cut_quotes(text: str) -> None:
    for fact in extract_text(text, path="x.txt", published=THURSDAY).facts:
        assert fact.span is not None and text[fact.span[0] : fact.span[1]] == fact.quote


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["killed", "wounded", "about", "more than", "1,500", "450.000", "five-day", "truce",
             "between", "and", "18-35", "hundreds", "said", "he", "“", "”", "on Wednesday", ".",
             "\n", ",", "including", "per cent", "%", "2016", "Aleppo", "UN", "tens of"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_news_like_word_salad_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    for fact in extract_text(text, path="x.txt", published=None).facts:
        assert fact.span is not None and text[fact.span[0] : fact.span[1]] == fact.quote


@pytest.mark.parametrize(
    "article",
    sorted(
        p
        for folder in (ARTICLES, HELD_OUT, BLIND)
        for p in folder.iterdir()
        if not p.name.endswith(".json")
    ),
    ids=lambda p: p.name,
)
def test_every_labelled_quote_is_in_its_article(article: Path) -> None:
    text = read_article(article).text
    labels = json.loads(article.with_suffix(".facts.json").read_text(encoding="utf-8"))
    assert all(f["quote"] in text for f in labels["facts"])


EXAMPLE = Path(__file__).parent.parent / "inputs" / "aleppo"


def test_cli_situation_matches_places_to_its_gazetteer() -> None:
    result = runner.invoke(
        app, ["extract", str(EXAMPLE / "articles"), "--situation", str(EXAMPLE), "--format", "csv"]
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))[1:]
    places = {(r["indicator"], r["value"]): (r["location"], r["pcode"]) for r in rows}
    assert places[("killed", "14")] == ("west Aleppo", "SY0200")
    assert places[("displaced", "31500")] == ("east Aleppo", "SY0200")


def test_cli_situation_without_gazetteer_warns(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(SEED), "--published", "2016-12-08", "--situation", str(tmp_path)]
    )
    assert result.exit_code == 0
    assert "no gazetteer table in this folder" in result.stderr


def test_a_reviewed_fact_keeps_its_edits_and_gets_only_blanks_filled() -> None:
    before = extract_text("Shelling killed 14 in west Aleppo.", path="a.txt", published=THURSDAY)
    before.facts[0].review = Review.accepted
    before.facts[0].source = "checked by phone"
    entry = GazetteerEntry(
        row=3, adm1_name="Aleppo", adm1_code="SY02", adm2_name="Jebel Saman",
        adm2_code="SY0200", aliases=("west Aleppo",),
    )  # fmt: skip
    after = extract_text(
        "Shelling killed 14 in west Aleppo.", path="a.txt", published=THURSDAY, gazetteer=[entry]
    )
    (kept,) = (
        keep_reviews(Extraction(articles=[after]), Extraction(articles=[before])).articles[0].facts
    )
    assert (kept.review, kept.source, kept.pcode) == (Review.accepted, "checked by phone", "SY0200")


def test_the_example_facts_file_is_reviewed_and_current() -> None:
    """inputs/aleppo/facts.json: every fact reviewed, and a re-run changes nothing."""
    facts_file = EXAMPLE / "facts.json"
    reviewed = read_facts(facts_file)
    assert {f.review for a in reviewed.articles for f in a.facts} == {
        Review.accepted,
        Review.rejected,
    }
    extraction, _ = extract_articles(
        [EXAMPLE / "articles" / "aleppo-2016-12-08.txt"],
        gazetteer=open_situation(EXAMPLE).gazetteer_entries(),
    )
    again = keep_reviews(with_digests(relative_paths(extraction, EXAMPLE), EXAMPLE), reviewed)
    assert to_json(again) == facts_file.read_text(encoding="utf-8")


def test_the_review_file_keeps_each_articles_digest_so_a_build_can_tell_it_changed(
    tmp_path: Path,
) -> None:
    import hashlib
    import subprocess
    import sys

    folder = tmp_path / "aleppo"
    (folder / "articles").mkdir(parents=True)
    article = folder / "articles" / "a.txt"
    article.write_text("Shelling killed 14 people in west Aleppo on Wednesday.\n", encoding="utf-8")
    facts = folder / "facts.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep",
            "extract",
            str(article),
            "--published",
            "2016-12-08",
            "-o",
            str(facts),
        ],
        check=True,
        capture_output=True,
    )
    [written] = read_facts(facts).articles
    assert written.sha256 == hashlib.sha256(article.read_bytes()).hexdigest()


def test_the_text_table_shows_the_date_the_report_uses_and_where_it_comes_from(
    tmp_path: Path,
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Officials said on Tuesday that 40 people were killed. In that incident, 12 people "
        "were injured.\n\nAid agencies say 3,000 people are displaced.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2024-05-10", "--format", "text"]
    )
    lines = [line for line in result.stdout.splitlines() if "people," in line]
    assert "40 people, 2024-05-07 (from the sentence)" in lines[0]
    assert "12 people, 2024-05-07 (from an earlier sentence)" in lines[1]
    assert "3,000 people, 2024-05-10 (publication date)" in lines[2]


def test_extraction_on_several_processes_writes_the_same_bytes(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for source in sorted(ARTICLES.glob("*.txt")) + sorted(HELD_OUT.glob("*.txt")):
        (articles / source.name).write_bytes(source.read_bytes())
    (articles / "b-unreadable.txt").write_bytes(b"\xff\xfe killed 5")
    (articles / "c-undated.txt").write_text("Shelling killed 4 people.", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"facts-{workers}.json"
        command = ["extract", str(articles), "--situation", str(EXAMPLE), "-o", str(out)]
        result = runner.invoke(app, [*command, "--workers", workers])
        assert result.exit_code == 1
        outputs.append((out.read_bytes(), result.stderr.replace(out.name, "")))
    assert outputs[0] == outputs[1]
    written = json.loads(outputs[0][0])["articles"]
    assert len(written) == len(list(articles.iterdir())) - 1
    assert "b-unreadable.txt: not UTF-8 text" in outputs[0][1]
    assert "c-undated.txt: the article does not say when it was published" in outputs[0][1]


def test_the_situations_language_chooses_the_words_read(tmp_path: Path) -> None:
    article = tmp_path / "nord.txt"
    article.write_text(
        "---\npublished: 2024-03-08\n---\n"
        "Selon l'OCHA, 1 234 personnes ont été déplacées le 3 mars.\n",
        encoding="utf-8",
    )
    situation = tmp_path / "nord"
    situation.mkdir()
    config = (EXAMPLE / "sitrep.toml").read_text(encoding="utf-8")
    (situation / "sitrep.toml").write_text(
        config.replace('language = "en"', 'language = "fr"'), encoding="utf-8"
    )
    out = tmp_path / "facts.json"
    result = runner.invoke(
        app, ["extract", str(article), "--situation", str(situation), "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    [fact] = json.loads(out.read_bytes())["articles"][0]["facts"]
    assert (fact["indicator"], fact["value"], fact["source"]) == ("displaced", 1234, "OCHA")
