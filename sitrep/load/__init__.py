"""Load: the situation folder → its config, tables, articles and reviewed facts.

The first stage of the pipeline and the only one that knows the folder's layout
(`sitrep.toml`, table files, `articles/`, `facts.json`); later stages take what it
loaded. The previous report is found by `sitrep.store`, which owns the outputs folder.
"""

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
