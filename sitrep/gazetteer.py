"""Place identity: when two spellings are one place, and which P-code a name stands for.

Validation (does a row's name fit its P-code?), extraction (which P-code does a place
in a sentence have?) and merge (are these two figures about the same place?) must
answer alike, or a figure from an article written "A’zaz" is a different place from
the table's "A'zaz". So the one name normaliser and the one gazetteer live here, and
the merge key of a place is derived here too: its P-code where the place is a coded
admin area, else its normalised name (under the P-code of the area it lies in, if any).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.models import GazetteerEntry

APOSTROPHES = "’‘`´ʼʻ′"
"""Characters written for an apostrophe; each compares as `'`."""
DASHES = "-‐‑‒–—―"
"""Hyphens and dashes; each compares as a space ("Deir ez-Zor" is "Deir ez Zor")."""
CARDINAL_VARIANTS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}
_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_DASHES = re.compile(f"[{re.escape(DASHES)}]")


@lru_cache(maxsize=65_536)
def normalise_place(name: str) -> str:
    """The form in which two spellings of one place name compare equal.

    Case (casefolded, so a Turkish "İ" is an "i"), diacritics, apostrophe and dash
    styles, extra spaces, a leading "the" and "eastern"/"east"-style variants are
    ignored: "The Eastern A’zaz" and "east a'zaz" are one name. Cached: a large week
    names the same few thousand places on each of its hundreds of thousands of rows.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _DASHES.sub(" ", _APOSTROPHES.sub("'", plain)).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(CARDINAL_VARIANTS.get(word, word) for word in words)


def name_pattern(name: str) -> str:
    """A regex for `name` as news may write it: any apostrophe or dash, any spacing."""
    parts = []
    for char in name:
        if _APOSTROPHES.match(char) or char == "'":
            parts.append(f"['{APOSTROPHES}]")
        elif _DASHES.match(char):
            parts.append(rf"[{re.escape(DASHES)}\s]+")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


@dataclass
class Gazetteer:
    """The situation's admin areas: names and aliases by P-code, and P-codes by name.

    Built once per run from the validated gazetteer rows. A name that several areas
    carry ("Aleppo" is a governorate and an alias of its city district) stands for
    the most specific area, the one a place in a sentence or a row most likely means.
    """

    names: dict[str, list[str]] = field(default_factory=dict)
    """Every name of each P-code as written: its admin name first, then its aliases."""
    official: dict[str, str] = field(default_factory=dict)
    """The admin name of each P-code: the only name that stands for the whole area."""
    _codes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        gazetteer = cls()
        entries = list(entries)
        for entry in entries:
            if entry.adm2_code:
                gazetteer._add(entry.adm2_code, entry.adm2_name, entry.aliases)
        for entry in entries:
            gazetteer._add(
                entry.adm1_code, entry.adm1_name, () if entry.adm2_code else entry.aliases
            )
        return gazetteer

    def _add(self, code: str, name: str | None, aliases: Iterable[str]) -> None:
        code = code.strip().upper()
        known = self.names.setdefault(code, [])
        if name and name.strip():
            self.official.setdefault(code, name.strip())
        for each in (name, *aliases):
            if each and each.strip() and each.strip() not in known:
                known.append(each.strip())
                self._codes.setdefault(normalise_place(each), code)

    def __bool__(self) -> bool:
        return bool(self.names)

    def with_admin_names(self, pairs: Iterable[tuple[str, str]]) -> Gazetteer:
        """A copy that also knows these (P-code, admin name) pairs, as tables give them.

        Without a gazetteer table, a row naming "Jebel Saman" with SY0200 and a row
        giving only SY0200 are still one place. Names the gazetteer has stay first.
        """
        copy = Gazetteer(
            {c: list(n) for c, n in self.names.items()}, dict(self.official), dict(self._codes)
        )
        for code, name in pairs:
            copy._add(code, name, ())
        return copy

    @property
    def codes(self) -> list[str]:
        return list(self.names)

    def code_of(self, name: str) -> str | None:
        """The P-code a place name stands for, however it is spelled."""
        return self._codes.get(normalise_place(name))

    def name_of(self, code: str) -> str | None:
        """The admin name of a P-code, to show for a row that gives only the code."""
        return self.official.get(code.strip().upper())

    def spellings(self) -> list[str]:
        """Every name and alias as written, to find them in a text."""
        return [name for names in self.names.values() for name in names]

    def place_key(self, name: str | None, pcode: str | None) -> str:
        """The merge key of a place: figures with the same key are about the same place.

        A place that is a coded admin area (no name, or the area's admin name) is its
        P-code, so a table keyed by P-code only and one that names its districts meet.
        Any other name (a neighbourhood, "east Aleppo", which may be an alias of its
        district yet is not all of it) is that name within its P-code.
        """
        code = (pcode or "").strip().upper() or (self.code_of(name) if name else None)
        key = normalise_place(name) if name else ""
        if not code:
            return key
        official = self.official.get(code)
        if not key or key == code.casefold() or (official and normalise_place(official) == key):
            return code
        return f"{code}/{key}"

    def mismatch(self, code: str, name: str, *, alias: bool) -> str | None:
        """Why `name` does not fit `code`, or None when it does (or cannot be told).

        A free-text place (`alias`) may be a neighbourhood the gazetteer does not
        list; it is wrong only when the gazetteer puts that name under another code.
        """
        names = self.names.get(code)
        key = normalise_place(name)
        if not names or key in {normalise_place(n) for n in names}:
            return None
        elsewhere = self._codes.get(key)
        if alias and elsewhere is None:
            return None
        closest = (difflib.get_close_matches(name, names, n=1, cutoff=0.6) or names)[0]
        message = f'"{name}" is not a name of {code} in the gazetteer; did you mean "{closest}"?'
        if elsewhere:
            message += f' ("{name}" is {elsewhere})'
        return message
