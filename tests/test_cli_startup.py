"""What a command imports before it needs it (issue 12: start-up)."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.splitlines())


def test_the_report_wording_does_not_load_the_recognisers() -> None:
    """The renderer reads the extractor's English words; the recognisers and their
    patterns wait for an article or a narrative to read."""
    loaded = _loaded_after("import sitrep.narrative.wording")
    assert "sitrep.extract.english" in loaded
    assert [m for m in ("sitrep.extract.pipeline", "sitrep.extract.numbers") if m in loaded] == []


def test_the_extract_package_names_resolve_on_use() -> None:
    import sitrep.extract
    from sitrep.extract.pipeline import extract_articles, extract_text
    from sitrep.extract.review import keep_reviews

    found = [getattr(sitrep.extract, name) for name in sitrep.extract.__all__]
    assert found == [extract_articles, extract_text, keep_reviews]
