"""Load: the situation folder → its config, tables, articles and reviewed facts.

The first stage of the pipeline and the only one that knows the folder's layout
(`sitrep.toml`, table files, `articles/`, `facts.json`); later stages take what it
loaded. The previous report is found by `sitrep.store`, which owns the outputs folder.

Each name is imported from its module on first use, so `sitrep extract` listing a folder
of articles does not load the situation settings and their models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.lazy import on_first_use

if TYPE_CHECKING:
    from sitrep.load.config import CONFIG_NAME, load_situation
    from sitrep.load.facts import (
        FACTS_FILE,
        article_sha256,
        read_facts,
        stale_articles,
        with_digests,
    )
    from sitrep.load.folder import (
        ARTICLE_SUFFIXES,
        ARTICLES_DIR,
        SituationFolder,
        article_files,
        open_situation,
        table_files,
    )

_HOMES = {
    "CONFIG_NAME": "sitrep.load.config",
    "load_situation": "sitrep.load.config",
    "FACTS_FILE": "sitrep.load.facts",
    "article_sha256": "sitrep.load.facts",
    "read_facts": "sitrep.load.facts",
    "stale_articles": "sitrep.load.facts",
    "with_digests": "sitrep.load.facts",
    "ARTICLE_SUFFIXES": "sitrep.load.folder",
    "ARTICLES_DIR": "sitrep.load.folder",
    "SituationFolder": "sitrep.load.folder",
    "article_files": "sitrep.load.folder",
    "open_situation": "sitrep.load.folder",
    "table_files": "sitrep.load.folder",
}
"""The module each name lives in, imported when the name is first used."""

__all__ = [
    "ARTICLES_DIR",
    "ARTICLE_SUFFIXES",
    "CONFIG_NAME",
    "FACTS_FILE",
    "SituationFolder",
    "article_files",
    "article_sha256",
    "load_situation",
    "open_situation",
    "read_facts",
    "stale_articles",
    "table_files",
    "with_digests",
]


__getattr__ = on_first_use(__name__, _HOMES, globals())
