"""`sitrep --help` answers before the heavy libraries load (issue 12: start-up)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitrep.cli import ArticleFormat
from sitrep.extract.formats import OutputFormat

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "articles" / "derna-2023-09-14.txt"
UNDATED = "tests/data/articles/aleppo-2016-12-08.txt"

HEAVY = ("polars", "pandas", "pydantic", "weasyprint", "rich", "sitrep.models", "sitrep.extract")


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {
        name
        for name in out.splitlines()
        if name.split(".")[0]
        in {
            "polars",
            "pandas",
            "pydantic",
            "weasyprint",
            "rich",
            "sitrep",
            "multiprocessing",
            "yaml",
        }
    }


def _cli(*args: str) -> str:
    """Run the CLI in this process's interpreter; print the modules it loaded on stderr."""
    return (
        "import sys\n"
        f"sys.argv = ['sitrep', *{list(args)!r}]\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit:\n    pass"
    )


def test_help_imports_none_of_the_heavy_libraries() -> None:
    code = (
        "import sys\nsys.argv = ['sitrep', '--help']\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit:\n    pass"
    )
    loaded = _imported_after(code)
    assert not [m for m in HEAVY if m in loaded]


def test_import_sitrep_is_light_and_names_resolve_on_use() -> None:
    loaded = _imported_after("import sitrep")
    assert not [m for m in HEAVY if m in loaded]
    import sitrep

    assert sitrep.Indicator.displaced.value == "displaced"
    assert sorted(name for name in sitrep.__all__ if not hasattr(sitrep, name)) == []


def test_the_cli_offers_the_extractor_formats() -> None:
    assert [f.value for f in ArticleFormat] == [f.value for f in OutputFormat]


def test_extract_of_one_article_loads_neither_rich_nor_the_process_pool_nor_other_models() -> None:
    """One article to stdout with nothing to report: no console, no pool, no YAML for its
    plain front matter, and of the models only the facts, the problems and the gazetteer
    row."""
    loaded = _imported_after(_cli("extract", str(ARTICLE)))
    assert "sitrep.models.facts" in loaded
    unwanted = [
        "yaml",
        "rich",
        "multiprocessing",
        "polars",
        "weasyprint",
        "sitrep.models.records",
        "sitrep.models.report",
        "sitrep.models.situation",
        "sitrep.models.validation",
        "sitrep.load.config",
    ]
    assert [m for m in unwanted if m in loaded] == []


def test_extract_of_one_article_still_writes_its_facts_and_warns() -> None:
    """The same command as a user runs it: the facts on stdout, the missing date on stderr."""
    run = subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", UNDATED],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert run.returncode == 0
    article = json.loads(run.stdout)["articles"][0]
    assert article["path"] == UNDATED
    assert article["facts"]
    assert run.stderr == (
        f"warning: {UNDATED}: the article does not say when it was published; facts are left "
        "undated (give --published YYYY-MM-DD)\n"
    )


