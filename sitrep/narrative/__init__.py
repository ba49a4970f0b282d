"""The officer's own words: `narrative.md` of the situation folder, its figures filled in.

The build reads the narrative after merge and puts its sections into the report,
where each replaces the section the templates would otherwise write. A figure in it
is a reference to the merged report (see `references`), so the prose and the
tables cannot disagree; a reference to no figure stops the build with file and
line, and a typed number that contradicts a figure is a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.models import NarrativeBlock, NarrativeSection, Sitrep, Words
from sitrep.narrative.document import Block, Document, Run, Section, read_document
from sitrep.narrative.figures import FigureBook, NoSuchFigureError
from sitrep.narrative.lint import lint

NARRATIVE_FILE = "narrative.md"


class NarrativeError(SitrepError):
    """The narrative cannot be used as written; one "file:line: message" per problem."""

    def __init__(self, path: str, problems: list[tuple[int, str]]) -> None:
        self.messages = [
            f"{path}:{line}: {message}" for line, message in sorted(problems, key=lambda p: p[0])
        ]
        super().__init__("\n".join(self.messages))


Warnings = Callable[[], list[str]]
"""The warnings for the officer (not for the report's readers), made when called: the
lint reads the prose with the article extractor, the slowest part of the narrative in a
cold build, which calls it while the PDF is laid out (the report does not need them)."""


def with_narrative(sitrep: Sitrep, folder: Path) -> tuple[Sitrep, Warnings]:
    """`sitrep` with the officer's sections of `folder/narrative.md`, and the warnings
    for the officer (`Warnings`).

    Without the file the report keeps its generated text. A narrative dated for
    another report (`date:` in its front matter) is left out with a warning.
    """
    path = folder / NARRATIVE_FILE
    if not path.is_file():
        return sitrep, lambda: []
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise NarrativeError(shown, [(1, f"not UTF-8 text ({error.reason})")]) from None
    sections, warnings = narrative_sections(read_document(text), sitrep, shown)
    return sitrep.model_copy(update={"narrative": sections}), warnings


def narrative_sections(
    doc: Document, sitrep: Sitrep, path: str = NARRATIVE_FILE
) -> tuple[list[NarrativeSection], Warnings]:
    """The sections of a narrative read by `read_document`, resolved against `sitrep`,
    and the officer's warnings (`Warnings`)."""
    if doc.date is not None and doc.date != sitrep.date:
        other_day = (
            f"{path}: written for the report of {doc.date.isoformat()}, so the report of "
            f"{sitrep.date.isoformat()} keeps its generated text"
        )
        return [], lambda: [other_day]
    book = FigureBook(sitrep)
    problems = list(doc.errors)
    sections = [_section(s, book, problems) for s in doc.sections]
    if problems:
        raise NarrativeError(path, problems)
    start = sitrep.period.start

    def linted() -> list[str]:
        return [f"{path}:{line}: {m}" for line, m in lint(doc, book, day=sitrep.date, start=start)]

    return sections, linted


def _section(
    section: Section, book: FigureBook, problems: list[tuple[int, str]]
) -> NarrativeSection:
    return NarrativeSection(
        key=section.key,
        title=section.title,
        blocks=[_block(b, book, problems) for b in section.blocks],
        parts=[_section(p, book, problems) for p in section.parts],
    )


def _block(block: Block, book: FigureBook, problems: list[tuple[int, str]]) -> NarrativeBlock:
    return NarrativeBlock(
        kind=block.kind, items=[_words(item, book, problems) for item in block.items]
    )


def _words(item: list[Run], book: FigureBook, problems: list[tuple[int, str]]) -> list[Words]:
    """An item's runs with their figures found; each figure is cited where its value is
    first given (a date or a change alone is not cited)."""
    words: list[Words] = []
    cited: set[str] = set()
    for run in item:
        ref = run.reference
        if ref is None:
            words.append(
                Words(text=run.text, emphasis=run.emphasis, strong=run.strong, url=run.url)
            )
            continue
        try:
            figure = book.find(ref)
        except NoSuchFigureError as error:
            problems.append((ref.line, str(error)))
            continue
        if ref.part == "as_of" and figure.date is None:
            problems.append((ref.line, f"{ref.written}: the figure {ref.name} has no date"))
            continue
        words.append(
            Words(
                emphasis=run.emphasis,
                strong=run.strong,
                figure=figure,
                part=ref.part,
                reference=ref.written,
                cite=ref.part == "value" and ref.name not in cited,
            )
        )
        if ref.part == "value":
            cited.add(ref.name)
    return words


__all__ = ["NARRATIVE_FILE", "NarrativeError", "narrative_sections", "with_narrative"]
