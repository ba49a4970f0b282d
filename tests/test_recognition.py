"""Header and HXL rows where real sheets have them, tag patterns as HXL matches them, and a
table's kind from its whole set of columns, never from one column."""

from __future__ import annotations

from pathlib import Path

from sitrep.models import Severity, TableKind
from sitrep.tables import read_table_file
from sitrep.validate import validate_paths


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_hxl_row_below_title_and_group_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Displacement in the north,,\n"
        "Prepared by the field office,,\n"
        "WHEN,WHERE,HOW MANY\n"
        "Date,Area,IDPs\n"
        "#date,#loc+name,#affected+idps+ind+stock\n"
        "2020-02-01,Camp A,120\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert (sheet.kind, sheet.header_row, sheet.hxl_row) == (TableKind.displacement, 4, 5)
    assert sheet.fields["idps_ind"].header == "IDPs"
    assert sheet.frame.get_column("__row__").to_list() == [6]


def test_a_group_header_over_merged_cells_is_not_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "WHERE,,FIGURES,\nDate,Area,IDPs,Source\n2020-02-01,Camp A,120,UN\n")
    (sheet,) = read_table_file(path).sheets
    assert (sheet.kind, sheet.header_row) == (TableKind.displacement, 2)
    assert validate_paths([path]).report.problems == []


