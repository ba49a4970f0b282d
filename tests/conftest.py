"""Fixtures shared across the stages' tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.models import Numbering, Situation


@pytest.fixture
def situation() -> Situation:
    """The example situation's metadata, small enough to read in a test."""
    return Situation.model_validate(
        {
            "title": "Syria: East Aleppo",
            "country": "SYR",
            "area": "Aleppo city",
            "organisation": "Test office",
            "numbering": Numbering(first_date=dt.date(2016, 11, 17), every_days=7),
            "email": {"from": "a@example.org", "to": ["b@example.org"]},
        }
    )
