"""Article files → the text the extractor reads, plus what the file says about itself.

Spans of extracted facts index `ArticleText.text`, so whatever is stripped here (front
matter, HTML markup) is stripped once, before any offset is taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep import patterns
from sitrep.errors import SitrepError
from sitrep.limits import (
    MAX_ARTICLE_BYTES,
    MAX_ARTICLE_CHARS,
    MAX_FRONT_MATTER_CHARS,
    MAX_HTML_DEPTH,
    RefusedFileError,
    read_regular_file,
)

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser
    from selectolax.lexbor import LexborNode

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_DROPPED_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg")
_BLOCK_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "tr"}
)
_TAG = patterns.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr")
_END_TAG_OPTIONAL = ("p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot")
_UNNESTED = frozenset(
    {*_VOID, *_END_TAG_OPTIONAL, "option", "optgroup", "colgroup", "html", "head", "body"}
)


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
        raw = read_regular_file(path, MAX_ARTICLE_BYTES)
    except RefusedFileError as exc:
        raise ArticleReadError(str(exc)) from None
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
        read = read_html(content)
    else:
        read = read_plain(content)
    if len(read.text) > MAX_ARTICLE_CHARS:
        raise ArticleReadError(
            f"the article text is {len(read.text):,} characters; sitrep reads articles of at "
            f"most {MAX_ARTICLE_CHARS:,}"
        )
    return read


def read_plain(content: str) -> ArticleText:
    """Split off YAML front matter; the rest is the article text, untouched."""
    if not content.startswith("---\n"):
        return ArticleText(text=content)
    end = content.find("\n---", 3)
    if end == -1:
        raise ArticleReadError("front matter starts with '---' but has no closing '---' line")
    block = content[4:end]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise ArticleReadError(
            f"front matter is {len(block):,} characters; at most {MAX_FRONT_MATTER_CHARS:,} "
            "are read (it holds a title, a url, an outlet and a date)"
        )
    after = content.find("\n", end + 4)
    text = "" if after == -1 else content[after + 1 :]
    meta = _simple_front_matter(block)
    if meta is None:
        meta = _yaml_front_matter(block)
    published = meta.get("published")
    when = _date_field(published)
    if published is not None and when is None:
        shown = str(published)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise ArticleReadError(
            f"front matter: published {shown!r} is not a date; write it as YYYY-MM-DD"
        )
    return ArticleText(
        text=text,
        title=_text_field(meta, "title"),
        url=_text_field(meta, "url"),
        outlet=_text_field(meta, "outlet"),
        published=when,
    )


_SIMPLE_KEY = patterns.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")
_ISO_DATE = patterns.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_NOT_FIRST = frozenset(" -?:,[]{}#&*!|>'\"%@`" + "+.0123456789<=~")
"""First characters after which a one-line plain YAML scalar is not that line's text:
a space (YAML drops it), YAML's indicators, and the first characters of numbers, merge
keys, `=` and `~` (null)."""
_PLAIN_NOT_TEXT = frozenset(
    spelling
    for word in ("yes", "no", "true", "false", "on", "off", "null")
    for spelling in (word, word.title(), word.upper())
)
"""Plain scalars YAML 1.1 reads as a boolean or null, not as text."""


def _simple_front_matter(block: str) -> dict[object, object] | None:
    """Front matter of `key: text` lines only, read without YAML; None for anything else.

    Importing YAML and making its loader took 12-15 ms of the 0.26 s of an `extract` of
    one article (6.5 % of its instructions), and front matter is almost always a title,
    an outlet, a url and a date, one per line, as in every article we hold. Each
    line is taken only when YAML's safe loader would read it as the same key and the
    same text: a plain value that could be a number, a boolean, null, an alias, a tag or
    a comment, a quoted value with an escape or its quote inside, a line that is not a
    key and a value, or a character YAML would refuse, sends the whole block to YAML,
    which reads it, or words its error, as before.
    """
    meta: dict[object, object] = {}
    for line in block.split("\n"):
        key, colon, value = line.partition(": ")
        if not colon or not value.isprintable() or not _SIMPLE_KEY.fullmatch(key):
            return None
        text = _simple_text(value)
        if text is None:
            return None
        meta[key] = text
    return meta


def _simple_text(value: str) -> str | None:
    """The text of a one-line YAML scalar that holds nothing but text, else None."""
    first = value[:1]
    if first in ('"', "'"):
        inner = value[1:-1]
        closed = len(value) > 1 and value[-1] == first
        return inner if closed and first not in inner and "\\" not in inner else None
    if _ISO_DATE.fullmatch(value):
        return value  # the loader keeps dates as text (see `_front_matter_loader`)
    if (
        not first
        or first in _PLAIN_NOT_FIRST
        or value in _PLAIN_NOT_TEXT
        or value[-1] in " :"
        or ": " in value
        or " #" in value
    ):
        return None
    return value


def _yaml_front_matter(block: str) -> dict[object, object]:
    """Front matter read by YAML's safe loader (without aliases and dates); its errors
    worded for the officer."""
    import yaml

    loader, alias_error = _front_matter_loader()
    try:
        meta = yaml.load(block, Loader=loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        why = getattr(exc, "problem", None) if isinstance(exc, alias_error) else None
        raise ArticleReadError(
            f"front matter is not valid YAML{where}{': ' + why if why else ''}"
        ) from None
    except (ValueError, RecursionError):
        raise ArticleReadError(
            "front matter is not valid YAML: a value too long or nested too deeply"
        ) from None
    if not isinstance(meta, dict):
        raise ArticleReadError("front matter must be 'key: value' lines")
    return meta


@cache
def _front_matter_loader() -> tuple[type[Any], type[Exception]]:
    """YAML's safe loader without aliases, and with dates left as text for `_date_field`,
    and the error it raises on an alias.

    A 471-byte alias bomb expands to gigabytes; front matter needs no aliases. A date
    YAML cannot build (`2016-02-30`) stays text, so it is reported, not a traceback.
    Made on the first article whose front matter is more than `key: text` lines
    (`_simple_front_matter`): other articles, and every command that reads none, do not
    import YAML.
    """
    import yaml

    class AliasError(yaml.composer.ComposerError):
        """An alias (`*name`): refused, since a few of them nest into billions."""

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise AliasError(None, None, "aliases (*name) are not allowed in front matter")
            return super().compose_node(parent, index)

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return FrontMatterLoader, AliasError


def read_html(content: str) -> ArticleText:
    """Main text of a web page: one paragraph per block element, boilerplate dropped.

    The HTML parser is imported here, not with the module: a plain-text article (the usual
    input) does not pay for it at start-up."""
    from selectolax.lexbor import LexborHTMLParser

    _check_depth(content)
    tree = LexborHTMLParser(content)
    title = _meta(tree, "og:title") or _node_text(tree, "title")
    url = _meta(tree, "og:url") or _attr(tree, 'link[rel="canonical"]', "href")
    outlet = _meta(tree, "og:site_name")
    published = _date_field(
        _meta(tree, "article:published_time") or _attr(tree, "time[datetime]", "datetime")
    )
    tree.strip_tags(list(_DROPPED_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    paragraphs = _paragraphs(root) if root is not None else []
    return ArticleText(
        text="\n\n".join(paragraphs) + ("\n" if paragraphs else ""),
        title=title,
        url=url,
        outlet=outlet,
        published=published,
    )


def _check_depth(content: str) -> None:
    """Refuse a page nested deeper than any article before parsing it.

    The HTML parser takes quadratic time on deep nesting (100,000 nested blockquotes:
    78 s), so depth is counted on the tags as written; elements whose end tag may be
    left out (p, li, td, ...) are not counted, as the parser closes them by itself.
    """
    depth = 0
    for match in _TAG.finditer(content):
        closing, name, self_closing = match.groups()
        name = name.lower()
        if name in _UNNESTED or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        if depth > MAX_HTML_DEPTH:
            raise ArticleReadError(
                f"the page nests elements more than {MAX_HTML_DEPTH} deep (at character "
                f"{match.start():,}); no article page does"
            )


def _paragraphs(root: LexborNode) -> list[str]:
    """One paragraph per block element, each piece of text in exactly one of them.

    Text directly inside a block belongs to it; a block inside another starts a
    paragraph of its own, so `<blockquote><p>…</p></blockquote>` gives its sentence
    once, and nested quotes or list items give each of theirs once.
    """
    paragraphs: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        line = " ".join("".join(parts).split())
        parts.clear()
        if line:
            paragraphs.append(line)

    blocks = 0
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            flush()
            blocks -= 1
            continue
        if node.is_text_node:
            if blocks:
                parts.append(node.text_content or "")
            continue
        if not node.is_element_node and node is not root:
            continue
        if node.tag in _BLOCK_TAGS:
            flush()
            if node.tag == "tr":
                if line := _row_text(node):
                    paragraphs.append(line)
                continue
            blocks += 1
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    flush()
    return paragraphs


def _inline_text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator="").split())


def _row_text(row: LexborNode) -> str:
    """A table row as one line: "Deaths: 598" for a label and its figure, else cells
    separated by " | ", so a key-figures table reads like the key-figures list it is."""
    cells = [_inline_text(c) for c in row.iter() if c.tag in ("td", "th")]
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
