"""The grammar of a figure reference in `narrative.md`, and nothing more.

A reference names a figure of the merged report; it is never evaluated. The whole
language is:

    {{ indicator.total }}             the report's total of an indicator
    {{ indicator["P-code or place"] }} the figure of one area, as the tables name it
    … followed by .as_of or .change   the figure's date, or its change since the last report

Anything else between `{{` and `}}` (arithmetic, attributes, filters, calls) is an
error naming the line, so text pasted into a narrative can never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Part = Literal["value", "as_of", "change"]

OPENING = "{{"
_ANY = re.compile(r"\{\{(?P<inner>.*?)\}\}")
_REFERENCE = re.compile(
    r"""\s*(?P<indicator>[a-z][a-z_]*)\s*
    (?:\.\s*(?P<total>total)|\[\s*(?:"(?P<dq>[^"\\{}]+)"|'(?P<sq>[^'\\{}]+)')\s*\])
    (?:\s*\.\s*(?P<part>as_of|change))?\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Reference:
    """One `{{ … }}` as written: which figure (`key` None is the total) and which part of it."""

    indicator: str
    key: str | None
    part: Part
    written: str
    line: int
    start: int
    end: int

    @property
    def name(self) -> str:
        """The figure's name as a narrative writes it, for messages: `displaced["SY0200"]`."""
        return figure_name(self.indicator, self.key)


def figure_name(indicator: str, key: str | None) -> str:
    return f"{indicator}.total" if key is None else f'{indicator}["{key}"]'


class GrammarError(ValueError):
    """A `{{ … }}` that is not a figure reference; `line` is 1-based in the narrative file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def references(line: str, number: int) -> tuple[list[Reference], list[GrammarError]]:
    """The references of one line of the narrative (`number` is its 1-based line number),
    and an error for each `{{ … }}` that is not one.

    A reference starts and ends on one line; an unclosed `{{` is an error rather than
    text, so a half-typed reference is never printed as braces.
    """
    found: list[Reference] = []
    errors: list[GrammarError] = []
    at = 0
    for m in _ANY.finditer(line):
        inner = m.group("inner")
        ref = _REFERENCE.fullmatch(inner)
        at = m.end()
        if ref is None or OPENING in inner:
            errors.append(
                GrammarError(
                    number,
                    f"“{m.group(0)}” is not a figure reference: write "
                    '{{ indicator.total }} or {{ indicator["P-code or place"] }}, '
                    "optionally followed by .as_of or .change",
                )
            )
            continue
        part: Part = "value"
        if ref.group("part") == "as_of":
            part = "as_of"
        elif ref.group("part") == "change":
            part = "change"
        key = None if ref.group("total") else (ref.group("dq") or ref.group("sq")).strip()
        found.append(
            Reference(
                indicator=ref.group("indicator"),
                key=key,
                part=part,
                written=m.group(0),
                line=number,
                start=m.start(),
                end=m.end(),
            )
        )
    if OPENING in line[at:]:
        errors.append(GrammarError(number, "“{{” is not closed by “}}” on the same line"))
    return found, errors
