"""Each figure binds to its own words within its clause (issue 11's clause model)."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import extract_text
from sitrep.models import Fact

TUESDAY = dt.date(2025, 6, 3)


def _found(text: str) -> list[tuple[str, object]]:
    facts: list[Fact] = extract_text(text, path="c.txt", published=TUESDAY).facts
    return [(f.indicator.value, f.value) for f in facts]


def test_parts_listed_before_the_verb_leave_the_verb_to_their_whole() -> None:
    text = (
        "In the hill districts, 48 people including 20 men, 19 women and nine children "
        "have suffered injuries in the landslides."
    )
    assert _found(text) == [("injured", 48), ("injured", 20), ("injured", 19), ("injured", 9)]
