"""The day's build, stage by stage: load → validate → extract → merge → render → write.

`build_outputs` makes the six outputs in memory; `build` has the store write them.
Each stage is timed because an officer with a deadline, and `bench/build.py`, need
to know where the seconds go; the CLI prints the result, this module prints nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from sitrep import export, store
from sitrep.context import STRICT, Published, ReportContext
from sitrep.context import Checks as Checks  # the build's options, made by callers too
from sitrep.errors import DataError, UsageError
from sitrep.gazetteer import Gazetteer
from sitrep.load import FACTS_FILE, open_situation, stale_articles
from sitrep.load.assets import read_boundaries, read_logo
from sitrep.merge import merge_report
from sitrep.merge.table_facts import pending_count
from sitrep.models import Extraction, GazetteerEntry, Sitrep, ValidationReport
from sitrep.narrative import with_narrative
from sitrep.render.email import attachment_name, build_message, fits
from sitrep.render.html import render_brief, render_report_html
from sitrep.validate import validate_situation

if TYPE_CHECKING:
    from sitrep.render.worker import PdfProcess


P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class BuildOutputs:
    """A day's report in memory: the six files by name, and what they were made from."""

    files: dict[str, bytes]
    sitrep: Sitrep
    report: ValidationReport
    warnings: list[str]
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class BuildResult:
    folder: Path
    files: list[Path]
    sitrep: Sitrep
    report: ValidationReport
    warnings: list[str]
    seconds: dict[str, float] = field(default_factory=dict)


Progress = Callable[[str], None]
"""Hears each stage as it starts ("merge") and each page of the PDF laid out."""


def render_pdf(
    html: str,
    *,
    sitrep: Sitrep,
    attachments: Mapping[str, bytes],
    progress: Progress | None = None,
) -> bytes:
    """`sitrep.render.pdf.render_pdf`, in this process: WeasyPrint is imported with the
    first PDF, so a build whose PDF a renderer process lays out never imports it here."""
    from sitrep.render.pdf import render_pdf as lay_out_here

    return lay_out_here(html, sitrep=sitrep, attachments=attachments, progress=progress)


def _lay_out_here(
    html: str,
    *,
    sitrep: Sitrep,
    attachments: Mapping[str, bytes],
    progress: Progress | None = None,
) -> Callable[[], bytes]:
    """`PdfProcess.lay_out` without a renderer process: the PDF is laid out in this
    process when the function returned is called."""
    return lambda: render_pdf(html, sitrep=sitrep, attachments=attachments, progress=progress)


