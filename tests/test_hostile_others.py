"""Issue 13 defects whose fix belonged to other modules (load, models, context).

Written down first as strict xfails; fixed in those modules, they stay as regression
tests of what a hostile facts file, sitrep.toml or report date gets: a message.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from sitrep.build import build
from sitrep.errors import SitrepError
from sitrep.load.config import load_situation
from sitrep.load.facts import read_facts

EXAMPLE = Path(__file__).parents[1] / "inputs" / "aleppo"


def _facts(tmp_path: Path, change: str) -> Path:
    data = json.loads((EXAMPLE / "facts.json").read_text(encoding="utf-8"))
    facts = data["articles"][0]["facts"]
    if change == "duplicate id":
        facts[1]["id"] = facts[0]["id"]
    else:
        facts[0]["value"] = -5000
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_duplicate_fact_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SitrepError, match="id"):
        read_facts(_facts(tmp_path, "duplicate id"))


def test_a_negative_fact_value_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SitrepError):
        read_facts(_facts(tmp_path, "negative"))


def test_a_line_break_in_the_title_is_a_config_problem(tmp_path: Path) -> None:
    folder = tmp_path / "sit"
    shutil.copytree(EXAMPLE, folder)
    toml = folder / "sitrep.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index("title = ")
    end = text.index("\n", start)
    toml.write_text(
        text[:start] + 'title = "Aleppo\\r\\nBcc: x@example.org"' + text[end:], encoding="utf-8"
    )
    with pytest.raises(SitrepError, match="title"):
        load_situation(folder)


def test_the_first_day_of_year_one_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(SitrepError):
        build(EXAMPLE, day=dt.date(1, 1, 1), out=tmp_path / "out")
