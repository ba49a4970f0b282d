"""The outputs folder: a day is written whole or not at all, and never replaced by accident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from sitrep.errors import SitrepError
from sitrep.export import sitrep_json
from sitrep.merge import merge
from sitrep.models import Extraction, Situation
from sitrep.store import day_folder, find_previous, write_folder
from tests.test_merge import DAY, EARLIER, displacement


class FailsMidway(Mapping[str, bytes]):
    """A set of outputs whose third file cannot be produced, like a render that dies."""

    def __init__(self) -> None:
        self._names = ["sitrep.json", "brief.html", "sitrep.pdf"]

    def __getitem__(self, name: str) -> bytes:
        if name == "sitrep.pdf":
            raise RuntimeError("renderer died")
        return b"new " + name.encode()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def test_existing_day_is_not_replaced_without_force(tmp_path: Path) -> None:
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, {"sitrep.json": b"old"}, force=False)
    with pytest.raises(SitrepError, match="--force"):
        write_folder(folder, {"sitrep.json": b"new"}, force=False)
    assert (folder / "sitrep.json").read_bytes() == b"old"


def test_failure_midway_leaves_the_earlier_outputs_byte_identical(tmp_path: Path) -> None:
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, {"sitrep.json": b"old json", "brief.html": b"old html"}, force=False)
    with pytest.raises(RuntimeError, match="renderer died"):
        write_folder(folder, FailsMidway(), force=True)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "sitrep.json": b"old json",
        "brief.html": b"old html",
    }
    assert [p.name for p in folder.parent.iterdir()] == ["2016-12-08"], "no staging left behind"


def test_force_replaces_the_whole_folder(tmp_path: Path) -> None:
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, {"stale.txt": b"x", "sitrep.json": b"old"}, force=False)
    write_folder(folder, {"sitrep.json": b"new"}, force=True)
    assert sorted(p.name for p in folder.iterdir()) == ["sitrep.json"]


def test_previous_report_is_the_latest_readable_earlier_one(
    tmp_path: Path, situation: Situation
) -> None:
    table = displacement([(3, EARLIER, "East Aleppo", 20_000)])
    report = merge(situation, day=EARLIER, tables=[table], extraction=Extraction())
    write_folder(
        day_folder(tmp_path, "aleppo", EARLIER), {"sitrep.json": sitrep_json(report)}, force=False
    )
    broken = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 5))
    write_folder(broken, {"sitrep.json": b"{not json"}, force=False)
    write_folder(day_folder(tmp_path, "aleppo", DAY), {"sitrep.json": b"{}"}, force=False)

    previous, warnings = find_previous(tmp_path, "aleppo", DAY)

    assert previous == report
    assert warnings == [
        f"{broken / 'sitrep.json'}: cannot be read as a previous report (ValidationError)"
    ]
