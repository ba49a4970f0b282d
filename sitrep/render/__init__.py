"""Render a merged `Sitrep`: HTML for the PDF, the PDF itself, the email brief and its message.

Renderers only lay out and format what `merge` decided; every template lives in
`templates/` and every figure goes through the one number filter of `environment`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

TEMPLATES_DIR = Path(str(files("sitrep.templates")))
"""The top-level templates/ folder, installed with the code as the `sitrep.templates` package
(named here, where the PDF renderer finds it without loading the templates' environment)."""
