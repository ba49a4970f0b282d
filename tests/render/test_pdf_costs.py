"""What a render leaves to a long-lived process, and what the cascade is spared.

A warm process (bench/build.py, a batch of situations) builds report after report: a
written document must not linger for the next build's collector to walk.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator

import pytest
from cssselect2 import ElementWrapper  # type: ignore[import-untyped]
from tinyhtml5 import parse  # type: ignore[import-untyped]

from sitrep.render.html import render_report_html
from sitrep.render.pdf import USER_AGENT, render_pdf
from tests.render.conftest import ATTACHMENTS
from tests.render.example import example_sitrep, large_areas


@pytest.fixture
def garbage_kept() -> Iterator[list[object]]:
    """What the collector finds while the test runs, kept in a list instead of freed."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()


def test_a_long_report_leaves_nothing_for_a_later_collection() -> None:
    report = example_sitrep(areas=large_areas(300))
    html = render_report_html(report)
    gc.collect()
    render_pdf(html, sitrep=report, attachments=ATTACHMENTS)
    assert gc.collect() < 1_000  # the laid-out document is 170,000 objects


def test_a_written_report_is_freed_at_once_not_found_by_the_collector(
    garbage_kept: list[object],
) -> None:
    report = example_sitrep(areas=large_areas(300))
    render_pdf(render_report_html(report), sitrep=report, attachments=ATTACHMENTS)
    gc.collect()
    kinds = Counter(type(thing).__module__ for thing in garbage_kept)
    assert kinds["weasyprint.formatting_structure.boxes"] == 0  # of 12,700 made
    assert kinds["weasyprint.css"] < 1_000  # a style and its anonymous child point at each other


def _pseudo_elements(html: str) -> dict[str, set[str]]:
    """Per element name, the pseudo-elements the user-agent stylesheet gives rules to."""
    root = ElementWrapper.from_html_root(parse(html, namespace_html_elements=False))
    found: dict[str, set[str]] = {}
    for element in root.iter_subtree():
        rules = USER_AGENT.matcher.match(element)
        found.setdefault(element.local_name, set()).update(rule[2] for rule in rules if rule[2])
    return found


def test_the_user_agent_styles_markers_of_list_items_and_no_pseudo_element_of_others() -> None:
    found = _pseudo_elements("<ul><li>One</li></ul><p>Text <span>here</span></p><td>1</td>")
    assert found["li"] == {"marker"}
    assert found["p"] == found["span"] == found["ul"] == found["body"] == set()