def test_models_are_built_on_first_use() -> None:
    """Importing every model builds none of their validators; using one builds it."""
    code = (
        "import sitrep.models as m\n"
        "names = [n for n in m.__all__ if isinstance(getattr(m, n), type)]\n"
        "models = [getattr(m, n) for n in names if hasattr(getattr(m, n), 'model_fields')]\n"
        "print(sum(c.__pydantic_complete__ for c in models), len(models))\n"
        "m.Period(start=None)\n"
        "print(m.Period.__pydantic_complete__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "0" and int(out[1]) > 20
    assert out[2] == "True"


def test_the_build_pipeline_is_imported_without_a_collection_and_left_frozen() -> None:
    """The modules a build imports live until the process ends: no collector pass walks
    them while they load (there were two, 47 ms of a cold build of the example), and
    afterwards they are out of every later pass; the collector is on again for the build.
    (WeasyPrint is not among them: the renderer process imports it.)"""
    code = (
        "import gc, sys\n"
        "from sitrep.process import imports_kept\n"
        "gc.set_threshold(50_000, *gc.get_threshold()[1:])\n"
        "passes = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and passes.append(1))\n"
        "with imports_kept():\n"
        "    import sitrep.build\n"
        "print(len(passes), gc.get_freeze_count() > 50_000, gc.isenabled())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "True", "True"]


def test_a_cold_build_keeps_the_collector_off_the_pipeline_import() -> None:
    """Through the command a user runs: `sitrep build` imports the pipeline inside
    `imports_kept`, and the report is still built."""
    code = (
        "import sys\n"
        "import sitrep.process\n"
        "used = []\n"
        "plain = sitrep.process.imports_kept\n"
        "def counted():\n"
        "    used.append(1)\n"
        "    return plain()\n"
        "sitrep.process.imports_kept = counted\n"
        f"sys.argv = ['sitrep', 'build', {str(ROOT / 'inputs' / 'aleppo')!r}, '--date',"
        " '2016-12-08', '--out', sys.argv[1], '--force']\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit as exc:\n"
        "    print(exc.code, len(used), file=sys.stderr)\n"
    )
    import tempfile

    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            [sys.executable, "-c", code, out], capture_output=True, text=True, check=True
        )
        assert (Path(out) / "aleppo" / "2016-12-08" / "sitrep.pdf").is_file()
    assert run.stderr.split()[-2:] == ["0", "1"]


def _full_passes_while(code: str) -> int:
    """Full collections (generation 2) counted from after the setup in `code`'s first lines."""
    probe = (
        "import gc, sys\n"
        "full = []\n"
        "def counting(phase, info):\n"
        "    if phase == 'start' and info['generation'] == 2:\n"
        "        full.append(1)\n"
        f"{code}\n"
        "print(len(full))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return int(run.stdout.split()[-1])


def test_a_cold_build_of_one_situation_ends_without_a_full_collection(tmp_path: Path) -> None:
    """`sitrep build` exits once the report is written: the render's leftovers are not
    walked by a collection first; the report is still written whole."""
    build = (
        "import sitrep.build\n"
        "gc.callbacks.append(counting)\n"
        f"sys.argv = ['sitrep', 'build', {str(ROOT / 'inputs' / 'aleppo')!r}, '--date',"
        f" '2016-12-08', '--out', {str(tmp_path)!r}, '--force']\n"
        "from sitrep.cli import app\n"
        "try:\n    app(prog_name='sitrep')\nexcept SystemExit:\n    pass"
    )
    assert _full_passes_while(build) == 0
    assert (tmp_path / "aleppo" / "2016-12-08" / "sitrep.pdf").stat().st_size > 10_000


def test_a_stage_held_off_the_collector_collects_unless_the_process_ends_with_it() -> None:
    """The Python API, a benchmark or a batch worker may build again: the stage's garbage
    is collected when it ends; once the process has said it ends with this build, not."""
    held = (
        "from sitrep.process import collector_held_off, ends_after_this_build\n"
        "gc.callbacks.append(counting)\n"
        "def stage():\n"
        "    with collector_held_off():\n"
        "        loop = []\n"
        "        loop.append(loop)\n"
        "stage()\n"
        "ends_after_this_build()\n"
        "stage()\n"
    )
    assert _full_passes_while(held) == 1


def test_the_errors_every_stage_raises_load_no_model() -> None:
    """`sitrep.errors` is imported by every stage (and by `--help`'s neighbours): it names
    `Problem` only as a type, so importing it loads neither the models nor pydantic."""
    loaded = _imported_after("import sitrep.errors")
    assert [m for m in loaded if m.startswith(("pydantic", "sitrep.models"))] == []


def test_an_article_without_front_matter_is_read_without_yaml(tmp_path: Path) -> None:
    """YAML is loaded for the first article that has front matter, not before; the facts
    and the warning on stderr are what they were."""
    article = tmp_path / "plain.txt"
    article.write_text("On Tuesday 40 people were killed in the shelling, medics said.\n")
    code = _cli("extract", str(article), "--published", "2016-12-08")
    probe = f"{code}\nimport sys\nprint('yaml' in sys.modules, file=sys.stderr)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stderr.split() == ["False"]
    assert json.loads(run.stdout)["articles"][0]["facts"][0]["value"] == 40


def _as_rich_prints(markup: str) -> str:
    """What rich writes for `markup` to a stream that is not a terminal."""
    import io

    from rich.console import Console

    out = io.StringIO()
    Console(file=out, highlight=False).print(markup, highlight=False, soft_wrap=True)
    return out.getvalue()


def test_a_warning_off_a_terminal_is_the_line_rich_printed_without_rich(tmp_path: Path) -> None:
    """`sitrep extract` of an undated article, its stderr a file or a pipe: the warning is
    the same bytes rich printed (a long name, accents, wide characters), and rich is not
    imported for it; a name rich reads as markup still goes through rich."""
    from rich.markup import escape

    for name, rich_used in (
        ("Ünïcode 北京 report with a name long enough to pass eighty columns.txt", False),
        ("[bold]a name rich reads as markup.txt", True),
    ):
        article = tmp_path / name
        article.write_text("Some 300 families fled the town, a local official said.\n")
        probe = _cli("extract", str(article)) + "\nprint('rich' in sys.modules)"
        run = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        assert run.stdout.split()[-1] == str(rich_used)
        message = "the article does not say when it was published; facts are left undated"
        assert run.stderr == _as_rich_prints(
            f"[bold]warning:[/] {article}: {escape(message)} (give --published YYYY-MM-DD)"
        )


def test_the_written_line_off_a_terminal_is_what_rich_printed(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    probe = _cli("extract", str(ARTICLE), "-o", str(out)) + "\nprint('rich' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    count = len(json.loads(out.read_text())["articles"][0]["facts"])
    assert run.stdout.split() == ["False"]
    assert run.stderr == _as_rich_prints(f"{count} facts from 1 article(s) written to {out}")
