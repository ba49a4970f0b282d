"""sitrep: daily humanitarian situation reports, every figure traceable to its source.

The Python API (documented in README.md, "Using sitrep from Python"): validate a
pandas or polars DataFrame or read a table as one, extract the figures of an
article's text, merge tables and facts into a report, and build the day's outputs in
memory. Errors are typed (`SitrepError` and its kinds); data problems are values.
"""

from __future__ import annotations

__version__ = "0.1.0"

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.lazy import on_first_use

if TYPE_CHECKING:
    from sitrep.build import BuildOutputs
    from sitrep.context import ReportContext
    from sitrep.errors import DataError, SitrepError, UsageError
    from sitrep.extract import extract_text
    from sitrep.frames import read_table, validate_frame
    from sitrep.gazetteer import Gazetteer
    from sitrep.merge import merge
    from sitrep.models import (
        Extraction,
        Fact,
        Indicator,
        Problem,
        ProblemCode,
        Severity,
        Sitrep,
        Situation,
        TableKind,
        ValidationReport,
    )
    from sitrep.validate import validate_paths

_HOMES = {
    "BuildOutputs": "sitrep.build",
    "ReportContext": "sitrep.context",
    "DataError": "sitrep.errors",
    "SitrepError": "sitrep.errors",
    "UsageError": "sitrep.errors",
    "extract_text": "sitrep.extract",
    "read_table": "sitrep.frames",
    "validate_frame": "sitrep.frames",
    "Gazetteer": "sitrep.gazetteer",
    "merge": "sitrep.merge",
    **{
        name: "sitrep.models"
        for name in (
            "Extraction",
            "Fact",
            "Indicator",
            "Problem",
            "ProblemCode",
            "Severity",
            "Sitrep",
            "Situation",
            "TableKind",
            "ValidationReport",
        )
    },
    "validate_paths": "sitrep.validate",
}
"""Where each public name lives: `import sitrep` (and so every CLI command, `--help`
too) imports none of them until one is used, since models, polars and WeasyPrint take
most of a second to import."""

__all__ = [
    "BuildOutputs",
    "DataError",
    "Extraction",
    "Fact",
    "Gazetteer",
    "Indicator",
    "Problem",
    "ProblemCode",
    "ReportContext",
    "Severity",
    "Sitrep",
    "SitrepError",
    "Situation",
    "TableKind",
    "UsageError",
    "ValidationReport",
    "__version__",
    "build_outputs",
    "extract_text",
    "merge",
    "read_table",
    "validate_frame",
    "validate_paths",
]


def build_outputs(
    situation_dir: Path, *, day: dt.date, out: Path | None = None, draft: bool = False
) -> BuildOutputs:
    """The day's six outputs in memory (see `sitrep.build.build_outputs`); nothing is written.

    The renderer (WeasyPrint) is imported on the first call, not with `import sitrep`.
    """
    from sitrep.build import build_outputs as build

    return build(situation_dir, day=day, out=out, draft=draft)


__getattr__ = on_first_use(__name__, _HOMES, globals())
