"""Published files that cannot attack their reader (issue 13)."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

from sitrep import limits
from sitrep.csv_safety import FORMULA_START, safe_cell, write_csv
from sitrep.export import key_figures_csv
from sitrep.extract.command import run_extract
from sitrep.merge import merge
from sitrep.models import DisplacementRecord, Extraction, Situation, Table, TableKind
from tests.test_merge import DAY, EARLIER

ATTACKS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
           "\tx", "\rx"]  # fmt: skip


def table(rows: list[tuple[int, object, str, int, str]]) -> Table:
    return Table(
        kind=TableKind.displacement,
        file="displacement.csv",
        columns={"idps_ind": ("IDPs", "#affected+idps+ind")},
        records=[
            DisplacementRecord(row=r, date=d, loc_name=place, idps_ind=n, source=source)
            for r, d, place, n, source in rows
        ],
    )


def test_key_figures_csv_defuses_every_formula_and_keeps_numbers(situation: Situation) -> None:
    earlier = merge(
        situation,
        day=EARLIER,
        tables=[table([(2, EARLIER, "east Aleppo", 35_000, "UN")])],
        extraction=Extraction(),
    )
    report = merge(
        situation,
        day=DAY,
        tables=[table([(2, DAY, ATTACKS[1], 34_800, ATTACKS[0])])],
        extraction=Extraction(),
        previous=earlier,
    )
    header, _, *rows = csv.reader(io.StringIO(key_figures_csv(report).decode("utf-8")))
    texts = [cell for row in rows for cell in row]
    assert not [cell for cell in texts if cell.startswith(FORMULA_START)]
    (row,) = (dict(zip(header, r, strict=True)) for r in rows)
    assert row["Source"] == "'" + ATTACKS[0]
    assert row["Location"] == "'" + ATTACKS[1]


def test_both_csv_writers_share_one_rule() -> None:
    assert [safe_cell(a) for a in ATTACKS] == ["'" + a for a in ATTACKS]
    assert [safe_cell(v) for v in (-200, None, "Aleppo", "31,500")] == [
        "-200",
        "",
        "Aleppo",
        "31,500",
    ]
    assert write_csv([["=1+2", -3]]) == "'=1+2,-3\n"


def test_extract_output_keeps_a_shared_files_mode(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Shelling on Wednesday killed 61 people.", encoding="utf-8")
    output = tmp_path / "facts.json"
    output.write_text('{"articles": []}', encoding="utf-8")
    output.chmod(0o644)
    previous = os.umask(0o077)
    try:
        run_extract([article], published="2016-12-08", output=output)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(output.stat().st_mode) == 0o644


def test_every_limit_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    figures = {
        "500 MB": limits.MAX_TABLE_BYTES // limits.MB,
        "2,000,000 rows": limits.MAX_ROWS,
        "6,000,000 rows a CSV file": limits.MAX_STREAMED_ROWS,
        "1,000 columns": limits.MAX_COLUMNS,
        "10,000,000 cells": limits.MAX_WORKBOOK_CELLS,
        "2,000\ncharacters a cell": limits.MAX_CELL_CHARS,
        "listed up to 1,000": limits.MAX_PROBLEMS_PER_KIND,
        "20 MB": limits.MAX_ARTICLE_BYTES // limits.MB,
        "1,000,000 characters": limits.MAX_ARTICLE_CHARS,
        "64 KB": limits.MAX_FRONT_MATTER_CHARS // 1024,
        "256 elements": limits.MAX_HTML_DEPTH,
    }
    for phrase, value in figures.items():
        assert phrase in readme, phrase
        assert f"{value:,}" in phrase, (phrase, value)
    named = {name for name in vars(limits) if name.startswith("MAX_")}
    assert len(figures) == len(named), "a limit in sitrep/limits.py is missing from this list"
