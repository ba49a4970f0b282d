"""Where: place names in a sentence, matched to the situation's gazetteer when there is one.

With a gazetteer, every admin name and alias is one alternative of a single
case-insensitive regex (longest first), so "east Aleppo" wins over "Aleppo" and the
P-code comes with the match. Without one, places are kept as written in the shapes
news uses: "east Aleppo", "eastern Ghouta", "in Derna".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep import patterns
from sitrep.extract.scan import holds_any, letters_first
from sitrep.gazetteer import Gazetteer, name_pattern, normalise_place


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str
    pcode: str | None


_DIRECTIONAL = patterns.compile(
    letters_first(
        r"\b(?:(?:north|south)[\s-]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|"
        r"east(?:ern)?|west(?:ern)?|central|rural)\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?"
    )
)
_DIRECTIONAL_WORDS = ("north", "south", "east", "west", "central", "rural")
"""Every directional place holds one of these: most sentences are passed over at once."""
_IN_PLACE = patterns.compile(
    r"(?=[afi])(?<!reporters )\b(?:in|from|across)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
"""'in Aleppo', 'from Idlib'; the lookahead on the first letters of 'in', 'from' and 'across'
skips every other position at once."""
_NOT_PLACES_TEXT = """
    The A An This That These Those January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday UN U.N. He She It They We His Her Their Its Old Islamic State Security Council
    Health Ministry Relief Union Refugees Migration Palestine"""
_NOT_PLACES = frozenset(_NOT_PLACES_TEXT.split())


class PlaceMatcher:
    """The situation's places as one matcher; built once per run, used for every sentence.

    Names come from `sitrep.gazetteer`, which owns place identity: a name is found
    as written or normalised, in any apostrophe or dash style ("A’zaz" is "A'zaz"),
    and its P-code is the one the gazetteer gives that name.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        spellings = {*gazetteer.spellings(), *map(normalise_place, gazetteer.spellings())}
        alternatives = sorted({name_pattern(s) for s in spellings if s}, key=len, reverse=True)
        self._re = (
            patterns.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
            if alternatives
            else None
        )

    def __bool__(self) -> bool:
        return self._re is not None

    def find(self, sentence: str) -> list[PlaceMention]:
        """Every name or alias in the sentence, the longest where names overlap."""
        if self._re is None:
            return []
        found = []
        for m in self._re.finditer(sentence):
            code = self._gazetteer.code_of(m.group())
            if code is not None:
                found.append(PlaceMention(m.start(), m.end(), m.group(), code))
        return found


def find_places(sentence: str, gazetteer: PlaceMatcher | None = None) -> list[PlaceMention]:
    """Places in the sentence: gazetteer matches with P-codes, else places as written."""
    if gazetteer:
        return gazetteer.find(sentence)
    found = (
        [PlaceMention(m.start(), m.end(), m.group(), None) for m in _DIRECTIONAL.finditer(sentence)]
        if holds_any(sentence, _DIRECTIONAL_WORDS)
        else []
    )
    for m in _IN_PLACE.finditer(sentence):
        words = m.group("place").split()
        if words[0] in _NOT_PLACES:
            continue
        while words and words[-1] in _NOT_PLACES:
            words.pop()
        start = m.start("place")
        if any(p.start <= start < p.end for p in found):
            continue
        name = " ".join(words)
        found.append(PlaceMention(start, start + len(name), name, None))
    return found


def nearest(places: Sequence[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The place closest to `[start, end)`, preferring one after it in a tie."""
    best: PlaceMention | None = None
    best_distance = 0
    for place in places:
        distance = place.start - end if place.start >= end else start - place.end
        if best is None or distance < best_distance:
            best, best_distance = place, distance
    return best
