"""Every rule, each with a bad file in tests/data/tables: the exact problem it reports.

Each file holds one good row (so a rule that fires on everything fails here) and the
bad cell; the test asserts the whole list of problems, not just that one is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.models import DisplacementRecord, ProblemCode, Severity
from sitrep.validate import RULES, Rule, select_rules, validate_paths

TABLES = Path(__file__).parent / "data" / "tables"
GAZETTEER = TABLES / "gazetteer.csv"
NEEDS_GAZETTEER = {"unknown-pcode.csv", "name-mismatch.csv"}

E, W = Severity.error, Severity.warning

# file → [(code, row, column, value, severity)]
EXPECTED: dict[str, list[tuple[str, int | None, str | None, str | None, Severity]]] = {
    "missing-column.csv": [("missing-column", None, None, None, E)],
    "empty-value.csv": [("empty-value", 4, "IDPs", None, E)],
    "not-a-count.csv": [("not-a-count", 4, "IDPs", "abc", E)],
    "negative-count.csv": [("negative-count", 4, "IDPs", "-5", E)],
    "bad-date.csv": [("bad-date", 4, "Date", "2016-02-30", E)],
    "ambiguous-date.csv": [("ambiguous-date", 4, "Date", "08/12/2016", E)],
    "future-date.csv": [("future-date", 4, "Date", "2099-01-01", E)],
    "end-before-start.csv": [("end-before-start", 4, "End date", "2016-12-08", E)],
    "bad-pcode.csv": [("bad-pcode", 4, "Governorate P-code", "SY2", E)],
    "pcode-several-names.csv": [
        ("pcode-several-names", 3, "Governorate P-code", "SY02", E),
        ("pcode-several-names", 4, "Governorate P-code", "SY02", E),
    ],
    "pcode-not-under-adm1.csv": [("pcode-not-under-adm1", 4, "District P-code", "SY0300", E)],
    "unknown-pcode.csv": [("unknown-pcode", 4, "District P-code", "SY0299", E)],
    "name-mismatch.csv": [("name-mismatch", 4, "District", "Jebel Samaan", E)],
    "hh-exceed-ind.csv": [("hh-exceed-ind", 4, "IDP households", "400", E)],
    "critical-exceed-medevac.csv": [("critical-exceed-medevac", 4, "Seriously wounded", "45", E)],
    "bad-status.csv": [("bad-status", 4, "Status", "signed", E)],
    "duplicate-row.csv": [("duplicate-row", 5, "Area", "East Aleppo", E)],
    "duplicate-column.csv": [("duplicate-column", None, "IDPs again", None, W)],
    "jump-10x.csv": [("jump-10x", 6, "IDPs", "12,000", W)],
    "no-source.csv": [("no-source", 4, "Source", None, W)],
    "not-an-amount.csv": [("not-an-amount", 4, "Requirements (US$)", "US$ 3m", E)],
    "negative-amount.csv": [("negative-amount", 4, "Funding (US$)", "-20000", E)],
    "funded-exceeds-required.csv": [
        ("funded-exceeds-required", 4, "Funding (US$)", "3500000.5", W)
    ],
    "bad-period.csv": [("bad-period", 4, "Month", "Decembre 2016", E)],
    "part-exceeds-total.csv": [("part-exceeds-total", 4, "IDPs children", "950", W)],
    "targeted-exceeds-need.csv": [("targeted-exceeds-need", 4, "Targeted", "1900", W)],
    "unknown-table.csv": [("unknown-table", None, None, None, W)],
    "unreadable-file.xlsx": [("unreadable-file", None, None, None, E)],
    "empty-file.csv": [("empty-file", None, None, None, E)],
}


def test_every_bad_file_is_listed() -> None:
    on_disk = {p.name for p in TABLES.iterdir()} - {GAZETTEER.name}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_reports_exactly_its_problem(name: str) -> None:
    paths = [TABLES / name] + ([GAZETTEER] if name in NEEDS_GAZETTEER else [])
    report = validate_paths(paths).report
    found = [(p.code, p.row, p.column, p.value, p.severity) for p in report.problems]
    assert found == EXPECTED[name]
    assert all(p.file == str(TABLES / name) for p in report.problems)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("name-mismatch.csv", ['did you mean "Jebel Saman"?']),
        ("duplicate-row.csv", ["same date and place as row 3"]),
        ("jump-10x.csv", ["1000 on 2016-12-01, row 3"]),
        ("hh-exceed-ind.csv", ["300 individuals"]),
        ("end-before-start.csv", ["2016-12-09"]),
        ("pcode-not-under-adm1.csv", ["SY02"]),
        ("bad-status.csv", ["proposed", "blocked"]),
        ("missing-column.csv", ["no date column", "#date", '"Date"']),
        ("ambiguous-date.csv", ['date_format = "dmy"']),
        ("funded-exceeds-required.csv", ["requirements of 3000000"]),
        ("not-an-amount.csv", ["no currency", "1,234,567.50"]),
        ("part-exceeds-total.csv", ["'IDPs' (800)"]),
        ("targeted-exceeds-need.csv", ["'In need' (1500)"]),
    ],
)
def test_message_says_what_is_expected(name: str, words: list[str]) -> None:
    paths = [TABLES / name] + ([GAZETTEER] if name in NEEDS_GAZETTEER else [])
    (problem,) = validate_paths(paths).report.problems
    for word in words:
        assert word in problem.message


def test_hxl_tag_is_reported_with_the_column() -> None:
    (problem,) = validate_paths([TABLES / "not-a-count.csv"]).report.problems
    assert problem.hxl == "#affected+idps+ind"


@pytest.mark.parametrize(
    "value", ["12.5", "1.234", "1,23", "1 000", "ten", "1e3", "99999999999999999999"]
)
def test_counts_that_are_not_whole_numbers(tmp_path: Path, value: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        f'2016-12-01,east Aleppo,"{value}",x\n'
    )
    (problem,) = validate_paths([path]).report.problems
    assert (problem.code, problem.row, problem.value) == ("not-a-count", 3, value)


@pytest.mark.parametrize(
    ("value", "figure"), [("1,234", 1234), ("1234", 1234), (" 0 ", 0), ("1,234,567", 1234567)]
)
def test_counts_accepted(tmp_path: Path, value: str, figure: int) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps+ind,#meta+source\n"
        f'2016-12-01,east Aleppo,"{value}",x\n'
    )
    validation = validate_paths([path], records=True)
    assert validation.report.problems == []
    (record,) = validation.tables[0].records
    assert isinstance(record, DisplacementRecord)
    assert record.idps_ind == figure


def test_every_rule_is_documented_and_reports_catalogued_codes() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.description, f"rule {rule.name} has no docstring"
        assert rule.codes and all(isinstance(c, ProblemCode) for c in rule.codes)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_a_rule_run_alone_reports_only_its_own_codes(rule: Rule) -> None:
    """Each rule, selected alone, finds its bad file's problem and nothing else."""
    files = [TABLES / f"{code.value}.csv" for code in rule.codes]
    files = [f for f in files if f.is_file()]
    paths = [*files, GAZETTEER] if any(f.name in NEEDS_GAZETTEER for f in files) else files
    problems = validate_paths(paths, rules=[rule.name]).report.problems
    own = {c.value for c in rule.codes} | {"missing-column", "no-source"}
    assert {p.code for p in problems} <= own
    assert {p.code for p in problems} & {c.value for c in rule.codes}


