"""Several situations built at once, one process each, each whole or not at all.

A regional office builds a dozen sitreps before the morning call: one situation's bad
spreadsheet must not hold up the others, and the summary must say which failed and
why. Each situation is built in its own process (a build is CPU-bound and WeasyPrint
keeps process-wide caches), every one through `sitrep.build.build`, so each day folder
is still written atomically. `build_one` takes and returns plain picklable values, so a
Dask cluster can run it too (docs/many-situations.md).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError, UsageError
from sitrep.load.config import CONFIG_NAME
from sitrep.process import usable_cores

if TYPE_CHECKING:
    from sitrep.build import Checks


@dataclass(frozen=True)
class Outcome:
    """What became of one situation: its report folder, or why there is none."""

    situation: Path
    exit_code: int
    seconds: float
    folder: Path | None = None
    number: int | None = None
    draft: bool = False
    warnings: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


def situations_in(paths: Sequence[Path]) -> list[Path]:
    """The situation folders named: a folder with a `sitrep.toml` is one; a folder
    without one stands for the situation folders directly inside it."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            raise UsageError(f"{path} is not a situation folder")
        if (path / CONFIG_NAME).is_file():
            found.append(path)
            continue
        inside = sorted(p for p in path.iterdir() if p.is_dir() and (p / CONFIG_NAME).is_file())
        if not inside:
            raise UsageError(
                f"{path} has no {CONFIG_NAME}, and no folder in it has one: "
                "not a situation folder nor a folder of situations"
            )
        found += inside
    unique: dict[Path, Path] = {}
    names: dict[str, Path] = {}
    for path in found:
        real = path.resolve()
        if real in unique:
            continue
        if real.name in names:
            raise UsageError(
                f"{names[real.name]} and {path} would both be reported under {real.name}/: "
                "rename one folder or build them into different --out folders"
            )
        unique[real], names[real.name] = path, path
    return list(unique.values())


def build_one(
    situation: Path,
    *,
    day: dt.date,
    out: Path,
    force: bool = False,
    draft: bool = False,
    checks: Checks | None = None,
) -> Outcome:
    """Build one situation and say how it went; never raises for that situation's faults."""
    from sitrep.build import Checks, build

    start = time.perf_counter()
    try:
        result = build(
            situation, day=day, out=out, force=force, draft=draft, checks=checks or Checks()
        )
    except SitrepError as exc:
        return Outcome(situation, exc.exit_code, time.perf_counter() - start, error=str(exc))
    except Exception as exc:  # one situation's crash is that situation's failure, not all
        return Outcome(
            situation,
            1,
            time.perf_counter() - start,
            error=f"unexpected {type(exc).__name__}: {exc} "
            "(build this situation alone with --debug for the traceback)",
        )
    return Outcome(
        situation,
        0,
        time.perf_counter() - start,
        folder=result.folder,
        number=result.sitrep.number,
        draft=result.sitrep.draft,
        warnings=len(result.warnings),
    )


def build_many(
    situations: Sequence[Path],
    *,
    day: dt.date,
    out: Path,
    force: bool = False,
    draft: bool = False,
    checks: Checks | None = None,
    workers: int | None = None,
    done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Build every situation on up to `workers` processes (default: the usable cores);
    outcomes come back in the order given, and `done` hears of each as it finishes."""
    workers = max(1, min(workers or usable_cores(), len(situations)))
    if workers == 1:
        outcomes = []
        for path in situations:
            outcomes.append(
                build_one(path, day=day, out=out, force=force, draft=draft, checks=checks)
            )
            if done is not None:
                done(outcomes[-1])
        return outcomes
    # spawn, not fork: the parent may hold polars' and WeasyPrint's threads and locks.
    context = multiprocessing.get_context("spawn")
    by_future: dict[Future[Outcome], int] = {}
    results: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for index, path in enumerate(situations):
            future = pool.submit(
                build_one, path, day=day, out=out, force=force, draft=draft, checks=checks
            )
            by_future[future] = index
        for future in as_completed(by_future):
            index = by_future[future]
            try:
                outcome = future.result()
            except Exception as exc:  # the worker process died (killed, out of memory)
                outcome = Outcome(
                    situations[index], 1, 0.0, error=f"its build process stopped: {exc}"
                )
            results[index] = outcome
            if done is not None:
                done(outcome)
    return [results[i] for i in range(len(situations))]
