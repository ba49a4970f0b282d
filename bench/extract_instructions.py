"""Instructions per speed-bench article, counted by valgrind's callgrind: a figure other
processes on a shared machine do not move, unlike CPU time.

Runs this interpreter under callgrind twice, once extracting only the warm-up article and
once extracting ARTICLES more (default 30) of those `bench/extract_speed.py` builds; the
difference over ARTICLES is the figure. The hash seed is fixed, since set and dict order
change the count a little from run to run.

    .venv/bin/python bench/extract_instructions.py [ARTICLES]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _count(articles: int) -> int:
    """Instructions of one process that extracts the warm-up article and `articles` more."""
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(Path(__file__).resolve()),
            "--extract",
            str(articles),
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"no callgrind count in:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def _extract(articles: int) -> None:
    sys.path.insert(0, str(HERE))
    from extract_speed import PUBLISHED, build_articles

    from sitrep.extract import extract_text

    texts = build_articles(articles + 1)
    extract_text(texts[0], path="warm-up.txt", published=PUBLISHED)
    for i, text in enumerate(texts[1:]):
        extract_text(text, path=f"a{i}.txt", published=PUBLISHED)


def main() -> None:
    if sys.argv[1:2] == ["--extract"]:
        _extract(int(sys.argv[2]))
        return
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    base, total = _count(0), _count(articles)
    print(f"extract instructions: {articles} bench articles after the warm-up one")
    print(f"  {(total - base) / articles / 1e6:.2f} M instructions per article (callgrind)")
    print(f"  {base / 1e6:,.0f} M for start-up, building the articles and the warm-up article")


if __name__ == "__main__":
    main()
