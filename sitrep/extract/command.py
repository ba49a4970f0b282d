"""What `sitrep extract` does, as one library call the CLI can make and tests can check.

Files in, facts out: directories are expanded to their article files, the gazetteer
comes from `--situation`, a JSON output that already exists keeps its review
decisions, and the output is written whole or not at all. A folder of articles is
extracted on several processes, in chunks, and put back together in the order given,
so the output is the same bytes as one process's.

The store, the situation reader, the folder lister, the review merge and the process
pool are imported only by the runs that use them: extracting one article is mostly
start-up.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import UsageError
from sitrep.extract.formats import OutputFormat, render
from sitrep.extract.pipeline import extract_articles
from sitrep.models import Extraction, Problem, Severity

if TYPE_CHECKING:
    from concurrent.futures import Future

    from sitrep.gazetteer import Gazetteer
    from sitrep.models import GazetteerEntry

ARTICLES_PER_WORKER = 500
"""A spawned process takes about 0.4 s to start and import the extractor, as long as
extracting some 130 real articles (about 3 ms each), and its results come back pickled: on
this project's 2-core machine a second process gained nothing over 336 real articles and
ran 3,024 of them 1.65x faster. By default a folder gets one process per this many
articles, up to the usable cores."""
CHUNKS_PER_WORKER = 4
"""Articles go to the processes in this many chunks each, so that one slow chunk
(a long article) does not leave the other processes idle at the end."""


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
    workers: int | None = 1,
) -> ExtractRun:
    """Extract `paths`; write to `output` (atomically) or return the rendered text.

    With `situation`, places are matched to that situation folder's gazetteer and the
    articles are read in its `language` (English without one). Up to
    `workers` processes extract at once (None: one per `ARTICLES_PER_WORKER` articles,
    up to the usable cores); the result is the same whatever their number.
    """
    when = parse_date(published) if published else None
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"{output.parent} is not a folder; cannot write {output.name} there")
    if output is not None and output.exists() and not output.is_file():
        raise UsageError(f"-o {output}: not a regular file (a folder, device or pipe)")
    if situation is not None and not situation.is_dir():
        raise UsageError(f"--situation {situation}: not a situation folder")
    gazetteer, lang = _situation_words(situation) if situation is not None else ([], "en")
    files = expand(paths)
    if not files:
        raise UsageError("no article files (.txt, .md, .html) in " + ", ".join(map(str, paths)))
    extraction, problems = extract_files(
        files, published=when, gazetteer=gazetteer, progress=progress, workers=workers, lang=lang
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
    from sitrep import store
    from sitrep.extract.review import keep_reviews
    from sitrep.load import read_facts, with_digests

    extraction = with_digests(relative_paths(extraction, output.parent), output.parent)
    if fmt is OutputFormat.json and output.exists():
        extraction = keep_reviews(extraction, read_facts(output))
    store.write_file(output, render(extraction, fmt))
    return ExtractRun(extraction, problems, None, output)


def _situation_words(situation: Path) -> tuple[list[GazetteerEntry], str]:
    """The situation's places and language; a folder without a readable `sitrep.toml`
    still lends its gazetteer, and its articles are read in English."""
    from sitrep.load import open_situation

    folder = open_situation(situation)
    lang = folder.situation.language if folder.situation is not None else "en"
    return folder.gazetteer_entries(), lang


def extract_files(
    files: Sequence[Path],
    *,
    published: dt.date | None,
    gazetteer: Sequence[GazetteerEntry],
    progress: Callable[[Path], None] | None = None,
    workers: int | None = 1,
    lang: str = "en",
) -> tuple[Extraction, list[Problem]]:
    """`extract_articles` on up to `workers` processes: the files in chunks, each chunk's
    articles and problems put back in the order of the files."""
    if workers is None:
        from sitrep.process import usable_cores

        workers = min(usable_cores(), len(files) // ARTICLES_PER_WORKER)
    size = max(1, math.ceil(len(files) / (max(workers, 1) * CHUNKS_PER_WORKER)))
    chunks = [list(files[i : i + size]) for i in range(0, len(files), size)]
    workers = min(workers, len(chunks))
    if workers <= 1:
        return extract_articles(
            files, published=published, gazetteer=gazetteer, progress=progress, lang=lang
        )
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # spawn, not fork: the parent may hold threads and locks (rich's progress bar)
    context = multiprocessing.get_context("spawn")
    done: dict[int, tuple[Extraction, list[Problem]]] = {}
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(published, list(gazetteer), lang),
    ) as pool:
        by_future: dict[Future[tuple[Extraction, list[Problem]]], int] = {
            pool.submit(_extract_chunk, chunk): index for index, chunk in enumerate(chunks)
        }
        for future in as_completed(by_future):
            index = by_future[future]
            done[index] = future.result()
            if progress is not None:
                for path in chunks[index]:
                    progress(path)
    parts = [done[i] for i in range(len(chunks))]
    articles = [article for extraction, _ in parts for article in extraction.articles]
    return Extraction(articles=articles), [p for _, problems in parts for p in problems]


_setup: list[tuple[dt.date | None, Gazetteer, str]] = []
"""In a worker process: the publication date, gazetteer and language every chunk is extracted with,
given once when the process starts rather than with each chunk."""


def _start_worker(published: dt.date | None, gazetteer: list[GazetteerEntry], lang: str) -> None:
    from sitrep.gazetteer import Gazetteer

    _setup.append((published, Gazetteer.of(gazetteer), lang))


def _extract_chunk(files: list[Path]) -> tuple[Extraction, list[Problem]]:
    published, gazetteer, lang = _setup[-1]
    return extract_articles(files, published=published, gazetteer=gazetteer, lang=lang)


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
            from sitrep.load import article_files

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
