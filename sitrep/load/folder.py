"""The situation folder: which files are its config, tables, articles and reviewed facts.

Only this module lists a situation folder. Validation, extraction and the build take
what it found, and each table file is read once per run, however many stages need
its sheets (the gazetteer is needed by validation, extraction and merge).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import DataError, UsageError
from sitrep.load.config import CONFIG_NAME, load_situation
from sitrep.load.facts import FACTS_FILE, read_facts
from sitrep.models import Extraction, GazetteerEntry, Problem, Situation, TableKind

if TYPE_CHECKING:
    from sitrep.tables import ReadResult

ARTICLES_DIR = "articles"
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".xhtml"})
"""Article files sitrep reads: plain text, Markdown with front matter, HTML."""


def table_files(folder: Path) -> list[Path]:
    """The tables of a folder: not reviewed facts, config or lock files (`~$…`, hidden).

    Anything that is not a folder counts, a pipe or device too: the reader refuses it
    as a problem, rather than the folder hiding it.
    """
    from sitrep.tables import TABLE_SUFFIXES  # the reader, with polars, only when reading

    return sorted(
        p
        for p in folder.iterdir()
        if not p.is_dir()
        and p.suffix.lower() in TABLE_SUFFIXES
        and not p.name.startswith(("~$", "."))
        and not (p.suffix.lower() == ".json" and p.name.startswith("facts"))
    )


def article_files(folder: Path) -> list[Path]:
    """The article files directly inside `folder`, in name order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)


@dataclass
class SituationFolder:
    """What a situation folder holds, read when first asked for and then kept.

    `situation` is None when `sitrep.toml` is missing or wrong; `error` and
    `problems` say why.
    """

    path: Path
    situation: Situation | None
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None
    _tables: dict[Path, ReadResult] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        """The situation's name in the outputs folder: its folder's name."""
        return self.path.resolve().name

    @property
    def config_file(self) -> Path:
        return self.path / CONFIG_NAME

    @property
    def table_paths(self) -> list[Path]:
        return table_files(self.path)

    @property
    def article_paths(self) -> list[Path]:
        return article_files(self.path / ARTICLES_DIR)

    def read(self, path: Path) -> ReadResult:
        """The sheets of one of the folder's table files, read once."""
        from sitrep.tables import read_table_file

        if path not in self._tables:
            self._tables[path] = read_table_file(path)
        return self._tables[path]

    def tables(self) -> list[ReadResult]:
        return [self.read(p) for p in self.table_paths]

    def gazetteer_entries(self) -> list[GazetteerEntry]:
        """Every gazetteer row of the folder's tables, as read (not yet validated)."""
        from sitrep.tables import gazetteer_entries

        return [
            entry
            for result in self.tables()
            for sheet in result.sheets
            if sheet.kind is TableKind.gazetteer
            for entry in gazetteer_entries(sheet)
        ]

    @property
    def has_reviewed_facts(self) -> bool:
        """Whether the officer has reviewed facts yet; without them a build is a draft."""
        return (self.path / FACTS_FILE).is_file()

    def reviewed_facts(self) -> Extraction | None:
        """The reviewed article facts (`facts.json`), or None when there are none yet."""
        return read_facts(self.path / FACTS_FILE) if self.has_reviewed_facts else None

    def require_situation(self) -> Situation:
        """The situation, or the config's problems as a `DataError`."""
        if self.situation is None:
            raise DataError(self.error or f"{self.config_file}: no situation", self.problems)
        return self.situation


def open_situation(path: Path, situation: Situation | None = None) -> SituationFolder:
    """Open a situation folder; `situation` overrides its `sitrep.toml`.

    A missing or wrong `sitrep.toml` is not raised here but kept as problems, so
    `sitrep validate` can report it beside the tables' problems.
    """
    if not path.is_dir():
        raise UsageError(f"{path} is not a situation folder")
    if situation is not None:
        return SituationFolder(path, situation)
    try:
        return SituationFolder(path, load_situation(path))
    except DataError as exc:
        return SituationFolder(path, None, exc.problems, str(exc))
