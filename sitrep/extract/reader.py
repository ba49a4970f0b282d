"""Article files → the text the extractor reads, plus what the file says about itself.

Spans of extracted facts index `ArticleText.text`, so whatever is stripped here (front
matter, HTML markup) is stripped once, before any offset is taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode

from sitrep.errors import SitrepError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_DROPPED_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg")
_BLOCK_TAGS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, tr"


class ArticleReadError(SitrepError):
    """The file cannot be read as an article; the message says why."""


@dataclass(frozen=True, slots=True)
class ArticleText:
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


def read_article(path: Path) -> ArticleText:
    """Read a `.txt`/`.md` article (optional `---` front matter) or an HTML page."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleReadError(
            f"not UTF-8 text (byte {exc.start}); save the article as UTF-8"
        ) from None
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in HTML_SUFFIXES or content.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        return read_html(content)
    return read_plain(content)


def read_plain(content: str) -> ArticleText:
    """Split off YAML front matter; the rest is the article text, untouched."""
    if not content.startswith("---\n"):
        return ArticleText(text=content)
    end = content.find("\n---", 3)
    if end == -1:
        raise ArticleReadError("front matter starts with '---' but has no closing '---' line")
    block = content[4:end]
    after = content.find("\n", end + 4)
    text = "" if after == -1 else content[after + 1 :]
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ArticleReadError(f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise ArticleReadError("front matter must be 'key: value' lines")
    return ArticleText(
        text=text,
        title=_text_field(meta, "title"),
        url=_text_field(meta, "url"),
        outlet=_text_field(meta, "outlet"),
        published=_date_field(meta.get("published")),
    )


def read_html(content: str) -> ArticleText:
    """Main text of a web page: one paragraph per block element, boilerplate dropped."""
    tree = HTMLParser(content)
    title = _meta(tree, "og:title") or _node_text(tree, "title")
    url = _meta(tree, "og:url") or _attr(tree, 'link[rel="canonical"]', "href")
    outlet = _meta(tree, "og:site_name")
    published = _date_field(
        _meta(tree, "article:published_time") or _attr(tree, "time[datetime]", "datetime")
    )
    tree.strip_tags(list(_DROPPED_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    paragraphs: list[str] = []
    if root is not None:
        for node in root.css(_BLOCK_TAGS):
            if node.tag == "li" and node.css_first("p") is not None:
                continue
            line = _row_text(node) if node.tag == "tr" else _inline_text(node)
            if line:
                paragraphs.append(line)
    return ArticleText(
        text="\n\n".join(paragraphs) + ("\n" if paragraphs else ""),
        title=title,
        url=url,
        outlet=outlet,
        published=published,
    )


def _inline_text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator="").split())


def _row_text(row: LexborNode) -> str:
    """A table row as one line: "Deaths: 598" for a label and its figure, else cells
    separated by " | ", so a key-figures table reads like the key-figures list it is."""
    cells = [_inline_text(c) for c in row.css("td, th")]
    cells = [c for c in cells if c]
    return ": ".join(cells) if len(cells) == 2 else " | ".join(cells)


def _text_field(meta: dict[object, object], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date_field(value: object) -> dt.date | None:
    """A publication date from front matter or a meta tag; unusable values are ignored."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _meta(tree: HTMLParser, prop: str) -> str | None:
    return _attr(tree, f'meta[property="{prop}"]', "content") or _attr(
        tree, f'meta[name="{prop}"]', "content"
    )


def _attr(tree: HTMLParser, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name)
    return value.strip() or None if value else None


def _node_text(tree: HTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    return " ".join(node.text().split()) or None
