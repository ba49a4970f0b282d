"""sitrep as a newcomer installs it: from a wheel, and on a machine missing Pango."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_PDF = ROOT / "outputs" / "example" / "sitrep.pdf"
NO_PANGO = """raise OSError(
    "cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file"
)
"""


def test_without_pango_the_build_says_what_to_install_and_exits_2(tmp_path: Path) -> None:
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(NO_PANGO, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), str(ROOT)])}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep",
            "build",
            "inputs/aleppo",
            "--date",
            "2016-12-08",
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        env={**env, "COLUMNS": "400"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for advice in ("Pango", "apt install libpango", "dnf install pango", "brew install pango"):
        assert advice in lines[0]
    assert "windows" in lines[0].lower()
    assert not (tmp_path / "out").exists()


def test_a_wheel_installed_in_a_fresh_venv_builds_the_example(tmp_path: Path) -> None:
    """`pip install .` (not -e): the templates and fonts must travel inside the wheel, and
    the Quick start's two builds give the committed example PDF.

    The fresh environment gets the wheel and nothing of the source tree; the
    dependencies come from this environment's site-packages, so the test needs no
    network for them.
    """
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    (wheel,) = wheels.glob("sitrep-*.whl")
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)], check=True)
    fresh_site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(fresh_site) / "sitrep_test_deps.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    situation = tmp_path / "aleppo"
    shutil.copytree(ROOT / "inputs" / "aleppo", situation)
    for day in ("2016-12-01", "2016-12-08"):
        result = subprocess.run(
            [
                str(venv / "bin" / "sitrep"),
                "build",
                str(situation),
                "--date",
                day,
                "--out",
                str(tmp_path / "out"),
            ],
            cwd=tmp_path,
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    located = subprocess.run(
        [python, "-c", "import sitrep.render.environment as e; print(e.TEMPLATES_DIR)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(located).is_relative_to(fresh_site), "templates come from the wheel"
    built = tmp_path / "out" / "aleppo" / "2016-12-08" / "sitrep.pdf"
    assert built.read_bytes() == EXAMPLE_PDF.read_bytes()


def test_every_package_folder_is_installed() -> None:
    """A package folder missing from pyproject's list would be missing from a wheel."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    folders = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "sitrep").rglob("__init__.py")
    }
    assert listed == folders | {"sitrep.templates"}
