"""The officer's narrative: references filled in and cited, errors with file and line, the
editorial lint, hostile text kept as text, and generated sentences named like an editor's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.merge.highlights import highlights
from sitrep.models import Indicator, Sitrep
from sitrep.narrative import NarrativeError, narrative_sections, with_narrative
from sitrep.narrative.document import read_document
from sitrep.narrative.wording import source_label, states_duration, who
from sitrep.render.html import render_brief, render_report_html
from sitrep.render.pdf import render_pdf
from tests.render.conftest import ATTACHMENTS, pdf_text
from tests.render.example import example_sitrep
from tests.render.test_html import parse


def written(text: str, sitrep: Sitrep | None = None) -> tuple[Sitrep, list[str]]:
    report = sitrep or example_sitrep()
    sections, warnings = narrative_sections(read_document(text), report, "inputs/x/narrative.md")
    return report.model_copy(update={"narrative": sections}), warnings()


def html_text(html: str) -> str:
    return re.sub(r"\s+", " ", "".join(parse(html).text))


def section_html(html: str, section: str) -> str:
    start = html.index(f'<section id="{section}"')
    return html[start : html.index("</section>", start)]


def problems(text: str) -> list[str]:
    with pytest.raises(NarrativeError) as caught:
        written(text)
    return caught.value.messages


def test_a_reference_is_filled_in_formatted_and_cited_from_the_merged_figure() -> None:
    report, warnings = written(
        "## Highlights\n\n"
        "- {{ displaced.total }} people are displaced ({{ displaced.total.change }}), "
        '{{ displaced["Jibreen collective shelter"] }} of them in Jibreen.\n'
        '- In {{ displaced.total.as_of }} figures, {{ killed["East Aleppo"] }} people died.\n'
    )
    assert warnings == []
    html = render_report_html(report)
    text = html_text(section_html(html, "highlights"))
    assert "about 31,500 1 people are displaced (+13,500 since 1 Dec), 12,400 13 of them" in text
    assert "In 8 December 2016 figures, 61 3 people died." in text
    assert "have been displaced" not in text, "the officer's highlights replace the generated ones"


def test_a_p_code_names_the_sum_of_its_rows_with_their_citations() -> None:
    report, _ = written('## Overview\n\n{{ displaced["SY0200"] }} in the district.\n')
    rows = [r for r in report.displacement if r.pcode == "SY0200"]
    cited = sorted({n for r in rows for n in r.figures[Indicator.displaced].citations})
    text = html_text(section_html(render_report_html(report), "overview"))
    assert f"30,000 {','.join(map(str, cited))} in the district." in text


def test_a_figure_is_cited_once_per_paragraph() -> None:
    report, _ = written("## Overview\n\n{{ displaced.total }}, again {{ displaced.total }}.\n")
    text = html_text(section_html(render_report_html(report), "overview"))
    assert "about 31,500 1, again about 31,500." in text


def test_the_brief_carries_the_officers_highlights_and_access_text() -> None:
    report, _ = written(
        "## Highlights\n\n- {{ displaced.total }} people are displaced.\n\n"
        '## Access\n\nRoads to {{ killed["West Aleppo"] }} places are *closed*.\n'
    )
    html, text = render_brief(report)
    flat = html_text(html)
    assert "about 31,500 people are displaced." in flat
    assert "Roads to 14 places are closed." in flat
    assert "- about 31,500 people are displaced." in text
    assert "Roads to 14 places are closed." in text


def test_a_missing_figure_is_an_error_naming_file_line_and_the_figures_that_exist() -> None:
    messages = problems(
        '## Overview\n\nFine: {{ displaced.total }}.\n\nBad: {{ displaced["Idlib"] }}.\n'
    )
    assert messages == [
        'inputs/x/narrative.md:5: {{ displaced["Idlib"] }}: no such figure in this report; '
        'figures of displaced: displaced.total, displaced["SY0200"], '
        'displaced["Jibreen collective shelter"], displaced["West Aleppo city"], '
        'displaced["Sheikh Maqsoud"], displaced["SY0203"], displaced["Afrin"], '
        'displaced["SY0207"], displaced["As-Safira"], displaced["Aleppo city"], '
        'displaced["Syria"]'
    ]


def test_an_unknown_indicator_names_the_indicators_that_have_figures() -> None:
    (message,) = problems("## Overview\n\n{{ displacd.total }}\n")
    assert message.startswith(
        "inputs/x/narrative.md:3: {{ displacd.total }}: “displacd” is not an indicator; "
        "indicators with figures in this report: displaced, medical_evacuation_needed,"
    )


@pytest.mark.parametrize(
    "reference",
    [
        "{{ 7*7 }}",
        "{{ displaced.__class__ }}",
        "{{ displaced.total.__class__.__mro__ }}",
        "{{ displaced.total|safe }}",
        "{{ ''.__class__ }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ displaced['x'] + 1 }}",
        "{{ displaced }}",
    ],
)
def test_anything_but_a_figure_reference_is_an_error_never_evaluated(reference: str) -> None:
    assert problems(f"## Overview\n\nText {reference} here.\n") == [
        f"inputs/x/narrative.md:3: “{reference}” is not a figure reference: write "
        '{{ indicator.total }} or {{ indicator["P-code or place"] }}, '
        "optionally followed by .as_of or .change"
    ]


def test_an_unclosed_reference_is_an_error_not_braces_in_the_report() -> None:
    assert problems("## Overview\n\nText {{ displaced.total\n") == [
        "inputs/x/narrative.md:3: “{{” is not closed by “}}” on the same line"
    ]


def test_hostile_text_is_escaped_and_jinja_syntax_stays_literal() -> None:
    report, _ = written(
        "## Overview\n\n"
        "<script>alert(1)</script> {% for x in range(9) %}loop{% endfor %} {# c #} 49\n"
        "[click](javascript:alert(1)) [site](https://example.org/a) **bold** *em*\n"
        '<img src="file:///etc/passwd"> &amp; }} {{ displaced.total }}\n'
    )
    html = section_html(render_report_html(report), "overview")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{% for x in range(9) %}loop{% endfor %} {# c #} 49" in html
    assert "javascript:" not in html.split("href=")[-1].split(">")[0]
    assert '<a class="url" href="https://example.org/a">https://example.org/a</a>' in html
    assert "<strong>bold</strong> <em>em</em>" in html
    assert '&amp;amp; }} <span class="figure">about 31,500' in html
    assert "loop" * 2 not in html


def test_section_headings_are_checked_with_their_line() -> None:
    assert problems(
        "Before any heading.\n\n# Title\n\n## Overview\n\n### Needs\n\ntext\n\n"
        "## Shelter\n\n### Plans\n\nx\n\n## Overview\n\nagain\n\n1. one\n"
    ) == [
        "inputs/x/narrative.md:1: text before the first section: start with a ## heading",
        "inputs/x/narrative.md:3: “# Title”: sections are ## Highlights, "
        "## Situation overview, ## Access or ## <sector>",
        "inputs/x/narrative.md:7: “### Needs”: the Situation overview section has no parts; "
        "parts belong to sectors",
        "inputs/x/narrative.md:13: “### Plans”: a sector's parts are ### Needs, ### Response, "
        "### Gaps",
        "inputs/x/narrative.md:17: section “Overview” again (first on line 5)",
        "inputs/x/narrative.md:21: numbered lists are not supported: use “- ”",
    ]


def test_a_sector_has_needs_response_and_gaps_under_its_heading() -> None:
    report, _ = written(
        "## Health\n\nIntro.\n\n### Needs\n\n{{ medical_evacuation_needed.total }} to move.\n\n"
        "### Gaps\n\n- No ambulances.\n"
    )
    html = section_html(render_report_html(report), "sectors")
    text = html_text(html)
    assert "Health Intro. Needs about 1,500 2 to move. Gaps" in text
    assert "<li>No ambulances.</li>" in html


def test_a_typed_number_contradicting_a_figure_is_a_warning_with_its_line() -> None:
    _, warnings = written(
        "## Overview\n\nFighting goes on.\nSome 35,000 people have been displaced.\n"
        "In East Aleppo, 61 people were killed; about 1,450 people need medical evacuation.\n"
    )
    assert warnings == [
        "inputs/x/narrative.md:4: “35,000” people displaced contradicts the report's figure, "
        "31,500: write {{ displaced.total }} instead of the number"
    ]


def test_a_typed_number_that_agrees_or_is_history_is_not_a_warning() -> None:
    _, warnings = written(
        "## Overview\n\nAbout 31,000 people have been displaced. More than 1,000 people need "
        "medical evacuation. On 1 November, 2,000 people were displaced.\n"
    )
    assert warnings == []


def test_a_narrative_for_another_day_is_left_out_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "narrative.md").write_text(
        "---\ndate: 2016-12-01\n---\n## Overview\n\n{{ nothing.total }}\n", encoding="utf-8"
    )
    report, warnings = with_narrative(example_sitrep(), tmp_path)
    assert report.narrative == []
    assert warnings() == [
        f"{tmp_path / 'narrative.md'}: written for the report of 2016-12-01, so the report of "
        "2016-12-08 keeps its generated text"
    ]


def test_without_a_narrative_the_overview_does_not_repeat_the_highlights() -> None:
    html = render_report_html(example_sitrep())
    highlights = html_text(section_html(html, "highlights"))
    overview = html_text(section_html(html, "overview"))
    sentences = [s for s in re.findall(r"[^.]*?according to[^.]*\.", highlights)]
    assert sentences
    for sentence in sentences:
        assert sentence.strip() not in overview


@pytest.mark.parametrize(
    ("written_as", "in_sentence", "as_label"),
    [
        ("A UN official", "a UN official", "UN official"),
        ("UN official (via news report, 8 Dec 2016)", "a UN official", "UN official"),
        ("News report, 8 Dec 2016", "a news report", "News report"),
        ("illustrative field data", "field data (illustrative)", "Field data (illustrative)"),
        ("The Syrian Civil Defence", "the Syrian Civil Defence", "Syrian Civil Defence"),
        (
            "Syria state television, via news report 8 Dec 2016",
            "Syria state television",
            "Syria state television",
        ),
        ("Rebel statement (via news report, 8 Dec 2016)", "a rebel statement", "Rebel statement"),
        ("NGO official", "an NGO official", "NGO official"),
        (
            "illustrative field data; A UN official; UN official (via news report)",
            "field data (illustrative) and a UN official",
            "Field data (illustrative); UN official",
        ),
    ],
)
def test_sources_are_named_as_an_editor_would(
    written_as: str, in_sentence: str, as_label: str
) -> None:
    assert who(written_as) == in_sentence
    assert source_label(written_as) == as_label


def test_a_duration_the_description_states_is_not_repeated() -> None:
    assert states_duration("demanding a seven-day truce in Aleppo", 7)
    assert states_duration("a pause for 7 days", 7)
    assert not states_duration("an immediate five-day ceasefire", 7)
    report = example_sitrep()
    event = report.timeline[0].model_copy(
        update={"description": "A seven-day truce demanded", "duration_days": 7}
    )
    other = event.model_copy(update={"description": "A truce demanded"})
    html = html_text(
        section_html(
            render_report_html(report.model_copy(update={"timeline": [event, other]})), "ceasefire"
        )
    )
    assert "A seven-day truce demanded (7 days)" not in html
    assert "A truce demanded (7 days)" in html


def test_generated_text_states_each_key_figure_once_in_highlights_or_overview() -> None:
    report = example_sitrep()
    report = report.model_copy(
        update={
            "highlights": highlights(
                report.key_figures, report.timeline, report.conflicts, report.period
            )
        }
    )
    html = render_report_html(report)
    said = html_text(section_html(html, "highlights")) + html_text(section_html(html, "overview"))
    figure_lines = [h for h in report.highlights if h.kind == "figure"]
    biggest = Indicator.besieged_or_trapped_population  # −100,000: the largest change
    assert [h.figure.indicator for h in figure_lines if h.figure] == [biggest]
    for sentence in (
        "About 31,500 people have been displaced in Aleppo city",
        "About 1,500 people need medical evacuation in East Aleppo",
        "150,000 people are besieged or threatened in East Aleppo",
    ):
        assert said.count(sentence) == 1, sentence


def test_hostile_text_reaches_the_pdf_as_text(tmp_path: Path) -> None:
    report, _ = written(
        "## Overview\n\n<b>bold?</b> {% for x in y %} <script>alert(1)</script> "
        "{{ displaced.total }}\n"
    )
    pdf = render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)
    text = re.sub(r"\s+", " ", pdf_text(pdf, tmp_path))
    assert "<b>bold?</b> {% for x in y %} <script>alert(1)</script> about 31,500 1" in text


def test_a_date_asked_of_an_undated_figure_is_an_error() -> None:
    report = example_sitrep()
    undated = [f.model_copy(update={"date": None}) for f in report.key_figures]
    with pytest.raises(NarrativeError) as caught:
        written(
            "## Overview\n\nAs of {{ displaced.total.as_of }}.\n",
            report.model_copy(update={"key_figures": undated}),
        )
    assert caught.value.messages == [
        "inputs/x/narrative.md:3: {{ displaced.total.as_of }}: the figure displaced.total "
        "has no date"
    ]


def test_a_narrative_that_is_not_utf8_or_holds_private_use_characters_is_an_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "narrative.md").write_bytes(b"## Overview\n\n\xff\xfe text\n")
    with pytest.raises(NarrativeError) as caught:
        with_narrative(example_sitrep(), tmp_path)
    assert caught.value.messages[0].startswith(f"{tmp_path / 'narrative.md'}:1: not UTF-8 text")
    assert problems("## Overview\n\nA \ue0000\ue001 trick.\n") == [
        "inputs/x/narrative.md:3: the text holds a private-use character (U+E000/U+E001)"
    ]
