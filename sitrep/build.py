"""The day's build, stage by stage: load → validate → extract → merge → render → write.

`build_outputs` makes the six outputs in memory; `build` has the store write them.
Each stage is timed because an officer with a deadline, and `bench/build.py`, need
to know where the seconds go; the CLI prints the result, this module prints nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sitrep import export, store
from sitrep.context import ReportContext
from sitrep.errors import DataError, UsageError
from sitrep.extract import extract_articles
from sitrep.gazetteer import Gazetteer
from sitrep.load import FACTS_FILE, open_situation
from sitrep.merge import merge_report
from sitrep.models import GazetteerEntry, Sitrep, ValidationReport
from sitrep.narrative import with_narrative
from sitrep.render.email import build_message
from sitrep.render.html import render_brief, render_report_html
from sitrep.render.pdf import render_pdf
from sitrep.validate import validate_situation


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


@dataclass
class _Clock:
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
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


def build(
    situation_dir: Path,
    *,
    day: dt.date,
    out: Path,
    force: bool = False,
    draft: bool = False,
) -> BuildResult:
    """Build one day's report into `out`; raise before writing anything if the inputs have
    errors, and write nothing unless the whole report was made."""
    if not situation_dir.is_dir():
        raise UsageError(f"{situation_dir} is not a situation folder")
    folder = store.day_folder(out, situation_dir.resolve().name, day)
    store.ensure_writable(folder, force=force)
    outputs = build_outputs(situation_dir, day=day, out=out, draft=draft)
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


def build_outputs(
    situation_dir: Path,
    *,
    day: dt.date,
    out: Path | None = None,
    draft: bool = False,
) -> BuildOutputs:
    """One day's report in memory: `sitrep.pdf`, the brief (HTML, text, MIME message),
    `sitrep.json` and `key-figures.csv`. Earlier reports in `out` give the changes since
    the previous one. Raises `DataError` when the inputs have errors."""
    clock = _Clock()
    warnings: list[str] = []

    with clock.stage("load"):
        inputs = open_situation(situation_dir)
        situation = inputs.require_situation()
    with clock.stage("previous report"):
        previous, unreadable = (
            store.find_previous(out, inputs.name, day) if out is not None else (None, [])
        )
        warnings += unreadable
    context = ReportContext(situation, day, previous, draft or not inputs.has_reviewed_facts)
    with clock.stage("validate"):
        validation = validate_situation(inputs, today=context.latest_row_day)
    if not validation.report.valid():
        raise DataError(
            f"{situation_dir}: the data has {validation.report.summary.errors} error(s)",
            validation.report.problems,
        )
    warnings += [f"{p.file}: {p.message}" for p in validation.report.warnings]
    gazetteer = Gazetteer.of(
        r for t in validation.tables for r in t.records if isinstance(r, GazetteerEntry)
    )

    with clock.stage("extract"):
        extraction = inputs.reviewed_facts()
        if extraction is None:
            articles = inputs.article_paths
            extraction, problems = extract_articles(
                articles, published=context.day, gazetteer=gazetteer
            )
            warnings += [f"{p.file}: {p.message}" for p in problems]
            warnings.append(
                f"no reviewed {FACTS_FILE}: built as a DRAFT from {len(articles)} article(s)"
            )

    with clock.stage("merge"):
        sitrep = merge_report(
            context,
            tables=[
                t.model_copy(update={"file": _inside(t.file, situation_dir)})
                for t in validation.tables
            ],
            extraction=extraction,
            warnings=warnings,
            gazetteer=gazetteer,
        )
    with clock.stage("narrative"):
        sitrep, notes = with_narrative(sitrep, situation_dir)
    with clock.stage("data files"):
        data = {
            "sitrep.json": export.sitrep_json(sitrep),
            "key-figures.csv": export.key_figures_csv(sitrep),
        }
    with clock.stage("render html"):
        report_html = render_report_html(sitrep)
        brief_html, brief_text = render_brief(sitrep)
    with clock.stage("render pdf"):
        pdf = render_pdf(report_html, sitrep=sitrep, attachments=data)
    with clock.stage("email"):
        eml = build_message(sitrep, html=brief_html, text=brief_text, pdf=pdf)
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
        warnings=sitrep.warnings + notes,
        seconds=clock.seconds,
    )
