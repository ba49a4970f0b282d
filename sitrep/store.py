"""The outputs folder: one folder a day per situation, written whole or not at all.

An officer re-running a build at 6 a.m. must never be left with half a report, nor
lose yesterday's: files are written to a hidden sibling folder and swapped in with
renames, so a failure at any point leaves what was there byte-identical.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from sitrep.errors import SitrepError
from sitrep.models import Sitrep

REPORT_JSON = "sitrep.json"


def day_folder(out: Path, situation: str, day: dt.date) -> Path:
    return out / situation / day.isoformat()


def ensure_writable(folder: Path, *, force: bool) -> None:
    """Refuse early, before any work, to replace a day that was already built."""
    if folder.exists() and not force:
        raise SitrepError(
            f"{folder} already holds a report; use --force to replace it "
            "(the old one stays until the new one is complete)"
        )


def find_previous(out: Path, situation: str, day: dt.date) -> tuple[Sitrep | None, list[str]]:
    """The latest report before `day`, and a warning for each earlier one that cannot be read."""
    warnings: list[str] = []
    folder = out / situation
    if not folder.is_dir():
        return None, warnings
    earlier: list[tuple[dt.date, Path]] = []
    for child in folder.iterdir():
        with contextlib.suppress(ValueError):
            child_day = dt.date.fromisoformat(child.name)
            if child_day < day and (child / REPORT_JSON).is_file():
                earlier.append((child_day, child / REPORT_JSON))
    for _, path in sorted(earlier, reverse=True):
        try:
            return Sitrep.model_validate_json(path.read_bytes()), warnings
        except (OSError, ValidationError) as exc:
            warnings.append(
                f"{path}: cannot be read as a previous report ({exc.__class__.__name__})"
            )
    return None, warnings


def write_folder(folder: Path, files: Mapping[str, bytes], *, force: bool) -> list[Path]:
    """Write every file of a day's report, then swap the folder into place in one rename."""
    ensure_writable(folder, force=force)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=folder.parent))
    retired: Path | None = None
    try:
        for name, data in files.items():
            with (staging / name).open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if folder.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
            retired.rmdir()
            folder.rename(retired)
        staging.rename(folder)
    except BaseException:
        if retired is not None and not folder.exists():
            retired.rename(folder)
            retired = None
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
    return [folder / name for name in files]


def write_file(path: Path, text: str) -> None:
    """Write one text file whole or not at all: a temporary file beside it, then a rename.

    For outputs that are a single file chosen by the user (`sitrep extract -o`), so the
    store stays the only writer of what sitrep produces.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
