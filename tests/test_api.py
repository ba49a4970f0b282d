"""The Python API: what a notebook user does with sitrep, and that every name is documented."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import sitrep
from sitrep.build import build

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON = README.split("## Using sitrep from Python", 1)[1].split("\n## ", 1)[0]


def field_frame() -> pd.DataFrame:
    """A displacement table as a notebook holds it: numbers as numbers, one NaN, dates typed."""
    return pd.DataFrame(
        {
            "Date": pd.to_datetime(["2016-12-07", "2016-12-08", "2016-12-08"]),
            "District P-code": ["SY0200", "SY0204", "SY02X"],
            "IDPs": [31500.0, -40.0, 900.0],
            "IDP households": [float("nan"), 8.0, 150.0],
            "Source": ["UN OCHA", "UN OCHA", "field team"],
        }
    )


def test_a_pandas_frame_with_two_bad_cells_gives_exactly_those_two_problems() -> None:
    report = sitrep.validate_frame(field_frame(), "displacement", situation=EXAMPLE)
    assert [(p.row, p.column, p.value, p.code) for p in report.problems] == [
        (1, "IDPs", "-40", "negative-count"),
        (2, "District P-code", "SY02X", "bad-pcode"),
    ]
    assert report.summary.rows == 3 and not report.valid()


def test_rows_are_the_frames_own_labels_and_polars_frames_are_read_alike() -> None:
    frame = field_frame().set_index(pd.Index([10, 20, 30]))
    report = sitrep.validate_frame(frame, sitrep.TableKind.displacement, situation=EXAMPLE)
    assert [p.row for p in report.problems] == [20, 30]
    polars = sitrep.validate_frame(pl.from_pandas(field_frame()), "displacement", situation=EXAMPLE)
    assert [(p.row, p.code) for p in polars.problems] == [(1, "negative-count"), (2, "bad-pcode")]


def test_a_table_read_as_a_frame_validates_with_its_spreadsheet_rows() -> None:
    table = sitrep.read_table(ROOT / "tests" / "data" / "tables" / "not-a-count.csv")
    assert table.index.name == "row" and "idps_ind" in table.columns
    report = sitrep.validate_frame(table, "displacement")
    assert [(p.row, p.column, p.value, p.code) for p in report.problems] == [
        (4, "idps_ind", "abc", "not-a-count")
    ]


def test_reading_a_file_with_no_table_is_a_typed_error() -> None:
    with pytest.raises(sitrep.DataError, match="not a known table"):
        sitrep.read_table(ROOT / "tests" / "data" / "tables" / "unknown-table.csv")
    with pytest.raises(sitrep.UsageError, match="unknown table kind 'people'"):
        sitrep.validate_frame(field_frame(), "people")


def test_build_outputs_gives_the_six_files_in_memory_as_the_build_writes_them(
    tmp_path: Path,
) -> None:
    day = dt.date(2016, 12, 8)
    outputs = sitrep.build_outputs(EXAMPLE, day=day, out=tmp_path)
    assert isinstance(outputs, sitrep.BuildOutputs)
    assert list(tmp_path.iterdir()) == [], "nothing written"
    written = build(EXAMPLE, day=day, out=tmp_path)
    assert {p.name: p.read_bytes() for p in written.files} == outputs.files


def test_every_exported_name_is_documented() -> None:
    documented = set(re.findall(r"`([A-Za-z_]+)(?:\(|`)", PYTHON))
    assert set(sitrep.__all__) <= documented
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None


def test_the_readmes_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    (code,) = re.findall(r"```python\n(.+?)\n```", PYTHON, flags=re.DOTALL)
    monkeypatch.chdir(ROOT)
    printed: list[tuple[object, ...]] = []
    exec(code, {"print": lambda *a: printed.append(a)})
    assert printed == [(1, "IDPs", "abc", "not-a-count", printed[0][4])]


def test_import_sitrep_loads_neither_the_renderer_nor_pandas() -> None:
    """A notebook or a script that only validates should not pay for WeasyPrint or pandas."""
    code = "import sys, sitrep; print(sorted({'weasyprint', 'pandas'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr


def test_one_rule_can_be_run_on_a_frame() -> None:
    report = sitrep.validate_frame(field_frame(), "displacement", rules=["pcodes"])
    assert [(p.row, p.code) for p in report.problems] == [(2, "bad-pcode")]
