"""Place identity: one normaliser, one gazetteer, one merge key, in every stage."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from sitrep.extract import extract_text
from sitrep.gazetteer import Gazetteer, normalise_place
from sitrep.models import GazetteerEntry
from sitrep.validate import validate_paths
from sitrep.validate.columns import name_key

EXAMPLE = Path(__file__).parents[1] / "inputs" / "aleppo"

ENTRIES = [
    GazetteerEntry(row=3, adm1_name="Aleppo", adm1_code="SY02", adm2_name="Jebel Saman",
                   adm2_code="SY0200", aliases=("Aleppo", "east Aleppo", "west Aleppo")),
    GazetteerEntry(row=4, adm1_name="Aleppo", adm1_code="SY02", adm2_name="A'zaz",
                   adm2_code="SY0204", aliases=("Azaz",)),
    GazetteerEntry(row=5, adm1_name="İdlib", adm1_code="SY07"),
    GazetteerEntry(row=6, adm1_name="Deir-ez-Zor", adm1_code="SY09"),
]  # fmt: skip
SPELLINGS = [
    ("A’zaz", "A'zaz"),
    ("The Eastern Aleppo", "east aleppo"),
    ("İDLIB", "idlib"),
    ("Ḥalab", "Halab"),
    ("Deir ez–Zor", "deir-ez-zor"),
    ("  west   Aleppo ", "West Aleppo"),
]


@pytest.mark.parametrize(("written", "same"), SPELLINGS)
def test_spellings_of_one_place_normalise_alike(written: str, same: str) -> None:
    assert normalise_place(written) == normalise_place(same)


def test_validation_compares_names_in_a_column_as_the_gazetteer_does() -> None:
    names = [name for pair in SPELLINGS for name in pair]
    column = pl.DataFrame({"name": names}).select(name_key("name")).to_series().to_list()
    assert column == [normalise_place(n) for n in names]


def test_a_name_finds_its_p_code_however_it_is_written() -> None:
    gazetteer = Gazetteer.of(ENTRIES)
    assert gazetteer.code_of("A’zaz") == gazetteer.code_of("azaz") == "SY0204"
    assert gazetteer.code_of("Aleppo") == "SY0200", "the most specific area a name stands for"
    assert gazetteer.code_of("idlib") == "SY07"
    assert gazetteer.name_of("sy0204") == "A'zaz"


def test_the_merge_key_is_the_p_code_of_an_admin_area_else_the_name_within_it() -> None:
    gazetteer = Gazetteer.of(ENTRIES)
    assert gazetteer.place_key(None, "SY0204") == gazetteer.place_key("A’zaz", None) == "SY0204"
    assert gazetteer.place_key("Jebel Saman", "SY0200") == "SY0200"
    assert gazetteer.place_key("east Aleppo", "SY0200") == "SY0200/east aleppo"
    assert gazetteer.place_key("eastern Aleppo", None) == "SY0200/east aleppo"
    assert Gazetteer().place_key("Neighbourhood 5", None) == "neighbourhood 5"


def test_an_article_with_a_dotted_capital_i_gets_its_p_code() -> None:
    article = extract_text(
        "At least 12 people were killed in İdlib on Tuesday, rescuers said.",
        path="idlib.txt",
        published=None,
        gazetteer=ENTRIES,
    )
    assert [(f.location, f.pcode) for f in article.facts] == [("İdlib", "SY07")]


def test_sub_district_names_and_codes_are_checked_against_an_admin_3_gazetteer(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    (folder / "subdistricts.csv").write_text(
        "Governorate,Gov code,District,District code,Sub-district,Sub-district code\n"
        "#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm3+name,#adm3+code\n"
        "Aleppo,SY02,Jebel Saman,SY0200,Jebel Saman,SY020000\n"
        "Aleppo,SY02,Jebel Saman,SY0200,Haritan,SY020003\n"
    )
    table = folder / "by-subdistrict.csv"
    table.write_text(
        "Date,Sub-district code,Sub-district,IDPs,Source\n"
        "#date,#adm3+code,#adm3+name,#affected+idps+ind,#meta+source\n"
        "2016-12-01,SY020003,Haritan,5,field team\n"
        "2016-12-01,SY020000,Tell Rifaat,5,field team\n"
        "2016-12-01,SY020099,Kafr Hamra,5,field team\n"
    )
    problems = [p for p in validate_paths([folder]).report.problems if p.file == str(table)]
    assert [(p.row, p.column, p.code) for p in problems] == [
        (4, "Sub-district", "name-mismatch"),
        (5, "Sub-district code", "unknown-pcode"),
    ]
    assert 'did you mean "Jebel Saman"' in problems[0].message


def test_codes_of_a_level_the_gazetteer_lacks_are_not_called_unknown() -> None:
    gazetteer = Gazetteer.of(ENTRIES)
    assert gazetteer.levels == {1, 2}
    deeper = Gazetteer.of(
        [*ENTRIES, GazetteerEntry(row=7, adm1_name="Aleppo", adm1_code="SY02",
                                  adm2_name="Jebel Saman", adm2_code="SY0200",
                                  adm3_name="Haritan", adm3_code="SY020003")]
    )  # fmt: skip
    assert deeper.levels == {1, 2, 3}
    assert deeper.name_of("SY020003") == "Haritan"
