"""The indicator registry is complete, and everything that names indicators derives from it."""

from __future__ import annotations

import os
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
    Indicator.deaths,
}
"""Read by their own recognisers (a share of territory, a ceasefire), not by cue words;
deaths are the killing cues' figures whose cause is disease, hunger or all causes."""


@pytest.mark.parametrize("indicator", list(Indicator))
def test_every_indicator_is_fully_specified(indicator: Indicator) -> None:
    spec = indicator.spec
    assert HASHTAG.match(spec.hxl) or indicator is Indicator.other
    assert spec.label.strip() and spec.unit in UNITS
    assert spec.phrase.strip() or indicator is Indicator.other
    assert spec.key_order is None or spec.nature is not Nature.event
    assert indicator in FOUND_WITHOUT_CUES or indicator in cues._CUES, "no cue phrases"


def test_key_figures_each_have_their_own_place_in_reading_order() -> None:
    orders = [i.spec.key_order for i in KEY_INDICATORS]
    assert len(set(orders)) == len(orders) == len(KEY_INDICATORS)
    assert KEY_INDICATORS[0] is Indicator.displaced


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


def _place(indicator: Indicator) -> str:
    """Its place in the key-figures band, counted from 1, or nothing."""
    return str(KEY_INDICATORS.index(indicator) + 1) if indicator in KEY_INDICATORS else ""


def registry_table() -> str:
    lines = [
        "| indicator | HXL | adds up as | key figure | called in the report | unit |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for indicator in Indicator:
        spec = indicator.spec
        hxl = f"`{spec.hxl}`" if spec.hxl else ""
        lines.append(
            f"| `{indicator.value}` | {hxl} | {spec.nature.value} | {_place(indicator)} "
            f"| {spec.label} | {spec.unit} |"
        )
    return "\n".join(lines)


def test_readme_lists_the_registry() -> None:
    """After adding an indicator: `SITREP_REGENERATE_GOLDEN=1 pytest tests/test_indicators.py`
    rewrites README's table from the registry; read the diff."""
    text = README.read_text(encoding="utf-8")
    start = text.index("| indicator | HXL |")
    end = text.index("\n\n", start)
    if os.environ.get("SITREP_REGENERATE_GOLDEN"):
        README.write_text(text[:start] + registry_table() + text[end:], encoding="utf-8")
        text = README.read_text(encoding="utf-8")
    assert text[start : text.index("\n\n", start)] == registry_table(), (
        "README's indicator table differs from sitrep/indicators.py; regenerate it with "
        "SITREP_REGENERATE_GOLDEN=1 and read the diff"
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
