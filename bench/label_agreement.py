"""How far two labellers agree on the same real articles (inter-annotator agreement).

The extractor's recall and precision targets are only as meaningful as the labels they
are scored on: two careful labellers following tests/data/real/README.md do not write
identical sets, and their agreement bounds what a score near 1 can mean.

The first set (tests/data/real/labels/) is the reference and the second
(tests/data/real/second/) is scored against it exactly as bench/extract_quality.py scores
the extractor's facts: a second label matches a first one when its indicator and value
are equal and its span overlaps (the same `same_figure` rule, greedy, each label used
once); the real corpus labels `killed` and `deaths` apart, so nothing is folded. On the
matched pairs it reports how often the qualifier, the source (`same_source`, any of the
second's alternatives against the first's) and the date (`same_date`) agree, and it lists
every label left unmatched on either side so a reader sees where the two differ.

    .venv/bin/python bench/label_agreement.py [ID ...]
    .venv/bin/python bench/label_agreement.py --first DIR --second DIR --texts DIR [ID ...]

By default every id that has a file in second/ is compared. The extractor is never run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import extract_quality as quality

QUOTE_CHARS = 80


@dataclass(frozen=True)
class Figure:
    """One hand label, with what the matching rules need and what a reader is shown."""

    article: str
    label: quality.Label
    qualifier: str
    quote: str


@dataclass
class Agreement:
    first: Counter[str] = field(default_factory=Counter)
    second: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    qualifier: int = 0
    source: int = 0
    date: int = 0
    only_first: list[Figure] = field(default_factory=list)
    only_second: list[Figure] = field(default_factory=list)
    differing: list[tuple[Figure, Figure, list[str]]] = field(default_factory=list)
    """Matched pairs whose qualifier, source or date differ, with the fields that do."""


def load(folder: Path, texts: Path, article_id: str) -> list[Figure]:
    """The labels of `folder/ID.json`, each with the text it quotes; a span that no longer
    quotes its text stops the run, as agreement on stale spans means nothing."""
    path = texts / f"{article_id}.txt"
    if not path.exists():
        raise SystemExit(f"{article_id}: text not pulled into {texts} (see manifest.json's how)")
    text = path.read_text(encoding="utf-8")
    raw = json.loads((folder / f"{article_id}.json").read_text(encoding="utf-8"))
    spans = quality.spans_module()
    figures = []
    for item in raw["labels"]:
        start, end = item["span"]
        quote = text[start:end]
        if spans.digest(quote) != item["sha256"]:
            raise SystemExit(f"{folder.name}/{article_id}: span {item['span']} no longer matches")
        value = item["value"]
        label = quality.Label(
            item["indicator"],
            (value[0], value[1]) if isinstance(value, list) else value,
            tuple(item["source"]),
            item["date"],
            (start, end),
        )
        figures.append(Figure(article_id, label, item["qualifier"], quote))
    return figures


def sources_agree(first: Figure, second: Figure) -> bool:
    """`same_source` for a second label: none on both sides, or one of the second's
    alternatives naming one of the first's."""
    if not second.label.sources:
        return quality.same_source(None, first.label.sources)
    return any(quality.same_source(name, first.label.sources) for name in second.label.sources)


def dates_agree(first: Figure, second: Figure) -> bool:
    """`same_date` when the second label gives a day (or none); a second label's month or
    year agrees with a first label inside it, and with a first label's coarser date that
    contains it (either labeller may have left the day open)."""
    ours, theirs = first.label.date, second.label.date
    if theirs is None or len(theirs) == len("YYYY-MM-DD"):
        return quality.same_date(dt.date.fromisoformat(theirs) if theirs else None, ours)
    return ours is not None and (ours.startswith(theirs) or theirs.startswith(ours))


