"""The outputs folder: one folder a day per situation, written whole or not at all.

An officer re-running a build at 6 a.m. must never be left with half a report, nor
lose yesterday's, nor have two builds of one day replace each other. So:

- a day is written into a hidden sibling, `.<day>.new-<token>`, every file synced,
  and renamed `.<day>.ready-<token>` once complete: a `ready` folder is always whole;
- the ready folder replaces the day's folder in one step, `renameat2(RENAME_EXCHANGE)`,
  where the platform has it; elsewhere in two renames (the old folder to
  `.<day>.old-<token>`, then the ready one into place), and a kill between them is
  repaired by the next build;
- builds of one day take a lock on `.<day>.lock` (fcntl), so the second fails at once
  with a message instead of racing the first;
- `recover` runs before a situation's reports are read: it puts back a day that an
  interrupted build left hidden, removes unfinished and retired folders, and says so.

Folders and files are created with the user's umask, so colleagues and a web server
can read shared reports.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from sitrep.errors import SitrepError, UsageError

if TYPE_CHECKING:
    from sitrep.models import Sitrep

REPORT_JSON = "sitrep.json"
_NEW, _READY, _OLD = ".new-", ".ready-", ".old-"


def day_folder(out: Path, situation: str, day: dt.date) -> Path:
    return out / situation / day.isoformat()


class OutputNotAFolderError(UsageError):
    """The outputs place is a file; the caller says how to name another."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a file, not a folder")
        self.path = path


class DayBuiltError(SitrepError):
    """The day already has a report and the caller did not ask to replace it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"{folder} already holds a report")
        self.folder = folder


def ensure_writable(folder: Path, *, force: bool) -> None:
    """Refuse early, before any work, an output place that cannot be used or a day built."""
    for parent in (folder.parent.parent, folder.parent):
        if parent.exists() and not parent.is_dir():
            raise OutputNotAFolderError(parent)
    if folder.exists() and not force:
        raise DayBuiltError(folder)


def find_previous(out: Path, situation: str, day: dt.date) -> tuple[Sitrep | None, list[str]]:
    """The latest report before `day`, and a warning for each earlier one that cannot be read.

    Leftovers of interrupted builds are repaired first (`recover`), so a day an
    interrupted build left hidden is found, and what was done is among the warnings.
    """
    from sitrep.models import Sitrep  # the report models, not needed to write a facts file

    folder = out / situation
    if not folder.is_dir():
        return None, []
    warnings = recover(folder)
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


def published(out: Path, situation: str) -> list[tuple[dt.date, int]]:
    """The day and number of every report in the outputs folder, to tell a number taken.

    Only the two fields are looked at, so a report written by an older sitrep (or one
    too damaged to compare with) still holds its number; one without them is skipped.
    """
    folder = out / situation
    if not folder.is_dir():
        return []
    found: list[tuple[dt.date, int]] = []
    for child in sorted(folder.iterdir()):
        path = child / REPORT_JSON
        with contextlib.suppress(ValueError, OSError, TypeError, KeyError):
            day = dt.date.fromisoformat(child.name)
            number = json.loads(path.read_bytes())["number"]
            if isinstance(number, int):
                found.append((day, number))
    return found


def write_folder(folder: Path, files: Mapping[str, bytes], *, force: bool) -> list[Path]:
    """Write every file of a day's report, then put the folder in place in one step."""
    ensure_writable(folder, force=force)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with _locked(folder):
            _recover_day(folder)
            ensure_writable(folder, force=force)
            _replace(folder, files)
    except OSError as exc:
        raise UsageError(f"cannot write {folder}: {exc.strerror or exc}") from None
    return [folder / name for name in files]


def write_file(path: Path, text: str) -> None:
    """Write one text file whole or not at all: a synced temporary file renamed into place.

    For outputs that are a single file chosen by the user (`sitrep extract -o`), so the
    store stays the only writer of what sitrep produces. The file gets the user's
    umask, like any file they save, and an existing file keeps its mode.
    """
    tmp = path.with_name(f".{path.name}.{_token()}.tmp")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    try:
        with tmp.open("x", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)


