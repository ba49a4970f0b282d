"""How generated sentences name their sources, the way an editor would.

A source arrives as a table's `#meta+source` cell or the extractor's "who said it",
written for the record ("UN official (via news report, 8 Dec 2016)", "A UN official",
"illustrative field data"). In a sentence it reads "according to a UN official and
field data (illustrative)"; under a key figure, "Source: UN official; field data
(illustrative)". The route a figure took ("via news report …") is the citation's
job, so it is left out of the name. Names are otherwise kept as written.
"""

from __future__ import annotations

import re

from sitrep.extract.english import ENGLISH

SEPARATOR = "; "
"""How merge joins the sources of a figure that adds up several."""

_VIA = re.compile(r"(?:,?\s*\((?:via|from)\b[^)]*\)|,\s*via\b.*)$", re.IGNORECASE)
_REPORT = re.compile(r"^(?P<kind>news|press|media) (?P<what>report|release)\b.*$", re.IGNORECASE)
_ILLUSTRATIVE = re.compile(r"^illustrative\s+(?P<rest>.+)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_ROLES = frozenset(
    [
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "statement",
        "report",
        "source",
        "doctor",
        "resident",
        "witness",
        "activist",
        "medic",
    ]
)
"""A name ending in one of these is a description ("UN official"), so it takes "a"."""
_COMMON_FIRST = frozenset(
    ["rebel", "government", "field", "local", "news", "state", "medical", "hospital"]
)
"""First words that are common nouns, written in lower case after "a"."""
_AN_LETTERS = frozenset("AEFHILMNORSX")
"""Initials said with a vowel sound: "an NGO worker", "an MSF doctor", but "a UN official"."""


def _name(source: str) -> str:
    """One source as a bare name: route, "illustrative" and article moved or taken off."""
    name = _VIA.sub("", source.strip()).strip(" ,")
    report = _REPORT.match(name)
    if report:
        return f"{report.group('kind').lower()} {report.group('what').lower()}"
    illustrative = _ILLUSTRATIVE.match(name)
    if illustrative:
        name = f"{illustrative.group('rest')} (illustrative)"
    return _ARTICLE.sub("", name)


def _names(sources: str) -> list[tuple[str, str]]:
    """(bare name, name as first written) of each source, each once."""
    named: dict[str, str] = {}
    for source in sources.split(SEPARATOR):
        if source.strip():
            named.setdefault(_name(source).casefold(), source.strip())
    return [(_name(first), first) for first in named.values()]


def _in_sentence(name: str, written: str) -> str:
    article = _ARTICLE.match(written.strip())
    words = name.split()
    if article:
        return f"{article.group(0).strip().lower()} {name}"
    if words and words[-1].lower() in _ROLES and len(words) <= 5:
        first = words[0].lower() if words[0].lower() in _COMMON_FIRST else words[0]
        rest = " ".join([first, *words[1:]])
        if rest.isupper() or words[0].isupper():
            an = words[0][0] in _AN_LETTERS
        else:
            an = rest[0].lower() in "aeiou"
        return f"{'an' if an else 'a'} {rest}"
    return name


def who(sources: str | None) -> str:
    """The sources as a sentence names them: "a UN official and field data (illustrative)"."""
    names = [_in_sentence(name, written) for name, written in _names(sources or "")]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def source_label(sources: str | None) -> str:
    """The sources as a label under a figure: "UN official; field data (illustrative)"."""
    label = SEPARATOR.join(name for name, _ in _names(sources or ""))
    return label[:1].upper() + label[1:]


_NUMBER_WORDS = ENGLISH.number_words[:21]
"""Zero to twenty, each at its value: the words a duration is spelled in."""


def states_duration(text: str, days: int) -> bool:
    """Whether `text` already says how many days ("a seven-day truce", "for 7 days"), so a
    "(7 days)" after it would say it twice."""
    spelled = [str(days)] + ([_NUMBER_WORDS[days]] if days < len(_NUMBER_WORDS) else [])
    pattern = rf"\b(?:{'|'.join(spelled)})[\s-]+days?\b"
    return re.search(pattern, text, re.IGNORECASE) is not None
