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

from sitrep.models import GazetteerEntry


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str
    pcode: str | None


_DIRECTIONAL = re.compile(
    r"\b(?:(?:north|south)[\s-]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|central|rural)\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?"
)
_IN_PLACE = re.compile(
    r"(?<!reporters )\b(?:in|from|across)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_NOT_PLACES_TEXT = """
    The A An This That These Those January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday UN U.N. He She It They We His Her Their Its Old Islamic State Security Council
    Health Ministry Relief Union Refugees Migration Palestine"""
_NOT_PLACES = frozenset(_NOT_PLACES_TEXT.split())


class Gazetteer:
    """The situation's places as one matcher; built once per run, used for every sentence."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        self._codes: dict[str, str] = {}
        for entry in entries:
            code = entry.adm2_code or entry.adm1_code
            names = [entry.adm2_name] if entry.adm2_name else [entry.adm1_name]
            for name in [*names, *entry.aliases]:
                if name and name.strip():
                    self._codes.setdefault(_key(name), code)
            self._codes.setdefault(_key(entry.adm1_name), entry.adm1_code)
        alternatives = sorted(self._codes, key=len, reverse=True)
        self._re = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives)
                + r")(?!\w)",
                re.IGNORECASE,
            )
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
            found.append(PlaceMention(m.start(), m.end(), m.group(), self._codes[_key(m.group())]))
        return found


def find_places(sentence: str, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Places in the sentence: gazetteer matches with P-codes, else places as written."""
    if gazetteer:
        return gazetteer.find(sentence)
    found = [
        PlaceMention(m.start(), m.end(), m.group(), None) for m in _DIRECTIONAL.finditer(sentence)
    ]
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


def _key(name: str) -> str:
    return " ".join(name.lower().split())
