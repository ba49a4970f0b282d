"""What a validation run reports: each sheet as recognised, and the problems found.

Apart from `problems`, so that a command that only raises or prints problems (`extract`)
does not load the table models a report names.
"""

from __future__ import annotations

from pydantic import Field, computed_field

from sitrep.models.base import Model, new_list
from sitrep.models.problems import Problem, Severity
from sitrep.models.records import Table, TableKind


class ValidationSummary(Model):
    files: int = 0
    rows: int = 0
    errors: int = 0
    warnings: int = 0


class SheetSummary(Model):
    """What a sheet was recognised as, and where its header and HXL rows were found."""

    file: str
    sheet: str | None = None
    kind: TableKind | None = Field(description="None: the sheet fits no kind sitrep validates.")
    header_row: int | None = None
    hxl_row: int | None = None
    rows: int = 0


class ValidationReport(Model):
    problems: list[Problem] = Field(default_factory=new_list)
    sheets: list[SheetSummary] = Field(default_factory=new_list)
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


class Validation(Model):
    """What `validate_paths` returns: the report, and the typed tables when asked for."""

    report: ValidationReport = Field(default_factory=ValidationReport)
    tables: list[Table] = Field(default_factory=new_list)
