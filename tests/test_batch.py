"""Several situations in one build: each whole or not at all, one failure stops none."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.batch import build_many, situations_in
from sitrep.errors import UsageError

EXAMPLE = Path(__file__).resolve().parent.parent / "inputs" / "aleppo"
DAY = dt.date(2016, 12, 8)


def _situations(root: Path, *names: str) -> list[Path]:
    folders = []
    for name in names:
        shutil.copytree(EXAMPLE, root / name)
        folders.append(root / name)
    return folders


def _break(folder: Path) -> None:
    table = folder / "displacement.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace('"31,500"', "lots", 1), encoding="utf-8"
    )


def test_a_bad_situation_fails_alone_and_the_others_are_built_the_same_as_alone(
    tmp_path: Path,
) -> None:
    aleppo, broken, idlib = _situations(tmp_path / "in", "aleppo", "broken", "idlib")
    _break(broken)
    out = tmp_path / "out"
    heard: list[str] = []
    outcomes = build_many(
        [aleppo, broken, idlib],
        day=DAY,
        out=out,
        workers=2,
        done=lambda o: heard.append(o.situation.name),
    )
    assert [(o.situation.name, o.exit_code) for o in outcomes] == [
        ("aleppo", 0),
        ("broken", 1),
        ("idlib", 0),
    ]
    assert sorted(heard) == ["aleppo", "broken", "idlib"]
    assert outcomes[1].error == f"{broken}: the data has 1 error(s)"
    assert not (out / "broken").exists()
    assert outcomes[0].folder == out / "aleppo" / "2016-12-08"
    alone = build_many([aleppo], day=DAY, out=tmp_path / "alone")[0]
    assert alone.folder is not None and outcomes[0].folder is not None
    assert (alone.folder / "sitrep.pdf").read_bytes() == (
        outcomes[0].folder / "sitrep.pdf"
    ).read_bytes()


def test_a_folder_of_situations_stands_for_the_situations_in_it(tmp_path: Path) -> None:
    region = tmp_path / "region"
    aleppo, idlib = _situations(region, "aleppo", "idlib")
    (region / "notes").mkdir()
    assert situations_in([region]) == [aleppo, idlib]
    assert situations_in([aleppo, region]) == [aleppo, idlib]


def test_two_situations_that_would_share_a_report_folder_are_refused(tmp_path: Path) -> None:
    first, second = (
        _situations(tmp_path / "a", "aleppo")[0],
        _situations(tmp_path / "b", "aleppo")[0],
    )
    with pytest.raises(UsageError, match=r"would both be reported under aleppo/"):
        situations_in([first, second])


def test_a_folder_without_situations_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="not a situation folder nor a folder of situations"):
        situations_in([tmp_path / "empty"])


def test_the_cli_builds_a_folder_of_situations_and_names_the_one_that_failed(
    tmp_path: Path,
) -> None:
    region = tmp_path / "region"
    _, broken = _situations(region, "aleppo", "broken")
    _break(broken)
    out = tmp_path / "out"
    run = subprocess.run(
        [
            *(sys.executable, "-m", "sitrep", "build", str(region)),
            *("--date", "2016-12-08", "--out", str(out), "--workers", "2"),
        ],
        capture_output=True,
        text=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0] == "Building 2 situations for 2016-12-08"
    assert f"failed broken: {broken}: the data has 1 error(s)" in lines
    assert (
        lines[-1]
        == "1 of 2 situations built; failed: broken (build one alone to see its problems in full)"
    )
    assert (out / "aleppo" / "2016-12-08" / "sitrep.pdf").is_file()
    assert not (out / "broken").exists()
