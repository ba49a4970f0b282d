"""Validate: check field tables cell by cell and report every problem where a person finds it.

`columns` turns text columns into values once per sheet; `rules` holds the registered
rules (`RULES`, each with the codes it reports and the fields it needs); `run` runs
them over sheets, files and situation folders and types the rows that passed.
"""

import os
import sys

if "polars" not in sys.modules:
    # polars allocates with its own jemalloc, which reads this setting once, when polars is
    # loaded. With one arena, not one per core and thread, the memory a batch lets go in
    # one thread is reused by the next batch in another instead of being held beside it:
    # `sitrep validate` of a 1M-row CSV peaks at about 305 MiB, not 320-350, in the same
    # time. A setting of the user's own is kept.
    os.environ.setdefault("_RJEM_MALLOC_CONF", "narenas:1")

from sitrep.validate.rules import RULES, Rule, select_rules
from sitrep.validate.run import validate_paths, validate_situation

__all__ = ["RULES", "Rule", "select_rules", "validate_paths", "validate_situation"]
