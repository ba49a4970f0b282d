"""Extraction speed: articles per second and ms per 1,000 words, on one core.

Builds ARTICLES (default 300) articles of about 1,000 words each from the labelled
test articles (their bodies concatenated in rotation), then times `extract_text`
on all of them, best of five runs, after one warm-up article. CPU time of this
process is the figure for "one core": on a shared machine wall time also counts
the other processes' turns; both are printed.

    .venv/bin/python bench/extract_speed.py [ARTICLES]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from sitrep.extract import extract_text
from sitrep.extract.reader import read_article

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
WORDS_PER_ARTICLE = 1_000
PUBLISHED = dt.date(2016, 12, 8)


def build_articles(count: int) -> list[str]:
    bodies = [read_article(p).text for p in sorted(FOLDER.glob("*.txt"))]
    articles: list[str] = []
    turn = 0
    while len(articles) < count:
        parts: list[str] = []
        words = 0
        while words < WORDS_PER_ARTICLE:
            body = bodies[turn % len(bodies)]
            turn += 1
            parts.append(body)
            words += len(body.split())
        articles.append("\n\n".join(parts))
    return articles


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    articles = build_articles(count)
    words = sum(len(a.split()) for a in articles)
    extract_text(articles[0], path="warm-up.txt", published=PUBLISHED)
    best_cpu = best_wall = float("inf")
    facts = 0
    for _ in range(5):
        wall, cpu = time.perf_counter(), time.process_time()
        facts = sum(
            len(extract_text(text, path=f"a{i}.txt", published=PUBLISHED).facts)
            for i, text in enumerate(articles)
        )
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(f"extract speed: {count} articles, {words:,} words ({words / count:,.0f} per article)")
    print(f"  {facts:,} facts; best of 5 runs: {best_cpu:.3f} s CPU, {best_wall:.3f} s wall")
    print(f"  {count / best_cpu:,.0f} articles/s (CPU), {count / best_wall:,.0f} articles/s (wall)")
    print(f"  {best_cpu * 1_000_000 / words:.2f} ms per 1,000 words (CPU)")


if __name__ == "__main__":
    main()
