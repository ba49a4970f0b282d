"""P-codes as the COD conventions have them: the country's prefix, capitals and digits, the
level's length where the country's COD lengths are known, a child inside its parent."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.models import DisplacementRecord, Situation
from sitrep.validate import validate_paths

HEAD = (
    "Date,Province P-code,District P-code,IDPs,Source\n"
    "#date,#adm1+code,#adm2+code,#affected+idps,#meta+source\n"
)


def situation(country: str, **settings: str) -> Situation:
    return Situation.model_validate(
        {
            "title": "t",
            "country": country,
            "area": "a",
            "organisation": "o",
            "numbering": {"first_date": "2020-01-01"},
            "email": {"from": "a@example.org", "to": ["b@example.org"]},
            **settings,
        }
    )


def problems(
    tmp_path: Path, rows: list[str], where: Situation | None, head: str = HEAD
) -> list[tuple[str, int | None, str | None, str | None]]:
    path = tmp_path / "t.csv"
    path.write_text(head + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    report = validate_paths([path], situation=where, today=None).report
    return [(p.code, p.row, p.column, p.value) for p in report.problems]


@pytest.mark.parametrize(
    ("country", "adm1", "adm2"),
    [
        ("LBY", "LY01", "LY0101"),
        ("MOZ", "MZ01", "MZ0101"),
        ("TCD", "TD01", "TD0101"),
        ("CAF", "CF62", "CF621"),
        ("BDI", "BDI001", "BDI001001"),
        ("IRQ", "IQG01", "IQG01Q01"),
        ("KEN", "KE001", "KE001001"),
        ("MMR", "MMR015", "MMR015D008"),
        ("NER", "NE005", "NE005012"),
        ("NER", "NER005", "NER005012"),
        ("PHL", "PH01", "PH01001"),
    ],
)
def test_official_codes_of_each_country_pass(
    tmp_path: Path, country: str, adm1: str, adm2: str
) -> None:
    assert problems(tmp_path, [f"2020-02-01,{adm1},{adm2},10,x"], situation(country)) == []


def test_another_countrys_prefix_is_wrong(tmp_path: Path) -> None:
    """Libya is LY: Lebanon's LB codes in a Libya table are reported."""
    found = problems(tmp_path, ["2020-02-01,LB01,LB0101,10,x"], situation("LBY"))
    assert found == [
        ("bad-pcode", 3, "Province P-code", "LB01"),
        ("bad-pcode", 3, "District P-code", "LB0101"),
    ]


def test_pcode_prefix_setting_overrides_the_country(tmp_path: Path) -> None:
    where = situation("SYR", pcode_prefix="XY")
    assert problems(tmp_path, ["2020-02-01,XY1,XY1001,10,x"], where) == []
    assert problems(tmp_path, ["2020-02-01,SY01,SY0101,10,x"], where)[0][0] == "bad-pcode"


def test_hyphen_and_known_length(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        ["2020-02-01,IRQ-G01,IQG01Q01,10,x", "2020-02-02,IQG1,IQG1Q01,10,x"],
        situation("IRQ"),
    )
    assert found == [
        ("bad-pcode", 3, "Province P-code", "IRQ-G01"),
        ("bad-pcode", 4, "Province P-code", "IQG1"),
        ("bad-pcode", 4, "District P-code", "IQG1Q01"),
    ]


def test_country_column_decides_each_rows_prefix(tmp_path: Path) -> None:
    head = (
        "Date,ISO3,Admin 1 PCode,Admin 2 PCode,Killed,Source\n"
        "#date,#country+code,#adm1+code,#adm2+code,#affected+killed,#meta+source\n"
    )
    rows = [
        "2020-02-01,NGA,NG001,NG001001,1,x",
        "2020-02-01,CMR,CM004,CM004006,1,x",
        "2020-02-01,BDI,BI012,BDI012006,1,x",
    ]
    found = problems(tmp_path, rows, situation("NGA"), head)
    assert found == [("pcode-not-under-adm1", 5, "Admin 2 PCode", "BDI012006")]


def test_child_code_outside_its_parent_at_every_level(tmp_path: Path) -> None:
    head = (
        "Date,Admin1Pcode,Admin2Pcode,Admin3Pcode,IDPs,Source\n"
        "#date,#adm1+code,#adm2+code,#adm3+code,#affected+idps,#meta+source\n"
    )
    found = problems(tmp_path, ["2020-02-01,ET01,ET0103,ET020302,10,x"], situation("ETH"), head)
    assert found == [("pcode-not-under-adm1", 3, "Admin3Pcode", "ET020302")]


def test_one_code_given_to_several_areas(tmp_path: Path) -> None:
    head = (
        "Date,Admin 1 PCode,Admin 1 Name,Killed,Source\n"
        "#date,#adm1+code,#adm1+name,#affected+killed,#meta+source\n"
    )
    rows = [
        "2020-02-01,NG00,Anambra,1,x",
        "2020-02-02,NG00,Benue,1,x",
        "2020-02-03,NG007,Benue,1,x",
        "2020-02-04,NG007,BENUE,1,x",
    ]
    found = [p[:3] for p in problems(tmp_path, rows, None, head)]
    assert ("pcode-several-names", 3, "Admin 1 PCode") in found
    assert ("pcode-several-names", 4, "Admin 1 PCode") in found
    assert not [p for p in found if p[1] in (5, 6)]


COUNTS = "Date,Area,IDPs,Source\n#date,#loc+name,#affected+idps,#meta+source\n"


@pytest.mark.parametrize(
    ("thousands", "value", "figure"),
    [
        (" ", "80 418", 80418),
        (" ", "2\u00a0600", 2600),
        (".", "18.000", 18000),
        (",", "1,234", 1234),
    ],
)
def test_thousands_setting(tmp_path: Path, thousands: str, value: str, figure: int) -> None:
    path = tmp_path / "t.csv"
    path.write_text(COUNTS + f'2020-02-01,Camp A,"{value}",x\n', encoding="utf-8")
    validation = validate_paths(
        [path], situation=situation("SYR", thousands=thousands), records=True
    )
    assert validation.report.problems == []
    (record,) = validation.tables[0].records
    assert isinstance(record, DisplacementRecord)
    assert record.idps_ind == figure


def test_a_count_in_another_convention_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(COUNTS + "2020-02-01,Camp A,18.000,x\n2020-02-02,Camp A,12.5,x\n")
    first, second = validate_paths([path], situation=situation("SYR")).report.problems
    assert (first.code, first.value) == ("not-a-count", "18.000")
    assert 'set thousands = "." in sitrep.toml' in first.message
    assert (second.code, second.value) == ("not-a-count", "12.5")
    assert "thousands" not in second.message
