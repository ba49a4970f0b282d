"""README's "Validating spreadsheets" lists exactly the tags, header names and codes we accept."""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.models import ProblemCode
from sitrep.tables import KINDS, normalise_header, normalise_tag
from sitrep.validate import RULES

README = Path(__file__).parents[1] / "README.md"
TABLES = Path(__file__).parent / "data" / "tables"
SITREP = Path(__file__).parents[1] / "sitrep"


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Validating spreadsheets")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def documented_columns() -> tuple[set[str], set[str]]:
    tags: set[str] = set()
    headers: set[str] = set()
    for line in section().splitlines():
        cells = line.split("|")
        if not line.startswith("| ") or len(cells) < 5 or "`#" not in cells[2]:
            continue
        tags |= {normalise_tag(t) for t in re.findall(r"`([^`]+)`", cells[2])}
        headers |= {normalise_header(h) for h in re.findall(r"`([^`]+)`", cells[3])}
    return tags, headers


def test_every_accepted_tag_and_header_is_documented() -> None:
    fields = [f for spec in KINDS.values() for f in spec.fields]
    tags, headers = documented_columns()
    assert tags == {t for f in fields for t in f.tags}
    assert headers == {h for f in fields for h in (*f.headers, *f.bare)}


def test_every_problem_code_with_a_bad_file_is_documented() -> None:
    codes = {p.stem for p in TABLES.iterdir() if p.stem != "gazetteer"}
    documented = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", section()))
    assert codes <= documented


def catalogue_table() -> list[str]:
    return [
        f"| `{c.value}` | {c.spec.severity.value} | {c.spec.title}: {c.spec.description} |"
        for c in ProblemCode
    ]


def test_readme_lists_the_problem_catalogue() -> None:
    listed = [
        line
        for line in section().splitlines()
        if re.match(r"^\| `[a-z0-9-]+` \| (error|warning) \| ", line)
    ]
    assert listed == catalogue_table(), "README's problem codes differ from ProblemCode"


def test_every_problem_code_written_in_the_code_is_in_the_catalogue() -> None:
    """A literal code the tests never reach would only fail when a user meets it."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in SITREP.rglob("*.py"))
    written = set(re.findall(r"code=\"([a-z0-9-]+)\"", source))
    written |= set(re.findall(r"_(?:file_)?problem\([^,]+, \"([a-z0-9-]+)\"", source))
    written |= set(re.findall(r"^\s+\"([a-z]+(?:-[a-z]+)+)\",\n\s+\"[a-z ]", source, re.M))
    assert written and written <= {c.value for c in ProblemCode}


def rules_table() -> list[str]:
    return [
        f"| `{r.name}` | {', '.join(f'`{c.value}`' for c in r.codes)} | "
        + " ".join(r.description.split("\n\n")[0].split())
        + " |"
        for r in RULES
    ]


def test_readme_lists_the_validation_rules() -> None:
    names = {f"`{r.name}`" for r in RULES}
    listed = [line for line in section().splitlines() if line.split(" | ")[0][2:] in names]
    assert listed == rules_table(), "README's rules differ from sitrep.validate.RULES"
