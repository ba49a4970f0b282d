"""The daily cycle: reports built day after day into one outputs folder.

The example situation's tables (east Aleppo, west Aleppo 900 and A'zaz 2,600 on
8 December) plus one 15 December row of 40,000 for east Aleppo only, built for 1, 8, 9,
12 and 15 December 2016 in sequence, without articles (so each report is final, from
the tables alone). With `[numbering]` as in the example (first_date 2016-11-17,
every_days 7), 1 December is No. 3 and each report takes the number after the last
one: 3 to 7.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep.build import BuildResult, build
from sitrep.context import format_date
from sitrep.load import read_facts, stale_articles, with_digests
from sitrep.merge import merge
from sitrep.models import (
    CasualtyRecord,
    DisplacementRecord,
    Extraction,
    Indicator,
    Review,
    Situation,
    Table,
    TableKind,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
DAYS = [dt.date(2016, 12, d) for d in (1, 8, 9, 12, 15)]
ROW_15 = '2016-12-15,Aleppo,SY02,Jebel Saman,SY0200,east Aleppo,"40,000",,field team\n'


def situation_folder(root: Path) -> Path:
    folder = root / "aleppo"
    folder.mkdir()
    for name in ("sitrep.toml", "gazetteer.csv", "ceasefire.csv", "field-reports.xlsx"):
        shutil.copy(EXAMPLE / name, folder / name)
    table = (EXAMPLE / "displacement.csv").read_text(encoding="utf-8")
    (folder / "displacement.csv").write_text(table + ROW_15, encoding="utf-8")
    return folder


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    wide = {**os.environ, "COLUMNS": "300"}
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args], capture_output=True, text=True, cwd=ROOT, env=wide
    )


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[BuildResult]]:
    root = tmp_path_factory.mktemp("cycle")
    folder, out = situation_folder(root), root / "out"
    return folder, out, [build(folder, day=day, out=out) for day in DAYS]


def report(result: BuildResult) -> Any:
    """The report's `sitrep.json`, as any reader of it sees it."""
    return json.loads((result.folder / "sitrep.json").read_text("utf-8"))


def displaced(result: BuildResult) -> Any:
    (figure,) = [f for f in report(result)["key_figures"] if f["indicator"] == "displaced"]
    return figure


def test_numbers_follow_each_other_without_duplicates(
    cycle: tuple[Path, Path, list[BuildResult]],
) -> None:
    _, _, results = cycle
    assert [report(r)["number"] for r in results] == [3, 4, 5, 6, 7]
    assert [report(r)["period"] for r in results] == [
        {"start": "2016-11-25", "end": "2016-12-01"},
        {"start": "2016-12-02", "end": "2016-12-08"},
        {"start": "2016-12-09", "end": "2016-12-09"},
        {"start": "2016-12-10", "end": "2016-12-12"},
        {"start": "2016-12-13", "end": "2016-12-15"},
    ]
    assert "Situation Report No. 6" in pdf_text(results[3].folder / "sitrep.pdf")


def test_tables_alone_make_a_final_report(cycle: tuple[Path, Path, list[BuildResult]]) -> None:
    _, _, results = cycle
    assert [report(r)["draft"] for r in results] == [False] * 5
    assert "DRAFT" not in pdf_text(results[0].folder / "sitrep.pdf")


def test_standing_figures_are_carried_as_of_their_date(
    cycle: tuple[Path, Path, list[BuildResult]],
) -> None:
    _, _, results = cycle
    on_9 = displaced(results[2])
    assert (on_9["value"], on_9["as_of"], on_9["delta"]) == (35_000, "2016-12-08", 0)
    rows = {row["place"]: row["figures"]["displaced"] for row in report(results[4])["displacement"]}
    assert {place: (f["value"], f.get("as_of")) for place, f in rows.items()} == {
        "east Aleppo": (40_000, None),
        "west Aleppo": (900, "2016-12-08"),
        "A'zaz": (2_600, "2016-12-08"),
    }
    text = pdf_text(results[2].folder / "sitrep.pdf")
    assert "No key figures were reported" not in text
    assert "35,000 people have been displaced as of 8 December 2016" in text


def test_the_total_on_15_december_sums_every_area_and_counts_the_change(
    cycle: tuple[Path, Path, list[BuildResult]],
) -> None:
    _, _, results = cycle
    figure = displaced(results[4])
    assert (figure["value"], figure["previous"], figure["delta"]) == (43_500, 35_000, 8_500)
    assert figure["previous_date"] == "2016-12-08", "12 December only carried 8 December's"
    assert figure.get("as_of") is None
    text = pdf_text(results[4].folder / "sitrep.pdf")
    assert "43,500 people have been displaced as of 15 December 2016 (+8,500 since 8" in text
    assert "west Aleppo Aleppo SY0200 900" in text