def test_date_with_attributes_is_the_rows_date_and_year_is_a_period(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Reported,Year,Admin1Pcode,IDPs,Source\n"
        "#date+reported,#date+year+reported,#adm1+code,#affected+idps,#meta+source\n"
        "2017-03-30T00:00:00,2017,AF01,10,x\n"
        "2017-04-30T00:00:00+04:30,2017,AF02,10,x\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.fields["date"].header == "Reported"
    assert validate_paths([path]).report.problems == []


def test_acled_casualties_by_month_with_offset_timestamps(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Country ISO3,Admin 1 PCode,Start Date,End Date,Event Type,Fatalities\n"
        "#country+code,#adm1+code,#date+start,#date+end,#event+type,#fatality+num\n"
        "NGA,NG001,2025-01-01 00:00:00+00:00,2025-01-31 00:00:00+00:00,battles,3\n"
        "NGA,NG001,2025-02-01 00:00:00+00:00,2025-02-28 00:00:00+00:00,battles,4\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.casualties
    assert [p.code for p in validate_paths([path]).report.problems] == ["no-source"]


def test_people_in_need_by_sector(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "County,admin1Pcode,Health PiN,Health target,Food PiN,Food target\n"
        "#adm1+name,#adm1+code,#inneed+health,#targeted+health,#inneed+food,#targeted+food\n"
        "Garissa,KE007,371951,151444,252406,\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.people_in_need
    assert [p.code for p in validate_paths([path]).report.problems] == ["no-source"]


def test_a_3w_with_pcodes_is_not_a_gazetteer(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Sector,Admin1Code,Admin1,Partner\n"
        "#sector,#adm1+code,#adm1+name,#org+acronym\n"
        "Food Security,LB6,South,ACF\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    (notice,) = validate_paths([path]).report.problems
    assert (notice.code, notice.severity) == ("unknown-table", Severity.warning)
    assert "people_in_need" in notice.message and "#inneed" in notice.message


def test_one_status_column_does_not_make_a_ceasefire_table(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Sector,Organisation,Targeted,Current status\n"
        "#sector,#org,#targeted_num,#status\n"
        "WASH,ACNUR,100,activo\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    assert [p.code for p in validate_paths([path]).report.problems] == ["unknown-table"]


def test_a_cod_ab_sheet_per_level_is_a_gazetteer(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "adm2_name,adm2_pcode,adm1_name,adm1_pcode,adm0_pcode,valid_on,iso3\n"
        "Satema,CF616,Basse-Kotto,CF61,CF,2015-06-15,CAF\n"
        "Mobaye,CF611,Basse-Kotto,CF61,CF,2015-06-15,CAF\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.gazetteer
    assert validate_paths([path]).report.problems == []


def test_a_bare_name_beside_a_pcode_is_the_admin_units_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Location,Admin Level,P-Code,Name,Parent P-Code\n"
        "AFG,1,AF01,Kabul,AFG\n"
        "AFG,2,AF0101,Kabul City,AF01\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.gazetteer
    assert sheet.fields["adm_name"].header == "Name"
    assert validate_paths([path]).report.problems == []


def test_a_bare_name_beside_only_a_country_code_is_not_a_gazetteer(tmp_path: Path) -> None:
    """Boundary lines name their two sides' P-codes under headers no field reads: their
    `name` is not an admin unit's, and empty names there are no error."""
    path = write(
        tmp_path,
        "adm_level,name,right_pcod,left_pcod,iso3\n1,,CF11,CF12,CAF\n2,,CF111,CF112,CAF\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    assert [p.code for p in validate_paths([path]).report.problems] == ["unknown-table"]


def test_casualty_counts_named_with_whose_they_are(tmp_path: Path) -> None:
    """`Total killed` is the killed; `Nationals killed` beside it is not read in its place."""
    path = write(
        tmp_path,
        "Year,Country,Region,Nationals killed,Total killed,Total wounded\n"
        "2003,Afghanistan,Herat,1,2,0\n"
        "2003,Afghanistan,Balkh,0,1,x\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.casualties
    assert (sheet.fields["killed_ind"].header, sheet.fields["injured_ind"].header) == (
        "Total killed",
        "Total wounded",
    )
    found = [(p.row, p.column, p.code) for p in validate_paths([path]).report.problems]
    assert found == [(3, "Total wounded", "not-a-count"), (None, None, "no-source")]


def test_a_count_of_whose_kind_ends_the_header_but_a_share_does_not(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Country,Country ISO,Year,Total Aid Workers Killed,% of injured\nChad,TCD,2023,4,50\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.casualties
    assert sheet.fields["country_code"].header == "Country ISO"
    assert sheet.fields["killed_ind"].header == "Total Aid Workers Killed"
    assert "injured_ind" not in sheet.fields


def test_a_row_repeated_in_every_column_of_a_table_without_dates(tmp_path: Path) -> None:
    """Rows that differ only in a column no rule reads (Sex) are not duplicates."""
    path = write(
        tmp_path,
        "Sector,Sex,Targeted,Province\n#sector,#population+sex,#targeted,#adm1\n"
        "WASH,Men,100,Coast\nWASH,Women,100,Coast\nWASH,Men,100,Coast\n",
    )
    found = [(p.code, p.row) for p in validate_paths([path]).report.problems]
    assert found == [("duplicate-row", 5), ("no-source", None)]


def test_rows_of_another_cause_or_assessment_are_not_duplicates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Country,Date,IDPs,Reason,Assessment,Source\n"
        "#country+code,#date+reported,#affected+idps,#cause+type,#assessment+type,#meta+source\n"
        "AFG,2017-03-30,179956,Conflict,BA,x\n"
        "AFG,2017-03-30,98,Natural disaster,BA,x\n"
        "AFG,2017-03-30,170000,Conflict,SA,x\n"
        "AFG,2017-03-30,170000,Conflict,SA,x\n",
    )
    found = [(p.code, p.row) for p in validate_paths([path]).report.problems]
    assert found == [("duplicate-row", 6)]


def test_a_gazetteer_unit_without_its_own_pcode(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "adm3_name,adm3_pcode,adm2_name,adm2_pcode,adm1_name,adm1_pcode\n"
        "Mobaye,CF6111,Mobaye,CF611,Basse-Kotto,CF61\n"
        ",,Mobaye,CF611,Basse-Kotto,CF61\n"
        "Zangba,,Mobaye,CF611,Basse-Kotto,CF61\n",
    )
    found = [(p.code, p.row, p.column) for p in validate_paths([path]).report.problems]
    assert found == [("empty-value", 3, "adm3_pcode"), ("empty-value", 4, "adm3_pcode")]


def test_a_cell_of_the_hxl_row_that_is_not_a_hashtag(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Country,nutrition,In Need,Name (fr)\n#country,#sector?,#inneed,#country/fr\n"
        "Mali,MAM,100,Mali\n",
    )
    found = [(p.code, p.column, p.value) for p in validate_paths([path]).report.problems]
    assert ("bad-hashtag", "nutrition", "#sector?") in found
    assert not [f for f in found if f[1] == "Name (fr)"]


def test_the_report_names_each_sheets_kind_and_header_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Figures,,\nDate,Area,IDPs\n#date,#loc+name,#affected+idps\n2020-02-01,Camp A,120\n",
    )
    (summary,) = validate_paths([path]).report.sheets
    assert (summary.kind, summary.header_row, summary.hxl_row, summary.rows) == (
        TableKind.displacement,
        2,
        3,
        1,
    )


def test_a_totals_row_is_checked_against_the_sum_not_as_data(tmp_path: Path) -> None:
    head = "Date,Area,IDPs,Source\n2020-02-01,Camp A,120,UN\n2020-02-01,Camp B,30,UN\n"
    right = write(tmp_path, head + ",Total,150,\n")
    assert validate_paths([right]).report.problems == []
    wrong = tmp_path / "wrong.csv"
    wrong.write_text(head + ",TOTAL,160,\n", encoding="utf-8")
    (problem,) = validate_paths([wrong]).report.problems
    assert (problem.code, problem.row, problem.value, problem.severity) == (
        "total-mismatch",
        4,
        "160",
        Severity.warning,
    )
    assert "150" in problem.message


def test_one_tag_under_two_headers_is_a_warning_and_the_overall_column_is_read(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        "Cluster,Non-Displaced People,Overall People in Need,Source\n"
        "#sector+cluster,#inneed,#inneed,#meta+source\n"
        "Education,2085546,5265127,OCHA\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.fields["inneed"].header == "Overall People in Need"
    (problem,) = validate_paths([path]).report.problems
    assert (problem.code, problem.severity, problem.column) == (
        "duplicate-column",
        Severity.warning,
        "Non-Displaced People",
    )
    assert "'Overall People in Need', which is the one read" in problem.message


def test_dtm_idp_spelling_is_idps(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Reported Date,Oblast pcode,Estimated IDPs,Source\n"
        "#date+reported,#adm1+code,#affected+idp+ind,#meta+source\n"
        "2023-09-30,UA71,121000,IOM DTM\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert (sheet.kind, sheet.fields["idps_ind"].header) == (
        TableKind.displacement,
        "Estimated IDPs",
    )
    assert validate_paths([path]).report.problems == []


def test_rows_differing_only_in_unread_columns_are_not_duplicates(tmp_path: Path) -> None:
    """UNHCR PRMN: one row per month, arrival district, departure district, reason and
    need; the departure district and the need are no field of sitrep's, yet tell rows apart."""
    path = write(
        tmp_path,
        "Month End,Year Week,Current (Arrival) Region,Current (Arrival) District,"
        "Previous (Departure) District,Reason,Current (Arrival) Priority Need,"
        "Number of Individuals,Source\n"
        "2016-03-31,201611,Awdal,Borama,Lughaye,Drought related,Food,9,PRMN\n"
        "2016-03-31,201612,Awdal,Borama,Lughaye,Drought related,Food,23,PRMN\n"
        "2016-03-31,201611,Awdal,Borama,Zeylac,Drought related,Food,5,PRMN\n"
        "2016-03-31,201611,Awdal,Borama,Zeylac,Drought related,Shelter,7,PRMN\n"
        "2016-03-31,201611,Awdal,Borama,Zeylac,Drought related,Shelter,7,PRMN\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.displacement
    problems = validate_paths([path]).report.problems
    assert [(p.code, p.row, p.column) for p in problems] == [
        ("duplicate-row", 6, "Current (Arrival) District")
    ]
    assert "other text columns as row 5" in problems[0].message


def test_merged_two_row_header_without_hxl(tmp_path: Path) -> None:
    """The group row is denser than half the sub-header row, so only the sub-header's words
    under the group's empty (merged) cells tell it apart from a first row of data."""
    path = write(
        tmp_path,
        "Date,Location,,Displaced,,Source\n"
        ",Governorate,District,IDPs,IDP households,\n"
        "2016-12-01,Aleppo,Jebel Saman,100,20,OCHA\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert (sheet.kind, sheet.header_row) == (TableKind.displacement, 2)
    assert [c.header for c in sheet.columns] == [
        "Date",
        "Governorate",
        "District",
        "IDPs",
        "IDP households",
        "Source",
    ]
    assert [c.group for c in sheet.columns][1:4] == ["Location", "Location", "Displaced"]
    assert validate_paths([path]).report.problems == []


def test_a_count_header_may_start_with_number_of(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Date,Governorate,number_dead,Number of injured,Source\n"
        "2020-02-01,Aleppo,4,11,field team\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.casualties
    assert (sheet.fields["killed_ind"].header, sheet.fields["injured_ind"].header) == (
        "number_dead",
        "Number of injured",
    )


def test_countries_with_a_count_of_people_are_not_a_gazetteer(tmp_path: Path) -> None:
    """A table of countries and how many people (refugees by country of asylum) lists no
    places of the situation; it fits no kind, and says so once."""
    path = write(
        tmp_path,
        "Country,ISO3,Country of Origin,Population type,Date,Individuals\n"
        "Uganda,UGA,Sudan,Refugees,2024-06-30,81813\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is None
    (notice,) = validate_paths([path]).report.problems
    assert (notice.code, notice.severity) == ("unknown-table", Severity.warning)


def test_an_incident_list_dated_by_its_report_day_and_placed_by_its_country(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        "reported_date,country_of_incident,number_dead,information_source\n"
        "2025-01-03,Libya,4,Red Crescent\n"
        "2025-01-05,Tunisia,2,Coast guard\n",
    )
    (sheet,) = read_table_file(path).sheets
    assert sheet.kind is TableKind.casualties
    assert sheet.fields["date"].header == "reported_date"
    assert sheet.fields["country_name"].header == "country_of_incident"
