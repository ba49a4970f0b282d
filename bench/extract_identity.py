"""Every fact the extractor gives on the speed bench and the own-words sets, as JSON lines.

A speed change must not change what is extracted: run this on two trees and compare the
files byte for byte. It reads the 300 articles `bench/extract_speed.py` builds and every
own-words article (tests/data/articles, held-out, blind), each read in English as the
quality bench reads it, once more in French, so that both languages' rules run, and once
in English with the example situation's gazetteer, so that place matching runs.

    PYTHONPATH=<tree> .venv/bin/python bench/extract_identity.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from extract_quality import DATA, own_words
from extract_speed import PUBLISHED, build_articles

from sitrep.extract import extract_text
from sitrep.gazetteer import Gazetteer
from sitrep.load import open_situation

OWN_WORDS = ("articles", "held-out", "blind")
EXAMPLE = DATA.parent.parent / "inputs" / "aleppo"


def lines() -> Iterator[str]:
    """One line per article read: its name, language and facts as the models dump them."""
    for i, text in enumerate(build_articles(300)):
        article = extract_text(text, path=f"a{i}.txt", published=PUBLISHED)
        yield json.dumps({"bench": i, "article": article.model_dump(mode="json")})
    places = Gazetteer.of(open_situation(EXAMPLE).gazetteer_entries())
    readings: list[tuple[str, Gazetteer]] = [("en", Gazetteer.of(())), ("fr", Gazetteer.of(()))]
    readings.append(("en", places))
    for folder in OWN_WORDS:
        for labelled in own_words(DATA / folder):
            for lang, gazetteer in readings:
                article = extract_text(
                    labelled.text,
                    path=f"{labelled.name}.txt",
                    published=labelled.published,
                    lang=lang,
                    gazetteer=gazetteer,
                )
                yield json.dumps(
                    {
                        "own": f"{folder}/{labelled.name}",
                        "lang": lang,
                        "gazetteer": bool(gazetteer),
                        "article": article.model_dump(mode="json"),
                    }
                )


def main() -> None:
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as stream:
        for line in lines():
            stream.write(line + "\n")


if __name__ == "__main__":
    main()
