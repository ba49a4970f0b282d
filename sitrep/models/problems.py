"""Problems found in input data: values a person can act on, never tracebacks."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, computed_field

from sitrep.models.records import Table


class Severity(StrEnum):
    error = "error"
    warning = "warning"


class Problem(BaseModel):
    """One thing wrong, located as the person who filled the spreadsheet would find it.

    `row` is the spreadsheet's own row number (header row 1, HXL row 2, first data
    row 3); `row` and `column` are None for a problem with a whole file or sheet.
    """

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    hxl: str | None = None
    value: str | None = None
    severity: Severity = Severity.error
    code: str
    message: str


class ValidationSummary(BaseModel):
    files: int = 0
    rows: int = 0
    errors: int = 0
    warnings: int = 0


class ValidationReport(BaseModel):
    problems: list[Problem] = Field(default_factory=list)
    files: int = 0
    rows: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def summary(self) -> ValidationSummary:
        errors = sum(p.severity is Severity.error for p in self.problems)
        return ValidationSummary(
            files=self.files,
            rows=self.rows,
            errors=errors,
            warnings=len(self.problems) - errors,
        )

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.warning]

    def valid(self, *, strict: bool = False) -> bool:
        """No errors; with `strict`, no warnings either."""
        return not (self.errors or (strict and self.warnings))


class Validation(BaseModel):
    """What `validate_paths` returns: the report, and the typed tables when asked for."""

    report: ValidationReport = Field(default_factory=ValidationReport)
    tables: list[Table] = Field(default_factory=list)