def recover(situation_folder: Path) -> list[str]:
    """Repair what interrupted builds left in a situation's folder; say what was done."""
    days = {
        path.name[1:].split(".", 1)[0]
        for path in situation_folder.iterdir()
        if path.name.startswith(".") and any(m in path.name for m in (_NEW, _READY, _OLD))
    }
    messages: list[str] = []
    for day in sorted(days):
        folder = situation_folder / day
        try:
            with _locked(folder):
                messages += _recover_day(folder)
        except SitrepError:
            continue  # a build of that day is running; it will tidy up itself
    return messages


# --- the steps -------------------------------------------------------------------------


def _step(name: str) -> None:
    """A point between two steps of a write; the kill tests stop a write here."""


def _token() -> str:
    return f"{time.time_ns():020d}-{os.getpid()}"


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _hidden(folder: Path, mark: str) -> list[Path]:
    """The day's hidden folders of one kind, oldest first (tokens sort by time)."""
    prefix = f".{folder.name}{mark}"
    return sorted(p for p in folder.parent.iterdir() if p.name.startswith(prefix))


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the day's lock file; a second build of the same day fails with a message.

    The file is removed when the lock is let go, so none is left lying about; whoever
    locks a file that was removed meanwhile tries again on the new one.
    """
    path = folder.parent / f".{folder.name}.lock"
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SitrepError(
                f"another build of {folder} is writing it now; wait for it to finish, "
                "then build again"
            ) from None
        try:
            same = path.stat().st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _replace(folder: Path, files: Mapping[str, bytes]) -> None:
    token = _token()
    staging = folder.with_name(f".{folder.name}{_NEW}{token}")
    ready = folder.with_name(f".{folder.name}{_READY}{token}")
    staging.mkdir()  # mode 0o777 less the umask, unlike a mkdtemp folder (0o700)
    try:
        for name, data in files.items():
            with (staging / name).open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        _sync_dir(staging)
        _step("written")
        staging.rename(ready)
        _sync_dir(folder.parent)
        _step("ready")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if not folder.exists():
        ready.rename(folder)
        _sync_dir(folder.parent)
        _step("swapped")
        return
    retired = folder.with_name(f".{folder.name}{_OLD}{token}")
    if _exchange(ready, folder):
        _step("exchanged")
        ready.rename(retired)
    else:
        folder.rename(retired)
        _step("retired")
        ready.rename(folder)
    _sync_dir(folder.parent)
    _step("swapped")
    shutil.rmtree(retired, ignore_errors=True)


def _recover_day(folder: Path) -> list[str]:
    """Put back a day left hidden, remove what no one needs; the caller holds the lock.

    A day folder that is missing is put back from the folder it was retired to (the
    report as it was before the interrupted build) or else from the newest complete
    new one. Unfinished folders, and retired or complete ones no longer needed, go.
    """
    messages: list[str] = []
    unfinished, ready, retired = (_hidden(folder, m) for m in (_NEW, _READY, _OLD))
    if not folder.exists():
        source = retired[-1] if retired else (ready[-1] if ready else None)
        if source is not None:
            source.rename(folder)
            _sync_dir(folder.parent)
            (retired if source in retired else ready).remove(source)
            messages.append(
                f"{folder}: put back the report an interrupted build had left hidden in "
                f"{source.name}"
            )
    leftovers = unfinished + ready + retired
    for path in leftovers:
        shutil.rmtree(path, ignore_errors=True)
    if leftovers:
        messages.append(
            f"{folder}: removed {len(leftovers)} folder(s) an interrupted build left behind "
            f"({', '.join(p.name for p in leftovers)})"
        )
    return messages


# --- renameat2(RENAME_EXCHANGE) ------------------------------------------------------------

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _libc_renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        return getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    except OSError:
        return None


_renameat2 = _libc_renameat2()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step; False where the platform or file system cannot."""
    if _renameat2 is None:
        return False
    done = _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))
