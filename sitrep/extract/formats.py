"""The extractor's output as JSON (the review file), CSV with HXL hashtags, or a text table.

Article text is untrusted: CSV cells that a spreadsheet would run as a formula are
defused by `sitrep.csv_safety`, and the text table strips control characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from sitrep import patterns
from sitrep.csv_safety import write_csv
from sitrep.indicators import HXL_COLUMNS
from sitrep.models import INDICATOR_HXL, Article, Extraction, Fact, Indicator
from sitrep.models.facts import DateFrom

_NESTED_REFS = {"articles": {"__all__": {"facts": {"__all__": {"article", "cell"}}}}}
_CONTROL = patterns.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

CSV_COLUMNS: list[tuple[str, str]] = [
    (name, HXL_COLUMNS[name])
    for name in (
        "article",
        "id",
        "indicator",
        "hxl",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "label",
        "location",
        "pcode",
        "date",
        "date_from",
        "period_start",
        "period_end",
        "source",
        "status",
        "party",
        "part_of",
        "confidence",
        "review",
        "span_start",
        "span_end",
        "quote",
    )
]
"""Column names and their hashtags, from the one vocabulary of every CSV we publish."""


class OutputFormat(StrEnum):
    json = "json"
    csv = "csv"
    text = "text"


def render(extraction: Extraction, fmt: OutputFormat) -> str:
    if fmt is OutputFormat.json:
        return to_json(extraction)
    if fmt is OutputFormat.csv:
        return to_csv(extraction)
    return to_text(extraction)


def to_json(extraction: Extraction) -> str:
    """The review file: facts without the article reference their article already gives."""
    return extraction.model_dump_json(indent=2, exclude=_NESTED_REFS) + "\n"


def to_csv(extraction: Extraction) -> str:
    """One fact a row; the second row holds the HXL hashtags."""
    return write_csv(
        [
            [name for name, _ in CSV_COLUMNS],
            [tag for _, tag in CSV_COLUMNS],
            *(_row(article, fact) for article, fact in _facts(extraction)),
        ]
    )


def to_text(extraction: Extraction) -> str:
    """A table a person can scan: one line a fact, the sentence under it."""
    lines: list[str] = []
    for article in extraction.articles:
        head = article.title or article.path
        when = article.published.isoformat() if article.published else "date unknown"
        lines.append(f"{_plain(head)}  ({article.path}, {when}, {len(article.facts)} facts)")
        for fact in article.facts:
            where = f" in {fact.location}" if fact.location else ""
            code = f" [{fact.pcode}]" if fact.pcode else ""
            date = _date_used(article, fact)
            extra = f" {fact.status.value}" if fact.status else ""
            extra += f" by {fact.party}" if fact.party else ""
            part = " (part of the figure above)" if fact.part_of else ""
            lines.append(
                f"  {fact.indicator.value:<31} {_value(fact):>22}{where}{code}, {date}, "
                f"source: {fact.source or '-'}{extra}{part}, {fact.confidence:.1f}, "
                f"{fact.review.value}"
            )
            lines.append(f"      “{_plain(fact.quote or '')}”")
        lines.append("")
    return "\n".join(lines)


def _date_used(article: Article, fact: Fact) -> str:
    """The day the report files the fact under and where the extractor found it.

    The report uses the fact's date, else the article's publication date; where that day
    comes from is the fact's `date_from`, which a facts file written before it existed
    does not have (its day is then shown alone).
    """
    day = fact.day_filed(article.published)
    if day is None:
        return "no date"
    period_end = fact.date is None and fact.period is not None and fact.period.end is not None
    if fact.date is None and not period_end:
        return f"{day.isoformat()} (publication date)"
    origin = _ORIGINS.get(fact.date_from) if fact.date_from is not None else None
    if period_end:
        origin = f"end of the period {origin}" if origin else "end of the period"
    return f"{day.isoformat()} ({origin})" if origin else day.isoformat()


_ORIGINS = {
    DateFrom.sentence: "from the sentence",
    DateFrom.earlier_sentence: "from an earlier sentence",
    DateFrom.heading: "from a heading or dispatch line",
    DateFrom.citation: "from the citation ending its line",
    DateFrom.publication: "publication date",
}


def _facts(extraction: Extraction) -> Iterator[tuple[Article, Fact]]:
    for article in extraction.articles:
        for fact in article.facts:
            yield article, fact


def _row(article: Article, fact: Fact) -> list[object]:
    """A fact's row; its `date` is the day the report files it under (a period's end or
    the publication date when the text names no day), so a reviewer sorting the sheet
    sees what the report will say, and `date_from` says where that day was found."""
    low, high = fact.value if isinstance(fact.value, tuple) else (fact.value, fact.value)
    period = fact.period
    date = fact.day_filed(article.published)
    return [
        article.path,
        fact.id,
        fact.indicator.value,
        INDICATOR_HXL.get(fact.indicator, ""),
        fact.value if isinstance(fact.value, int) else "",
        low,
        high,
        fact.qualifier.value,
        fact.unit,
        fact.label,
        fact.location,
        fact.pcode,
        date,
        fact.date_from.value if date is not None and fact.date_from else None,
        period.start if period else None,
        period.end if period else None,
        fact.source,
        fact.status.value if fact.status else None,
        fact.party,
        fact.part_of,
        fact.confidence,
        fact.review.value,
        fact.span[0] if fact.span else None,
        fact.span[1] if fact.span else None,
        fact.quote,
    ]


def _value(fact: Fact) -> str:
    qualifier = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}.get(
        fact.qualifier.value, ""
    )
    if fact.value is None:
        return "-"
    what = _plain(fact.label) if fact.indicator is Indicator.other and fact.label else fact.unit
    if isinstance(fact.value, tuple):
        return f"{qualifier}{fact.value[0]:,}–{fact.value[1]:,} {what}"
    return f"{qualifier}{fact.value:,} {what}"


def _plain(text: str) -> str:
    return _CONTROL.sub(" ", " ".join(text.split()))
