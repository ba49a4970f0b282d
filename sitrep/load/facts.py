"""Read a facts file (`facts.json`, or the extractor's `-o` output): the one reader.

The build reads the reviewed facts, and `sitrep extract -o` reads the file it is about
to replace to keep its review decisions; both must accept and refuse the same files,
and say the same thing about a broken one, in one line that names the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from sitrep.errors import DataError
from sitrep.models import Extraction, Problem

FACTS_FILE = "facts.json"


def read_facts(path: Path) -> Extraction:
    """The facts of `path`, each fact carrying its article's reference.

    Raises `DataError` (with one `bad-facts` problem) for a file that cannot be read
    or is not a facts file.
    """
    try:
        extraction = Extraction.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise _bad(path, f"cannot be read: {exc.strerror or exc}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        reason = f"{where}: {first['msg']}" if where else first["msg"]
        raise _bad(path, f"not a facts file: {reason}{more}", where or None) from None
    seen: dict[str, str] = {}
    for a, article in enumerate(extraction.articles):
        for f, fact in enumerate(article.facts):
            where = f"articles.{a}.facts.{f}"
            if fact.id in seen:
                reason = f"{where}: fact id {fact.id!r} is also the id of {seen[fact.id]}"
                raise _bad(path, f"not a facts file: {reason}", where)
            seen[fact.id] = where
    for article in extraction.articles:
        ref = article.ref()
        article.facts = [
            f if f.article is not None else f.model_copy(update={"article": ref})
            for f in article.facts
        ]
    return extraction


def article_sha256(path: Path) -> str:
    """The digest a facts file keeps of each article, taken of the file's bytes as read."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_digests(extraction: Extraction, folder: Path) -> Extraction:
    """The extraction with each article's digest, its path taken inside `folder`: what the
    extract command writes, so a later build can tell the articles changed since."""
    articles = []
    for article in extraction.articles:
        path = folder / article.path
        digest = article_sha256(path) if path.is_file() else article.sha256
        articles.append(article.model_copy(update={"sha256": digest}))
    return extraction.model_copy(update={"articles": articles})


def stale_articles(extraction: Extraction, folder: Path, articles: Sequence[Path]) -> list[str]:
    """What makes the reviewed facts out of date with the articles in `folder`: one
    warning for articles gone, one for new ones, one for changed ones, each naming them;
    a facts file written before digests were kept is one warning that it cannot tell."""
    reviewed = {a.path: a for a in extraction.articles}
    present = {p.relative_to(folder).as_posix() for p in articles}
    gone = sorted(p for p in reviewed if p not in present)
    new = sorted(p for p in present if p not in reviewed)
    undigested = [p for p in sorted(present & reviewed.keys()) if reviewed[p].sha256 is None]
    changed = sorted(
        p
        for p in present & reviewed.keys()
        if reviewed[p].sha256 is not None and reviewed[p].sha256 != article_sha256(folder / p)
    )
    warnings = []
    if gone:
        warnings.append(
            f"{FACTS_FILE} cites article(s) no longer in the folder: {', '.join(gone)}; "
            "their facts are still used"
        )
    if new:
        warnings.append(
            f"article(s) not reviewed in {FACTS_FILE} yet: {', '.join(new)}; their facts are "
            "left out until `sitrep extract` is run and the facts reviewed"
        )
    if changed:
        warnings.append(
            f"article(s) changed since {FACTS_FILE} was written: {', '.join(changed)}; "
            "run `sitrep extract` again and review what changed"
        )
    if undigested:
        warnings.append(
            f"{FACTS_FILE} keeps no digest of {len(undigested)} article(s) (it was written by "
            "an older sitrep), so whether they changed since the review cannot be told"
        )
    return warnings


def _bad(path: Path, message: str, where: str | None = None) -> DataError:
    problem = Problem(file=str(path), column=where, code="bad-facts", message=message)
    return DataError(f"{path}: {message}", [problem])