def test_a_first_report_compares_with_the_point_its_chart_starts_from(
    cycle: tuple[Path, Path, list[BuildResult]],
) -> None:
    """8 December built alone: its chart shows 1 December (20,550), so does its change."""
    folder, out, _ = cycle
    result = build(folder, day=DAYS[1], out=out.parent / "alone")
    figure = displaced(result)
    assert (figure["value"], figure["previous"], figure["previous_date"]) == (
        35_000,
        20_550,
        "2016-12-01",
    )
    assert [p["date"] for p in report(result)["displacement_trend"]] == [
        "2016-12-01",
        "2016-12-08",
    ]
    text = pdf_text(result.folder / "sitrep.pdf")
    assert "35,000 people have been displaced as of 8 December 2016 (+14,450 since 1 Dec)" in text


@pytest.mark.parametrize(
    ("day", "extra", "says"),
    [
        (
            "2016-11-10",
            [],
            "the report date 2016-11-10 is before the situation's first report (2016-11-17",
        ),
        (
            "2016-12-10",
            [],
            "the report of 10 December 2016 would be No. 6, the number the report of "
            "12 December 2016 already has",
        ),
        (
            "2017-01-05",
            [],
            "the report of 5 January 2017 covers 21 days (16 December 2016 – 5 January 2017) "
            "since the report of 15 December 2016, longer than the situation's cadence of "
            "7 days",
        ),
        (
            (dt.date.today() + dt.timedelta(days=1)).isoformat(),
            [],
            "is after today",
        ),
        (
            (dt.date.today() + dt.timedelta(days=1)).isoformat(),
            ["--accept-date"],
            "--accept-period if that is meant",
        ),
    ],
)
def test_bad_dates_are_refused_before_anything_is_built(
    cycle: tuple[Path, Path, list[BuildResult]], day: str, extra: list[str], says: str
) -> None:
    folder, out, _ = cycle
    done = run_cli("build", str(folder), "--date", day, "--out", str(out), *extra)
    assert done.returncode == 2
    assert says in " ".join(done.stderr.split())
    assert not (out / "aleppo" / day).exists()


def test_the_cli_prints_number_and_period_before_building(
    cycle: tuple[Path, Path, list[BuildResult]],
) -> None:
    folder, out, _ = cycle
    done = run_cli(
        "build", str(folder), "--date", "2017-01-05", "--out", str(out), "--accept-period"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "Building Situation Report No. 8 for 5 January 2017, covering "
        "16 December 2016 – 5 January 2017 (changes since 15 December 2016)"
    )
    assert "longer than the situation's cadence of 7 days" in done.stdout
    assert "(--accept-period)" in done.stdout


def site_table(rows: list[tuple[str, str, int, str]]) -> Table:
    """A site-monitoring table: date, population group, IDPs, source; one site."""
    return Table(
        kind=TableKind.displacement,
        file="sites.csv",
        columns={"idps_ind": ("IDPs", "#affected+idps+ind"), "group": ("Group", "#group")},
        records=[
            DisplacementRecord(
                row=n + 3,
                date=dt.date.fromisoformat(day),
                adm2_code="SY0200",
                loc_name="Site 1",
                group=group,
                idps_ind=idps,
                source=source,
            )
            for n, (day, group, idps, source) in enumerate(rows)
        ],
    )


def test_population_groups_add_up_and_only_one_identity_conflicts(
    situation: Situation,
) -> None:
    table = site_table(
        [
            ("2016-12-08", "new IDPs, female 0-4", 100, "site team"),
            ("2016-12-08", "new IDPs, male 0-4", 120, "site team"),
            ("2016-12-08", "protracted IDPs", 300, "site team"),
            ("2016-12-08", "Protracted  IDPs", 350, "cluster"),
        ]
    )
    sitrep = merge(situation, day=DAYS[1], tables=[table], extraction=Extraction())
    (total,) = [f for f in sitrep.key_figures if f.indicator is Indicator.displaced]
    assert total.value == 100 + 120 + 300
    (conflict,) = sitrep.conflicts
    assert sorted((f.value, f.source) for f in conflict.figures) == [
        (300, "site team"),
        (350, "cluster"),
    ]


def test_a_newer_figure_of_one_group_replaces_only_that_group(situation: Situation) -> None:
    table = site_table(
        [
            ("2016-12-01", "new IDPs", 100, "site team"),
            ("2016-12-01", "host community", 50, "site team"),
            ("2016-12-08", "new IDPs", 180, "site team"),
        ]
    )
    sitrep = merge(situation, day=DAYS[1], tables=[table], extraction=Extraction())
    (row,) = sitrep.displacement
    assert row.figures[Indicator.displaced].value == 230
    assert sitrep.conflicts == []


