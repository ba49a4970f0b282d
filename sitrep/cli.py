"""The `sitrep` command: parse options, call one library function, print its result.

Errors the library raises (`SitrepError`) become one message and an exit code
here, in one place; tracebacks are shown only with `--debug`.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

# A command's imports (typer's and pydantic's first, then its own), and the models and
# patterns built on their first use, make a great many objects that live until the process
# ends and none of them garbage: at the default gen-0 threshold (700) the cyclic collector
# walked them over and over, 57 passes before a build's first line (10-14 ms).
gc.set_threshold(50_000, *gc.get_threshold()[1:])

import typer  # noqa: E402 (its import is the first of those)

from sitrep import __version__, terminal  # noqa: E402

if TYPE_CHECKING:
    from sitrep.build import BuildResult
    from sitrep.context import Checks, ReportContext
    from sitrep.errors import DataError, SitrepError
    from sitrep.extract.command import ExtractRun

app = typer.Typer(
    name="sitrep",
    help="Validate field spreadsheets, extract figures from articles, build the daily sitrep.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich and markdown-it, 0.3 s before a line shows.
    rich_markup_mode=None,
)
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
    from sitrep.errors import DataError, SitrepError

    try:
        return action()
    except SitrepError as exc:
        if _debug:
            raise
        from rich.markup import escape

        if isinstance(exc, DataError) and not _said_in_one_line(exc):
            terminal.print_problems(exc.problems)
        terminal.stderr().print(
            f"[bold red]error:[/] {escape(str(exc) + _advice(exc))}", highlight=False
        )
        raise typer.Exit(exc.exit_code) from None
    finally:
        # The process ends after one command: freezing what it holds spares the
        # collection at interpreter exit a walk over every table row (0.1-0.2 s at a
        # million rows).
        gc.freeze()


def _advice(exc: SitrepError) -> str:
    """The option that gets past an error; the library does not know the command's flags."""
    from sitrep.store import DayBuiltError, OutputNotAFolderError

    if isinstance(exc, DayBuiltError):
        return "; use --force to replace it (the old one stays until the new one is complete)"
    if isinstance(exc, OutputNotAFolderError):
        return "; give --out a folder"
    return ""


