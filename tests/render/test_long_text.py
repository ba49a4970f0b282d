"""An article sentence of any length prints as a few lines, not hundreds of pages."""

from __future__ import annotations

from sitrep.render.html import render_brief, render_report_html
from tests.render.example import example_sitrep

LONG = "Shelling went on through the night " * 3_000


def test_a_huge_quote_and_title_are_cut_with_an_ellipsis_in_every_output() -> None:
    report = example_sitrep()
    entry = next(e for e in report.sources if e.article is not None and e.quote)
    assert entry.article is not None
    article = entry.article.model_copy(update={"title": LONG})
    long_entry = entry.model_copy(update={"quote": LONG, "article": article})
    report = report.model_copy(
        update={"sources": [long_entry if e is entry else e for e in report.sources]}
    )
    html = render_report_html(report)
    assert f"“{LONG[:199]}…”" in html, "the title: 200 characters"
    assert f">{LONG[:599]}…</q>" in html, "the quote: 600 characters"
    shown = LONG[:199].count("Shelling") + LONG[:599].count("Shelling")
    assert html.count("Shelling") == shown, "and nowhere else"
    brief_html, brief_text = render_brief(report)
    assert brief_html.count("Shelling went on") < 40 and brief_text.count("Shelling went on") < 40