def test_flows_are_summed_over_the_period_only(situation: Situation) -> None:
    table = Table(
        kind=TableKind.casualties,
        file="casualties.csv",
        columns={"killed_ind": ("Killed", "#affected+killed+ind")},
        records=[
            CasualtyRecord(row=n + 3, date=day, adm2_code="SY0200", killed_ind=killed)
            for n, (day, killed) in enumerate(
                [(dt.date(2016, 11, 30), 9), (dt.date(2016, 12, 5), 4), (dt.date(2016, 12, 7), 6)]
            )
        ],
    )
    sitrep = merge(situation, day=DAYS[1], tables=[table], extraction=Extraction())
    (killed,) = [f for f in sitrep.key_figures if f.indicator is Indicator.killed]
    assert (killed.value, killed.as_of) == (10, None)


def pending_situation(root: Path, *, digest: bool) -> Path:
    """The example with one article fact still pending review (the 31,500 displaced)."""
    folder = root / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    extraction = read_facts(folder / "facts.json")
    for article in extraction.articles:
        for fact in article.facts:
            if fact.indicator is Indicator.medical_evacuation_needed and fact.value == 1_500:
                fact.review = Review.pending
    extraction = (
        with_digests(extraction, folder)
        if digest
        else extraction.model_copy(
            update={
                "articles": [a.model_copy(update={"sha256": None}) for a in extraction.articles]
            }
        )
    )
    (folder / "facts.json").write_text(extraction.model_dump_json(indent=2), encoding="utf-8")
    return folder


def test_pending_facts_are_left_out_and_counted_unless_draft(tmp_path: Path) -> None:
    folder = pending_situation(tmp_path, digest=True)
    final = build(folder, day=DAYS[1], out=tmp_path / "out")
    assert not final.sitrep.draft
    assert "1 fact pending review in facts.json is left out" in " ".join(final.warnings)
    assert not any(f.pending for f in final.sitrep.key_figures)
    assert not any("facts.json" in w and "digest" in w for w in final.warnings)

    draft = build(folder, day=DAYS[1], out=tmp_path / "draft", draft=True)
    assert draft.sitrep.draft
    assert not any("pending review" in w for w in draft.warnings)
    (medevac,) = [
        f for f in draft.sitrep.key_figures if f.indicator is Indicator.medical_evacuation_needed
    ]
    assert medevac.pending
    assert "pending review" in pdf_text(draft.folder / "sitrep.pdf")


def test_a_stale_facts_file_names_the_articles(tmp_path: Path) -> None:
    folder = pending_situation(tmp_path, digest=True)
    seed = folder / "articles" / "aleppo-2016-12-08.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA line added later.\n", "utf-8")
    (folder / "articles" / "later.txt").write_text("Written in our own words.\n", "utf-8")
    warnings = stale_articles(
        read_facts(folder / "facts.json"), folder, sorted((folder / "articles").iterdir())
    )
    assert warnings == [
        "article(s) not reviewed in facts.json yet: articles/later.txt; their facts are left "
        "out until `sitrep extract` is run and the facts reviewed",
        "article(s) changed since facts.json was written: articles/aleppo-2016-12-08.txt; run "
        "`sitrep extract` again and review what changed",
    ]
    seed.unlink()
    (folder / "articles" / "later.txt").unlink()
    assert stale_articles(read_facts(folder / "facts.json"), folder, []) == [
        "facts.json cites article(s) no longer in the folder: articles/aleppo-2016-12-08.txt; "
        "their facts are still used"
    ]


def test_a_facts_file_without_digests_is_one_warning(tmp_path: Path) -> None:
    folder = pending_situation(tmp_path, digest=False)
    warnings = stale_articles(
        read_facts(folder / "facts.json"), folder, sorted((folder / "articles").iterdir())
    )
    assert warnings == [
        "facts.json keeps no digest of 1 article(s) (it was written by an older sitrep), so "
        "whether they changed since the review cannot be told"
    ]


def test_validator_warnings_stay_out_of_the_pdf(tmp_path: Path) -> None:
    """Figures without a source are validator warnings: counted in the report's notes,
    listed by the build's output, one line for the column."""
    folder = situation_folder(tmp_path)
    table = folder / "displacement.csv"
    unsourced = "2016-12-15,Aleppo,SY02,A'zaz,SY0204,A'zaz,\"2,700\",,\n"
    table.write_text(
        table.read_text("utf-8").replace(",field team\n", ",\n") + unsourced, encoding="utf-8"
    )
    out = tmp_path / "out"
    result = build(folder, day=DAYS[4], out=out)
    assert len(result.report.warnings) == 2
    text = pdf_text(result.folder / "sitrep.pdf")
    assert "2 warnings on the tables, see `sitrep validate`." in text
    assert "no source" not in text
    done = run_cli("build", str(folder), "--date", "2016-12-15", "--out", str(out), "--force")
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if "no source" in line]
    assert "9–10" in line


def test_an_event_of_another_year_is_dated_with_its_year() -> None:
    event = dt.date(2016, 12, 7)
    assert format_date(event, "day", 2017) == "7 December 2016"
    assert format_date(event, "day", 2016) == "7 December"
