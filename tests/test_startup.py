"""`sitrep --help` answers before the heavy libraries load (issue 12: start-up)."""

from __future__ import annotations

import subprocess
import sys

from sitrep.cli import ArticleFormat
from sitrep.extract.formats import OutputFormat

HEAVY = ("polars", "pandas", "pydantic", "weasyprint", "rich", "sitrep.models", "sitrep.extract")


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {
        name
        for name in out.splitlines()
        if name.split(".")[0] in {"polars", "pandas", "pydantic", "weasyprint", "rich", "sitrep"}
    }


def test_help_imports_none_of_the_heavy_libraries() -> None:
    code = (
        "import sys\nsys.argv = ['sitrep', '--help']\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit:\n    pass"
    )
    loaded = _imported_after(code)
    assert not [m for m in HEAVY if m in loaded]


def test_import_sitrep_is_light_and_names_resolve_on_use() -> None:
    loaded = _imported_after("import sitrep")
    assert not [m for m in HEAVY if m in loaded]
    import sitrep

    assert sitrep.Indicator.displaced.value == "displaced"
    assert sorted(name for name in sitrep.__all__ if not hasattr(sitrep, name)) == []


def test_the_cli_offers_the_extractor_formats() -> None:
    assert [f.value for f in ArticleFormat] == [f.value for f in OutputFormat]
