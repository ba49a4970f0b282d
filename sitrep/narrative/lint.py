"""The editorial lint: a number typed in the prose that the report's figures contradict.

The officer's sentences are read by the article extractor, the same reader that
finds figures in the news, with every reference blanked out; a figure it finds
there (a number with an indicator, maybe a place and a qualifier) is compared with
the report's figure of that indicator and place. "About 35,000 displaced" when the
report says 31,500 is worth a warning: the text was typed before the data changed,
or from another source. Figures dated before the period are history, not checked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from sitrep.indicators import EVENT_INDICATORS, Indicator
from sitrep.models import FactValue, Figure, Qualifier
from sitrep.narrative.document import Block, Document
from sitrep.narrative.figures import FigureBook
from sitrep.narrative.references import figure_name

BLANK = "X"
"""What a reference reads as to the extractor: a word, so no number is found in it."""
APPROX_TOLERANCE = 0.05
""""About 1,500" agrees with 1,545: an approximate number may be 5 % off either way."""


def _bounds(value: FactValue) -> tuple[int, int]:
    return value if isinstance(value, tuple) else (value, value)


def contradicts(stated: FactValue, qualifier: Qualifier, figure: Figure) -> bool:
    """Whether a number as the prose qualifies it cannot be the report's figure."""
    low, high = _bounds(figure.value)
    s_low, s_high = _bounds(stated)
    if qualifier is Qualifier.at_least:
        return high < s_low
    if qualifier is Qualifier.at_most:
        return low > s_high
    if qualifier is Qualifier.approx:
        return high < s_low * (1 - APPROX_TOLERANCE) or low > s_high * (1 + APPROX_TOLERANCE)
    return high < s_low or low > s_high


def _written(value: FactValue) -> str:
    low, high = _bounds(value)
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


_NUMBER = re.compile(r"\d(?:[\d,.\u00a0\u202f]*\d)?")


def _line_of(value: FactValue, lines: list[str], first: int, last: int) -> int:
    """The line of the item on which the number is typed (with or without separators)."""
    low = str(_bounds(value)[0])
    for number in range(first, last + 1):
        typed = (re.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(lines[number - 1]))
        if low in typed:
            return number
    return first


def lint(
    doc: Document, book: FigureBook, *, day: dt.date, start: dt.date | None
) -> Iterator[tuple[int, str]]:
    """(line, message) for each typed number that contradicts the report's figure."""
    for section in doc.sections:
        for part in (section, *section.parts):
            for block in part.blocks:
                yield from _lint_block(block, doc.lines, book, day=day, start=start)


def _lint_block(
    block: Block, lines: list[str], book: FigureBook, *, day: dt.date, start: dt.date | None
) -> Iterator[tuple[int, str]]:
    # The extractor (its modules and patterns) is imported by the first block checked,
    # not by the report's wording, which imports this package for its phrases.
    from sitrep.extract import extract_text

    for item, (first, last) in zip(block.items, block.lines, strict=True):
        text = "".join(BLANK if run.reference else run.text for run in item if not run.url)
        article = extract_text(text, path="narrative", published=day)
        for fact in article.facts:
            if (
                fact.value is None
                or fact.indicator in EVENT_INDICATORS
                or fact.indicator is Indicator.other
            ):
                continue
            if start is not None and fact.date is not None and fact.date < start:
                continue
            key = fact.pcode or fact.location
            figure = book.place(fact.indicator, key) if key else book.total(fact.indicator)
            given = book.all_of(fact.indicator, key)
            if figure is None or any(not contradicts(fact.value, fact.qualifier, f) for f in given):
                continue
            name = figure_name(fact.indicator.value, key)
            yield (
                _line_of(fact.value, lines, first, last),
                f"“{_written(fact.value)}” {fact.indicator.spec.label} contradicts the report's "
                f"figure, {_written(figure.value)}: write {{{{ {name} }}}} instead of the number",
            )
