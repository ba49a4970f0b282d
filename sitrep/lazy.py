"""Names a package exports, each imported from its own module on first use (PEP 562).

`sitrep`, `sitrep.models` and `sitrep.load` export many names whose modules are costly to
import (WeasyPrint, polars, every pydantic model); a command pays only for what it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def on_first_use(
    package: str, homes: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """The package's `__getattr__`: import a name's home module, then keep the name in
    `namespace` so later look-ups skip this function."""

    def look_up(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        namespace[name] = value
        return value

    return look_up
