"""Validate: check field tables cell by cell and report every problem where a person finds it.

`columns` turns text columns into values once per sheet; `rules` holds the registered
rules (`RULES`, each with the codes it reports and the fields it needs); `run` runs
them over sheets, files and situation folders and types the rows that passed.
"""

from sitrep.validate.rules import RULES, Rule, select_rules
from sitrep.validate.run import validate_paths, validate_situation

__all__ = ["RULES", "Rule", "select_rules", "validate_paths", "validate_situation"]
