"""Regular expressions compiled once per machine, not once per process.

The extractor holds a few hundred patterns, some of them alternations of thousands of
characters; Python's `re` parses each one again in every process, which was a third of
the start of `sitrep extract` on one article (about 0.07 s of 0.22 s). What `re` makes of
a pattern, the program its C engine runs, depends only on the pattern, its flags and the
interpreter, so it is kept on disk the way Python keeps bytecode: in the user's cache
folder, one file per interpreter and engine version, read at the first pattern and
written at exit when new patterns were compiled. `_sre.compile` checks every program it
is given, so a damaged file cannot make a pattern that misbehaves; any trouble reading,
writing or rebuilding falls back to `re.compile`, and PYTHONDONTWRITEBYTECODE, which
stops bytecode caches, stops this one too.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

# What `_sre.compile` takes after the pattern: flags, code, groups, group index, names.
_Program: TypeAlias = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_MAX_KEPT = 4_000

try:
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # another Python implementation: plain re.compile
    _sre = None

_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
_programs: dict[tuple[str, int], _Program] | None = None
_added = 0


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, with the engine's program read from the cache when it is there."""
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is not None:
        return found
    found = _from_program(key) if _sre is not None and not flags & re.DEBUG else None
    if found is None:
        found = re.compile(pattern, flags)
    _compiled[key] = found
    return found


@contextlib.contextmanager
def kept_while_imported() -> Iterator[None]:
    """Make `re.compile` of a text pattern go through `compile` while a library that
    compiles costly patterns at import is imported (inside this block), so that its
    programs are read from the cache too.

    email-validator compiles five character classes reaching U+10FFFF when it is
    imported; `re` builds the map of every code point up to U+FFFF for each one, 40 ms
    of each `sitrep build` (it reads the addresses of sitrep.toml) before the report's
    HTML could be made. The patterns match as those of `re.compile` do; bytes
    patterns and compiled ones are left to it, and `re.compile` is itself again after
    the block.
    """
    plain = re.compile

    def kept(pattern: Any, flags: int = 0) -> Any:
        return compile(pattern, flags) if isinstance(pattern, str) else plain(pattern, flags)

    re.compile = kept
    try:
        yield
    finally:
        re.compile = plain


def cache_file() -> Path:
    """Where the programs are kept: per interpreter and per version of `re`'s engine."""
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    folder = Path(base) if base else Path.home() / ".cache"
    tag = sys.implementation.cache_tag or sys.implementation.name
    magic = _sre.MAGIC if _sre is not None else 0
    return folder / "sitrep" / f"patterns-{tag}-{sys.hexversion:x}-{magic}.marshal"


def _from_program(key: tuple[str, int]) -> re.Pattern[str] | None:
    global _added
    programs = _load()
    program = programs.get(key)
    if program is not None:
        with contextlib.suppress(Exception):
            compiled: re.Pattern[str] = _sre.compile(key[0], *program)
            return compiled
        del programs[key]
    try:
        program = _program(*key)
        compiled = _sre.compile(key[0], *program)
    except Exception:  # re.compile gives the error a caller expects
        return None
    programs[key] = program
    _added += 1
    if _added == 1 and not sys.dont_write_bytecode:
        atexit.register(_save)
    return compiled


def _program(pattern: str, flags: int) -> _Program:
    """What `re._compiler.compile` hands the engine, made by the same two steps."""
    parsed = _parser.parse(pattern, flags)
    # The opcodes are int subclasses that marshal cannot write: the engine takes plain ints.
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groups: dict[str, int] = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groups, tuple(names))


def _load() -> dict[tuple[str, int], _Program]:
    global _programs
    if _programs is None:
        _programs = {}
        with contextlib.suppress(Exception):
            loaded = marshal.loads(cache_file().read_bytes())
            if isinstance(loaded, dict):
                _programs = loaded
    return _programs


def _save() -> None:
    """Write the programs atomically; a cache that cannot be written is only slower."""
    programs = _load()
    if len(programs) > _MAX_KEPT:
        programs = {key: programs[key] for key in _compiled if key in programs}
    path = cache_file()
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(programs))
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
