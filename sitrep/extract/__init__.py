"""`sitrep extract`: every humanitarian figure in a news article, as a Fact with its sentence.

The recognisers are small modules (numbers, indicators, sources, dates, places,
events, keyfigures) run by `pipeline`; the words they read are one module per language
(`english`, `french`, chosen through `languages`); `review` carries an officer's
decisions across re-runs.
"""

from sitrep.extract.pipeline import extract_articles, extract_text
from sitrep.extract.review import keep_reviews

__all__ = ["extract_articles", "extract_text", "keep_reviews"]
