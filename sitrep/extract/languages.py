"""The words the recognisers read, one module per language (`english`, `french`), chosen by
the situation's `language`.

Every recogniser is grammar written once (distance, clauses, spans); what changes from
one language to the next is data: number words and scales, qualifiers, cue phrases,
months and weekdays, date phrases, speech verbs and what a speaker's name may contain,
ceasefire status words and abbreviations. Each language module fills one `Language`
with all of it, so adding a language never touches the recognisers.
"""

from __future__ import annotations

from sitrep.errors import SitrepError
from sitrep.extract.english import ENGLISH
from sitrep.extract.french import FRENCH
from sitrep.extract.words import DateWords, Language

__all__ = ["ENGLISH", "FRENCH", "DateWords", "Language", "UnknownLanguageError", "language"]


class UnknownLanguageError(SitrepError):
    """The situation asks for a language the extractor has no words for."""


def language(code: str) -> Language:
    """The words of `code` ('en', 'fr'); an unknown code is an error that names the known ones."""
    known = {ENGLISH.tag: ENGLISH, FRENCH.tag: FRENCH}
    found = known.get(code.strip().lower().split("-")[0])
    if found is None:
        raise UnknownLanguageError(
            f"language {code!r}: the extractor reads {', '.join(sorted(known))}"
        )
    return found
