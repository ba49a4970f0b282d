"""The base of every sitrep model: a model's validator is built when it is first used.

Building a pydantic model's validator and serializer is most of what importing it costs,
and a command uses few of the models (`extract` the facts, `validate` the problems);
deferred, each command pays only for the models it touches. Validation, errors and
output are the same as when they are built at import.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)


class Row(Model):
    """A table row, typed once the table has passed validation."""

    model_config = ConfigDict(frozen=True)

    row: int = Field(description="Spreadsheet row number (header row is 1).")
