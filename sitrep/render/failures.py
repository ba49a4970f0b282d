"""What stops a PDF, without the renderer: its system libraries missing, or content that
would be lost, with the inputs that hold a character no font has.

Kept apart from `sitrep.render.pdf` (which imports WeasyPrint) so that a process that
has the PDF laid out by another (`sitrep.render.worker`) can receive, word and raise
these errors without importing WeasyPrint itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sitrep.errors import SitrepError

if TYPE_CHECKING:
    from sitrep.models import Sitrep


class RendererUnavailableError(SitrepError):
    """WeasyPrint's system libraries are missing: nothing `pip` can install fixes that."""

    exit_code = 2


PANGO_HELP = (
    "the PDF renderer needs the Pango text library, which pip cannot install "
    "(Debian/Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0; "
    "Fedora: sudo dnf install pango; macOS: brew install pango; "
    "Windows: see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html)"
)


class PdfError(SitrepError):
    """The PDF would lose content: a refused resource, or a renderer message about the page."""

    def __init__(self, message: str, messages: list[str] | None = None) -> None:
        super().__init__(message)
        self.messages = messages or []

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its messages, as a renderer process sends it back."""
        return (type(self), (str(self), self.messages))


_NO_GLYPH = re.compile(r'glyph rendered for Unicode string unsupported by fonts: "(.*?)" \(U\+')


def named_glyphs(error: PdfError, sitrep: Sitrep) -> PdfError:
    """`error`, or, when its messages are about characters no shipped font has, an error
    that names them and the inputs that hold them."""
    glyphs = _missing_glyphs(error.messages, sitrep)
    return error if glyphs is None else PdfError(glyphs, error.messages)


def _place_of(holder: Mapping[str, Any]) -> str | None:
    """Where a fact or source entry came from, as a person finds it again: a table's row
    (its text cells sit beside the figure's), or an article's sentence."""
    cell, article = holder.get("cell"), holder.get("article")
    if cell:
        sheet = f', sheet "{cell["sheet"]}"' if cell.get("sheet") else ""
        return f"{cell['file']}{sheet}, row {cell['row']}"
    if article:
        span = holder.get("span")
        where = f", the sentence at characters {span[0]}–{span[1]}" if span else ""
        return f"{article['path']}{where}"
    return None


def _holders(node: Any, place: str | None, found: dict[str, set[str]], chars: set[str]) -> None:
    """Collect, per character, the inputs whose text holds it (figures only repeat facts)."""
    if isinstance(node, dict):
        place = _place_of(node) or place
        for value in node.values():
            _holders(value, place, found, chars)
    elif isinstance(node, list):
        for value in node:
            _holders(value, place, found, chars)
    elif isinstance(node, str) and place is not None:
        for char in chars.intersection(node):
            found.setdefault(char, set()).add(place)


def _missing_glyphs(messages: list[str], sitrep: Sitrep) -> str | None:
    """Name the characters no shipped font has, and the inputs that hold them."""
    chars = list(dict.fromkeys(char for message in messages for char in _NO_GLYPH.findall(message)))
    if not chars:
        return None
    found: dict[str, set[str]] = {}
    report = sitrep.model_dump(mode="json")
    _holders(report.pop("situation"), "sitrep.toml", found, set(chars))
    _holders(report, None, found, set(chars))
    by_place: dict[str, list[str]] = {}
    for char in chars:
        where = "; ".join(sorted(found.get(char, set()))) or "the report's own text"
        by_place.setdefault(where, []).append(char)
    parts = [
        f'"{"".join(group)}" ({", ".join(f"U+{ord(char):04X}" for char in group)}) in {where}'
        for where, group in by_place.items()
    ]
    return (
        "the report's fonts cannot show "
        + "; and ".join(parts)
        + ": remove, replace or transliterate it there"
    )
