"""The pattern cache: a second process reads the programs the first one wrote, and the
figures come out the same; a damaged or unwritable cache only costs time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "Floods in the river valley have displaced 4,100 people since Monday, the district "
    "office said on Wednesday. At least 9 people were killed and 27 injured.\n"
)


def _run(tmp_path: Path, article: Path, *, write: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", str(article), "--published", "2026-03-04"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "floods.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "sitrep").glob("patterns-*.marshal"))


def test_second_process_reads_the_programs_and_finds_the_same_figures(
    tmp_path: Path, article: Path
) -> None:
    first = _run(tmp_path, article)
    (written,) = _cache_files(tmp_path)
    size = written.stat().st_size
    second = _run(tmp_path, article)
    assert second.stdout == first.stdout
    facts = json.loads(second.stdout)["articles"][0]["facts"]
    assert {(f["indicator"], f["value"]) for f in facts} >= {
        ("displaced", 4100),
        ("killed", 9),
        ("injured", 27),
    }
    # Every pattern the second process needed was there: nothing new to write.
    assert written.stat().st_size == size


def test_a_damaged_cache_is_replaced_and_changes_nothing(tmp_path: Path, article: Path) -> None:
    clean = _run(tmp_path, article)
    (written,) = _cache_files(tmp_path)
    written.write_bytes(b"\x00not a marshal file")
    again = _run(tmp_path, article)
    assert again.stdout == clean.stdout
    assert written.stat().st_size > 1000


def test_a_forged_program_is_refused_by_the_engine(tmp_path: Path) -> None:
    """A program the engine rejects is rebuilt from the pattern, not run."""
    code = """
import marshal, re, sys
from sitrep import patterns
key = (r"(\\d+) people", 0)
path = patterns.cache_file()
path.parent.mkdir(parents=True, exist_ok=True)
path.write_bytes(marshal.dumps({key: (32, [1, 2, 3], 1, {}, (None, None))}))
found = patterns.compile(*key)
print(found.search("some 12 people").group(1), found.pattern == key[0])
"""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["12", "True"]


def test_email_validator_compiles_its_patterns_through_the_cache(tmp_path: Path) -> None:
    """Imported for sitrep.toml's addresses, email-validator makes its patterns through the
    cache, read from it by a second process: `re`'s compiler makes none of them while it is
    imported, the address comes out the same, and `re.compile` is `re`'s own again."""
    code = (
        "import re, re._compiler\n"
        "from sitrep.patterns import kept_while_imported\n"
        "made, plain, compile = [], re._compiler.compile, re.compile\n"
        "re._compiler.compile = lambda *a: made.append(a) or plain(*a)\n"
        "with kept_while_imported():\n"
        "    import email_validator\n"
        "imported = len(made)\n"
        "found = email_validator.validate_email('Head.Aleppo@Example.ORG',"
        " check_deliverability=False)\n"
        "print(imported, found.normalized, re.compile is compile)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    said, sizes = [], []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        said.append(done.stdout.split())
        (written,) = _cache_files(tmp_path)
        sizes.append(written.stat().st_size)
    assert said == [["0", "Head.Aleppo@example.org", "True"]] * 2
    assert sizes[0] == sizes[1]  # the second process found every pattern there


def test_no_cache_is_written_where_bytecode_is_not(tmp_path: Path, article: Path) -> None:
    _run(tmp_path, article, write=False)
    assert _cache_files(tmp_path) == []


def test_patterns_match_as_re_compile_does() -> None:
    import re

    from sitrep import patterns

    source = r"(?P<count>\d[\d,]*)\s+(?:people|persons)\b(?i:\s+displaced)?"
    ours, theirs = patterns._program(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    rebuilt = patterns._sre.compile(source, *ours)
    assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    text = "About 1,200 People displaced and 40 persons missing"
    assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in theirs.finditer(text)]
