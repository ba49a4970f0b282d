"""Errors the library raises for the CLI to turn into messages in one place.

Every stage imports this module, so it imports no model: `Problem` is only a type here,
and importing it would load pydantic for a module that needs none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.models import Problem


class SitrepError(Exception):
    """Something the user can fix; the message says what, and no traceback is shown."""

    exit_code = 1


class UsageError(SitrepError):
    """The command was used wrongly (a path that does not exist, a bad option)."""

    exit_code = 2


class DataError(SitrepError):
    """Input data has problems; they travel with the error so the CLI can list them."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems
