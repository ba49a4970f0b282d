"""`sitrep extract`: every humanitarian figure in a news article, as a Fact with its sentence.

The recognisers are small modules (numbers, indicators, sources, dates, places,
events, keyfigures) run by `pipeline`; the words they read are one module per language
(`english`, `french`, chosen through `languages`); `review` carries an officer's
decisions across re-runs.

Each name is imported from its module on first use: the report's wording reads
`sitrep.extract.english` without importing the recognisers and compiling their patterns,
and a build from reviewed facts imports them only when it has a narrative to check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.lazy import on_first_use

if TYPE_CHECKING:
    from sitrep.extract.pipeline import extract_articles, extract_text
    from sitrep.extract.review import keep_reviews

_HOMES = {
    "extract_articles": "sitrep.extract.pipeline",
    "extract_text": "sitrep.extract.pipeline",
    "keep_reviews": "sitrep.extract.review",
}
"""The module each name lives in, imported when the name is first used."""

__all__ = ["extract_articles", "extract_text", "keep_reviews"]

__getattr__ = on_first_use(__name__, _HOMES, globals())
