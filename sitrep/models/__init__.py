"""The pydantic models every stage passes to the next.

This package imports nothing of ours but `sitrep.indicators`, the vocabulary of
figures, which itself imports nothing. Each model module is imported on first use of
one of its names, so a command that needs only the facts (`sitrep extract`) does not
load the report, the table records, the situation settings and their e-mail validation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.indicators import INDICATOR_HXL, Indicator
from sitrep.lazy import on_first_use

if TYPE_CHECKING:
    from sitrep.models.facts import (
        Article,
        ArticleRef,
        CeasefireStatus,
        CellRef,
        Extraction,
        Fact,
        FactValue,
        Period,
        Qualifier,
        Review,
    )
    from sitrep.models.gazetteer import GazetteerEntry
    from sitrep.models.problems import CodeSpec, Problem, ProblemCode, Severity
    from sitrep.models.records import (
        CasualtyRecord,
        CeasefireRecord,
        DisplacementRecord,
        FundingRecord,
        MedevacRecord,
        Record,
        SectorNeedRecord,
        Table,
        TableKind,
    )
    from sitrep.models.report import (
        AreaRow,
        Conflict,
        Figure,
        Highlight,
        NarrativeBlock,
        NarrativeSection,
        Sitrep,
        SourceEntry,
        TimelineEvent,
        TrendPoint,
        Words,
    )
    from sitrep.models.situation import Contact, EmailSettings, Numbering, Situation
    from sitrep.models.validation import (
        SheetSummary,
        Validation,
        ValidationReport,
        ValidationSummary,
    )

_HOMES = {
    "Article": "sitrep.models.facts",
    "ArticleRef": "sitrep.models.facts",
    "CeasefireStatus": "sitrep.models.facts",
    "CellRef": "sitrep.models.facts",
    "Extraction": "sitrep.models.facts",
    "Fact": "sitrep.models.facts",
    "FactValue": "sitrep.models.facts",
    "Period": "sitrep.models.facts",
    "Qualifier": "sitrep.models.facts",
    "Review": "sitrep.models.facts",
    "CodeSpec": "sitrep.models.problems",
    "Problem": "sitrep.models.problems",
    "ProblemCode": "sitrep.models.problems",
    "Severity": "sitrep.models.problems",
    "SheetSummary": "sitrep.models.validation",
    "Validation": "sitrep.models.validation",
    "ValidationReport": "sitrep.models.validation",
    "ValidationSummary": "sitrep.models.validation",
    "CasualtyRecord": "sitrep.models.records",
    "CeasefireRecord": "sitrep.models.records",
    "DisplacementRecord": "sitrep.models.records",
    "FundingRecord": "sitrep.models.records",
    "GazetteerEntry": "sitrep.models.gazetteer",
    "MedevacRecord": "sitrep.models.records",
    "Record": "sitrep.models.records",
    "SectorNeedRecord": "sitrep.models.records",
    "Table": "sitrep.models.records",
    "TableKind": "sitrep.models.records",
    "AreaRow": "sitrep.models.report",
    "Conflict": "sitrep.models.report",
    "Figure": "sitrep.models.report",
    "Highlight": "sitrep.models.report",
    "NarrativeBlock": "sitrep.models.report",
    "NarrativeSection": "sitrep.models.report",
    "Sitrep": "sitrep.models.report",
    "SourceEntry": "sitrep.models.report",
    "TimelineEvent": "sitrep.models.report",
    "TrendPoint": "sitrep.models.report",
    "Words": "sitrep.models.report",
    "Contact": "sitrep.models.situation",
    "EmailSettings": "sitrep.models.situation",
    "Numbering": "sitrep.models.situation",
    "Situation": "sitrep.models.situation",
}
"""The module each model lives in, imported when one of its names is first used."""

__all__ = [
    "INDICATOR_HXL",
    "AreaRow",
    "Article",
    "ArticleRef",
    "CasualtyRecord",
    "CeasefireRecord",
    "CeasefireStatus",
    "CellRef",
    "CodeSpec",
    "Conflict",
    "Contact",
    "DisplacementRecord",
    "EmailSettings",
    "Extraction",
    "Fact",
    "FactValue",
    "Figure",
    "FundingRecord",
    "GazetteerEntry",
    "Highlight",
    "Indicator",
    "MedevacRecord",
    "NarrativeBlock",
    "NarrativeSection",
    "Numbering",
    "Period",
    "Problem",
    "ProblemCode",
    "Qualifier",
    "Record",
    "Review",
    "SectorNeedRecord",
    "Severity",
    "SheetSummary",
    "Sitrep",
    "Situation",
    "SourceEntry",
    "Table",
    "TableKind",
    "TimelineEvent",
    "TrendPoint",
    "Validation",
    "ValidationReport",
    "ValidationSummary",
    "Words",
]


__getattr__ = on_first_use(__name__, _HOMES, globals())
