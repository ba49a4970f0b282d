"""The outputs folder: a day is written whole or not at all, and never replaced by accident."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from sitrep import store
from sitrep.errors import SitrepError, UsageError
from sitrep.export import sitrep_json
from sitrep.merge import merge
from sitrep.models import Extraction, Sitrep, Situation
from sitrep.store import DayBuiltError, day_folder, find_previous, write_file, write_folder
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
    with pytest.raises(DayBuiltError, match=r"already holds a report$"):
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


def test_sitrep_json_gives_a_column_of_cells_as_row_runs_and_reads_back_the_same(
    situation: Situation,
) -> None:
    table = displacement([(3 + i, DAY, f"Site {i // 10:03d}", 100 + i) for i in range(2_000)])
    table.records += displacement([(2_010, DAY, "Site 999", 7)]).records
    table.records = [r.model_copy(update={"group": f"group {r.row % 10}"}) for r in table.records]
    report = merge(situation, day=DAY, tables=[table], extraction=Extraction())

    written = sitrep_json(report)
    data = json.loads(written)

    (total,) = data["key_figures"]
    assert total["fact_ids"] == [
        {"of": "displacement.csv", "field": "idps_ind", "rows": [[3, 2002], [2010, 2010]]}
    ]
    (entry,) = data["sources"]
    assert entry["rows"] == [[3, 2002], [2010, 2010]]
    assert entry["cells"][0] == {"rows": [3, 12], "place": "Site 000", "pcode": "SY0200"}
    assert len(entry["cells"]) == 201
    assert data["facts"] == []
    assert Sitrep.model_validate_json(written) == report
    assert report.key_figures[0].fact_ids == [
        f"displacement.csv:{n}:idps_ind" for n in [*range(3, 2003), 2010]
    ]


def test_a_previous_report_with_one_id_per_cell_is_still_read(
    tmp_path: Path, situation: Situation
) -> None:
    report = merge(
        situation,
        day=EARLIER,
        tables=[displacement([(3, EARLIER, "East Aleppo", 20_000), (4, EARLIER, "A'zaz", 5)])],
        extraction=Extraction(),
    )
    data = json.loads(sitrep_json(report))
    data["key_figures"][0]["fact_ids"] = [
        "displacement.csv:3:idps_ind",
        "displacement.csv:4:idps_ind",
    ]
    data["sources"][0]["rows"] = [3, 4]
    data["sources"][0]["cells"] = [c.model_dump(mode="json") for c in report.sources[0].cells]
    write_folder(
        day_folder(tmp_path, "aleppo", EARLIER),
        {"sitrep.json": json.dumps(data).encode()},
        force=False,
    )

    previous, _ = find_previous(tmp_path, "aleppo", DAY)

    assert previous == report


# --- issue 13: an atomic, recoverable store ----------------------------------------------

OLD = {"sitrep.json": b"old json", "brief.html": b"old html"}
NEW = {"sitrep.json": b"new json", "brief.html": b"new html"}
STEPS = {
    "exchange": ["written", "ready", "exchanged", "swapped"],
    "two renames": ["written", "ready", "retired", "swapped"],
}
KILL = """
import os, sys
from pathlib import Path
import sitrep.store as store
folder, step, how = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if how == "two renames":
    store._renameat2 = None
store._step = lambda name: os._exit(9) if name == step else None
store.write_folder(folder, {"sitrep.json": b"new json", "brief.html": b"new html"}, force=True)
"""


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("how", "step"), [(how, step) for how, steps in STEPS.items() for step in steps]
)
def test_a_write_killed_at_any_step_loses_nothing_and_the_next_build_repairs_it(
    tmp_path: Path, how: str, step: str
) -> None:
    if how == "exchange" and store._renameat2 is None:
        pytest.skip("no renameat2 here")
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, OLD, force=False)
    killed = subprocess.run([sys.executable, "-c", KILL, str(folder), step, how], check=False)
    assert killed.returncode == 9

    if step == "retired":
        assert not folder.exists(), "the one moment the two-rename swap has no day folder"
    else:
        assert contents(folder) == (NEW if step in ("exchanged", "swapped") else OLD)
    messages = store.recover(folder.parent)

    expected = NEW if step in ("exchanged", "swapped") else OLD
    assert contents(folder) == expected
    assert hidden(folder) == []
    assert messages, "leftovers are put back or removed, and the build says so"
    if step == "retired":
        assert "put back the report an interrupted build had left hidden" in messages[0]
    write_folder(folder, {"sitrep.json": b"next"}, force=True)
    assert contents(folder) == {"sitrep.json": b"next"} and hidden(folder) == []


def test_the_next_build_puts_back_a_day_the_old_store_left_hidden(
    tmp_path: Path, situation: Situation
) -> None:
    table = displacement([(3, EARLIER, "East Aleppo", 20_000)])
    report = merge(situation, day=EARLIER, tables=[table], extraction=Extraction())
    earlier = day_folder(tmp_path, "aleppo", EARLIER)
    hidden_old = earlier.with_name(f".{EARLIER.isoformat()}.old-k2j4h1")
    hidden_old.mkdir(parents=True)
    (hidden_old / "sitrep.json").write_bytes(sitrep_json(report))
    half_new = earlier.with_name(f".{EARLIER.isoformat()}.new-x9a8b7")
    half_new.mkdir()
    (half_new / "sitrep.json").write_bytes(b'{"half')

    previous, warnings = find_previous(tmp_path, "aleppo", DAY)

    assert previous == report
    assert warnings == [
        f"{earlier}: put back the report an interrupted build had left hidden in {hidden_old.name}",
        f"{earlier}: removed 1 folder(s) an interrupted build left behind ({half_new.name})",
    ]
    assert sorted(p.name for p in earlier.parent.iterdir()) == [EARLIER.isoformat()]


def test_a_second_build_of_the_same_day_fails_while_the_first_writes(tmp_path: Path) -> None:
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, OLD, force=False)
    with store._locked(folder), pytest.raises(SitrepError, match=r"another build of .* is writing"):
        write_folder(folder, NEW, force=True)
    assert contents(folder) == OLD
    write_folder(folder, NEW, force=True)
    assert contents(folder) == NEW and hidden(folder) == []


def test_a_full_disk_is_a_message_and_the_old_report_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
    write_folder(folder, OLD, force=False)

    def full(name: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store, "_step", full)
    with pytest.raises(UsageError, match=r"cannot write .*: No space left on device"):
        write_folder(folder, NEW, force=True)
    assert contents(folder) == OLD and hidden(folder) == []


def test_out_pointing_at_a_file_is_wrong_usage(tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    out.write_text("not a folder")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        write_folder(day_folder(out, "aleppo", dt.date(2016, 12, 8)), OLD, force=False)


def test_outputs_follow_the_users_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        folder = day_folder(tmp_path, "aleppo", dt.date(2016, 12, 8))
        write_folder(folder, OLD, force=False)
        facts = tmp_path / "facts.json"
        write_file(facts, "[]")
        shared = tmp_path / "shared.json"
        shared.write_bytes(b"{}")
        shared.chmod(0o664)
        write_file(shared, "[]")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "sitrep.json").stat().st_mode) == 0o644
    assert stat.S_IMODE(facts.stat().st_mode) == 0o644
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664, "an existing file keeps its mode"
