"""Read a facts file (`facts.json`, or the extractor's `-o` output): the one reader.

The build reads the reviewed facts, and `sitrep extract -o` reads the file it is about
to replace to keep its review decisions; both must accept and refuse the same files,
and say the same thing about a broken one, in one line that names the file.
"""

from __future__ import annotations

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


def _bad(path: Path, message: str, where: str | None = None) -> DataError:
    problem = Problem(file=str(path), column=where, code="bad-facts", message=message)
    return DataError(f"{path}: {message}", [problem])
