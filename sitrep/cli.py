"""The `sitrep` command: parse options, call one library function, print its result.

Errors the library raises (`SitrepError`) become one message and an exit code
here, in one place; tracebacks are shown only with `--debug`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.extract.command import run_extract
from sitrep.extract.formats import OutputFormat
from sitrep.models import Severity

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


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt, .md with front matter, .html) or folders of them."
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one."),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="json (the review file), csv (HXL) or text.")
    ] = OutputFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write here (atomically); an existing json keeps its reviews."
        ),
    ] = None,
) -> None:
    """Extract every humanitarian figure from news articles, with its source and sentence."""
    with Progress(console=err, transient=True, disable=len(files) < 2) as bar:
        task = bar.add_task("extracting", total=None)
        result = run(
            lambda: run_extract(
                files,
                published=published,
                fmt=fmt,
                output=output,
                progress=lambda _: bar.advance(task),
            )
        )
    for problem in result.problems:
        level = "error" if problem.severity is Severity.error else "warning"
        err.print(
            f"[bold]{level}:[/] {problem.file}: {problem.message}", highlight=False, soft_wrap=True
        )
    if result.output is not None:
        typer.echo(result.output, nl=False)
    if result.written is not None:
        count = sum(len(a.facts) for a in result.extraction.articles)
        articles = len(result.extraction.articles)
        err.print(
            f"{count} facts from {articles} article(s) written to {result.written}", soft_wrap=True
        )
    raise typer.Exit(1 if result.failed else 0)
