"""The example's narrative.md through a real build: its figures, references and citations in
the PDF's text and the brief, and a bad reference stopping the build with file and line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.build import BuildResult, build
from sitrep.models import Figure, Indicator, Sitrep
from tests.render.conftest import pdf_text
from tests.test_build import DAY, EARLIER, EXAMPLE, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, BuildResult]:
    out = tmp_path_factory.mktemp("outputs")
    return build(EXAMPLE, day=EARLIER, out=out), build(EXAMPLE, day=DAY, out=out)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def row_figure(sitrep: Sitrep, place: str, indicator: Indicator) -> Figure:
    return next(
        r.figures[indicator]
        for r in sitrep.displacement + sitrep.medevac
        if r.place == place and indicator in r.figures
    )


def cites(figure: Figure) -> str:
    return ",".join(str(n) for n in figure.citations)


def test_the_pdf_gives_the_narratives_figures_with_their_citations(
    built: tuple[BuildResult, BuildResult], tmp_path: Path
) -> None:
    _, result = built
    report = result.sitrep
    text = flat(pdf_text((result.folder / "sitrep.pdf").read_bytes(), tmp_path))
    east = row_figure(report, "east Aleppo", Indicator.displaced)
    (total,) = [f for f in report.key_figures if f.indicator is Indicator.displaced]
    medevac = row_figure(report, "east Aleppo", Indicator.medical_evacuation_needed)
    wounded = row_figure(report, "east Aleppo", Indicator.seriously_wounded)
    highlights = text[text.index("Highlights") : text.index("Key figures")]
    assert f"31,500 {cites(east)} people fled east Aleppo for other parts of the city" in highlights
    assert (
        f"Some 1,500 {cites(medevac)} people in east Aleppo need medical evacuation, "
        f"500 {cites(wounded)} of them with serious wounds." in highlights
    )
    assert "have been displaced as of" not in highlights, "generated highlights are replaced"
    overview = text[text.index("Situation overview") : text.index("Displacement")]
    assert (
        f"{'35,000'} {cites(total)} people are now displaced (+14,450 since 1 Dec), "
        f"31,500 {cites(east)} of them from east Aleppo." in overview
    )
    sectors = text[text.index("Needs and response by sector") : text.index("Sources")]
    evacuated = row_figure(report, "west Aleppo", Indicator.evacuated)
    health = sectors[sectors.index("Health") :]
    assert health.index("40% of the target reached") < health.index("Needs 1,545")
    assert f"Response In west Aleppo, 45 {cites(evacuated)} people have been evacuated" in sectors


def test_the_brief_gives_the_narratives_highlights(built: tuple[BuildResult, BuildResult]) -> None:
    _, result = built
    brief_text = flat((result.folder / "brief.txt").read_text(encoding="utf-8"))
    brief_html = flat(re.sub(r"<[^>]+>", "", (result.folder / "brief.html").read_text("utf-8")))
    sentence = "31,500 people fled east Aleppo for other parts of the city in the past week"
    assert sentence in brief_text
    assert sentence in brief_html
    assert (
        "On 5 December, Russia and China blocked a draft Security Council resolution" in brief_text
    )


def test_the_narrative_for_8_december_is_not_used_on_1_december(
    built: tuple[BuildResult, BuildResult],
) -> None:
    first, second = built
    assert first.sitrep.narrative == []
    assert [w for w in first.warnings if "narrative.md" in w] == [
        f"{EXAMPLE / 'narrative.md'}: written for the report of 2016-12-08, so the report of "
        "2016-12-01 keeps its generated text"
    ]
    assert [w for w in second.warnings if "narrative.md" in w] == []
    assert [s.key for s in second.sitrep.narrative] == [
        "highlights",
        "overview",
        "access",
        "health",
    ]


def test_a_reference_to_no_figure_stops_the_build_with_file_and_line(tmp_path: Path) -> None:
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    narrative = situation / "narrative.md"
    lines = narrative.read_text(encoding="utf-8").splitlines()
    lines.insert(7, 'Bad: {{ displaced["Idlib"] }} and {{ displaced.__class__ }}.')
    narrative.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep",
            "build",
            str(situation),
            "--date",
            "2016-12-08",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert result.returncode == 1
    errors = flat(result.stderr)
    assert f'{narrative}:8: {{{{ displaced["Idlib"] }}}}: no such figure in this report; ' in errors
    assert 'figures of displaced: displaced.total, displaced["SY0200"]' in errors
    assert f"{narrative}:8: “{{{{ displaced.__class__ }}}}” is not a figure reference" in errors
    assert "Traceback" not in result.stderr
    assert not (out / "aleppo" / "2016-12-08").exists()


def test_a_cli_build_warns_of_a_typed_number_its_renderer_process_did_not_wait_for(
    tmp_path: Path,
) -> None:
    """`sitrep build` lints the narrative while its renderer process lays out the PDF: the
    warning is printed as an in-process build gives it, and the PDF is the same bytes."""
    situation = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, situation)
    narrative = situation / "narrative.md"
    narrative.write_text(
        narrative.read_text(encoding="utf-8").replace(
            "Hostilities have", "Some 90,000 people have been displaced. Hostilities have", 1
        ),
        encoding="utf-8",
    )
    here = build(situation, day=DAY, out=tmp_path / "here")
    linted = [w for w in here.warnings if "contradicts" in w]
    assert len(linted) == 1 and "“90,000” people displaced" in linted[0]
    args = ["build", str(situation), "--date", DAY.isoformat(), "--out", str(tmp_path / "there")]
    run = subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert run.returncode == 0, run.stderr
    assert [line for line in run.stdout.splitlines() if line.startswith("warning:")] == [
        f"warning: {w}" for w in here.warnings
    ]
    there = tmp_path / "there" / "aleppo" / DAY.isoformat() / "sitrep.pdf"
    assert there.read_bytes() == (here.folder / "sitrep.pdf").read_bytes()
