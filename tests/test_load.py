"""The load stage: one reader each for sitrep.toml and facts.json, one line when they are broken."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import tables as tables_module
from sitrep.build import build_outputs
from sitrep.cli import app
from sitrep.load import open_situation
from sitrep.tables import ReadResult, read_table_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "aleppo"
runner = CliRunner()


@pytest.fixture
def situation_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "aleppo"
    shutil.copytree(EXAMPLE, folder)
    return folder


def build(folder: Path, tmp_path: Path) -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["build", str(folder), "--date", "2016-12-08", "--out", str(tmp_path / "out")],
        env={"COLUMNS": "400"},
    )
    return result.exit_code, result.output


def test_the_folder_is_listed_once_into_config_tables_articles_and_facts() -> None:
    folder = open_situation(EXAMPLE)
    assert folder.situation is not None and folder.situation.country == "SYR"
    assert [p.name for p in folder.table_paths] == [
        "ceasefire.csv",
        "displacement.csv",
        "field-reports.xlsx",
        "funding.csv",
        "gazetteer.csv",
        "sectors.csv",
    ]
    assert [p.name for p in folder.article_paths] == ["aleppo-2016-12-08.txt"]
    reviewed = folder.reviewed_facts()
    assert reviewed is not None and reviewed.articles[0].facts[0].article is not None
    assert folder.read(folder.table_paths[0]) is folder.read(folder.table_paths[0])


def test_a_sitrep_toml_that_is_not_toml_is_one_line_naming_it(
    situation_dir: Path, tmp_path: Path
) -> None:
    config = situation_dir / "sitrep.toml"
    config.write_text("[situation\ntitle = 'x'\n", encoding="utf-8")
    code, output = build(situation_dir, tmp_path)
    assert code == 1
    (line,) = output.strip().splitlines()
    assert line.startswith(f"error: {config}: not valid TOML")


def test_a_sitrep_toml_that_cannot_be_read_is_one_line_naming_it(
    situation_dir: Path, tmp_path: Path
) -> None:
    config = situation_dir / "sitrep.toml"
    config.unlink()
    config.mkdir()
    code, output = build(situation_dir, tmp_path)
    assert code == 1
    (line,) = output.strip().splitlines()
    assert line.startswith(f"error: {config}: cannot be read")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"{not json", "not a facts file: Invalid JSON"),
        (b'{"articles": [{"facts": []}]}', "not a facts file: articles.0.path: Field required"),
        (b"\xff\xfe\x00", "not a facts file"),
    ],
)
def test_a_broken_facts_file_is_one_line_naming_it(
    situation_dir: Path, tmp_path: Path, content: bytes, says: str
) -> None:
    facts = situation_dir / "facts.json"
    facts.write_bytes(content)
    code, output = build(situation_dir, tmp_path)
    assert code == 1
    (line,) = output.strip().splitlines()
    assert line.startswith(f"error: {facts}: {says}")
    assert not (tmp_path / "out" / "aleppo" / "2016-12-08").exists()


def test_a_build_reads_each_table_file_once(
    situation_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Validation, the gazetteer for extraction and merge share one read (a draft, here)."""
    (situation_dir / "facts.json").unlink()
    reads: list[str] = []

    def counted(path: Path) -> ReadResult:
        reads.append(path.name)
        return read_table_file(path)

    monkeypatch.setattr(tables_module, "read_table_file", counted)
    outputs = build_outputs(situation_dir, day=dt.date(2016, 12, 8))
    assert outputs.sitrep.draft
    assert sorted(reads) == [p.name for p in open_situation(situation_dir).table_paths]


def test_a_language_sitrep_does_not_read_is_a_config_error_before_anything_is_built(
    situation_dir: Path, tmp_path: Path
) -> None:
    config = situation_dir / "sitrep.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('language = "en"', 'language = "french"'),
        encoding="utf-8",
    )
    folder = open_situation(situation_dir)
    (problem,) = folder.problems
    assert (problem.code, problem.column) == ("bad-config", "language")
    assert "'french' is not a language sitrep reads: use one of en, fr" in problem.message
    code, _ = build(situation_dir, tmp_path)
    assert code == 1 and not (tmp_path / "out").exists()


def test_the_languages_a_situation_may_declare_are_those_the_extractor_reads() -> None:
    from sitrep.extract.languages import ENGLISH, FRENCH, language
    from sitrep.models.situation import LANGUAGES

    assert {ENGLISH.tag, FRENCH.tag} == set(LANGUAGES)
    assert [language(code).tag for code in LANGUAGES] == list(LANGUAGES)
