"""Citations: a figure cites the cells it adds up and only the sentences that state it."""

from __future__ import annotations

import datetime as dt

from sitrep.merge import merge
from sitrep.models import Indicator, Situation, SourceEntry
from tests.test_merge import DAY, article, casualties, displacement, fact


def _cited(report_sources: list[SourceEntry], numbers: list[int]) -> list[str]:
    return [report_sources[n - 1].kind for n in numbers]


def test_a_sentence_about_one_area_is_not_cited_by_its_neighbours(situation: Situation) -> None:
    table = displacement([(6, DAY, "east Aleppo", 31_500), (7, DAY, "west Aleppo", 900)])
    said = fact("un", Indicator.displaced, 31_500, location="east Aleppo", pcode="SY0200", date=DAY)
    report = merge(situation, day=DAY, tables=[table], extraction=article(said))
    east, west = report.displacement
    assert (east.place, west.place) == ("east Aleppo", "west Aleppo")
    assert _cited(report.sources, east.figures[Indicator.displaced].citations) == [
        "table",
        "article",
    ]
    assert _cited(report.sources, west.figures[Indicator.displaced].citations) == ["table"]


def test_a_total_cites_its_cells_but_not_a_sentence_stating_one_part(
    situation: Situation,
) -> None:
    table = displacement([(6, DAY, "east Aleppo", 31_500), (7, DAY, "west Aleppo", 900)])
    said = fact("un", Indicator.displaced, 31_500, location="east Aleppo", pcode="SY0200", date=DAY)
    report = merge(situation, day=DAY, tables=[table], extraction=article(said))
    total = next(f for f in report.key_figures if f.indicator is Indicator.displaced)
    assert total.value == 32_400
    (number,) = total.citations
    assert report.sources[number - 1].rows == [6, 7]


def test_each_cell_and_each_sentence_is_listed_once(situation: Situation) -> None:
    same = "Some 61 were killed in the east and 14 in the west."
    facts = [
        fact("e", Indicator.killed, 61, location="East Aleppo", quote=same, span=(0, 51)),
        fact("w", Indicator.killed, 14, location="West Aleppo", quote=same, span=(0, 51)),
    ]
    report = merge(situation, day=DAY, tables=[casualties()], extraction=article(*facts))
    cells = [
        (e.cell.file, e.cell.sheet, e.cell.column, c.cell.row)
        for e in report.sources
        if e.cell
        for c in e.cells
    ]
    assert len(cells) == len(set(cells)) == 3
    assert [e.quote for e in report.sources if e.kind == "article"] == [same]


def test_sources_are_grouped_by_file_and_article_in_order_of_first_citation(
    situation: Situation,
) -> None:
    table = displacement([(6, DAY, "east Aleppo", 31_500)])
    said = fact("un", Indicator.displaced, 31_500, location="east Aleppo", pcode="SY0200", date=DAY)
    killed = fact("cd", Indicator.killed, 61, location="East Aleppo", date=dt.date(2016, 12, 7))
    report = merge(
        situation, day=DAY, tables=[table, casualties()], extraction=article(said, killed)
    )
    groups = [
        (e.cell.file, e.cell.sheet) if e.cell else (e.article.path if e.article else "", None)
        for e in report.sources
    ]
    runs = [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]
    assert len(runs) == len(set(runs)), "a file, sheet or article is one run of entries"
    assert [e.number for e in report.sources] == list(range(1, len(report.sources) + 1))
