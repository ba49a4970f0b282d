"""What `sitrep extract` does, as one library call the CLI can make and tests can check.

Files in, facts out: directories are expanded to their article files, the gazetteer
comes from `--situation`, a JSON output that already exists keeps its review
decisions, and the output is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitrep import store
from sitrep.errors import UsageError
from sitrep.extract.formats import OutputFormat, render
from sitrep.extract.pipeline import extract_articles
from sitrep.extract.review import keep_reviews
from sitrep.load import article_files, open_situation, read_facts, with_digests
from sitrep.models import Extraction, Problem, Severity


@dataclass(frozen=True)
class ExtractRun:
    """The result of one `sitrep extract`: the rendered output unless it was written."""

    extraction: Extraction
    problems: list[Problem]
    output: str | None
    written: Path | None

    @property
    def failed(self) -> bool:
        return any(p.severity is Severity.error for p in self.problems)


def run_extract(
    paths: Sequence[Path],
    *,
    published: str | None = None,
    situation: Path | None = None,
    fmt: OutputFormat = OutputFormat.json,
    output: Path | None = None,
    progress: Callable[[Path], None] | None = None,
) -> ExtractRun:
    """Extract `paths`; write to `output` (atomically) or return the rendered text.

    With `situation`, places are matched to that situation folder's gazetteer.
    """
    when = parse_date(published) if published else None
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"{output.parent} is not a folder; cannot write {output.name} there")
    if output is not None and output.exists() and not output.is_file():
        raise UsageError(f"-o {output}: not a regular file (a folder, device or pipe)")
    if situation is not None and not situation.is_dir():
        raise UsageError(f"--situation {situation}: not a situation folder")
    gazetteer = open_situation(situation).gazetteer_entries() if situation is not None else []
    files = expand(paths)
    if not files:
        raise UsageError("no article files (.txt, .md, .html) in " + ", ".join(map(str, paths)))
    extraction, problems = extract_articles(
        files, published=when, gazetteer=gazetteer, progress=progress
    )
    if situation is not None and not gazetteer:
        problems.append(
            Problem(
                file=str(situation),
                severity=Severity.warning,
                code="no-gazetteer",
                message="no gazetteer table in this folder; places are kept as written",
            )
        )
    if output is None:
        return ExtractRun(extraction, problems, render(extraction, fmt), None)
    extraction = with_digests(relative_paths(extraction, output.parent), output.parent)
    if fmt is OutputFormat.json and output.exists():
        extraction = keep_reviews(extraction, read_facts(output))
    store.write_file(output, render(extraction, fmt))
    return ExtractRun(extraction, problems, None, output)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--published {text!r}: expected a date as YYYY-MM-DD") from None


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the article files directly inside it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(article_files(path))
        else:
            files.append(path)
    return files


def relative_paths(extraction: Extraction, folder: Path) -> Extraction:
    """Article paths relative to the facts file's folder, so re-runs from anywhere match."""
    base = folder.resolve()
    articles = []
    for article in extraction.articles:
        try:
            path = Path(article.path).resolve().relative_to(base).as_posix()
        except ValueError:
            path = article.path
        moved = article.model_copy(update={"path": path})
        ref = moved.ref()
        moved.facts = [f.model_copy(update={"article": ref}) for f in article.facts]
        articles.append(moved)
    return Extraction(articles=articles)
