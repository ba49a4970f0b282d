"""The README documents every command and option, and its Quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.core import TyperGroup

from sitrep.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    missing = []
    for name, command in group.commands.items():
        if f"sitrep {name}" not in README:
            missing.append(f"sitrep {name}")
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option not in README:
                    missing.append(f"sitrep {name} {option}")
    assert missing == []


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick_start, flags=re.DOTALL)
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
