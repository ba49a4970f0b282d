"""`narrative.md` read into sections of runs: the officer's text, and the references in it.

Markdown is read by markdown-it-py with only paragraphs, `-` bullet lists, emphasis,
links, headings and backslash escapes switched on and raw HTML off, so nothing the
officer types (or pastes) becomes markup: every other construct stays text, which
the templates escape. References are taken out of each line before Markdown sees
it and put back as runs, so Markdown never reads inside one and every error can
name its line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from sitrep.models.report import NARRATIVE_SECTIONS
from sitrep.narrative.references import Reference, references

SECTION_TITLES: dict[str, str] = {
    "highlights": "Highlights",
    "overview": "Situation overview",
    "access": "Access",
}
SECTION_NAMES: dict[str, str] = {
    "highlights": "highlights",
    "overview": "overview",
    "situation overview": "overview",
    "access": "access",
    "humanitarian access": "access",
}
"""The `##` headings of the fixed sections, as an officer may write them."""
SECTOR_PARTS = ("Needs", "Response", "Gaps")
"""A sector's `###` headings, in the order a sitrep prints them."""

_PARTS = ", ".join(f"### {p}" for p in SECTOR_PARTS)
_HOLE, _END = "\ue000", "\ue001"
"""Private-use characters that stand for a reference while Markdown reads the line."""
_MARKDOWN = MarkdownIt("zero", {"html": False}).enable(
    ["heading", "list", "emphasis", "link", "escape"]
)


@dataclass
class Run:
    """Text, a reference, or (with `url` and no text) the address that closes a link."""

    text: str = ""
    emphasis: bool = False
    strong: bool = False
    url: str | None = None
    reference: Reference | None = None


@dataclass
class Block:
    kind: Literal["paragraph", "bullets"]
    items: list[list[Run]]
    lines: list[tuple[int, int]]
    """Each item's first and last line (1-based), for the lint."""


@dataclass
class Section:
    key: str
    title: str
    line: int
    blocks: list[Block] = field(default_factory=list)
    parts: list[Section] = field(default_factory=list)


@dataclass
class Document:
    """A narrative as read; `errors` are "line: message" pairs, none means it can be used."""

    date: dt.date | None = None
    sections: list[Section] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def read_document(text: str) -> Document:
    """Sections, references and every error of a narrative's text (all errors, not the first)."""
    doc = Document(lines=text.splitlines())
    lines = _front_matter(doc)
    refs: list[Reference] = []
    for number, line in enumerate(lines, start=1):
        if _HOLE in line or _END in line:
            doc.errors.append((number, "the text holds a private-use character (U+E000/U+E001)"))
            lines[number - 1] = line.replace(_HOLE, "").replace(_END, "")
            continue
        found, errors = references(line, number)
        doc.errors += [(e.line, str(e)) for e in errors]
        for index, ref in reversed(list(enumerate(found, start=len(refs)))):
            line = f"{line[: ref.start]}{_HOLE}{index}{_END}{line[ref.end :]}"
        refs += found
        lines[number - 1] = line
    _sections(doc, _MARKDOWN.parse("\n".join(lines)), refs)
    return doc


