"""The pydantic models every stage passes to the next.

This package imports nothing of ours but `sitrep.indicators`, the vocabulary of
figures, which itself imports nothing.
"""

from sitrep.indicators import INDICATOR_HXL, Indicator
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
from sitrep.models.problems import (
    CodeSpec,
    Problem,
    ProblemCode,
    Severity,
    SheetSummary,
    Validation,
    ValidationReport,
    ValidationSummary,
)
from sitrep.models.records import (
    CasualtyRecord,
    CeasefireRecord,
    DisplacementRecord,
    GazetteerEntry,
    MedevacRecord,
    Record,
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
