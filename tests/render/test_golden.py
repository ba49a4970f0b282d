"""The example's plain-text brief, compared with a reviewed copy.

After an intended change, regenerate with
`SITREP_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/render/test_golden.py`
and review the diff of tests/render/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def test_plain_text_brief_matches_the_reviewed_copy(example_brief: tuple[str, str]) -> None:
    _, text = example_brief
    golden = GOLDEN / "brief.txt"
    if os.environ.get("SITREP_REGENERATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
