"""Imports point one way: each stage imports only the stages and owners below it."""

from __future__ import annotations

import ast
from pathlib import Path

SITREP = Path(__file__).resolve().parent.parent / "sitrep"
LAYERS: list[set[str]] = [
    # The vocabulary of figures, lazy exports, cached patterns: import nothing of ours.
    {"indicators", "lazy", "patterns"},
    {"models"},
    {"errors", "limits", "csv_safety", "process"},
    {"gazetteer", "context", "store", "tables"},  # owners of one piece of knowledge each
    {"load"},
    {"validate", "extract", "merge"},
    {"narrative"},  # the officer's words, filled in from the merged report
    {"render", "export"},
    {"frames", "build"},
    {"batch"},  # many builds at once
    {"terminal"},  # how the commands speak to a person: what cli prints, nothing decides
    {"cli", "__init__"},
    {"__main__"},
]
LEVEL = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def stage(module: str) -> str:
    """`sitrep.merge.figures` → `merge`; the package itself is `__init__`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sitrep"):
            if node.module == "sitrep":
                found |= {f"sitrep.{a.name}" for a in node.names if a.name != "__version__"}
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("sitrep")}
    return found


def own_stage(path: Path) -> str:
    return path.stem if path.parent == SITREP else path.relative_to(SITREP).parts[0]


def test_every_stage_has_a_layer() -> None:
    assert {own_stage(p) for p in SITREP.rglob("*.py")} <= set(LEVEL)


def test_no_stage_imports_a_later_one_or_a_sibling() -> None:
    wrong = []
    for path in SITREP.rglob("*.py"):
        own = own_stage(path)
        for module in imports(path):
            other = stage(module)
            if other != own and LEVEL[other] >= LEVEL[own]:
                wrong.append(f"{path.relative_to(SITREP.parent)} imports {module}")
    assert wrong == []