def _front_matter(doc: Document) -> list[str]:
    """The lines with a leading `---` block taken out (kept as blank lines, so that line
    numbers stay those of the file); its one setting, `date:`, says which report the
    narrative is written for."""
    lines = list(doc.lines)
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        doc.errors.append((1, "the front matter opened by “---” is not closed by a “---” line"))
        return lines
    for i in range(1, end):
        key, colon, value = lines[i].partition(":")
        if not lines[i].strip():
            continue
        if key.strip() != "date" or not colon:
            doc.errors.append((i + 1, f"unknown setting “{lines[i].strip()}”: only “date:”"))
            continue
        try:
            doc.date = dt.date.fromisoformat(value.strip())
        except ValueError:
            doc.errors.append((i + 1, f"date “{value.strip()}” is not a date (YYYY-MM-DD)"))
    return [""] * (end + 1) + lines[end + 1 :]


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def _sections(doc: Document, tokens: list[Token], refs: list[Reference]) -> None:
    section: Section | None = None
    target: Section | None = None
    seen: dict[str, int] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            title = " ".join(_plain(tokens[i + 1]).split())
            line = _line(token)
            if token.tag == "h2":
                key = SECTION_NAMES.get(title.casefold(), title.casefold())
                if key in seen:
                    doc.errors.append(
                        (line, f"section “{title}” again (first on line {seen[key]})")
                    )
                seen.setdefault(key, line)
                section = Section(key=key, title=SECTION_TITLES.get(key, title), line=line)
                doc.sections.append(section)
                target = section
            elif token.tag == "h3" and section is not None and section.key not in SECTION_TITLES:
                part = next((p for p in SECTOR_PARTS if p.casefold() == title.casefold()), None)
                if part is None:
                    doc.errors.append(
                        (
                            line,
                            f"“### {title}”: a sector's parts are {_PARTS}",
                        )
                    )
                target = Section(key=(part or title).casefold(), title=part or title, line=line)
                section.parts.append(target)
            else:
                doc.errors.append((line, _heading_advice(token.tag, title, section)))
            i += 3
            continue
        if token.type in {"paragraph_open", "bullet_list_open", "ordered_list_open"}:
            end = _closing(tokens, i)
            if target is None:
                doc.errors.append(
                    (_line(token), "text before the first section: start with a ## heading")
                )
            elif token.type == "ordered_list_open":
                doc.errors.append((_line(token), "numbered lists are not supported: use “- ”"))
            else:
                block = _block(doc, tokens[i:end], refs)
                if block is not None:
                    target.blocks.append(block)
            i = end
            continue
        i += 1
    for key in NARRATIVE_SECTIONS:
        if key in seen and not any(s.blocks for s in doc.sections if s.key == key):
            doc.errors.append((seen[key], f"section “{SECTION_TITLES[key]}” is empty"))


def _heading_advice(tag: str, title: str, section: Section | None) -> str:
    fixed = ", ".join(f"## {t}" for t in SECTION_TITLES.values())
    if tag == "h3" and section is not None:
        return f"“### {title}”: the {section.title} section has no parts; parts belong to sectors"
    if tag == "h3":
        return f"“### {title}” before any section"
    return f"“{'#' * int(tag[1])} {title}”: sections are {fixed} or ## <sector>"


def _closing(tokens: list[Token], start: int) -> int:
    """The index after the token that closes `tokens[start]`."""
    level = tokens[start].level
    closing = tokens[start].type.replace("_open", "_close")
    for j in range(start + 1, len(tokens)):
        if tokens[j].type == closing and tokens[j].level == level:
            return j + 1
    return len(tokens)


def _block(doc: Document, tokens: list[Token], refs: list[Reference]) -> Block | None:
    first = tokens[0]
    if first.type == "paragraph_open":
        return Block("paragraph", [_runs(tokens[1], refs)], [_span(first)])
    items: list[list[Run]] = []
    spans: list[tuple[int, int]] = []
    for j, token in enumerate(tokens):
        if token.type in {"bullet_list_open", "ordered_list_open"} and j > 0:
            doc.errors.append((_line(token), "lists inside lists are not supported"))
            return None
        if token.type == "list_item_open":
            spans.append(_span(token))
            items.append([])
        elif token.type == "inline" and items:
            if items[-1]:
                items[-1].append(Run(text=" "))
            items[-1] += _runs(token, refs)
    return Block("bullets", items, spans)


def _span(token: Token) -> tuple[int, int]:
    return (token.map[0] + 1, token.map[1]) if token.map else (0, 0)


def _plain(inline: Token) -> str:
    return "".join(c.content for c in inline.children or [] if c.type == "text")


def _runs(inline: Token, refs: list[Reference]) -> list[Run]:
    """An inline token's children as runs; a link becomes its text with its address."""
    runs: list[Run] = []
    emphasis = strong = 0
    url: str | None = None
    for child in inline.children or []:
        if child.type == "em_open":
            emphasis += 1
        elif child.type == "em_close":
            emphasis -= 1
        elif child.type == "strong_open":
            strong += 1
        elif child.type == "strong_close":
            strong -= 1
        elif child.type == "link_open":
            url = str(child.attrs.get("href", ""))
        elif child.type == "link_close" and url is not None:
            runs.append(Run(url=url))
            url = None
        elif child.type == "text":
            for k, piece in enumerate(child.content.replace("\n", " ").split(_HOLE)):
                text = piece
                if k:
                    index, _, text = piece.partition(_END)
                    runs.append(
                        Run(emphasis=emphasis > 0, strong=strong > 0, reference=refs[int(index)])
                    )
                if text:
                    runs.append(Run(text=text, emphasis=emphasis > 0, strong=strong > 0))
    return runs