def _said_in_one_line(exc: DataError) -> bool:
    """A lone problem whose message the error already gives (a broken file) needs no table."""
    return not exc.problems or (len(exc.problems) == 1 and exc.problems[0].message in str(exc))


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Table files (CSV, XLSX, JSON) or situation folders."),
    ],
    output: Annotated[
        ReportFormat, typer.Option("--format", help="text: a table per sheet; json: every problem.")
    ] = ReportFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check spreadsheets cell by cell: exit 0 when clean, 1 when the data has errors."""
    from sitrep.process import imports_kept

    with imports_kept():
        from sitrep.validate import validate_paths

    report = run(lambda: validate_paths(paths)).report
    if output is ReportFormat.json:
        typer.echo(report.model_dump_json(include={"sheets", "problems", "summary"}, indent=2))
    else:
        terminal.print_report(report)
    raise typer.Exit(0 if report.valid(strict=strict) else 1)


class ArticleFormat(StrEnum):
    """`sitrep.extract.formats.OutputFormat`'s values, declared here so that `--help`
    does not import the extractor (a test keeps the two the same)."""

    json = "json"
    csv = "csv"
    text = "text"


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Article files (.txt, .md with front matter, .html) or folders of them.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date for articles that do not give one.",
        ),
    ] = None,
    situation: Annotated[
        Path | None,
        typer.Option(
            "--situation", metavar="DIR", help="Situation folder whose gazetteer gives P-codes."
        ),
    ] = None,
    fmt: Annotated[
        ArticleFormat, typer.Option("--format", help="json (the review file), csv (HXL) or text.")
    ] = ArticleFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="OUT",
            help="Write here (atomically); an existing json keeps its reviews.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes extracting at once (default: one per 500 articles, up to the "
            "machine's cores); the output is the same.",
        ),
    ] = None,
) -> None:
    """Extract every humanitarian figure from news articles, with its source and sentence."""
    from sitrep.process import imports_kept

    with imports_kept():
        from sitrep.extract.command import run_extract
        from sitrep.extract.formats import OutputFormat

    def extracting(progress: Callable[[Path], None] | None) -> ExtractRun:
        return run(
            lambda: run_extract(
                files,
                published=published,
                situation=situation,
                fmt=OutputFormat(fmt.value),
                output=output,
                progress=progress,
                workers=workers,
            )
        )

    if len(files) < 2:
        result = extracting(None)  # no bar for one article, and no import of rich's
    else:
        from rich.progress import Progress

        with Progress(console=terminal.stderr(), transient=True) as bar:
            task = bar.add_task("extracting", total=None)
            result = extracting(lambda _: bar.advance(task))
    if result.problems:
        terminal.print_article_problems(result.problems)
    if result.output is not None:
        typer.echo(result.output, nl=False)
    if result.written is not None:
        count = sum(len(a.facts) for a in result.extraction.articles)
        articles = len(result.extraction.articles)
        line = f"{count} facts from {articles} article(s) written to {result.written}"
        if not terminal.say_plainly(line):
            terminal.stderr().print(line, soft_wrap=True)
    raise typer.Exit(1 if result.failed else 0)


@app.command()
def build(
    situations: Annotated[
        list[Path],
        typer.Argument(
            metavar="SITUATION_DIR...",
            help="The situation folder, e.g. inputs/aleppo; several, or a folder of them, "
            "are built side by side.",
        ),
    ],
    day: Annotated[
        dt.datetime | None,
        typer.Option(
            "--date",
            formats=["%Y-%m-%d"],
            metavar="YYYY-MM-DD",
            help="Report date (default: today).",
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Where reports are kept.")] = Path("outputs"),
    force: Annotated[
        bool, typer.Option("--force", help="Replace a report already built for that date.")
    ] = False,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft", help="Include facts not yet reviewed, marked; marks every page DRAFT."
        ),
    ] = False,
    accept_date: Annotated[
        bool, typer.Option("--accept-date", help="Build for a date after today.")
    ] = False,
    accept_period: Annotated[
        bool,
        typer.Option(
            "--accept-period",
            help="Build a report covering more days since the last one than every_days.",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Situations built at once (default: the machine's cores)."
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="Say where the time went, stage by stage.")
    ] = False,
) -> None:
    """Build the day's PDF sitrep, email brief, sitrep.json and key-figures.csv."""
    from sitrep.render.worker import PdfProcess

    several = _several(situations)
    # The PDF renderer is started first, in a process of its own, so that WeasyPrint is
    # imported there while this one imports rich, the report's context and the pipeline
    # and reads the inputs (started after rich and the context, it was ready 40 ms later).
    renderer = None if several else PdfProcess.start()
    try:
        from rich.console import Console
        from rich.markup import escape

        from sitrep.context import Checks, format_date

        console = Console(highlight=False)
        report_day = day.date() if day else dt.date.today()
        checks = Checks(accept_date=accept_date, accept_period=accept_period)
        if several:
            _build_several(situations, report_day, out, force, draft, checks, workers)
        situation = situations[0]

        def announce(context: ReportContext) -> None:
            kind = "DRAFT " if context.draft else ""
            console.print(
                f"Building {kind}Situation Report No. {context.number} for "
                f"{format_date(context.day)}, covering {format_date(context.period)}"
                + (f" (changes since {format_date(context.since)})" if context.since else "")
            )

        def build_report() -> BuildResult:
            # Imported here, inside `run`, so a renderer that cannot load its system
            # libraries is a message, and other commands do not pay for its import. What
            # the import makes lives until the process ends: the collector is kept off it.
            from sitrep.process import ends_after_this_build, imports_kept

            with imports_kept():
                from sitrep.build import build as build_situation
            ends_after_this_build()

            def building(progress: Callable[[str], None] | None) -> BuildResult:
                return build_situation(
                    situation,
                    day=report_day,
                    out=out,
                    force=force,
                    draft=draft,
                    checks=checks,
                    announce=announce,
                    progress=progress,
                    renderer=renderer,
                )

            # A line that says which stage (and which PDF page) is under way, on stderr
            # and only on a terminal: a long report takes minutes, a log file wants none
            # of it (and off a terminal no status is made: it would import rich's live
            # display and run a thread redrawing nothing).
            if not terminal.stderr().is_terminal:
                return building(None)
            with terminal.stderr().status("starting", spinner="line") as status:
                return building(lambda stage: status.update(stage))

        result = run(build_report)
    finally:
        if renderer is not None:
            renderer.close()
    if result.report.warnings:
        terminal.print_problems(result.report.warnings)
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    kind = "[bold red]DRAFT[/] " if result.sitrep.draft else ""
    when = format_date(report_day)
    console.print(
        f"{kind}Situation Report No. {result.sitrep.number} for {when} "
        f"→ {escape(str(result.folder))}"
    )
    for path in result.files:
        console.print(f"  {path.name:<16} {path.stat().st_size:>10,} bytes")
    if verbose:
        console.print(f"Time by stage ({sum(result.seconds.values()):.2f} s in all):")
        for stage, seconds in sorted(result.seconds.items(), key=lambda item: -item[1]):
            console.print(f"  {stage:<16} {seconds:>8.2f} s")


def _several(situations: list[Path]) -> bool:
    """Several folders, or one folder of situation folders (it has no sitrep.toml)."""
    from sitrep.load.config import CONFIG_NAME

    one = situations[0]
    return len(situations) > 1 or (one.is_dir() and not (one / CONFIG_NAME).exists())


def _build_several(
    paths: list[Path],
    day: dt.date,
    out: Path,
    force: bool,
    draft: bool,
    checks: Checks,
    workers: int | None,
) -> NoReturn:
    """Each situation built in its own process; a line as each finishes, then which failed.
    The exit code is the worst of theirs."""
    from rich.console import Console
    from rich.markup import escape

    from sitrep.batch import Outcome, build_many, situations_in

    console = Console(highlight=False)
    situations = run(lambda: situations_in(paths))
    console.print(f"Building {len(situations)} situations for {day.isoformat()}")

    def done(o: Outcome) -> None:
        if o.ok:
            kind = "[bold red]DRAFT[/] " if o.draft else ""
            console.print(
                f"[green]built[/] {escape(o.situation.name)}: {kind}Situation Report No. "
                f"{o.number} → {escape(str(o.folder))} ({o.seconds:.1f} s"
                + (f", {o.warnings} warning(s)" if o.warnings else "")
                + ")"
            )
        else:
            console.print(
                f"[bold red]failed[/] {escape(o.situation.name)}: {escape(o.error or '')}"
            )

    outcomes = build_many(
        situations,
        day=day,
        out=out,
        force=force,
        draft=draft,
        checks=checks,
        workers=workers,
        done=done,
    )
    failed = [o.situation.name for o in outcomes if not o.ok]
    built = len(outcomes) - len(failed)
    console.print(
        f"{built} of {len(outcomes)} situations built"
        + (f"; failed: {escape(', '.join(failed))}" if failed else "")
        + ("" if not failed else " (build one alone to see its problems in full)")
    )
    raise typer.Exit(max(o.exit_code for o in outcomes))
