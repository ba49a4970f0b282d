"""`sitrep build` end to end on the example situation: the six files, their figures and sources."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from sitrep.build import BuildResult, build
from sitrep.context import Checks
from sitrep.errors import SitrepError
from sitrep.models import Indicator, Sitrep
from tests.render.test_html import SECTIONS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
GOLDEN = Path(__file__).parent / "golden" / "aleppo-2016-12-08.sitrep.json"
DAY = dt.date(2016, 12, 8)
EARLIER = dt.date(2016, 12, 1)
OUTPUTS = ("sitrep.pdf", "brief.html", "brief.txt", "brief.eml", "sitrep.json", "key-figures.csv")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, BuildResult]:
    out = tmp_path_factory.mktemp("outputs")
    first = build(EXAMPLE, day=EARLIER, out=out)
    second = build(EXAMPLE, day=DAY, out=out)
    return first, second


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    wide = {**os.environ, "COLUMNS": "300"}
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args], capture_output=True, text=True, cwd=ROOT, env=wide
    )


def test_build_writes_the_six_files(built: tuple[BuildResult, BuildResult]) -> None:
    _, result = built
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(OUTPUTS)
    assert result.folder.name == "2016-12-08" and result.folder.parent.name == "aleppo"
    assert not result.sitrep.draft


def test_merged_report_matches_the_reviewed_golden_file(
    built: tuple[BuildResult, BuildResult],
) -> None:
    """Regenerate with `SITREP_REGENERATE_GOLDEN=1 python -m pytest tests/test_build.py`, then
    review the diff before committing it."""
    _, result = built
    produced = json.loads((result.folder / "sitrep.json").read_text(encoding="utf-8"))
    if os.environ.get("SITREP_REGENERATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(produced, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert produced == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_second_day_shows_deltas_against_the_first(built: tuple[BuildResult, BuildResult]) -> None:
    first, second = built
    before = {f.indicator: f for f in first.sitrep.key_figures}
    displaced = next(f for f in second.sitrep.key_figures if f.indicator is Indicator.displaced)
    assert displaced.previous_date == EARLIER
    assert displaced.delta == displaced.value - before[Indicator.displaced].value  # type: ignore[operator]
    assert second.sitrep.previous_date == EARLIER
    assert second.sitrep.number == first.sitrep.number + 1


def test_pdf_text_has_every_section_figure_and_source(
    built: tuple[BuildResult, BuildResult],
) -> None:
    _, result = built
    text = pdf_text(result.folder / "sitrep.pdf")
    disputed = bool(result.sitrep.conflicts)
    for heading in SECTIONS:
        shown = heading != "Conflicting figures" or disputed  # only when sources disagree
        assert (heading in text) is shown, heading
    pages = len(PdfReader(result.folder / "sitrep.pdf").pages)
    assert f"Page 1 of {pages}" in text
    for figure in ("1,500", "500", "61", "14", "70"):
        assert figure in text
    for source in ("Syrian Civil Defence", "Tawfik Chamaa", "Syria state television"):
        assert source in text, source
    assert "DRAFT" not in text


def test_pdf_carries_the_data_it_was_built_from(built: tuple[BuildResult, BuildResult]) -> None:
    _, result = built
    reader = PdfReader(result.folder / "sitrep.pdf")
    attached = {name: content[0] for name, content in reader.attachments.items()}
    assert attached["sitrep.json"] == (result.folder / "sitrep.json").read_bytes()
    assert attached["key-figures.csv"] == (result.folder / "key-figures.csv").read_bytes()
    assert reader.metadata is not None and reader.metadata.title
    assert "East Aleppo" in reader.metadata.title


def test_email_parses_back_with_both_alternatives_and_the_pdf(
    built: tuple[BuildResult, BuildResult],
) -> None:
    _, result = built
    message = email.message_from_bytes(
        (result.folder / "brief.eml").read_bytes(), policy=email.policy.default
    )
    assert isinstance(message, EmailMessage)
    assert message.get_content_type() == "multipart/mixed"
    assert message["Subject"] == (
        f"Syria: East Aleppo — Situation Report No. {result.sitrep.number} — 8 December 2016"
    )
    body = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert body is not None and html is not None
    displaced = next(f for f in result.sitrep.key_figures if f.indicator is Indicator.displaced)
    assert f"{displaced.value:,} people displaced" in body.get_content()
    (pdf,) = [part for part in message.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content() == (result.folder / "sitrep.pdf").read_bytes()


def test_key_figures_csv_is_hxl_tagged(built: tuple[BuildResult, BuildResult]) -> None:
    _, result = built
    lines = (result.folder / "key-figures.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("#date,#indicator+name,#indicator+code,#indicator+value+num")
    report = Sitrep.model_validate_json((result.folder / "sitrep.json").read_bytes())
    assert len(lines) == 2 + len(report.key_figures)


def test_same_inputs_give_the_same_bytes(
    built: tuple[BuildResult, BuildResult], tmp_path: Path
) -> None:
    _, second = built
    out = tmp_path / "again"
    build(EXAMPLE, day=EARLIER, out=out)
    again = build(EXAMPLE, day=DAY, out=out)
    for name in OUTPUTS:
        assert (again.folder / name).read_bytes() == (second.folder / name).read_bytes(), name


def test_failed_build_leaves_the_earlier_outputs_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    result = build(EXAMPLE, day=DAY, out=out)
    before = {p.name: p.read_bytes() for p in result.folder.iterdir()}

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("PDF renderer crashed")

    monkeypatch.setattr("sitrep.build.render_pdf", broken)
    with pytest.raises(RuntimeError, match="crashed"):
        build(EXAMPLE, day=DAY, out=out, force=True)
    assert {p.name: p.read_bytes() for p in result.folder.iterdir()} == before
    assert [p.name for p in result.folder.parent.iterdir()] == ["2016-12-08"]


def test_cli_refuses_to_replace_a_day_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("build", str(EXAMPLE), "--date", "2016-12-08", "--out", str(out))
    assert run_cli(*args).returncode == 0
    again = run_cli(*args)
    assert again.returncode == 1
    assert "already holds a report; use --force to replace it" in again.stderr


def test_the_library_names_no_command_flag_for_a_day_already_built(tmp_path: Path) -> None:
    build(EXAMPLE, day=DAY, out=tmp_path)
    with pytest.raises(SitrepError) as raised:
        build(EXAMPLE, day=DAY, out=tmp_path)
    assert str(raised.value).endswith("2016-12-08 already holds a report")


def test_cli_stops_on_bad_data_and_writes_nothing(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    table = situation / "displacement.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace('"31,500"', "lots", 1), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run_cli("build", str(situation), "--date", "2016-12-08", "--out", str(out))
    assert result.returncode == 1
    assert "displacement.csv" in result.stdout + result.stderr
    assert "lots" in result.stdout + result.stderr
    assert not out.exists()


def test_a_table_of_returnees_alone_reaches_the_key_figures_with_its_cell(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    (situation / "returns.csv").write_text(
        "Date,District P-code,Area,Returnees,Source\n"
        '2016-12-07,SY0200,west Aleppo,"1,200",returns monitoring\n'
        '2016-12-08,SY0200,west Aleppo,"1,350",returns monitoring\n',
        encoding="utf-8",
    )
    result = build(situation, day=DAY, out=tmp_path / "out")
    returned = next(f for f in result.sitrep.key_figures if f.indicator is Indicator.returnees)
    assert (returned.value, returned.location) == (1_350, "west Aleppo")
    rows = (result.folder / "key-figures.csv").read_text(encoding="utf-8").splitlines()
    assert any(",returnees,#affected+returnees,1350," in row for row in rows)
    assert "returns.csv" in pdf_text(result.folder / "sitrep.pdf")


def test_without_reviewed_facts_the_build_is_a_draft(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    (situation / "facts.json").unlink()
    result = build(situation, day=DAY, out=tmp_path / "out")
    assert result.sitrep.draft
    assert "DRAFT" in pdf_text(result.folder / "sitrep.pdf")
    assert any("no reviewed facts.json" in w for w in result.warnings)


def test_hostile_article_changes_nothing_but_escaped_text(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    (situation / "facts.json").unlink()
    hostile = (
        "---\ntitle: <script>alert('title')</script>\npublished: 2016-12-08\n---\n"
        '<img src="file:///etc/passwd"> A UN official said about 2,000 people were displaced '
        "in east Aleppo on Wednesday <script>alert(1)</script>. "
        '<link rel="attachment" href="file:///etc/hostname">\n'
    )
    (situation / "articles" / "hostile.txt").write_text(hostile, encoding="utf-8")
    result = build(situation, day=DAY, out=tmp_path / "out")

    report = Sitrep.model_validate_json((result.folder / "sitrep.json").read_bytes())
    quotes = [s.quote or "" for s in report.sources]
    assert any("<script>alert(1)</script>" in q for q in quotes), "kept as text in the data"
    brief = (result.folder / "brief.html").read_text(encoding="utf-8")
    assert "<script" not in brief and "<img" not in brief and "<link" not in brief
    reader = PdfReader(result.folder / "sitrep.pdf")
    assert sorted(reader.attachments) == ["key-figures.csv", "sitrep.json"]
    text = pdf_text(result.folder / "sitrep.pdf")
    assert "<script>alert(1)</script>" in text, "shown as the text it is"
    assert "root:x:0:0" not in text


def test_a_vague_amount_is_said_in_the_text_not_set_as_a_key_figure(
    built: tuple[BuildResult, BuildResult],
) -> None:
    """ "Tens of men … arrested" is 10–99: a sentence in the overview, not a big number."""
    sitrep = built[1].sitrep
    assert not [f for f in sitrep.key_figures if f.indicator is Indicator.detained]
    [detained] = [f for f in sitrep.other_figures if f.indicator is Indicator.detained]
    assert detained.value == (10, 99)
    text = " ".join(pdf_text(built[1].folder / "sitrep.pdf").split())
    key_band = text[text.index("Key figures") : text.index("Situation overview")]
    assert "10–99" not in key_band
    assert "10–99 people have been detained on 8 December 2016." in text


def test_a_report_weeks_later_dates_old_events_with_their_year_and_the_next_report_by_cadence(
    built: tuple[BuildResult, BuildResult], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(built[1].folder.parent.parent, out)
    later = build(EXAMPLE, day=dt.date(2017, 1, 5), out=out, checks=Checks(accept_period=True))
    text = " ".join(pdf_text(later.folder / "sitrep.pdf").split())
    assert "Ceasefire and access: 7 December 2016: Proposed" in text
    assert "The next report will be issued on or around 12 January 2017." in text
    brief = (later.folder / "brief.txt").read_text(encoding="utf-8")
    assert "7 December 2016: Proposed" in brief


def test_a_pdf_over_the_email_budget_stays_out_of_the_message_which_says_where_it_is(
    tmp_path: Path,
) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    config = situation / "sitrep.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("[email]\n", "[email]\nmax_mb = 0.05\n", 1),
        encoding="utf-8",
    )
    result = build(situation, day=DAY, out=tmp_path / "out")
    eml = (result.folder / "brief.eml").read_bytes()
    assert len(eml) < 50_000
    message = email.message_from_bytes(eml, policy=email.policy.default)
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    text = " ".join(message.get_body(("plain",)).get_content().split())  # type: ignore[union-attr]
    assert (
        "The full report with every source is too large to attach to this message; "
        "it is published at https://example.org/sitreps/aleppo/." in text
    )
    pdf_mb = (result.folder / "sitrep.pdf").stat().st_size / 1e6
    assert (
        f"brief.eml: the PDF ({pdf_mb:.1f} MB) would take the message over [email] max_mb "
        "(0.05 MB), so it is not attached and the brief says where the full report is"
    ) in result.warnings


def test_a_build_says_each_stage_as_it_starts_and_each_page_laid_out(tmp_path: Path) -> None:
    heard: list[str] = []
    result = build(EXAMPLE, day=DAY, out=tmp_path / "out", progress=heard.append)
    stages = [h for h in heard if not h.startswith("render pdf: ")]
    assert stages[:3] == ["load", "previous report", "validate"]
    assert stages.index("merge") < stages.index("render pdf") < stages.index("email")
    assert stages[-1] == "write"
    pages = len(PdfReader(result.folder / "sitrep.pdf").pages)
    laid_out = [h for h in heard if h.startswith("render pdf: laying out page ")]
    assert laid_out == [f"render pdf: laying out page {n}" for n in range(1, pages + 1)]


def test_verbose_says_where_the_time_went(tmp_path: Path) -> None:
    result = run_cli(
        "build", str(EXAMPLE), "--date", "2016-12-08", "--out", str(tmp_path), "--verbose"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Time by stage ("))
    stages = [line.split()[0] for line in lines[start + 1 :]]
    assert {"validate", "merge", "render", "email", "write"} <= set(stages)


def test_a_french_situation_reads_its_articles_in_french(tmp_path: Path) -> None:
    situation = tmp_path / "alep"
    shutil.copytree(EXAMPLE, situation)
    (situation / "facts.json").unlink()
    (situation / "articles" / "aleppo-2016-12-08.txt").unlink()
    (situation / "narrative.md").unlink()
    config = situation / "sitrep.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('language = "en"', 'language = "fr"'),
        encoding="utf-8",
    )
    (situation / "articles" / "alep.txt").write_text(
        "---\npublished: 2016-12-08\n---\n"
        "Selon l'OCHA, 31 500 personnes ont fui l'est d'Alep depuis le 1er décembre.\n",
        encoding="utf-8",
    )
    result = build(situation, day=DAY, out=tmp_path / "out")

    report = Sitrep.model_validate_json((result.folder / "sitrep.json").read_bytes())
    [fact] = [f for f in report.facts if f.value == 31_500]
    assert (fact.indicator.value, fact.source) == ("displaced", "OCHA")
