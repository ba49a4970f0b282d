"""The indicator registry is complete, and everything that names indicators derives from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.export import KEY_FIGURE_COLUMNS
from sitrep.extract import indicators as cues
from sitrep.extract.formats import CSV_COLUMNS
from sitrep.indicators import HXL_COLUMNS, INDICATOR_HXL, KEY_INDICATORS, Indicator, Nature
from sitrep.render.environment import environment
from sitrep.tables import KINDS, normalise_tag

README = Path(__file__).resolve().parent.parent / "README.md"
HASHTAG = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$")
UNITS = {"people", "households", "days", "percent", "events"}
FOUND_WITHOUT_CUES = {
    Indicator.territory_control_percent,
    Indicator.ceasefire_duration_days,
    Indicator.ceasefire_event,
}
"""Read by their own recognisers (a share of territory, a ceasefire), not by cue words."""


@pytest.mark.parametrize("indicator", list(Indicator))
def test_every_indicator_is_fully_specified(indicator: Indicator) -> None:
    spec = indicator.spec
    assert HASHTAG.match(spec.hxl) or indicator is Indicator.other
    assert spec.label.strip() and spec.unit in UNITS
    assert spec.phrase.strip() or indicator is Indicator.other
    assert spec.key_order is None or spec.nature is not Nature.event
    assert indicator in FOUND_WITHOUT_CUES or indicator in cues._CUES, "no cue phrases"


def test_key_figures_are_numbered_once_each_in_reading_order() -> None:
    orders = [i.spec.key_order for i in KEY_INDICATORS]
    assert orders == list(range(1, len(KEY_INDICATORS) + 1))


def test_hashtags_name_one_indicator_each() -> None:
    assert len(set(INDICATOR_HXL.values())) == len(INDICATOR_HXL)


def test_table_figures_are_tagged_with_their_indicators_hashtag() -> None:
    for kind in KINDS.values():
        for spec in kind.figures:
            assert spec.indicator is not None
            per = "+ind" if spec.unit == "people" else "+hh"
            assert normalise_tag(spec.indicator.spec.hxl + per) in spec.tags


def test_the_report_names_each_indicator_by_its_registry_label() -> None:
    template = environment.from_string(
        "{{ i|label }}|{{ i|phrase }}|{{ 'on' if i is flow else 'as of' }}"
    )
    for indicator in Indicator:
        flow = "on" if indicator.spec.nature is Nature.flow else "as of"
        assert template.render(i=indicator) == "|".join(
            [indicator.spec.label, indicator.spec.phrase, flow]
        )


def registry_table() -> str:
    lines = [
        "| indicator | HXL | adds up as | key figure | called in the report | unit |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for indicator in Indicator:
        spec = indicator.spec
        hxl = f"`{spec.hxl}`" if spec.hxl else ""
        lines.append(
            f"| `{indicator.value}` | {hxl} | {spec.nature.value} | {spec.key_order or ''} "
            f"| {spec.label} | {spec.unit} |"
        )
    return "\n".join(lines)


def test_readme_lists_the_registry() -> None:
    assert registry_table() in README.read_text(encoding="utf-8"), (
        "README's indicator table differs from sitrep/indicators.py; it should read:\n"
        + registry_table()
    )


def test_both_published_csvs_tag_a_concept_the_same_way() -> None:
    assert len(set(HXL_COLUMNS.values())) == len(HXL_COLUMNS), "one concept, one hashtag"
    extract_tags = dict(CSV_COLUMNS)
    assert set(extract_tags.values()) <= set(HXL_COLUMNS.values())
    assert {t for _, t in KEY_FIGURE_COLUMNS} <= set(HXL_COLUMNS.values())
    key_figures = dict(KEY_FIGURE_COLUMNS)
    assert key_figures["Indicator"] == extract_tags["indicator"]
    assert key_figures["HXL tag"] == extract_tags["hxl"]
    assert key_figures["Value (upper bound)"] == extract_tags["high"]