def test_an_unknown_rule_name_is_refused() -> None:
    with pytest.raises(ValueError, match="no validation rule named spelling"):
        select_rules(["spelling"])


def test_sectors_of_one_place_and_day_are_not_duplicates_but_a_sector_twice_is(
    tmp_path: Path,
) -> None:
    table = tmp_path / "sectors.csv"
    table.write_text(
        "Date,Governorate,Governorate P-code,Sector,People in need,Source\n"
        "#date,#adm1+name,#adm1+code,#sector,#inneed,#meta+source\n"
        "2016-12-08,Aleppo,SY02,Shelter,35000,cluster\n"
        "2016-12-08,Aleppo,SY02,Health,1545,cluster\n"
        "2016-12-08,Aleppo,SY02,Shelter,36000,cluster\n",
        encoding="utf-8",
    )
    report = validate_paths([table]).report
    found = [(p.code, p.row) for p in report.problems if p.severity is Severity.error]
    assert found == [(ProblemCode.duplicate_row, 5)]


def test_a_totals_row_with_no_figures_above_it_has_nothing_to_disagree_with(
    tmp_path: Path,
) -> None:
    """Found by the fuzz test: a lone "TOTAL" row was said not to match the 0 above it."""
    table = tmp_path / "d.csv"
    table.write_text(
        "Date,Area,IDP households,Source\n#date,#loc+name,#affected+idps+hh,#meta+source\n"
        "2016-12-01,east Aleppo,,x\n,TOTAL,1,\n",
        encoding="utf-8",
    )
    codes = [p.code for p in validate_paths([table]).report.problems]
    assert ProblemCode.total_mismatch not in codes


def test_a_sector_of_a_wide_table_is_not_more_than_the_overall_figure(tmp_path: Path) -> None:
    table = tmp_path / "pin.csv"
    table.write_text(
        "Governorate,Governorate P-code,People in need,Food,Health,Source\n"
        "#adm1+name,#adm1+code,#inneed,#inneed+food,#inneed+health,#meta+source\n"
        "Aleppo,SY02,40000,38000,12000,cluster\n"
        "Idlib,SY07,20000,9000,26000,cluster\n",
        encoding="utf-8",
    )
    problems = validate_paths([table]).report.problems
    found = [(p.code, p.row, p.column, p.value, p.severity) for p in problems if p.row]
    assert found == [(ProblemCode.part_exceeds_total, 4, "Health", "26000", W)]
    (problem,) = (p for p in problems if p.row)
    assert problem.message == (
        "a sector's figure more than the overall figure in 'People in need' (20000)"
    )


def test_new_and_stock_displacements_are_not_parts_of_each_other(tmp_path: Path) -> None:
    """IDMC's new displacements in a year may be more than the stock at its end."""
    table = tmp_path / "idmc.csv"
    table.write_text(
        "ISO3,Year,IDPs,New displacements\n"
        "#country+code,#date+year,#affected+idps+ind,#affected+idps+ind+newdisp\n"
        "SYR,2016,6300000,8240000\n",
        encoding="utf-8",
    )
    codes = [p.code for p in validate_paths([table]).report.problems]
    assert ProblemCode.part_exceeds_total not in codes