def compare(first: list[Figure], second: list[Figure], into: Agreement) -> None:
    """Pair one article's two label lists the way extract_quality pairs labels and facts:
    each first label takes the first unused second label that matches it."""
    left = list(second)
    into.second.update(f.label.indicator for f in second)
    for ours in first:
        into.first[ours.label.indicator] += 1
        theirs = next(
            (
                f
                for f in left
                if quality.same_figure(
                    f.label.indicator, f.label.value, f.label.span, ours.label, folded=False
                )
            ),
            None,
        )
        if theirs is None:
            into.only_first.append(ours)
            continue
        left.remove(theirs)
        into.matched[ours.label.indicator] += 1
        same = {
            "qualifier": ours.qualifier == theirs.qualifier,
            "source": sources_agree(ours, theirs),
            "date": dates_agree(ours, theirs),
        }
        into.qualifier += same["qualifier"]
        into.source += same["source"]
        into.date += same["date"]
        if not all(same.values()):
            into.differing.append((ours, theirs, [k for k, ok in same.items() if not ok]))
    into.only_second.extend(left)


def row(name: str, first: int, second: int, matched: int) -> str:
    precision = matched / second if second else 1.0
    recall = matched / first if first else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:32} {first:5} {second:6} {matched:7} {precision:9.2f} {recall:7.2f} {f1:6.2f}"


def _value(label: quality.Label) -> str:
    value = label.value
    return f"{value[0]}-{value[1]}" if isinstance(value, tuple) else str(value)


def _line(figure: Figure) -> str:
    label = figure.label
    quote = " ".join(figure.quote.split())[:QUOTE_CHARS]
    return f"{figure.article}: {label.indicator} {_value(label)} {figure.qualifier} {quote!r}"


def report(result: Agreement, articles: int, first_name: str, second_name: str) -> str:
    matched = sum(result.matched.values())
    lines = [
        f"label agreement on {articles} articles: {first_name} (reference) "
        f"{sum(result.first.values())} labels, {second_name} {sum(result.second.values())}",
        f"{'indicator':32} {'first':>5} {'second':>6} {'matched':>7} "
        f"{'precision':>9} {'recall':>7} {'f1':>6}",
    ]
    for name in sorted(set(result.first) | set(result.second)):
        lines.append(row(name, result.first[name], result.second[name], result.matched[name]))
    lines.append(row("POOLED", sum(result.first.values()), sum(result.second.values()), matched))
    if matched:
        lines.append(
            f"on the {matched} matched pairs: qualifier same {result.qualifier / matched:.2f} "
            f"({result.qualifier}), source same {result.source / matched:.2f} ({result.source}), "
            f"date same {result.date / matched:.2f} ({result.date})"
        )
    lines.append(f"\nonly in {first_name} ({len(result.only_first)})")
    lines.extend(f"  {_line(f)}" for f in result.only_first)
    lines.append(f"\nonly in {second_name} ({len(result.only_second)})")
    lines.extend(f"  {_line(f)}" for f in result.only_second)
    lines.append(f"\nmatched, differing in qualifier, source or date ({len(result.differing)})")
    for ours, theirs, fields in result.differing:
        lines.append(f"  {_line(ours)}: {', '.join(fields)}")
        lines.append(
            f"      {first_name}: {ours.qualifier}, {'/'.join(ours.label.sources) or '-'}, "
            f"{ours.label.date}; {second_name}: {theirs.qualifier}, "
            f"{'/'.join(theirs.label.sources) or '-'}, {theirs.label.date}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    spans = quality.spans_module()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="article ids (default: every file in --second)")
    parser.add_argument("--first", type=Path, default=spans.LABELS, help="reference labels")
    parser.add_argument("--second", type=Path, default=spans.SECOND, help="labels scored")
    parser.add_argument("--texts", type=Path, default=spans.TEXTS, help="the articles' texts")
    args = parser.parse_args(argv)
    ids = args.ids or sorted(p.stem for p in args.second.glob("*.json"))
    if not ids:
        raise SystemExit(f"no labels in {args.second}")
    result = Agreement()
    for article_id in ids:
        compare(
            load(args.first, args.texts, article_id),
            load(args.second, args.texts, article_id),
            result,
        )
    print(report(result, len(ids), f"{args.first.name}/", f"{args.second.name}/"))


if __name__ == "__main__":
    main()