@dataclass
class _Clock:
    seconds: dict[str, float] = field(default_factory=dict)
    progress: Progress | None = None

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.progress is not None:
            self.progress(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def _inside(path: str, folder: Path) -> str:
    """Cite files by their place in the situation folder, wherever the build was run from."""
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path


def _renderer_failure_first(function: Callable[P, R]) -> Callable[P, R]:
    """Raise the renderer process's failure to start (Pango missing) instead of any error
    the build met meanwhile: it is what the officer must fix first, and what a build that
    imported WeasyPrint before anything else said. The process keeps its answer, so a
    nested call asks it only once."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except Exception:
            renderer = kwargs.get("renderer")
            if renderer is not None:
                cast("PdfProcess", renderer).started()
            raise

    return wrapper


@_renderer_failure_first
def build(
    situation_dir: Path,
    *,
    day: dt.date,
    out: Path,
    force: bool = False,
    draft: bool = False,
    checks: Checks = STRICT,
    announce: Callable[[ReportContext], None] | None = None,
    progress: Progress | None = None,
    renderer: PdfProcess | None = None,
) -> BuildResult:
    """Build one day's report into `out`; raise before writing anything if the inputs have
    errors, and write nothing unless the whole report was made. `announce` is called with
    the report's context (number, period) once it is checked, before the long work;
    `progress` hears each stage as it starts and each PDF page as it is laid out;
    `renderer`, a process started to lay out the PDF, does so (see `build_outputs`)."""
    if not situation_dir.is_dir():
        raise UsageError(f"{situation_dir} is not a situation folder")
    folder = store.day_folder(out, situation_dir.resolve().name, day)
    store.ensure_writable(folder, force=force)
    outputs = build_outputs(
        situation_dir,
        day=day,
        out=out,
        draft=draft,
        checks=checks,
        announce=announce,
        progress=progress,
        renderer=renderer,
    )
    if progress is not None:
        progress("write")
    start = time.perf_counter()
    files = store.write_folder(folder, outputs.files, force=force)
    seconds = {**outputs.seconds, "write": time.perf_counter() - start}
    return BuildResult(
        folder=folder,
        files=files,
        sitrep=outputs.sitrep,
        report=outputs.report,
        warnings=outputs.warnings,
        seconds=seconds,
    )


@_renderer_failure_first
def build_outputs(
    situation_dir: Path,
    *,
    day: dt.date,
    out: Path | None = None,
    draft: bool = False,
    checks: Checks = STRICT,
    announce: Callable[[ReportContext], None] | None = None,
    progress: Progress | None = None,
    renderer: PdfProcess | None = None,
) -> BuildOutputs:
    """One day's report in memory: `sitrep.pdf`, the brief (HTML, text, MIME message),
    `sitrep.json` and `key-figures.csv`. Earlier reports in `out` give the changes since
    the previous one and the number. Raises `DataError` when the inputs have errors and
    `UsageError` when the date, number or period cannot be right.

    Finality comes from the review: without articles the report is final from the tables
    alone; with articles and no `facts.json` it is a draft of what the extractor found;
    with `facts.json` it is final and leaves out (and counts) the facts still pending,
    unless `draft` asks for them, marked.

    With `renderer` (a `PdfProcess`, importing WeasyPrint meanwhile) the PDF is laid out
    there, the same bytes, while this process lints the narrative and writes the brief;
    the build waits for it to have started before announcing the report, and raises its
    failure to start before any other error.
    """
    clock = _Clock(progress=progress)
    said: list[str] = []
    """Warnings for the officer building the report, not for the report's readers."""
    notes: list[str] = []
    """The report's notes on the data."""

    with clock.stage("load"):
        inputs = open_situation(situation_dir)
        situation = inputs.require_situation()
        articles = inputs.article_paths
        extraction = inputs.reviewed_facts()
        reviewed = extraction is not None
    with clock.stage("previous report"):
        previous, unreadable = (
            store.find_previous(out, inputs.name, day) if out is not None else (None, [])
        )
        published = store.published(out, inputs.name) if out is not None else []
        notes += unreadable
    context = ReportContext(
        situation,
        day,
        previous,
        draft or (not reviewed and bool(articles)),
        tuple(Published(d, n) for d, n in published),
        checks.today,
    )
    said += context.check(accept_date=checks.accept_date, accept_period=checks.accept_period)
    with clock.stage("validate"):
        validation = validate_situation(inputs, today=context.latest_row_day)
    if not validation.report.valid():
        raise DataError(
            f"{situation_dir}: the data has {validation.report.summary.errors} error(s)",
            validation.report.problems,
        )
    gazetteer = Gazetteer.of(
        r for t in validation.tables for r in t.records if isinstance(r, GazetteerEntry)
    )
    if renderer is not None:
        renderer.started()
    if announce is not None:
        announce(context)

    with clock.stage("extract"):
        if extraction is not None:
            said += stale_articles(extraction, situation_dir, articles)
            pending = pending_count(extraction)
            if pending and not context.draft:
                said.append(
                    f"{pending} fact{'s' if pending != 1 else ''} pending review in "
                    f"{FACTS_FILE} {'are' if pending != 1 else 'is'} left out (review them, "
                    "or give --draft to show them, marked)"
                )
        elif articles:
            # Only a build without reviewed facts runs the extractor on its articles.
            from sitrep.extract import extract_articles

            extraction, problems = extract_articles(
                articles, published=context.day, gazetteer=gazetteer, lang=situation.language
            )
            notes += [f"{p.file}: {p.message}" for p in problems]
            notes.append(
                f"no reviewed {FACTS_FILE}: built as a DRAFT from {len(articles)} article(s)"
            )
        else:
            extraction = Extraction()

    with clock.stage("merge"):
        sitrep = merge_report(
            context,
            tables=[
                t.model_copy(update={"file": _inside(t.file, situation_dir)})
                for t in validation.tables
            ],
            extraction=extraction,
            warnings=notes,
            gazetteer=gazetteer,
            validation_warnings=len(validation.report.warnings),
        )
    with clock.stage("narrative"):
        sitrep, narrative_warnings = with_narrative(sitrep, situation_dir)
    with clock.stage("data files"):
        data = {
            "sitrep.json": export.sitrep_json(sitrep),
            "key-figures.csv": export.key_figures_csv(sitrep),
        }
    with clock.stage("render html"):
        boundaries, boundaries_source = read_boundaries(situation_dir)
        report_html = render_report_html(
            sitrep,
            logo=read_logo(situation_dir),
            boundaries=boundaries,
            boundaries_source=boundaries_source,
        )
    with clock.stage("render pdf"):
        pdf_made = (_lay_out_here if renderer is None else renderer.lay_out)(
            report_html,
            sitrep=sitrep,
            attachments=data,
            progress=None if progress is None else lambda step: progress(f"render pdf: {step}"),
        )
    # What the report does not show is made while a renderer process lays it out: the
    # lint, with the extractor's imports, took a tenth of a cold build before the PDF.
    with clock.stage("narrative"):
        said += narrative_warnings()
    with clock.stage("render html"):
        brief_html, brief_text = render_brief(sitrep)
    with clock.stage("render pdf"):
        pdf = pdf_made()
    with clock.stage("email"):
        attach = fits(sitrep, html=brief_html, text=brief_text, pdf=pdf)
        if not attach:
            brief_html, brief_text = render_brief(sitrep, attached=False)
            said.append(
                f"brief.eml: the PDF ({len(pdf) / 1e6:.1f} MB) would take the message over "
                f"[email] max_mb ({situation.email.max_mb:g} MB), so it is not attached and "
                "the brief says where the full report is"
            )
        eml = build_message(
            sitrep,
            html=brief_html,
            text=brief_text,
            pdf=pdf if attach else None,
            pdf_name=attachment_name(inputs.name, sitrep),
        )
    return BuildOutputs(
        files={
            "sitrep.pdf": pdf,
            "brief.html": brief_html.encode("utf-8"),
            "brief.txt": brief_text.encode("utf-8"),
            "brief.eml": eml,
            **data,
        },
        sitrep=sitrep,
        report=validation.report,
        warnings=said + sitrep.warnings,
        seconds=clock.seconds,
    )
