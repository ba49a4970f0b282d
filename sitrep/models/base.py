"""The base of every sitrep model: a model's validator is built when it is first used.

Building a pydantic model's validator and serializer is most of what importing it costs,
and a command uses few of the models (`extract` the facts, `validate` the problems);
deferred, each command pays only for the models it touches. Validation, errors and
output are the same as when they are built at import.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def new_list() -> list[Any]:
    """A field's default: a new empty list, as `default_factory=list` gives.

    Building a model asks for its factories' signatures; a builtin's is read by
    tokenizing its text signature (the first one compiles the tokenizer's pattern, 4-7 ms,
    then 0.25 ms per field), a function's is at hand.
    """
    return []


def new_dict() -> dict[Any, Any]:
    """A field's default: a new empty dict (see `new_list`)."""
    return {}


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)


class Row(Model):
    """A table row, typed once the table has passed validation."""

    model_config = ConfigDict(frozen=True)

    row: int = Field(description="Spreadsheet row number (header row is 1).")
