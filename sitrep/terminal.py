"""What the commands print on a terminal: a table of problems per sheet, repeated
problems folded into one line of row runs, and single lines written to stderr without
importing rich when rich would add nothing. The commands in `cli` decide what to say;
this module decides how it looks."""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from sitrep.models import Problem, ValidationReport


@cache
def stderr() -> Console:
    """stderr, made on first use: rich is imported only by commands that print."""
    from rich.console import Console

    return Console(stderr=True)


_READ_BY_RICH = re.compile(r"[\[\]\\]|:\S*:")
"""What rich would not print as written: markup brackets, backslashes before them, and
emoji codes (`:name:`)."""


def say_plainly(line: str) -> bool:
    """Write `line` to stderr as it is, when that is what rich would print: stderr is not
    a terminal (nor said to be one, FORCE_COLOR or TTY_COMPATIBLE), so rich would add no
    style, and the line holds nothing rich reads as markup or an emoji code and no
    control character. A command whose only message is one such line does not import
    rich for it (50 ms here); any other line goes through rich as before."""
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return False
    if not line.isprintable() or _READ_BY_RICH.search(line) or sys.stderr.isatty():
        return False
    sys.stderr.write(line + "\n")
    return True


MAX_LINES_PER_SHEET = 200
"""Enough to see what is wrong with a sheet; the JSON output lists every problem."""


def print_report(report: ValidationReport) -> None:
    """Each sheet's recognised kind, one table per file and sheet, errors first, then a
    one-line summary."""
    from rich.console import Console
    from rich.markup import escape

    kinds = Console(highlight=False)
    for sheet in report.sheets:
        where = [
            f"{name} row {n}"
            for name, n in (("header", sheet.header_row), ("HXL", sheet.hxl_row))
            if n
        ]
        kinds.print(
            escape(sheet.file + (f" › {sheet.sheet}" if sheet.sheet else ""))
            + f": {sheet.kind.value if sheet.kind else 'not a known table'}"
            + (f" ({', '.join(where)})" if where else "")
        )
    out = print_problems(report.problems)
    s = report.summary
    colour = "red" if s.errors else ("yellow" if s.warnings else "green")
    out.print(
        f"[{colour}]{s.files} file(s), {s.rows} row(s): "
        f"{s.errors} error(s), {s.warnings} warning(s)[/]"
    )


def print_problems(problems_found: list[Problem]) -> Console:
    """One table per file and sheet, errors first; a problem that repeats down a column is
    one line naming the rows it covers (the JSON output keeps one entry per cell)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from sitrep.models import Severity

    out = Console(highlight=False)
    text = out.render_str
    by_sheet: dict[tuple[str, str | None], list[Problem]] = {}
    for problem in problems_found:
        by_sheet.setdefault((problem.file, problem.sheet), []).append(problem)
    for (file, sheet), problems in by_sheet.items():
        table = Table(title=escape(file + (f" › {sheet}" if sheet else "")), title_justify="left")
        for name in ("row", "column", "value", "level", "problem", "message"):
            table.add_column(name, overflow="fold")
        lines = _repeats(problems)
        for same in _shown(lines):
            p = same[0]
            colour = "red" if p.severity is Severity.error else "yellow"
            # Each cell is made into text once, as rich would make it from the markup:
            # given the markup itself, rich parses it again for every measure and render.
            table.add_row(
                *(
                    text(cell, highlight=False)
                    for cell in (
                        _runs([q.row for q in same if q.row is not None]),
                        escape(p.column or (p.hxl or "")),
                        escape(_values(same)),
                        f"[{colour}]{p.severity.value}[/]",
                        p.code,
                        escape(p.message),
                    )
                )
            )
        out.print(table)
        if len(lines) > MAX_LINES_PER_SHEET:
            out.print(
                f"… and {len(lines) - MAX_LINES_PER_SHEET} more lines in this sheet; "
                "--format json lists every problem"
            )
    return out


def _repeats(problems: list[Problem]) -> list[list[Problem]]:
    """Problems grouped by column, level, code and message; errors first, then by row."""
    from sitrep.models import Severity

    groups: dict[tuple[str | None, Severity, str, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.column or p.hxl, p.severity, p.code, p.message), []).append(p)
    return sorted(
        groups.values(), key=lambda g: (g[0].severity is not Severity.error, g[0].row or 0)
    )


MAX_RUNS_PER_LINE = 8
"""Row runs a line names before it gives the count: a problem scattered over thousands of
rows stays one readable line (the JSON output names every row)."""


def _shown(lines: list[list[Problem]]) -> list[list[Problem]]:
    """The lines a sheet's table has room for, in their order: the first line of every
    kind of problem (column, level and code) first, so that one bad cell is not hidden
    under hundreds of lines of another problem, then the rest in order."""
    if len(lines) <= MAX_LINES_PER_SHEET:
        return lines
    kept: set[int] = set()
    kinds: set[tuple[str | None, str, str]] = set()
    for index, same in enumerate(lines):
        p = same[0]
        kind = (p.column or p.hxl, p.severity.value, p.code)
        if kind not in kinds:
            kinds.add(kind)
            kept.add(index)
    for index in range(len(lines)):
        if len(kept) >= MAX_LINES_PER_SHEET:
            break
        kept.add(index)
    return [same for index, same in enumerate(lines) if index in kept]


def _runs(rows: list[int]) -> str:
    """Row numbers as runs: 3–5,002, 5,010; past a few runs, how many rows in all."""
    distinct = sorted(set(rows))
    runs: list[tuple[int, int]] = []
    for row in distinct:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    text = ", ".join(f"{a:,}" if a == b else f"{a:,}–{b:,}" for a, b in runs[:MAX_RUNS_PER_LINE])
    if len(runs) > MAX_RUNS_PER_LINE:
        text += f", … ({len(distinct):,} rows)"
    return text


def _values(same: list[Problem]) -> str:
    """The value of a one-cell problem; a few of the values a repeated one holds."""
    values = list(dict.fromkeys(p.value for p in same if p.value))
    if len(values) <= 3:
        return ", ".join(values)
    return ", ".join(values[:3]) + f", … ({len(values)} values)"


def print_article_problems(problems: list[Problem]) -> None:
    """One line per problem on stderr; rich is imported only when a line needs it."""
    from sitrep.models import Severity

    for problem in problems:
        level = "error" if problem.severity is Severity.error else "warning"
        hint = " (give --published YYYY-MM-DD)" if problem.code == "no-published-date" else ""
        if say_plainly(f"{level}: {problem.file}: {problem.message}{hint}"):
            continue
        from rich.markup import escape

        stderr().print(
            f"[bold]{level}:[/] {problem.file}: {escape(problem.message)}{hint}",
            highlight=False,
            soft_wrap=True,
        )
