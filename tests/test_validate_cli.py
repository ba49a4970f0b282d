"""`sitrep validate`: output, exit codes, and JSON equal to the library's report."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.validate import validate_paths

EXAMPLE = Path(__file__).parents[1] / "inputs" / "aleppo"
TABLES = Path(__file__).parent / "data" / "tables"
runner = CliRunner()


def test_clean_situation_exits_0_with_a_summary() -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE)])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "7 file(s), 29 row(s): 0 error(s), 0 warning(s)"
    words = " ".join(" ".join(lines[:-1]).split())
    assert "displacement.csv: displacement (header row 1, HXL row 2)" in words
    assert "error" not in words


def test_errors_exit_1_and_are_shown_by_file_row_and_column() -> None:
    bad = TABLES / "not-a-count.csv"
    result = runner.invoke(app, ["validate", str(bad)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert str(bad) in result.stdout
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("│") and "abc" in ln)
    assert [cell.strip() for cell in line.strip("│ ").split("│")][:5] == [
        "4",
        "IDPs",
        "abc",
        "error",
        "not-a-count",
    ]
    assert "1 file(s), 2 row(s): 1 error(s), 0 warning(s)" in result.stdout


def test_errors_come_before_warnings(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,east Aleppo,100,\n2016-12-01,west Aleppo,abc,x\n"
    )
    result = runner.invoke(app, ["validate", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert result.stdout.index("not-a-count") < result.stdout.index("no-source")


def test_a_problem_repeated_down_a_column_is_one_line_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    rows = [f"2016-12-08,site {n},lots,UN" for n in range(40)] + ["2016-12-08,site x,-5,UN"]
    rows += [f"2016-12-08,site y{n},n/a,UN" for n in range(3)]
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        + "\n".join(rows)
        + "\n"
    )
    result = runner.invoke(app, ["validate", str(path)], env={"COLUMNS": "200"})
    table = [
        [cell.strip() for cell in line.strip("│ ").split("│")][:5]
        for line in result.stdout.splitlines()
        if line.startswith("│") and "count" in line
    ]
    assert table == [
        ["3–42, 44–46", "IDPs", "lots, n/a", "error", "not-a-count"],
        ["43", "IDPs", "-5", "error", "negative-count"],
    ]
    assert "44 row(s): 44 error(s)" in result.stdout
    listed = json.loads(runner.invoke(app, ["validate", str(path), "--format", "json"]).stdout)
    assert len(listed["problems"]) == 44, "JSON keeps one entry per cell"


def _scattered_duplicates(path: Path, places: int, copies: int) -> None:
    """Each of `places` sites reported `copies` times on one day, the copies far apart,
    then one count typed as a word on the last row."""
    rows = [f"2016-12-08,site {n},{100 + n},UN" for _ in range(copies) for n in range(places)]
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        + "\n".join([*rows, "2016-12-08,site last,many,UN"])
        + "\n"
    )


def test_a_problem_over_scattered_rows_names_a_few_runs_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.csv"
    _scattered_duplicates(path, places=5, copies=30)
    result = runner.invoke(app, ["validate", str(path)], env={"COLUMNS": "300"})
    first = next(ln for ln in result.stdout.splitlines() if "as row 3" in ln)
    assert first.split("│")[1].strip() == "8, 13, 18, 23, 28, 33, 38, 43, … (29 rows)"


def test_a_bad_cell_is_shown_however_many_lines_another_problem_fills(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    _scattered_duplicates(path, places=250, copies=2)
    result = runner.invoke(app, ["validate", str(path)], env={"COLUMNS": "300"})
    shown = [ln for ln in result.stdout.splitlines() if ln.startswith("│")]
    assert len([ln for ln in shown if "duplicate-row" in ln]) == 199
    assert any("many" in ln and "not-a-count" in ln for ln in shown)
    assert "… and 51 more lines in this sheet" in result.stdout


def test_warnings_pass_unless_strict() -> None:
    warned = str(TABLES / "no-source.csv")
    assert runner.invoke(app, ["validate", warned]).exit_code == 0
    assert runner.invoke(app, ["validate", "--strict", warned]).exit_code == 1


def test_json_equals_the_library_report() -> None:
    paths = [TABLES / "name-mismatch.csv", TABLES / "gazetteer.csv", TABLES / "jump-10x.csv"]
    result = runner.invoke(app, ["validate", "--format", "json", *map(str, paths)])
    assert result.exit_code == 1
    printed = json.loads(result.stdout)
    report = validate_paths(paths).report
    assert printed == report.model_dump(mode="json", include={"sheets", "problems", "summary"})
    assert set(printed) == {"sheets", "problems", "summary"}
    assert [(s["sheet"], s["kind"]) for s in printed["sheets"]] == [
        (None, "displacement"),
        (None, "gazetteer"),
        (None, "displacement"),
    ]
    assert set(printed["problems"][0]) == {
        "file", "sheet", "row", "column", "hxl", "value", "severity", "code", "message",
    }  # fmt: skip
    assert printed["summary"] == {"files": 3, "rows": 8, "errors": 1, "warnings": 1}


def test_text_output_names_each_sheets_kind() -> None:
    result = runner.invoke(app, ["validate", str(TABLES / "gazetteer.csv")])
    assert "gazetteer.csv: gazetteer (header row 1, HXL row 2)" in " ".join(result.stdout.split())


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["validate", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2
    assert "no such file or folder" in " ".join(missing.stderr.split())
    assert runner.invoke(app, ["validate", "--format", "xml", str(EXAMPLE)]).exit_code == 2
    assert runner.invoke(app, ["validate"]).exit_code == 2


def test_cell_text_is_not_read_as_markup(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,east Aleppo,[bold red]9[/],x\n"
    )
    result = runner.invoke(app, ["validate", str(path)], env={"COLUMNS": "200"})
    assert "[bold red]9[/]" in result.stdout
