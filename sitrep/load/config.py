"""Read `sitrep.toml` into a `Situation`, reporting bad fields as problems, not tracebacks."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from sitrep.errors import DataError
from sitrep.models import Problem, Situation

CONFIG_NAME = "sitrep.toml"


def _problem(path: Path, code: str, message: str, column: str | None = None) -> Problem:
    return Problem(file=str(path), column=column, code=code, message=message)


def load_situation(path: Path) -> Situation:
    """Load a situation from its folder or its `sitrep.toml`.

    The TOML keeps its sections readable for people (`[situation]`, `[numbering]`,
    `[email]`, `[[contacts]]`); the model is flat, so `[situation]` is lifted up.
    A file that is missing, unreadable or not TOML is one problem whose message names
    the file; a bad field is one problem per field.
    """
    file = path / CONFIG_NAME if path.is_dir() else path
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        problem = _problem(file, "missing-config", f"no {CONFIG_NAME} in {file.parent}")
        raise DataError(problem.message, [problem]) from None
    except OSError as exc:
        problem = _problem(file, "bad-config", f"cannot be read: {exc.strerror or exc}")
        raise DataError(f"{file}: {problem.message}", [problem]) from None
    except UnicodeDecodeError:
        problem = _problem(file, "bad-config", "not UTF-8 text; save it as UTF-8")
        raise DataError(f"{file}: {problem.message}", [problem]) from None
    except tomllib.TOMLDecodeError as exc:
        problem = _problem(file, "bad-config", f"not valid TOML: {exc}")
        raise DataError(f"{file}: {problem.message}", [problem]) from None
    data = {**raw.pop("situation", {}), **raw}
    try:
        return Situation.model_validate(data)
    except ValidationError as exc:
        problems = [
            _problem(
                file,
                "bad-config",
                f"{'.'.join(str(p) for p in err['loc']) or 'sitrep.toml'}: {err['msg']}",
                column=".".join(str(p) for p in err["loc"]) or None,
            )
            for err in exc.errors()
        ]
        summary = problems[0].message if len(problems) == 1 else f"{len(problems)} problem(s)"
        raise DataError(f"{file}: {summary}", problems) from None
