"""Precision, recall and F1 of `sitrep extract` on the hand-labelled test articles.

A fact counts as found when its indicator and value equal a labelled fact's and its
span overlaps the labelled quote. For the seed article it also prints whether each
labelled figure came out with the right source and date.

By default it scores three folders, each article labelled by hand before the
extractor was first run on it:
- tests/data/articles: the test set the rules were developed on;
- tests/data/held-out: written in rounds after the extractor; each round was scored
  once before any change (those first-run scores are in the git log), then the rules
  were generalised, so it is no longer blind;
- tests/data/blind: never used to change the extractor: the honest estimate for
  text the rules have not seen.
Give folders to score others.

    .venv/bin/python bench/extract_quality.py [DIR...]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.extract import extract_articles
from sitrep.extract.reader import read_article
from sitrep.models import Fact

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FOLDERS = [DATA / "articles", DATA / "held-out", DATA / "blind"]
SEED = "aleppo-2016-12-08"


@dataclass(frozen=True)
class Label:
    indicator: str
    value: object
    source: str | None
    date: str | None
    span: tuple[int, int]


def load_labels(article: Path) -> tuple[list[Label], dt.date | None]:
    raw = json.loads(article.with_suffix(".facts.json").read_text(encoding="utf-8"))
    text = read_article(article).text
    labels = []
    for fact in raw["facts"]:
        start = text.find(fact["quote"])
        if start == -1:
            raise SystemExit(
                f"{article.name}: labelled quote not in the text: {fact['quote'][:60]}"
            )
        value = fact["value"]
        labels.append(
            Label(
                indicator=fact["indicator"],
                value=tuple(value) if isinstance(value, list) else value,
                source=fact.get("source"),
                date=fact.get("date"),
                span=(start, start + len(fact["quote"])),
            )
        )
    published = raw.get("published")
    return labels, dt.date.fromisoformat(published) if published else None


def matches(fact: Fact, label: Label) -> bool:
    if fact.indicator.value != label.indicator or fact.value != label.value or fact.span is None:
        return False
    return fact.span[0] < label.span[1] and label.span[0] < fact.span[1]


def same_source(found: str | None, labelled: str | None) -> bool:
    if found is None or labelled is None:
        return found is labelled
    a, b = _norm(found), _norm(labelled)
    return a in b or b in a


def _norm(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(text.lower().split()))


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or FOLDERS
    for i, folder in enumerate(folders):
        if i:
            print()
        score(folder)


def score(folder: Path) -> None:
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    misses: list[str] = []
    seed_lines: list[str] = []
    articles = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html"})
    for path in articles:
        labels, published = load_labels(path)
        extraction, _ = extract_articles([path], published=published)
        facts = list(extraction.articles[0].facts)
        for label in labels:
            hit = next((f for f in facts if matches(f, label)), None)
            if hit is None:
                false_neg[label.indicator] += 1
                misses.append(f"  missed    {path.stem}: {label.indicator} {label.value}")
                if path.stem == SEED:
                    seed_lines.append(f"  MISSING  {label.indicator} {label.value}")
                continue
            facts.remove(hit)
            true_pos[label.indicator] += 1
            if path.stem == SEED:
                date = hit.date.isoformat() if hit.date else None
                ok_source = same_source(hit.source, label.source)
                ok_date = date == label.date
                mark = "ok " if ok_source and ok_date else "BAD"
                seed_lines.append(
                    f"  {mark}      {label.indicator} {label.value}: source {hit.source!r}"
                    f"{'' if ok_source else f' (labelled {label.source!r})'}, date {date}"
                    f"{'' if ok_date else f' (labelled {label.date})'}"
                )
        for fact in facts:
            false_pos[fact.indicator.value] += 1
            misses.append(
                f"  spurious  {path.stem}: {fact.indicator.value} {fact.value}: {fact.quote!r:.70}"
            )

    shown = folder.resolve().relative_to(ROOT) if folder.resolve().is_relative_to(ROOT) else folder
    print(f"extract quality on {len(articles)} labelled articles ({shown})")
    print(
        f"{'indicator':32} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'f1':>6}"
    )
    for name in sorted(set(true_pos) | set(false_pos) | set(false_neg)):
        print(_row(name, true_pos[name], false_pos[name], false_neg[name]))
    print(_row("OVERALL", sum(true_pos.values()), sum(false_pos.values()), sum(false_neg.values())))
    if seed_lines:
        print(f"\nseed article ({SEED}): labelled figures with source and date")
        print("\n".join(seed_lines))
    if misses:
        print("\nerrors")
        print("\n".join(misses))


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:32} {tp:4} {fp:4} {fn:4} {precision:9.2f} {recall:7.2f} {f1:6.2f}"


if __name__ == "__main__":
    main()
