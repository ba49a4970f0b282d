"""validate_paths: the example situation, typed records, situation settings, random cells."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sitrep.errors import UsageError
from sitrep.load import load_situation
from sitrep.models import (
    CasualtyRecord,
    CeasefireRecord,
    CeasefireStatus,
    DisplacementRecord,
    MedevacRecord,
    TableKind,
)
from sitrep.validate import validate_paths

EXAMPLE = Path(__file__).parents[1] / "inputs" / "aleppo"


def test_example_situation_validates_clean() -> None:
    report = validate_paths([EXAMPLE]).report
    assert report.problems == []
    assert report.summary.files == 7  # sitrep.toml and six tables
    assert report.summary.rows == 29


def test_example_records_carry_the_article_figures() -> None:
    tables = {(t.kind, t.sheet): t for t in validate_paths([EXAMPLE], records=True).tables}
    displacement = tables[(TableKind.displacement, None)]
    latest = [
        r
        for r in displacement.records
        if isinstance(r, DisplacementRecord) and r.date == dt.date(2016, 12, 8)
    ]
    east = next(r for r in latest if r.loc_name == "east Aleppo")
    assert (east.idps_ind, east.row, east.pcode) == (31_500, 6, "SY0200")
    assert east.source == "UN official (via news report, 8 Dec 2016)"
    assert displacement.columns["idps_ind"] == ("IDPs (individuals)", "#affected+idps+ind")

    medevac = tables[(TableKind.medevac, "Medevac")].records
    need = next(
        r for r in medevac if isinstance(r, MedevacRecord) and r.date == dt.date(2016, 12, 8)
    )
    assert (need.medevac_ind, need.critical_ind) == (1_500, 500)
    assert need.source is not None and "Tawfik Chamaa" in need.source

    casualties = tables[(TableKind.casualties, "Casualties")].records
    killed = {
        r.loc_name: (r.killed_ind, r.injured_ind)
        for r in casualties
        if isinstance(r, CasualtyRecord) and r.date == dt.date(2016, 12, 7)
    }
    assert killed == {"east Aleppo": (61, None), "west Aleppo": (14, 70)}

    events = {
        r.date_start: (r.status, r.duration_days)
        for r in tables[(TableKind.ceasefire, None)].records
        if isinstance(r, CeasefireRecord)
    }
    assert events == {
        dt.date(2016, 12, 5): (CeasefireStatus.blocked, 7),
        dt.date(2016, 12, 6): (CeasefireStatus.rejected, None),
        dt.date(2016, 12, 7): (CeasefireStatus.proposed, 5),
    }


def test_rows_with_errors_get_no_record(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,east Aleppo,100,x\n2016-12-01,west Aleppo,abc,x\n2016-12-01,Old City,7,\n"
    )
    validation = validate_paths([path], records=True)
    assert [r.row for r in validation.tables[0].records] == [3, 5]


def test_records_only_when_asked() -> None:
    assert validate_paths([EXAMPLE]).tables == []


def test_situation_date_format_allows_day_first(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        "08/12/2016,east Aleppo,100,x\n31/12/2016,west Aleppo,100,x\n12/31/2016,Old City,1,x\n"
    )
    situation = load_situation(EXAMPLE).model_copy(update={"date_format": "dmy"})
    validation = validate_paths([path], situation=situation, records=True)
    assert [(p.row, p.code) for p in validation.report.problems] == [(5, "bad-date")]
    dates = [r.date for r in validation.tables[0].records if isinstance(r, DisplacementRecord)]
    assert dates == [dt.date(2016, 12, 8), dt.date(2016, 12, 31)]


def test_a_file_in_a_situation_folder_uses_its_gazetteer(tmp_path: Path) -> None:
    folder = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    bad = folder / "extra.csv"
    bad.write_text(
        "Date,District P-code,District,IDPs,Source\n"
        "#date,#adm2+code,#adm2+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,SY0200,Jebel Samaan,5,x\n"
    )
    (problem,) = validate_paths([bad]).report.problems
    assert problem.code == "name-mismatch"
    assert 'did you mean "Jebel Saman"' in problem.message


def test_folder_config_problems_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    toml = folder / "sitrep.toml"
    toml.write_text(toml.read_text().replace('country = "SYR"', 'country = "Syria"'))
    problems = validate_paths([folder]).report.problems
    assert [(p.file, p.code, p.column) for p in problems] == [(str(toml), "bad-config", "country")]


def test_folder_skips_articles_facts_and_lock_files(tmp_path: Path) -> None:
    folder = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "articles" / "a.txt").write_text("not a table")
    (folder / "facts.reviewed.json").write_text("{}")
    (folder / "~$field-reports.xlsx").write_bytes(b"lock")
    assert validate_paths([folder]).report.problems == []


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        validate_paths([tmp_path / "nope.csv"])


HEADERS = [
    "Date",
    "Governorate P-code",
    "District P-code",
    "Area",
    "IDPs",
    "IDP households",
    "Source",
]
TAGS = [
    "#date",
    "#adm1+code",
    "#adm2+code",
    "#loc+name",
    "#affected+idps+ind",
    "#affected+idps+hh",
    "#meta+source",
]
CODES = {
    "empty-value", "not-a-count", "negative-count", "bad-date", "ambiguous-date", "future-date",
    "bad-pcode", "pcode-not-under-adm1", "hh-exceed-ind", "duplicate-row", "jump-10x", "no-source",
    "unknown-pcode", "name-mismatch", "invisible-character", "foreign-digits",
}  # fmt: skip
# Any text a person could type; a NUL byte makes a file binary, which is another test.
typed = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
cells = st.one_of(
    st.text(typed, max_size=12),
    st.sampled_from(
        ["", " ", "2016-12-01", "01/02/2016", "42712", "SY02", "SY0200", "1,000", "-1", "9" * 30]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cells, min_size=len(TAGS), max_size=len(TAGS)), min_size=1, max_size=8))
def test_random_cells_never_crash(rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerows([HEADERS, TAGS, *rows])
        shutil.copy(EXAMPLE / "gazetteer.csv", folder)
        validation = validate_paths([path, Path(folder) / "gazetteer.csv"], records=True)
    for problem in validation.report.problems:
        assert problem.code in CODES, problem
        assert problem.row is None or 3 <= problem.row <= len(rows) + 2
        assert problem.column is None or problem.column in HEADERS
    bad_rows = {p.row for p in validation.report.errors}
    typed = [
        r.row for t in validation.tables for r in t.records if t.kind is TableKind.displacement
    ]
    assert not bad_rows & set(typed)


workbook_cells = st.one_of(
    st.none(),
    # A leading "=" makes openpyxl write a formula with no saved value: test_hostile_tables.
    st.text(typed.filter(lambda c: c.isprintable()), max_size=10).filter(
        lambda t: not t.startswith("=")
    ),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(workbook_cells, min_size=len(TAGS), max_size=len(TAGS)), max_size=6))
def test_random_workbook_cells_never_crash(rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADERS, TAGS, *rows]:
        sheet.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.xlsx"
        book.save(path)
        validation = validate_paths([path], records=True)
    for problem in validation.report.problems:
        assert problem.code in CODES, problem
        assert problem.row is None or 3 <= problem.row <= len(rows) + 2
