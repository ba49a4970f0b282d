"""The `sitrep` command: parse options, call one library function, print its result.

Errors the library raises (`SitrepError`) become one message and an exit code
here, in one place; tracebacks are shown only with `--debug`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from sitrep import __version__
from sitrep.errors import SitrepError

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
