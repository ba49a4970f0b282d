"""The `sitrep` command: parse options, call one library function, print its result.

Errors the library raises (`SitrepError`) become one message and an exit code
here, in one place; tracebacks are shown only with `--debug`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.models import Problem, Severity, ValidationReport
from sitrep.validate import validate_paths

app = typer.Typer(
    name="sitrep",
    help="Validate field spreadsheets, extract figures from articles, build the daily sitrep.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
_debug = False

T = TypeVar("T")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    global _debug
    _debug = debug


def run(action: Callable[[], T]) -> T:
    """Call the library; turn its errors into a message and the right exit code."""
    try:
        return action()
    except SitrepError as exc:
        if _debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(exc.exit_code) from None


MAX_LINES_PER_SHEET = 200
"""Enough to see what is wrong with a sheet; the JSON output lists every problem."""


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Table files (CSV, XLSX, JSON) or situation folders."),
    ],
    output: Annotated[
        OutputFormat, typer.Option("--format", help="text: a table per sheet; json: every problem.")
    ] = OutputFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check spreadsheets cell by cell: exit 0 when clean, 1 when the data has errors."""
    report = run(lambda: validate_paths(paths)).report
    if output is OutputFormat.json:
        typer.echo(report.model_dump_json(include={"problems", "summary"}, indent=2))
    else:
        _print_report(report)
    raise typer.Exit(0 if report.valid(strict=strict) else 1)


def _print_report(report: ValidationReport) -> None:
    """One table per file and sheet, errors first, then a one-line summary."""
    out = Console(highlight=False)
    by_sheet: dict[tuple[str, str | None], list[Problem]] = {}
    for problem in report.problems:
        by_sheet.setdefault((problem.file, problem.sheet), []).append(problem)
    for (file, sheet), problems in by_sheet.items():
        table = Table(title=escape(file + (f" › {sheet}" if sheet else "")), title_justify="left")
        for name in ("row", "column", "value", "level", "problem", "message"):
            table.add_column(name, overflow="fold")
        problems.sort(key=lambda p: p.severity is not Severity.error)
        for p in problems[:MAX_LINES_PER_SHEET]:
            colour = "red" if p.severity is Severity.error else "yellow"
            table.add_row(
                str(p.row or ""),
                escape(p.column or (p.hxl or "")),
                escape(p.value or ""),
                f"[{colour}]{p.severity.value}[/]",
                p.code,
                escape(p.message),
            )
        out.print(table)
        if len(problems) > MAX_LINES_PER_SHEET:
            out.print(
                f"… and {len(problems) - MAX_LINES_PER_SHEET} more in this sheet; "
                "--format json lists them all"
            )
    s = report.summary
    colour = "red" if s.errors else ("yellow" if s.warnings else "green")
    out.print(
        f"[{colour}]{s.files} file(s), {s.rows} row(s): "
        f"{s.errors} error(s), {s.warnings} warning(s)[/]"
    )
